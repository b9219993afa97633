from common import *

# 18 IDN Times - JSON-LD; listicle with numbered subheadings
URL = 'https://www.idntimes.com/news/indonesia/rizky-amelia/tips-aman-mudik-naik-motor-menurut-korlantas-polri-00-wrt26-a1b2c3'
HEAD = '5 Tips Aman Mudik Naik Motor Menurut Korlantas Polri'
TAGS = ['Mudik Lebaran 2026', 'Korlantas Polri', 'Mudik Motor', 'Tips Mudik']

items = [
    ('p', '<strong>Jakarta, IDN Times</strong> - Korps Lalu Lintas (Korlantas) Polri memperkirakan sekitar 6,2 juta sepeda motor akan digunakan untuk mudik Lebaran 2026. Jumlah itu naik dibandingkan tahun lalu, meski pemerintah sudah menyediakan program mudik gratis.'),
    ('p', 'Direktur Keamanan dan Keselamatan Korlantas Polri, Brigjen Pol Surya Adinata, mengingatkan sepeda motor sebenarnya bukan kendaraan yang ideal untuk perjalanan jarak jauh. Namun, bagi pemudik yang tetap memilih motor, ada sejumlah hal yang wajib diperhatikan.'),
    ('p', '&quot;Yang paling penting jangan memaksakan diri. Kalau sudah lelah, berhenti. Kecelakaan motor saat mudik paling banyak terjadi karena pengendara mengantuk,&quot; kata Surya di Jakarta, Kamis (12/3/2026).'),
    ('p', 'Berikut lima tips aman mudik naik motor menurut Korlantas Polri.'),
    ('h', '1. Cek kondisi motor sebelum berangkat'),
    ('p', 'Pastikan rem, ban, lampu, rantai, dan oli dalam kondisi baik. Korlantas menyarankan pemudik melakukan servis ringan di bengkel paling lambat tiga hari sebelum keberangkatan.'),
    ('baca', 'Daftar Lokasi Mudik Gratis Motor Naik Kapal dan Kereta 2026', 'https://www.idntimes.com/news/indonesia/daftar-lokasi-mudik-gratis-motor-2026-00-wrt26-d4e5f6'),
    ('h', '2. Jangan membawa barang berlebihan'),
    ('p', 'Barang bawaan sebaiknya tidak melebihi lebar setang dan tidak lebih tinggi dari bahu pengendara. Muatan yang terlalu besar membuat motor sulit dikendalikan, terutama saat diterpa angin dari kendaraan besar.'),
    ('h', '3. Istirahat setiap dua jam'),
    ('p', 'Pemudik dianjurkan beristirahat sekitar 15 hingga 30 menit setiap dua jam perjalanan. Korlantas bersama pemerintah daerah menyiapkan ratusan pos istirahat khusus pemotor di jalur arteri Pantura dan jalur selatan Jawa.'),
    ('ad',),
    ('h', '4. Hindari membawa anak kecil'),
    ('p', 'Membawa anak kecil dengan sepeda motor dalam perjalanan jauh sangat berisiko. Anak mudah kelelahan dan bisa tertidur di atas motor, sehingga rawan terjatuh.'),
    ('h', '5. Gunakan perlengkapan berkendara lengkap'),
    ('p', 'Helm berstandar SNI, jaket, sarung tangan, dan sepatu wajib digunakan. Pemudik juga disarankan memakai jas hujan berwarna terang atau yang dilengkapi reflektor agar mudah terlihat oleh pengendara lain pada malam hari.'),
    ('baca', 'Jadwal One Way dan Ganjil Genap Arus Mudik Lebaran 2026', 'https://www.idntimes.com/news/indonesia/jadwal-one-way-ganjil-genap-mudik-2026-00-wrt26-g7h8i9'),
]

R = {
    'p': lambda h: f'<p>{h}</p>',
    'h': lambda h: f'<h2 class="article-subtitle">{h}</h2>',
    'baca': lambda t, u: f'<div class="read-also"><span class="read-also__label">Baca Juga:</span> <a href="{esc(u)}" class="read-also__link">{esc(t)}</a></div>',
    'ad': lambda: '<div class="ads-inarticle"><span>ADVERTISEMENT</span><div id="div-gpt-ad-idntimes-inarticle-2"></div><span>SCROLL TO CONTINUE WITH CONTENT</span></div>',
}

article = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "mainEntityOfPage": {"@type": "WebPage", "@id": URL},
    "url": URL,
    "headline": HEAD,
    "alternativeHeadline": "Tips aman mudik naik motor dari Korlantas",
    "image": {"@type": "ImageObject", "url": "https://image.idntimes.com/post/20260312/pemudik-motor-pantura.jpg", "width": 1200, "height": 630},
    "datePublished": "2026-03-12T19:30:00+07:00",
    "dateModified": "2026-03-12T19:30:00+07:00",
    "author": [{"@type": "Person", "name": "Rizky Amelia", "url": "https://www.idntimes.com/author/rizky-amelia"}],
    "editor": {"@type": "Person", "name": "Satria Nugroho"},
    "publisher": {"@type": "NewsMediaOrganization", "name": "IDN Times", "logo": {"@type": "ImageObject", "url": "https://image.idntimes.com/logo-idntimes.png"}},
    "articleSection": "Indonesia",
    "keywords": TAGS,
    "description": "Korlantas Polri membagikan tips aman bagi pemudik yang memilih sepeda motor pada Lebaran 2026.",
}

TPL = r'''
<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>@@HEAD@@ | IDN Times</title>
<meta name="description" content="Korlantas Polri membagikan tips aman bagi pemudik yang memilih sepeda motor pada Lebaran 2026.">
<link rel="canonical" href="@@URL@@">
@@LD@@
<link rel="stylesheet" href="https://www.idntimes.com/assets/css/article.7c1e9.css">
<script>
  window.__NUXT__=(function(a,b){return {layout:"default",data:[{article:{id:a,slug:b}}]}}(2026031201,"tips-aman-mudik-naik-motor"));
</script>
</head>
<body>
<header class="header">
  <a href="https://www.idntimes.com/" class="header__logo"><img src="https://image.idntimes.com/logo-idntimes.png" alt="IDN Times"></a>
  <nav class="header__nav">
@@NAV@@
  </nav>
  <a href="https://www.idntimes.com/login" class="header__login">Masuk</a>
</header>
<main class="main-article">
  <nav class="breadcrumb"><a href="https://www.idntimes.com/">Home</a> <span>&rsaquo;</span> <a href="https://www.idntimes.com/news">News</a> <span>&rsaquo;</span> <a href="https://www.idntimes.com/news/indonesia">Indonesia</a></nav>
  <h1 class="title-text">@@HEAD@@</h1>
  <div class="author-info">
    <div class="author-name"><a href="https://www.idntimes.com/author/rizky-amelia">Rizky Amelia</a></div>
    <div class="author-editor">Editor <a href="#">Satria Nugroho</a></div>
    <time class="date" datetime="2026-03-12T19:30:00+07:00">Kamis, 12 Mar 2026 | 19:30 WIB</time>
  </div>
  <div class="share-article">Share Article <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">Copy Link</a></div>
  <figure class="article-cover">
    <img src="https://image.idntimes.com/post/20260312/pemudik-motor-pantura.jpg" alt="Pemudik motor">
    <figcaption>Ilustrasi pemudik sepeda motor melintas di jalur Pantura, Indramayu, Jawa Barat. (ANTARA FOTO/Dedi Kurniawan)</figcaption>
  </figure>
  <div class="article-text" id="article-content">
    <div class="highlight-box"><b>Intinya sih...</b>
      <ul><li>Korlantas memperkirakan 6,2 juta motor dipakai mudik.</li><li>Pemudik diminta istirahat setiap dua jam.</li></ul>
    </div>
@@BODY@@
  </div>
  <div class="tag-article"><h4>Topik:</h4>
@@TAGS@@
  </div>
  <div class="comment-section"><h4>Komentar</h4><p>Yuk, tulis komentarmu di sini!</p></div>
  <section class="related-article"><h3>Artikel Terkait</h3>
@@RELATED@@
  </section>
  <section class="popular"><h3>Terpopuler</h3>
@@POPULAR@@
  </section>
  <section class="newsletter"><h3>Subscribe Newsletter IDN Times</h3><p>Dapatkan berita terbaru setiap hari di kotak masukmu.</p><input type="email" placeholder="Email"><button>Subscribe</button></section>
</main>
<footer class="footer">
  <a href="https://www.idntimes.com/about-us">About Us</a> <a href="https://www.idntimes.com/pedoman-media-siber">Pedoman Media Siber</a> <a href="https://www.idntimes.com/career">Career</a>
  <p>&copy; 2026 IDN Times. Hak cipta dilindungi undang-undang.</p>
</footer>
</body>
</html>
'''

NAV = ul([('Beranda', 'https://www.idntimes.com/'), ('News', 'https://www.idntimes.com/news'), ('Business', 'https://www.idntimes.com/business'),
          ('Life', 'https://www.idntimes.com/life'), ('Sport', 'https://www.idntimes.com/sport'), ('Tech', 'https://www.idntimes.com/tech'),
          ('Automotive', 'https://www.idntimes.com/automotive'), ('Hype', 'https://www.idntimes.com/hype')])
RELATED = [
    ('Cara Daftar Mudik Gratis Kemenhub 2026, Kuota Masih Tersedia', 'https://www.idntimes.com/news/indonesia/cara-daftar-mudik-gratis-kemenhub-2026-00-wrt26-j1k2l3'),
    ('Polisi Siapkan 2.800 Pos Pengamanan Operasi Ketupat 2026', 'https://www.idntimes.com/news/indonesia/polisi-siapkan-pos-pengamanan-operasi-ketupat-00-wrt26-m4n5o6'),
]
POPULAR = [
    ('10 Menu Takjil Simpel yang Bisa Dibuat dalam 15 Menit', 'https://www.idntimes.com/food/recipe/menu-takjil-simpel-00-wrt26-p7q8r9'),
    ('Zodiak yang Paling Rajin Menabung untuk Lebaran', 'https://www.idntimes.com/life/inspiration/zodiak-rajin-menabung-00-wrt26-s1t2u3'),
]

page = fill(TPL, HEAD=esc(HEAD), URL=URL, LD=ld(article), NAV=NAV, BODY=render(items, R),
            TAGS='\n'.join(f'    <a href="https://www.idntimes.com/tag/{t.lower().replace(" ", "-")}" class="tag-pill">{esc(t)}</a>' for t in TAGS),
            RELATED=ul(RELATED), POPULAR=ul(POPULAR))

save('18-idntimes-tips-mudik-motor-korlantas', page, {
    'url': URL, 'headline': HEAD, 'published': '2026-03-12T19:30+07:00', 'authors': ['Rizky Amelia'],
    'section': 'Indonesia', 'tags': TAGS, 'outlet': 'idntimes.com', 'next_page': None,
    'body': body_text(items),
    'not_body': [
        'Ilustrasi pemudik sepeda motor melintas di jalur Pantura, Indramayu, Jawa Barat. (ANTARA FOTO/Dedi Kurniawan)',
        'Intinya sih...',
        'Korlantas memperkirakan 6,2 juta motor dipakai mudik.',
        'Daftar Lokasi Mudik Gratis Motor Naik Kapal dan Kereta 2026',
        'Jadwal One Way dan Ganjil Genap Arus Mudik Lebaran 2026',
        'Polisi Siapkan 2.800 Pos Pengamanan Operasi Ketupat 2026',
        '10 Menu Takjil Simpel yang Bisa Dibuat dalam 15 Menit',
        'Yuk, tulis komentarmu di sini!',
        'Subscribe Newsletter IDN Times',
    ],
})
