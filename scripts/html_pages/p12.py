from common import *

# 12 Tribun Jatim - OpenGraph/meta only; pagination (?page=2)
URL = 'https://jatim.tribunnews.com/2026/02/25/dishub-surabaya-uji-coba-5-bus-listrik-rute-purabaya-tunjungan-gratis-sampai-april'
HEAD = 'Dishub Surabaya Uji Coba 5 Bus Listrik Rute Purabaya-Tunjungan, Gratis sampai April'
TAGS = ['Surabaya', 'bus listrik', 'Dishub Surabaya', 'Terminal Purabaya', 'transportasi umum']
NEXT = URL + '?page=2'

items = [
    ('p', '<strong>TRIBUNJATIM.COM, SURABAYA</strong> - Dinas Perhubungan (Dishub) Kota Surabaya mulai menguji coba lima unit bus listrik untuk rute Terminal Purabaya&ndash;Tunjungan, Rabu (25/2/2026). Selama masa uji coba hingga akhir April, penumpang tidak dipungut biaya.'),
    ('p', 'Bus listrik berkapasitas 40 penumpang itu beroperasi mulai pukul 05.30 hingga 21.00 WIB dengan jarak antarbus sekitar 20 menit. Rute yang dilalui antara lain Jalan Ahmad Yani, Jalan Raya Darmo, dan Jalan Basuki Rahmat.'),
    ('baca', 'Tarif Suroboyo Bus Tetap Rp 5.000 Selama Ramadan, Ini Jam Operasionalnya', 'https://jatim.tribunnews.com/2026/02/19/tarif-suroboyo-bus-tetap-rp-5000-selama-ramadan'),
    ('p', 'Kepala Dishub Surabaya, Hendro Wicaksono, mengatakan uji coba dilakukan untuk mengukur daya tahan baterai dan kebutuhan pengisian daya dalam kondisi lalu lintas Surabaya yang padat.'),
    ('p', '"Satu kali pengisian penuh diklaim bisa menempuh 250 kilometer. Kami ingin membuktikan angka itu di jalan sebenarnya, termasuk saat macet dan AC menyala terus," kata Hendro.'),
    ('ad',),
    ('p', 'Pengisian daya dilakukan di depo Terminal Purabaya yang dilengkapi empat unit pengisi daya cepat. Setiap bus membutuhkan waktu sekitar 90 menit untuk mengisi baterai dari 20 persen hingga penuh.'),
    ('p', 'Sejumlah penumpang menyambut positif uji coba tersebut. Ratna Dewi (34), karyawan swasta yang tinggal di Sidoarjo, mengaku lebih hemat karena tidak perlu lagi membawa sepeda motor ke pusat kota.'),
    ('p', '"Busnya dingin dan tidak bising. Semoga nanti kalau sudah bayar, tarifnya tetap terjangkau," ujarnya.'),
]

R = {
    'p': lambda h: f'<p>{h}</p>',
    'baca': lambda t, u: f'<p class="baca"><strong>Baca juga: <a href="{esc(u)}" class="blue">{esc(t)}</a></strong></p>',
    'ad': lambda: '<div id="ads_inside_article" class="ads-placeholder mt10 mb10"><span class="ads-label">ADVERTISEMENT</span><div id="div-gpt-ad-tribunjatim-inarticle-1"></div><span class="ads-label">SCROLL TO CONTINUE WITH CONTENT</span></div>',
}

TPL = r'''
<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>@@HEAD@@ - Tribunjatim.com</title>
<meta name="description" content="Dishub Surabaya menguji coba lima bus listrik rute Terminal Purabaya-Tunjungan. Penumpang gratis sampai akhir April.">
<meta name="keywords" content="@@KEYWORDS@@">
<meta name="news_keywords" content="@@KEYWORDS@@">
<meta name="author" content="Ahmad Zaini">
<meta name="content_tags" content="@@KEYWORDS@@">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Tribunjatim.com">
<meta property="og:title" content="@@HEAD@@">
<meta property="og:url" content="@@URL@@">
<meta property="og:image" content="https://asset-2.tstatic.net/jatim/foto/bank/images/bus-listrik-surabaya-purabaya.jpg">
<meta property="article:published_time" content="2026-02-25T14:02:00+07:00">
<meta property="article:modified_time" content="2026-02-25T14:35:00+07:00">
<meta property="article:section" content="Surabaya">
@@ARTTAGS@@
<link rel="canonical" href="@@URL@@">
<link rel="next" href="@@NEXT@@">
<link rel="stylesheet" href="https://asset-2.tstatic.net/tribunjatim/css/tribun.min.css?v=20260220">
<script>
  var tribun_site = "jatim"; var tribun_kanal = "surabaya"; var tribun_page = 1; var tribun_totalpage = 3;
  window.googletag = window.googletag || {cmd: []};
</script>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
</head>
<body>
<div id="header">
  <div class="main"><a href="https://jatim.tribunnews.com/" class="logo"><img src="https://asset-2.tstatic.net/tribunjatim/img/logo.png" alt="Tribunjatim.com"></a></div>
  <div id="menu">
@@NAV@@
  </div>
</div>
<div class="main">
<div id="article">
  <div class="breadcrumb"><a href="https://jatim.tribunnews.com/">Home</a> &raquo; <a href="https://jatim.tribunnews.com/surabaya">Surabaya</a></div>
  <h1 class="f50 black2 f400 crimson" id="arttitle">@@HEAD@@</h1>
  <div class="credit mt10">
    <div id="penulis" class="f14 grey2">Penulis: <a href="https://jatim.tribunnews.com/author/ahmad-zaini">Ahmad Zaini</a> | Editor: <a href="#">Dwi Prastika</a></div>
  </div>
  <time class="grey">Rabu, 25 Februari 2026 14:02 WIB</time>
  <div class="ovh imgfull_div">
    <img src="https://asset-2.tstatic.net/jatim/foto/bank/images/bus-listrik-surabaya-purabaya.jpg" alt="bus listrik surabaya" width="700">
    <div class="f12 grey2 mt5 caption">Penumpang menaiki bus listrik di Terminal Purabaya, Rabu (25/2/2026). TRIBUNJATIM.COM/AHMAD ZAINI</div>
  </div>
  <div class="side-article txt-article multi-fontsize">
    <p><strong>Laporan Wartawan TribunJatim.com, Ahmad Zaini</strong></p>
@@BODY@@
  </div>
  <div class="paging" id="paginga">
    <span class="paging-title">Halaman</span>
    <a class="active" href="@@URL@@">1</a>
    <a href="@@URL@@?page=2">2</a>
    <a href="@@URL@@?page=3">3</a>
    <a href="@@NEXT@@" rel="next" class="next">Selanjutnya &raquo;</a>
    <a href="@@URL@@?page=all" class="all">Tampilkan Semua</a>
  </div>
  <div class="tagcloud3 mt20"><h3 class="f16">Tags:</h3>
@@TAGS@@
  </div>
  <div class="sharebottom">Bagikan: <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a></div>
  <div class="komentar"><h3>Berikan Komentar</h3>Tulis komentar Anda di sini. Gunakan bahasa yang sopan.</div>
  <div class="lsi"><h3 class="f20">Berita Terkait</h3>
@@RELATED@@
  </div>
</div>
<div id="right"><div class="populer"><h3>Terpopuler</h3>
@@POPULAR@@
</div></div>
</div>
<div id="footer"><div class="main">
  <a href="https://jatim.tribunnews.com/about-us">About Us</a> | <a href="https://jatim.tribunnews.com/pedoman-media-siber">Pedoman Media Siber</a>
  <div>&copy; 2026 TRIBUNnews.com, a subsidiary of KG Media. All Right Reserved. Hak cipta dilindungi undang-undang.</div>
</div></div>
</body>
</html>
'''

NAV = ul([('Home', 'https://jatim.tribunnews.com/'), ('Surabaya', 'https://jatim.tribunnews.com/surabaya'),
          ('Malang', 'https://jatim.tribunnews.com/malang'), ('Madura', 'https://jatim.tribunnews.com/madura'),
          ('Sepak Bola', 'https://jatim.tribunnews.com/sepak-bola'), ('Bisnis', 'https://jatim.tribunnews.com/bisnis'),
          ('Nasional', 'https://jatim.tribunnews.com/nasional')], 'menu')
RELATED = [
    ('Pemkot Surabaya Tambah 12 Halte Baru di Koridor Timur-Barat', 'https://jatim.tribunnews.com/2026/02/12/pemkot-surabaya-tambah-12-halte-baru'),
    ('Trans Semanggi Suroboyo Catat 1,2 Juta Penumpang Sepanjang Januari', 'https://jatim.tribunnews.com/2026/02/05/trans-semanggi-suroboyo-catat-penumpang'),
]
POPULAR = [
    ('Jadwal Buka Puasa Surabaya dan Sekitarnya Hari Ini', 'https://jatim.tribunnews.com/2026/02/25/jadwal-buka-puasa-surabaya'),
    ('Persebaya Datangkan Gelandang Asal Brasil di Bursa Transfer Paruh Musim', 'https://jatim.tribunnews.com/2026/02/24/persebaya-datangkan-gelandang-brasil'),
]

page = fill(TPL, HEAD=esc(HEAD), URL=URL, NEXT=NEXT, KEYWORDS=', '.join(TAGS),
            ARTTAGS='\n'.join(f'<meta property="article:tag" content="{t}">' for t in TAGS),
            NAV=NAV, BODY=render(items, R),
            TAGS='\n'.join(f'    <a href="https://jatim.tribunnews.com/tag/{t.lower().replace(" ", "-")}" class="rd2 mr5">{esc(t)}</a>' for t in TAGS),
            RELATED=ul(RELATED), POPULAR=ul(POPULAR))

save('12-tribunjatim-uji-coba-bus-listrik-surabaya', page, {
    'url': URL, 'headline': HEAD, 'published': '2026-02-25T14:02+07:00', 'authors': ['Ahmad Zaini'],
    'section': 'Surabaya', 'tags': TAGS, 'outlet': 'tribunnews.com', 'next_page': NEXT,
    'body': body_text(items),
    'not_body': [
        'Laporan Wartawan TribunJatim.com, Ahmad Zaini',
        'Penumpang menaiki bus listrik di Terminal Purabaya, Rabu (25/2/2026). TRIBUNJATIM.COM/AHMAD ZAINI',
        'Tarif Suroboyo Bus Tetap Rp 5.000 Selama Ramadan, Ini Jam Operasionalnya',
        'SCROLL TO CONTINUE WITH CONTENT',
        'Selanjutnya »',
        'Pemkot Surabaya Tambah 12 Halte Baru di Koridor Timur-Barat',
        'Persebaya Datangkan Gelandang Asal Brasil di Bursa Transfer Paruh Musim',
        'Tulis komentar Anda di sini.',
    ],
})
