from common import *

# 09 Liputan6 - OpenGraph/meta only; "Baca Juga" box with several links
URL = 'https://www.liputan6.com/health/read/6123457/kasus-dbd-awal-2026-naik-30-persen-kemenkes-ingatkan-fase-kritis-demam'
HEAD = 'Kasus DBD Awal 2026 Naik 30 Persen, Kemenkes Ingatkan Fase Kritis Demam'
TAGS = ['DBD', 'Demam Berdarah', 'Kemenkes', 'Nyamuk Aedes Aegypti']

items = [
    ('p', '<strong>Liputan6.com, Jakarta</strong> - Kementerian Kesehatan (Kemenkes) mencatat 38.412 kasus demam berdarah dengue (DBD) di Indonesia sepanjang 1 Januari hingga 22 Februari 2026. Jumlah itu naik sekitar 30 persen dibandingkan periode yang sama tahun lalu.'),
    ('p', 'Dari total kasus tersebut, 214 pasien dilaporkan meninggal dunia. Sebagian besar kematian terjadi pada anak usia 5 hingga 14 tahun yang terlambat dibawa ke fasilitas kesehatan.'),
    ('p', '"Kami melihat banyak pasien datang ke rumah sakit sudah pada fase kritis, yaitu hari keempat atau kelima demam. Padahal fase itu yang paling berbahaya," kata Direktur Penyakit Menular Kemenkes, dr. Ratna Widyasari, dalam temu media di Jakarta, Selasa (24/2/2026).'),
    ('bacabox', [('Kenali Tanda Bahaya DBD pada Anak, Jangan Tunggu Bintik Merah', 'https://www.liputan6.com/health/read/6119870/kenali-tanda-bahaya-dbd-pada-anak'),
                 ('Vaksin Dengue Masuk Program Imunisasi di 5 Kota Tahun Ini', 'https://www.liputan6.com/health/read/6110233/vaksin-dengue-masuk-program-imunisasi'),
                 ('Fogging Bukan Solusi Utama, Ini Kata Ahli soal Pencegahan DBD', 'https://www.liputan6.com/health/read/6101145/fogging-bukan-solusi-utama')]),
    ('h', 'Lima Provinsi dengan Kasus Terbanyak'),
    ('p', 'Jawa Barat menjadi provinsi dengan kasus terbanyak, yakni 7.980 kasus, disusul Jawa Timur 5.412 kasus, Jawa Tengah 4.876 kasus, Sumatera Utara 2.301 kasus, dan Banten 2.155 kasus.'),
    ('ad',),
    ('p', 'Ratna menjelaskan, lonjakan kasus dipengaruhi curah hujan tinggi yang berlangsung sejak akhir 2025. Genangan air di sekitar permukiman menjadi tempat berkembang biak nyamuk <em>Aedes aegypti</em>.'),
    ('p', 'Ia meminta masyarakat kembali menggalakkan gerakan 3M Plus, yaitu menguras dan menutup tempat penampungan air, mendaur ulang barang bekas, serta mencegah gigitan nyamuk. Kemenkes juga mendorong setiap rumah memiliki satu juru pemantau jentik.'),
    ('p', '"Kalau anak demam tinggi mendadak lebih dari dua hari, jangan tunggu. Segera periksa ke puskesmas untuk cek darah," ujar Ratna.'),
]

R = {
    'p': lambda h: f'<div class="article-content-body__item-content"><p>{h}</p></div>',
    'h': lambda h: f'<div class="article-content-body__item-content"><h2>{h}</h2></div>',
    'bacabox': lambda links: '<div class="baca-juga-collections">\n  <div class="baca-juga-collections__title">Baca Juga</div>\n  <ul class="baca-juga-collections__list">\n'
    + '\n'.join(f'    <li class="baca-juga-collections__item"><a href="{esc(u)}" class="baca-juga-collections__link">{esc(t)}</a></li>' for t, u in links)
    + '\n  </ul>\n</div>',
    'ad': lambda: '<div class="advertisement-placeholder article-ad"><div class="advertisement-text">Advertisement</div><div id="gpt-ad-liputan6-inarticle"></div></div>',
}

TPL = r'''
<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=5">
<title>@@HEAD@@ - Health Liputan6.com</title>
<meta name="description" content="Kemenkes mencatat 38.412 kasus DBD sepanjang awal 2026, naik 30 persen dibandingkan periode yang sama tahun lalu.">
<meta name="keywords" content="@@KEYWORDS@@">
<meta name="author" content="Fitri Handayani">
<meta name="robots" content="index, follow">
<meta property="og:type" content="article">
<meta property="og:site_name" content="liputan6.com">
<meta property="og:title" content="@@HEAD@@">
<meta property="og:url" content="@@URL@@">
<meta property="og:image" content="https://cdn1-production-images-kly.akamaized.net/dbd-nyamuk-2026_1200x675.jpg">
<meta property="article:published_time" content="2026-02-24T17:30:00+07:00">
<meta property="article:modified_time" content="2026-02-24T18:02:00+07:00">
<meta property="article:section" content="Health">
<meta property="article:author" content="https://www.liputan6.com/me/fitri.handayani">
@@ARTTAGS@@
<link rel="canonical" href="@@URL@@">
<link rel="stylesheet" href="https://cdn-production-assets-kly.akamaized.net/assets/css/liputan6/read.css?v=202602">
<script>
  window.kmklabs = window.kmklabs || {}; window.kmklabs.channel = { name: "Health", full_slug: "health" };
  window.kly = { platform: "Liputan6", pageType: "ReadPage", article: { id: 6123457, type: "TextTypeArticle" } };
</script>
</head>
<body class="read-page">
<header class="navbar navbar--top">
  <div class="navbar__container"><a href="https://www.liputan6.com/" class="navbar--top__logo"><img src="https://cdn-production-assets-kly.akamaized.net/assets/images/logo-liputan6.svg" alt="Liputan6.com"></a>
  <a href="https://www.liputan6.com/login" class="navbar--top__login">Masuk</a></div>
  <nav class="navbar--menu">
@@NAV@@
  </nav>
</header>
<div class="container-article">
  <div class="read-page--header">
    <ul class="read-page--breadcrumb">
      <li><a href="https://www.liputan6.com/">Home</a></li>
      <li><a href="https://www.liputan6.com/health">Health</a></li>
    </ul>
    <h1 class="read-page--header--title entry-title">@@HEAD@@</h1>
    <div class="read-page--header--author">
      <span class="read-page--header--author__prefix">Oleh</span> <a href="https://www.liputan6.com/me/fitri.handayani" class="read-page--header--author__link url fn"><span class="read-page--header--author__name fn">Fitri Handayani</span></a>
      <span class="read-page--header--author__datetime-wrapper">pada <time class="read-page--header--author__datetime updated" datetime="2026-02-24 17:30:00">24 Feb 2026, 17:30 WIB</time></span>
    </div>
    <div class="read-page--social-share">Bagikan: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">Salin Link</a></div>
  </div>
  <div class="read-page--top-media">
    <figure class="read-page--photo-gallery--item">
      <img src="https://cdn1-production-images-kly.akamaized.net/dbd-nyamuk-2026_1200x675.jpg" alt="Ilustrasi nyamuk Aedes aegypti">
      <figcaption class="read-page--photo-gallery--item__caption">Ilustrasi nyamuk Aedes aegypti penyebab demam berdarah dengue. (Liputan6.com/Rudi Hartono)</figcaption>
    </figure>
  </div>
  <div class="article-content-body article-content-body_with-aside">
    <div class="article-content-body__item-page" data-page="1">
@@BODY@@
    </div>
  </div>
  <div class="tags--snippet">
    <span class="tags--snippet__title">Tag Terkait</span>
@@TAGS@@
  </div>
  <div class="read-page--related-articles"><h3 class="read-page--related-articles__title">Berita Terkait</h3>
@@RELATED@@
  </div>
  <div class="comment-section"><h3>Komentar</h3><p>Tulis komentar dan berikan pendapatmu.</p></div>
  <aside class="read-page--sidebar"><div class="popular"><h3>Terpopuler</h3>
@@POPULAR@@
  </div></aside>
</div>
<footer class="footer">
  <div class="footer__container">
    <a href="https://www.liputan6.com/info/tentang-kami">Tentang Kami</a> <a href="https://www.liputan6.com/info/pedoman-media-siber">Pedoman Media Siber</a> <a href="https://www.liputan6.com/info/karir">Karir</a>
    <p class="footer__copyright">&copy; 2026 KLY KapanLagi Youniverse All Rights Reserved. Hak cipta dilindungi undang-undang.</p>
  </div>
</footer>
<script async src="https://cdn-production-assets-kly.akamaized.net/assets/js/liputan6/read.js?v=202602"></script>
</body>
</html>
'''

NAV = ul([('Beranda', 'https://www.liputan6.com/'), ('News', 'https://www.liputan6.com/news'),
          ('Bisnis', 'https://www.liputan6.com/bisnis'), ('Bola', 'https://www.liputan6.com/bola'),
          ('Showbiz', 'https://www.liputan6.com/showbiz'), ('Health', 'https://www.liputan6.com/health'),
          ('Tekno', 'https://www.liputan6.com/tekno'), ('Regional', 'https://www.liputan6.com/regional')], 'navbar--menu__list')
RELATED = [
    ('RSUD Bekasi Tambah Ruang Rawat Khusus Pasien DBD', 'https://www.liputan6.com/news/read/6122001/rsud-bekasi-tambah-ruang-rawat'),
    ('Menkes Minta Daerah Tetapkan Status KLB Jika Kasus DBD Melonjak', 'https://www.liputan6.com/health/read/6118000/menkes-minta-daerah-tetapkan-status-klb'),
]
POPULAR = [
    ('Jadwal Imsak dan Buka Puasa Jakarta Hari Ini', 'https://www.liputan6.com/ramadan/read/6123100/jadwal-imsak-jakarta'),
    ('5 Menu Sahur Praktis Tinggi Protein untuk Anak Kos', 'https://www.liputan6.com/lifestyle/read/6122870/menu-sahur-praktis'),
]

page = fill(TPL, HEAD=esc(HEAD), URL=URL, KEYWORDS=', '.join(TAGS),
            ARTTAGS='\n'.join(f'<meta property="article:tag" content="{t}">' for t in TAGS),
            NAV=NAV, BODY=render(items, R),
            TAGS='\n'.join(f'    <a href="https://www.liputan6.com/tag/{t.lower().replace(" ", "-")}" class="tags--snippet__link"><span class="tags--snippet__name">{esc(t)}</span></a>' for t in TAGS),
            RELATED=ul(RELATED), POPULAR=ul(POPULAR))

save('09-liputan6-kasus-dbd-naik-30-persen', page, {
    'url': URL, 'headline': HEAD, 'published': '2026-02-24T17:30+07:00', 'authors': ['Fitri Handayani'],
    'section': 'Health', 'tags': TAGS, 'outlet': 'liputan6.com', 'next_page': None,
    'body': body_text(items),
    'not_body': [
        'Ilustrasi nyamuk Aedes aegypti penyebab demam berdarah dengue. (Liputan6.com/Rudi Hartono)',
        'Kenali Tanda Bahaya DBD pada Anak, Jangan Tunggu Bintik Merah',
        'Vaksin Dengue Masuk Program Imunisasi di 5 Kota Tahun Ini',
        'Advertisement',
        'RSUD Bekasi Tambah Ruang Rawat Khusus Pasien DBD',
        '5 Menu Sahur Praktis Tinggi Protein untuk Anak Kos',
        'Tulis komentar dan berikan pendapatmu.',
        '© 2026 KLY KapanLagi Youniverse All Rights Reserved.',
    ],
})
