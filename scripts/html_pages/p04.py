from common import *

# 04 detikNews - OpenGraph/meta only (incl. publishdate), pagination over 3 pages
URL = 'https://news.detik.com/berita/d-8384512/polisi-tangkap-6-pencuri-kabel-lampu-jalan-di-jakut-menyamar-jadi-petugas'
HEAD = 'Polisi Tangkap 6 Pencuri Kabel Lampu Jalan di Jakut, Menyamar Jadi Petugas'
D = dt('2026-03-05 11:20')
TAGS = ['pencurian kabel', 'polda metro jaya', 'lampu jalan', 'jakarta utara']
NEXT = URL + '/2'

items = [
    ('p', '<strong>Jakarta</strong> - Polda Metro Jaya menangkap enam pria yang diduga mencuri kabel lampu penerangan jalan umum (PJU) di sejumlah ruas jalan di Jakarta Utara. Aksi komplotan ini membuat puluhan titik lampu jalan padam selama berminggu-minggu.'),
    ('p', '"Keenam tersangka kami tangkap di dua lokasi berbeda, yakni di Cilincing dan Bekasi, pada Selasa (3/3) dini hari," kata Kabid Humas Polda Metro Jaya Kombes Yudhistira Panjaitan kepada wartawan, Kamis (5/3/2026).'),
    ('baca', 'Warga Cilincing Keluhkan Jalan Gelap, 30 Lampu PJU Mati Sebulan', 'https://news.detik.com/berita/d-8369020/warga-cilincing-keluhkan-jalan-gelap'),
    ('p', 'Yudhistira menjelaskan, para pelaku beraksi pada malam hari dengan menyamar sebagai petugas perbaikan. Mereka mengenakan rompi berwarna oranye dan membawa tangga lipat agar tidak dicurigai warga.'),
    ('ad',),
    ('p', 'Dalam sebulan terakhir, komplotan ini diduga telah mencuri kabel di 14 lokasi, antara lain di Jalan Yos Sudarso, Jalan Cakung Cilincing, dan kawasan Marunda. Total panjang kabel yang digasak mencapai sekitar 2,3 kilometer.'),
    ('simak', 'Polisi Buru Penadah Kabel Curian di Bekasi'),
    ('p', '"Kabel tembaga itu mereka kupas, lalu dijual ke pengepul barang bekas di Bekasi dengan harga Rp 95 ribu per kilogram," ujar Yudhistira.'),
    ('h', 'Pengepul Ikut Diperiksa'),
    ('p', 'Polisi juga memeriksa pemilik lapak pengepul yang membeli kabel curian tersebut. Penyidik mendalami apakah pengepul itu mengetahui bahwa barang yang dibelinya merupakan hasil kejahatan.'),
    ('p', 'Dinas Bina Marga DKI Jakarta mencatat kerugian akibat pencurian kabel PJU sepanjang 2025 mencapai Rp 4,6 miliar. Dinas meminta warga segera melapor jika melihat aktivitas mencurigakan di sekitar tiang lampu jalan.'),
]

R = {
    'p': lambda h: f'<p>{h}</p>',
    'h': lambda h: f'<p><strong>{h}</strong></p>',
    'baca': lambda t, u: f'<table class="linksisip"><tr><td><div class="lihatjg"><strong>Baca juga:</strong> <a href="{esc(u)}">{esc(t)}</a></div></td></tr></table>',
    'ad': lambda: '<div class="parallaxindetail scrollpage"><div class="ads-scrollpage-container">\n<div class="ads-scrollpage-top"><span class="ads-scrollpage-info">ADVERTISEMENT</span></div>\n<div id="div-gpt-ad-parallax" class="ads-scrollpage-height"></div>\n<div class="ads-scrollpage-bottom"><span class="ads-scrollpage-info">SCROLL TO CONTINUE WITH CONTENT</span></div>\n</div></div>',
    'simak': lambda t: f'<div class="detail__body-simak">\n  <div class="simak-title">Simak juga Video: {esc(t)}</div>\n  <iframe src="https://20.detik.com/embed/260305021?smartautoplay=true" width="100%" height="360" frameborder="0" scrolling="no" allowfullscreen></iframe>\n</div>',
}

TPL = r'''
<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>@@HEAD@@ - detikNews</title>
<meta name="description" content="Polda Metro Jaya menangkap enam pria yang diduga mencuri kabel lampu penerangan jalan umum di Jakarta Utara.">
<meta name="keywords" content="@@KEYWORDS@@">
<meta name="author" content="Rahmat Fauzi">
<meta name="publishdate" content="2026/03/05 11:20:37">
<meta name="originalpublishdate" content="2026/03/05 11:20:37">
<meta name="platform" content="desktop">
<meta name="dtk:kanal" content="Berita">
<meta property="og:type" content="article">
<meta property="og:site_name" content="detiknews">
<meta property="og:title" content="@@HEAD@@">
<meta property="og:url" content="@@URL@@">
<meta property="og:image" content="https://akcdn.detik.net.id/community/media/visual/2026/03/05/konferensi-pers-pencurian-kabel_169.jpeg">
<meta property="og:description" content="Polda Metro Jaya menangkap enam pria yang diduga mencuri kabel lampu penerangan jalan umum di Jakarta Utara.">
<meta property="article:section" content="Berita">
@@ARTTAGS@@
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@detikcom">
<link rel="canonical" href="@@URL@@">
<link rel="next" href="@@NEXT@@">
<link rel="stylesheet" href="https://cdn.detik.net.id/detik2/css/detiknews.css?v=2026030501">
<script>
  var _dtkStart = +new Date();
  window.dataLayer = window.dataLayer || [];
  dataLayer.push({ "pageType": "detail", "articleMultiPage": true, "pageNumber": 1 });
</script>
<script async src="https://www.googletagmanager.com/gtm.js?id=GTM-DETIK00"></script>
</head>
<body class="body--detail">
<header class="header">
  <div class="container">
    <a href="https://news.detik.com/" class="logo"><img src="https://cdn.detik.net.id/detiknews/images/logo.png" alt="detiknews"></a>
    <a class="btn btn--login" href="https://connect.detik.com/">Masuk</a>
  </div>
  <nav class="navbar">
@@NAV@@
  </nav>
</header>
<div class="container">
<div class="grid-row content__bg">
<div class="column-8">
<article class="detail">
  <div class="page__breadcrumb"><a href="https://news.detik.com/">detikNews</a> <a href="https://news.detik.com/berita">Berita</a></div>
  <div class="detail__header">
    <h1 class="detail__title">@@HEAD@@</h1>
    <div class="detail__author">Rahmat Fauzi - detikNews</div>
    <div class="detail__date">@@DATE@@</div>
    <div class="detail__share">
      <a href="#" class="sharebox__link">Bagikan</a> <span class="sharebox__count">12 komentar</span>
    </div>
  </div>
  <div class="detail__media">
    <figure class="detail__media-image">
      <img src="https://akcdn.detik.net.id/community/media/visual/2026/03/05/konferensi-pers-pencurian-kabel_169.jpeg?w=700&amp;q=90" alt="Konferensi pers pencurian kabel">
      <figcaption class="detail__media-caption">Polisi menunjukkan barang bukti kabel tembaga hasil curian di Mapolda Metro Jaya, Kamis (5/3/2026). (Fadli Maulana/detikcom)</figcaption>
    </figure>
  </div>
  <div class="detail__body itp_bodycontent_wrapper">
    <div class="detail__body-text itp_bodycontent">
@@BODY@@
    </div>
    <div class="detail__anchor-numb">
      <span class="detail__anchor-label">Halaman</span>
      <a class="itp-pagination selected" href="@@URL@@">1</a>
      <a class="itp-pagination" href="@@URL@@/2">2</a>
      <a class="itp-pagination" href="@@URL@@/3">3</a>
    </div>
    <div class="detail__long-nav">
      <a class="btn btn--blue-base btn--sm mgb-24" href="@@NEXT@@" rel="next">Selanjutnya</a>
    </div>
    <div class="detail__body-tag mgt-16"><div class="nav">
@@TAGS@@
    </div></div>
  </div>
  <div class="komentar"><h3>Komentar</h3><div class="komentar__box">Tulis komentar anda... <a href="https://connect.detik.com/">Masuk</a> untuk berkomentar</div></div>
</article>
<div class="list-content">
  <h2 class="title">Berita Terkait</h2>
@@RELATED@@
</div>
</div>
<div class="column-4">
  <div class="box cb-mostpop"><h2 class="title">Berita Terpopuler</h2>
@@POPULAR@@
  </div>
  <div class="box newsletter"><h2 class="title">Newsletter detikNews</h2><p>Langganan berita pilihan setiap pagi.</p><input type="email" placeholder="Email kamu"><button>Langganan</button></div>
</div>
</div>
</div>
<footer class="footer"><div class="container">
  <div class="footer__menu"><a href="https://www.detik.com/redaksi">Redaksi</a> <a href="https://www.detik.com/pedoman-media">Pedoman Media Siber</a> <a href="https://www.detik.com/karir">Karir</a></div>
  <div class="footer__copyright">Copyright @ 2026 detikcom, All Rights Reserved. Hak cipta dilindungi undang-undang.</div>
</div></footer>
</body>
</html>
'''

NAV = ul([('Beranda', 'https://news.detik.com/'), ('Berita', 'https://news.detik.com/berita'),
          ('Daerah', 'https://news.detik.com/daerah'), ('Jabodetabek', 'https://news.detik.com/jabodetabek'),
          ('Internasional', 'https://news.detik.com/internasional'), ('Hukum', 'https://news.detik.com/hukum'),
          ('Kolom', 'https://news.detik.com/kolom'), ('Foto', 'https://news.detik.com/foto-news')], 'navbar-first')
RELATED = [
    ('Maling Kabel Telkom di Depok Tertangkap Basah Warga, Satu Kabur', 'https://news.detik.com/berita/d-8378112/maling-kabel-telkom-di-depok'),
    ('Pemprov DKI Ganti 1.500 Lampu Jalan dengan LED Tahun Ini', 'https://news.detik.com/berita/d-8377001/pemprov-dki-ganti-lampu-jalan-led'),
]
POPULAR = [
    ('Ganjil Genap Jakarta Ditiadakan Saat Libur Lebaran 2026', 'https://news.detik.com/berita/d-8384001/ganjil-genap-jakarta-ditiadakan'),
    ('Cuaca Jakarta Hari Ini: Hujan Petir Sore Hingga Malam', 'https://news.detik.com/berita/d-8384200/cuaca-jakarta-hari-ini'),
]

date_vis = f'{hari(D)}, {D.day:02d} {BLN[D.month-1]} {D.year} {D:%H:%M} WIB'
page = fill(TPL, HEAD=esc(HEAD), URL=URL, NEXT=NEXT, KEYWORDS=', '.join(TAGS),
            ARTTAGS='\n'.join(f'<meta property="article:tag" content="{t}">' for t in TAGS),
            NAV=NAV, DATE=date_vis, BODY=render(items, R),
            TAGS='\n'.join(f'      <a href="https://www.detik.com/tag/{t.replace(" ", "-")}" class="nav__item">{esc(t)}</a>' for t in TAGS),
            RELATED=ul(RELATED), POPULAR=ul(POPULAR))

save('04-detiknews-pencuri-kabel-pju-jakut', page, {
    'url': URL, 'headline': HEAD, 'published': '2026-03-05T11:20+07:00', 'authors': ['Rahmat Fauzi'],
    'section': 'Berita', 'tags': TAGS, 'outlet': 'detik.com', 'next_page': NEXT,
    'body': body_text(items),
    'not_body': [
        'Polisi menunjukkan barang bukti kabel tembaga hasil curian di Mapolda Metro Jaya, Kamis (5/3/2026).',
        'Warga Cilincing Keluhkan Jalan Gelap, 30 Lampu PJU Mati Sebulan',
        'Simak juga Video: Polisi Buru Penadah Kabel Curian di Bekasi',
        'ADVERTISEMENT',
        'Maling Kabel Telkom di Depok Tertangkap Basah Warga, Satu Kabur',
        'Ganjil Genap Jakarta Ditiadakan Saat Libur Lebaran 2026',
        'Newsletter detikNews',
        'Tulis komentar anda...',
    ],
})
