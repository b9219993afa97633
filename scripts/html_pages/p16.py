from common import *

# 16 Suara.com - OpenGraph/meta only incl. content_tags; "Scroll untuk membaca" ad; source line (Antara)
URL = 'https://www.suara.com/news/2026/03/14/113000/transjakarta-mrt-dan-lrt-gratis-saat-malam-takbiran-dan-hari-pertama-lebaran'
HEAD = 'Transjakarta, MRT, dan LRT Gratis saat Malam Takbiran dan Hari Pertama Lebaran'
TAGS = ['Transjakarta', 'MRT Jakarta', 'LRT Jakarta', 'Malam Takbiran', 'Lebaran 2026']

items = [
    ('p', '<strong>Suara.com</strong> - Pemerintah Provinsi DKI Jakarta akan menggratiskan layanan Transjakarta, MRT Jakarta, dan LRT Jakarta pada malam takbiran dan hari pertama Idul Fitri 1447 H. Kebijakan ini diberikan untuk memudahkan warga yang merayakan Lebaran di Ibu Kota.'),
    ('p', 'Kepala Dinas Perhubungan DKI Jakarta, Farid Hasibuan, mengatakan tarif Rp 0 berlaku mulai pukul 18.00 WIB pada malam takbiran hingga pukul 24.00 WIB pada hari pertama Lebaran.'),
    ('p', '&quot;Kami ingin warga yang tidak mudik tetap bisa bersilaturahmi dengan nyaman menggunakan angkutan umum. Jam operasional juga kami sesuaikan,&quot; kata Farid di Balai Kota Jakarta, Sabtu (14/3/2026).'),
    ('bacabox', [('Rekayasa Lalin Malam Takbiran di Jakarta, Ini Jalan yang Ditutup', 'https://www.suara.com/news/2026/03/13/201500/rekayasa-lalin-malam-takbiran-di-jakarta'),
                 ('Jam Operasional KRL Saat Lebaran 2026 Diperpanjang', 'https://www.suara.com/news/2026/03/12/090000/jam-operasional-krl-saat-lebaran-2026'),
                 ('Ragunan dan Ancol Diprediksi Diserbu 200 Ribu Pengunjung Saat Libur Lebaran', 'https://www.suara.com/news/2026/03/11/150000/ragunan-dan-ancol-diprediksi-diserbu')]),
    ('p', 'Selama malam takbiran, Transjakarta akan mengoperasikan 13 rute hingga pukul 02.00 WIB. Sementara itu, MRT Jakarta dan LRT Jakarta akan memperpanjang jam operasional hingga pukul 01.00 WIB.'),
    ('ad',),
    ('p', 'Farid menambahkan, pada hari pertama Lebaran layanan angkutan umum baru akan beroperasi mulai pukul 10.00 WIB, setelah pelaksanaan salat Idul Fitri. Sejumlah halte di sekitar Masjid Istiqlal dan Jakarta International Stadium juga akan dijaga petugas tambahan.'),
    ('p', 'Ia mengimbau warga tetap menjaga ketertiban dan tidak menggelar takbir keliling menggunakan kendaraan bak terbuka yang membahayakan keselamatan.'),
    ('src', '(Antara)'),
]

R = {
    'p': lambda h: f'<p>{h}</p>',
    'bacabox': lambda links: '<div class="baca-juga-new">\n  <span class="title">Baca Juga:</span>\n  <ul>\n'
    + '\n'.join(f'    <li><a href="{esc(u)}" class="ellipsis2">{esc(t)}</a></li>' for t, u in links) + '\n  </ul>\n</div>',
    'ad': lambda: '<div class="ads-read-content"><div class="ads_bottom_content">Scroll untuk membaca artikel</div><div id="div-gpt-ad-suara-parallax" class="parallax"></div><div class="ads_bottom_content">Scroll untuk membaca artikel</div></div>',
    'src': lambda s: f'<p>{s}</p>',
}

TPL = r'''
<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>@@HEAD@@ - Suara.com</title>
<meta name="description" content="Pemprov DKI menggratiskan Transjakarta, MRT, dan LRT pada malam takbiran dan hari pertama Lebaran.">
<meta name="keywords" content="@@KEYWORDS@@">
<meta name="content_tags" content="@@KEYWORDS@@">
<meta name="author" content="Yulia Kartika">
<meta name="content_category" content="Metropolitan">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Suara.com">
<meta property="og:title" content="@@HEAD@@">
<meta property="og:url" content="@@URL@@">
<meta property="og:image" content="https://media.suara.com/pictures/970x544/2026/03/14/halte-transjakarta-bundaran-hi.jpg">
<meta property="article:published_time" content="2026-03-14T11:30:00+07:00">
<meta property="article:modified_time" content="2026-03-14T11:42:17+07:00">
<meta property="article:section" content="Metropolitan">
@@ARTTAGS@@
<link rel="canonical" href="@@URL@@">
<link rel="stylesheet" href="https://assets.suara.com/desktop/css/detail.css?v=4.2.11">
<script>
  var suaraChannel = "news"; var suaraSubChannel = "metropolitan";
  window.dataLayer = window.dataLayer || []; dataLayer.push({'articleId': '113000', 'kanal': 'news'});
</script>
<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js"></script>
</head>
<body>
<header class="header">
  <div class="wrap"><a href="https://www.suara.com/" class="logo"><img src="https://assets.suara.com/desktop/images/logo-suara.png" alt="Suara.com"></a></div>
  <nav class="nav-menu">
@@NAV@@
  </nav>
</header>
<div class="wrap">
<div class="main-content">
  <div class="breadcrumb"><a href="https://www.suara.com/">Home</a> &gt; <a href="https://www.suara.com/news">News</a> &gt; <a href="https://www.suara.com/news/metropolitan">Metropolitan</a></div>
  <div class="info">
    <h1>@@HEAD@@</h1>
    <div class="writer">
      <span class="author"><a href="https://www.suara.com/author/yulia-kartika">Yulia Kartika</a></span>
      <span class="date">Sabtu, 14 Maret 2026 | 11:30 WIB</span>
    </div>
  </div>
  <div class="share-top">Bagikan: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">Telegram</a></div>
  <figure class="img-cover">
    <img src="https://media.suara.com/pictures/970x544/2026/03/14/halte-transjakarta-bundaran-hi.jpg" alt="Halte Transjakarta">
    <figcaption>Penumpang menunggu bus di Halte Transjakarta Bundaran HI, Jakarta. [Suara.com/Rizky Fauzan]</figcaption>
  </figure>
  <article class="detail-content detail-berita">
@@BODY@@
  </article>
  <div class="tag-detail"><span>Tag</span>
@@TAGS@@
  </div>
  <div class="terkait"><h3 class="title">Berita Terkait</h3>
@@RELATED@@
  </div>
  <div class="komentar"><h3>Komentar</h3><p>Tulis komentar Anda. Komentar yang mengandung SARA akan dihapus.</p></div>
</div>
<aside class="sidebar"><div class="terpopuler"><h3 class="title">Terpopuler</h3>
@@POPULAR@@
</div>
<div class="newsletter"><h3>Newsletter</h3><p>Daftarkan email Anda untuk menerima berita terbaru Suara.com.</p><input type="email"><button>Kirim</button></div>
</aside>
</div>
<footer class="footer"><div class="wrap">
  <a href="https://www.suara.com/pages/tentang-kami">Tentang Kami</a> | <a href="https://www.suara.com/pages/pedoman-media-siber">Pedoman Media Siber</a> | <a href="https://www.suara.com/pages/redaksi">Redaksi</a>
  <p>&copy; 2026 suara.com - All Rights Reserved. Hak cipta dilindungi undang-undang.</p>
</div></footer>
</body>
</html>
'''

NAV = ul([('Home', 'https://www.suara.com/'), ('News', 'https://www.suara.com/news'), ('Bisnis', 'https://www.suara.com/bisnis'),
          ('Lifestyle', 'https://www.suara.com/lifestyle'), ('Entertainment', 'https://www.suara.com/entertainment'),
          ('Bola', 'https://www.suara.com/bola'), ('Otomotif', 'https://www.suara.com/otomotif'), ('Tekno', 'https://www.suara.com/tekno')])
RELATED = [
    ('Transjakarta Tambah Armada untuk Rute Menuju Terminal Kampung Rambutan', 'https://www.suara.com/news/2026/03/10/140000/transjakarta-tambah-armada'),
    ('Pemprov DKI Siapkan 50 Posko Mudik di Lima Wilayah Kota', 'https://www.suara.com/news/2026/03/09/100000/pemprov-dki-siapkan-50-posko-mudik'),
]
POPULAR = [
    ('Link Live Streaming Sidang Isbat Penentuan 1 Syawal 1447 H', 'https://www.suara.com/news/2026/03/14/080000/link-live-streaming-sidang-isbat'),
    ('Kumpulan Ucapan Selamat Idul Fitri 2026 untuk Keluarga dan Rekan Kerja', 'https://www.suara.com/lifestyle/2026/03/14/070000/kumpulan-ucapan-idul-fitri-2026'),
]

page = fill(TPL, HEAD=esc(HEAD), URL=URL, KEYWORDS=', '.join(TAGS),
            ARTTAGS='\n'.join(f'<meta property="article:tag" content="{t}">' for t in TAGS),
            NAV=NAV, BODY=render(items, R),
            TAGS='\n'.join(f'    <a href="https://www.suara.com/tag/{t.lower().replace(" ", "-")}">{esc(t)}</a>' for t in TAGS),
            RELATED=ul(RELATED), POPULAR=ul(POPULAR))

save('16-suara-transportasi-gratis-malam-takbiran', page, {
    'url': URL, 'headline': HEAD, 'published': '2026-03-14T11:30+07:00', 'authors': ['Yulia Kartika'],
    'section': 'Metropolitan', 'tags': TAGS, 'outlet': 'suara.com', 'next_page': None,
    'body': body_text(items),
    'not_body': [
        'Penumpang menunggu bus di Halte Transjakarta Bundaran HI, Jakarta. [Suara.com/Rizky Fauzan]',
        'Rekayasa Lalin Malam Takbiran di Jakarta, Ini Jalan yang Ditutup',
        'Jam Operasional KRL Saat Lebaran 2026 Diperpanjang',
        'Scroll untuk membaca artikel',
        '(Antara)',
        'Transjakarta Tambah Armada untuk Rute Menuju Terminal Kampung Rambutan',
        'Link Live Streaming Sidang Isbat Penentuan 1 Syawal 1447 H',
        'Daftarkan email Anda untuk menerima berita terbaru Suara.com.',
    ],
})
