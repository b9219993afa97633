from common import *

# 11 Bisnis.com - JSON-LD "@graph" (WebPage + NewsArticle + BreadcrumbList)
URL = 'https://ekonomi.bisnis.com/read/20260316/257/1961204/penjualan-semen-februari-2026-turun-42-proyek-infrastruktur-melambat'
HEAD = 'Penjualan Semen Februari 2026 Turun 4,2%, Proyek Infrastruktur Melambat'
TAGS = ['semen', 'asosiasi semen indonesia', 'industri semen', 'infrastruktur']

items = [
    ('p', '<strong>Bisnis.com, JAKARTA</strong> &mdash; Penjualan semen di pasar domestik pada Februari 2026 turun 4,2% secara tahunan menjadi 4,38 juta ton. Pelemahan permintaan terjadi seiring melambatnya sejumlah proyek infrastruktur pemerintah dan berkurangnya hari kerja pada awal Ramadan.'),
    ('p', 'Berdasarkan data Asosiasi Semen Indonesia (ASI), penjualan semen dalam bentuk curah turun lebih dalam, yakni 9,1% <em>year-on-year</em> (YoY), sedangkan semen dalam kantong hanya terkoreksi 2,4% YoY.'),
    ('p', '&ldquo;Segmen curah sangat bergantung pada proyek besar seperti jalan tol, bendungan, dan gedung. Awal tahun ini banyak proyek yang belum memulai konstruksi karena proses lelang dan penganggaran,&rdquo; kata Ketua Umum ASI Bambang Setiawardhana dalam keterangan resmi, Senin (16/3/2026).'),
    ('bacabox', [('Laba Emiten Semen Tergerus, Harga Batu Bara Jadi Biang Kerok', 'https://market.bisnis.com/read/20260312/192/1959870/laba-emiten-semen-tergerus'),
                 ('Proyek 3 Juta Rumah Mulai Groundbreaking April, Ini Lokasinya', 'https://ekonomi.bisnis.com/read/20260310/47/1959101/proyek-3-juta-rumah-mulai-groundbreaking')]),
    ('p', 'Secara kumulatif, penjualan semen domestik pada Januari&ndash;Februari 2026 mencapai 8,91 juta ton, atau turun 3,5% dibandingkan dengan periode yang sama tahun lalu. Wilayah Jawa masih menyerap hampir 55% dari total penjualan nasional.'),
    ('p', 'Di sisi lain, ekspor semen dan klinker justru naik 12,8% YoY menjadi 1,02 juta ton pada Februari 2026. Bangladesh, Filipina, dan Australia menjadi negara tujuan utama.'),
    ('h', 'Utilisasi Pabrik Rendah'),
    ('p', 'Bambang menuturkan kondisi kelebihan pasokan masih membayangi industri semen nasional. Dengan kapasitas terpasang sekitar 119 juta ton per tahun, tingkat utilisasi pabrik semen diperkirakan hanya berkisar 56% pada tahun ini.'),
    ('ad',),
    ('p', 'Menurut dia, pelaku industri berharap realisasi belanja modal pemerintah dan program pembangunan tiga juta rumah dapat dipercepat mulai kuartal II/2026 untuk mendorong permintaan.'),
    ('p', '&ldquo;Kalau program perumahan berjalan sesuai rencana, kami perkirakan penjualan sepanjang tahun masih bisa tumbuh 1% sampai 2%,&rdquo; ujarnya.'),
    ('video', 'Simak Video Pilihan di Bawah Ini :'),
]

R = {
    'p': lambda h: f'<p>{h}</p>',
    'h': lambda h: f'<h2>{h}</h2>',
    'bacabox': lambda links: '<div class="baca-juga-box">\n  <h6 class="baca-juga-title">Baca Juga :</h6>\n  <ul class="baca-juga-list">\n'
    + '\n'.join(f'    <li><a href="{esc(u)}" class="link-baca">{esc(t)}</a></li>' for t, u in links) + '\n  </ul>\n</div>',
    'ad': lambda: '<div class="dfp-ads"><div class="ads-title">Advertisement</div><div id="div-gpt-ad-bisnis-inarticle" style="min-height:250px"></div></div>',
    'video': lambda t: f'<p class="video-label"><strong>{t}</strong></p>\n<div class="video-embed"><iframe src="https://www.youtube.com/embed/wartaXYZ001" width="640" height="360" frameborder="0" allowfullscreen></iframe></div>',
}

graph = {
    "@context": "https://schema.org",
    "@graph": [
        {"@type": "WebPage", "@id": URL + "#webpage", "url": URL, "name": HEAD + " - Ekonomi Bisnis.com",
         "isPartOf": {"@id": "https://www.bisnis.com/#website"}, "inLanguage": "id-ID",
         "breadcrumb": {"@id": URL + "#breadcrumb"}},
        {"@type": "NewsArticle", "@id": URL + "#article", "isPartOf": {"@id": URL + "#webpage"},
         "mainEntityOfPage": {"@id": URL + "#webpage"}, "headline": HEAD,
         "datePublished": "2026-03-16T13:45:00+07:00", "dateModified": "2026-03-16T14:20:00+07:00",
         "author": {"@type": "Person", "name": "Ni Luh Ayu Pradnyani", "url": "https://www.bisnis.com/author/ni-luh-ayu-pradnyani"},
         "publisher": {"@type": "Organization", "name": "Bisnis.com", "logo": {"@type": "ImageObject", "url": "https://images.bisnis.com/img/logo-bisnis.png"}},
         "image": "https://images.bisnis.com/posts/2026/03/16/1961204/pabrik-semen.jpg",
         "articleSection": "Industri", "keywords": TAGS, "inLanguage": "id-ID"},
        {"@type": "BreadcrumbList", "@id": URL + "#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": "https://www.bisnis.com/"},
            {"@type": "ListItem", "position": 2, "name": "Ekonomi", "item": "https://ekonomi.bisnis.com/"},
            {"@type": "ListItem", "position": 3, "name": "Industri", "item": "https://ekonomi.bisnis.com/industri"}]},
    ],
}

TPL = r'''
<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>@@HEAD@@ - Ekonomi Bisnis.com</title>
<meta name="description" content="Penjualan semen domestik Februari 2026 turun 4,2% YoY menjadi 4,38 juta ton.">
<link rel="canonical" href="@@URL@@">
<link rel="stylesheet" href="https://assets.bisnis.com/v2/css/detail.min.css?v=1.9.4">
@@LD@@
<script>
  var bisnisKanal = 'ekonomi', bisnisSubKanal = 'industri', isPremium = false;
  !function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?n.callMethod.apply(n,arguments):n.queue.push(arguments)};}(window,document,'script');
</script>
</head>
<body>
<header class="header">
  <div class="container headerTop"><a href="https://www.bisnis.com/" class="logo"><img src="https://images.bisnis.com/img/logo-bisnis.png" alt="Bisnis.com"></a>
    <a class="btnLangganan" href="https://premium.bisnis.com/">Langganan</a> <a class="btnLogin" href="https://account.bisnis.com/">Masuk</a></div>
  <nav class="menuNav">
@@NAV@@
  </nav>
</header>
<main class="container">
  <div class="row">
    <div class="col-left">
      <div class="breadcrumb"><a href="https://www.bisnis.com/">Home</a> <span>/</span> <a href="https://ekonomi.bisnis.com/">Ekonomi</a> <span>/</span> <a href="https://ekonomi.bisnis.com/industri">Industri</a></div>
      <h1 class="detailsTitleCaption">@@HEAD@@</h1>
      <div class="detailsAuthor">
        <div class="authorName">Penulis : <a href="https://www.bisnis.com/author/ni-luh-ayu-pradnyani">Ni Luh Ayu Pradnyani</a></div>
        <div class="authorEditor">Editor : <a href="#">Hendra Kusuma</a></div>
      </div>
      <div class="detailsAttributeDates">Senin, 16 Maret 2026 | 13:45</div>
      <div class="detailsShare">Share : <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Linkedin</a> <a href="#">Whatsapp</a></div>
      <div class="detailsCoverImg">
        <figure>
          <img src="https://images.bisnis.com/posts/2026/03/16/1961204/pabrik-semen.jpg" alt="Pabrik semen">
          <figcaption class="detailsCaption">Pekerja memeriksa tumpukan semen kantong di gudang distributor di Bekasi, Jawa Barat. Bisnis/Arief Budiman</figcaption>
        </figure>
      </div>
      <article class="detailsContent force-17 mt40">
@@BODY@@
        <p class="gnews"><em>Cek Berita dan Artikel yang lain di <a href="https://news.google.com/publications/bisnis">Google News</a> dan <a href="https://whatsapp.com/channel/bisniscom">WA Channel</a></em></p>
      </article>
      <div class="detailsTag"><span class="detailsTagTitle">Topik</span>
@@TAGS@@
      </div>
      <div class="detailsRelated"><h3 class="sectionTitle">Artikel Terkait</h3>
@@RELATED@@
      </div>
      <div class="detailsComment"><h3>Komentar</h3><p>Tulis komentar Anda. Login untuk berkomentar.</p></div>
    </div>
    <aside class="col-right">
      <div class="terpopuler"><h3 class="sectionTitle">Terpopuler</h3>
@@POPULAR@@
      </div>
      <div class="newsletter"><h3>Newsletter Bisnis Indonesia</h3><p>Berita ekonomi dan bisnis pilihan, dikirim setiap pagi.</p><input type="email" placeholder="Email"><button>Berlangganan</button></div>
    </aside>
  </div>
</main>
<footer class="footer"><div class="container">
  <a href="https://www.bisnis.com/about">Tentang Kami</a> &middot; <a href="https://www.bisnis.com/pedoman-media-siber">Pedoman Media Siber</a> &middot; <a href="https://www.bisnis.com/kontak">Kontak</a>
  <p>Copyright &copy; 2026 Bisnis Indonesia Group. Hak cipta dilindungi undang-undang.</p>
</div></footer>
</body>
</html>
'''

NAV = ul([('Beranda', 'https://www.bisnis.com/'), ('Market', 'https://market.bisnis.com/'), ('Finansial', 'https://finansial.bisnis.com/'),
          ('Ekonomi', 'https://ekonomi.bisnis.com/'), ('Kabar24', 'https://kabar24.bisnis.com/'), ('Teknologi', 'https://teknologi.bisnis.com/'),
          ('Properti', 'https://properti.bisnis.com/'), ('Otomotif', 'https://otomotif.bisnis.com/')], 'menuList')
RELATED = [
    ('Kementerian PU Pangkas Target Proyek Bendungan Baru pada 2026', 'https://ekonomi.bisnis.com/read/20260302/45/1957801/kementerian-pu-pangkas-target'),
    ('Penjualan Semen Januari 2026 Turun Tipis, Ekspor Klinker Melonjak', 'https://ekonomi.bisnis.com/read/20260213/257/1952900/penjualan-semen-januari-2026'),
]
POPULAR = [
    ('IHSG Dibuka Melemah, Saham Bank Jumbo Kompak Turun', 'https://market.bisnis.com/read/20260316/7/1961100/ihsg-dibuka-melemah'),
    ('Jadwal Libur Bursa Saham Lebaran 2026', 'https://market.bisnis.com/read/20260315/7/1960870/jadwal-libur-bursa-lebaran-2026'),
]

page = fill(TPL, HEAD=esc(HEAD), URL=URL, LD=ld(graph), NAV=NAV, BODY=render(items, R),
            TAGS='\n'.join(f'        <a href="https://www.bisnis.com/topic/{t.replace(" ", "-")}" class="detailsTagItem">{esc(t)}</a>' for t in TAGS),
            RELATED=ul(RELATED), POPULAR=ul(POPULAR))

save('11-bisnis-penjualan-semen-februari-turun', page, {
    'url': URL, 'headline': HEAD, 'published': '2026-03-16T13:45+07:00', 'authors': ['Ni Luh Ayu Pradnyani'],
    'section': 'Industri', 'tags': TAGS, 'outlet': 'bisnis.com', 'next_page': None,
    'body': body_text(items),
    'not_body': [
        'Pekerja memeriksa tumpukan semen kantong di gudang distributor di Bekasi, Jawa Barat. Bisnis/Arief Budiman',
        'Baca Juga :',
        'Laba Emiten Semen Tergerus, Harga Batu Bara Jadi Biang Kerok',
        'Simak Video Pilihan di Bawah Ini :',
        'Cek Berita dan Artikel yang lain di Google News dan WA Channel',
        'Kementerian PU Pangkas Target Proyek Bendungan Baru pada 2026',
        'IHSG Dibuka Melemah, Saham Bank Jumbo Kompak Turun',
        'Copyright © 2026 Bisnis Indonesia Group.',
    ],
})
