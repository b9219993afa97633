from common import *

# 07 Antara Makassar (WITA) and 08 Antara Papua (WIT) - JSON-LD NewsArticle

R = {
    'p': lambda h: f'<p>{h}</p>',
    'baca': lambda t, u: f'<p><span class="baca-juga"><b>Baca juga:</b> <a href="{esc(u)}">{esc(t)}</a></span></p>',
    'ad': lambda: '<div class="ads_antara_inarticle text-center my-3"><small>ADVERTISEMENT</small><div id="div-gpt-ad-antara-inarticle"></div></div>',
    'video': lambda t: f'<div class="embed-responsive embed-responsive-16by9 my-3"><iframe class="embed-responsive-item" src="https://www.antaranews.com/embed/video/4412031" allowfullscreen></iframe></div>\n<p class="video-caption"><em>{esc(t)}</em></p>',
}

TPL = r'''
<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>@@HEAD@@ - ANTARA News @@REGION@@</title>
<meta name="description" content="@@DESC@@">
<link rel="canonical" href="@@URL@@">
<link rel="stylesheet" href="https://@@HOST@@/assets/css/bootstrap.min.css">
<link rel="stylesheet" href="https://@@HOST@@/assets/css/style.min.css?v=3.12">
@@LD@@
<script>
  var ANTARA = ANTARA || {}; ANTARA.region = "@@REGIONSLUG@@"; ANTARA.page = "detail";
  (function(i,s,o,g,r,a,m){i['GoogleAnalyticsObject']=r;i[r]=i[r]||function(){(i[r].q=i[r].q||[]).push(arguments)}})(window,document,'script','//www.google-analytics.com/analytics.js','ga');
</script>
</head>
<body>
<header class="header-area">
  <div class="top-header d-none d-lg-block"><div class="container"><span class="date-today">@@TODAY@@</span> <a href="https://www.antaranews.com/">ANTARA News Nasional</a> <a href="https://en.antaranews.com/">English</a></div></div>
  <div class="container"><a class="navbar-brand" href="https://@@HOST@@/"><img src="https://@@HOST@@/assets/img/logo-antara-@@REGIONSLUG@@.png" alt="ANTARA News @@REGION@@"></a></div>
  <nav class="navbar navbar-expand-lg main-nav">
@@NAV@@
  </nav>
</header>
<section class="main-content">
<div class="container">
<div class="row">
<div class="col-md-8">
  <div class="wrap__article-detail">
    <ul class="breadcrumbs bg-light mb-4">
      <li class="breadcrumbs__item"><a href="https://@@HOST@@/" class="breadcrumbs__url">Beranda</a></li>
      <li class="breadcrumbs__item"><a href="https://@@HOST@@/@@SECSLUG@@" class="breadcrumbs__url">@@SECTION@@</a></li>
    </ul>
    <div class="wrap__article-detail-title"><h1>@@HEAD@@</h1></div>
    <div class="wrap__article-detail-info">
      <ul class="list-inline">
        <li class="list-inline-item"><span class="text-secondary font-weight-normal"><i class="fa fa-clock-o"></i> @@DATE@@</span></li>
      </ul>
    </div>
    <div class="wrap__article-detail-image mt-4">
      <figure>
        <picture><img src="@@IMG@@" alt="" class="img-fluid"></picture>
        <p class="wp-caption-text"><small>@@CAPTION@@</small></p>
      </figure>
    </div>
    <div class="wrap__article-detail-content post-content">
@@BODY@@
      <p class="text-muted mt-2 small">Pewarta: @@AUTHOR@@<br>Editor: @@EDITOR@@<br>Copyright &copy; ANTARA 2026</p>
    </div>
    <div class="blog-tags">
      <ul class="list-inline">
        <li class="list-inline-item"><i class="fa fa-tags"></i></li>
@@TAGS@@
      </ul>
    </div>
    <div class="social-share-box">Bagikan <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a> <a href="#">Telegram</a></div>
    <div class="text-muted small">Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI di situs web ini tanpa izin tertulis dari Kantor Berita ANTARA.</div>
    <div class="wrap__article-detail-related"><h4 class="border_section">Berita Terkait</h4>
@@RELATED@@
    </div>
    <div id="comments" class="comments-area"><h4 class="border_section">Komentar</h4><p>Tulis komentar Anda. Komentar menjadi tanggung jawab pribadi.</p></div>
  </div>
</div>
<div class="col-md-4">
  <aside class="wrapper__list__article"><h4 class="border_section">Terpopuler</h4>
@@POPULAR@@
  </aside>
</div>
</div>
</div>
</section>
<footer class="footer">
  <div class="container">
    <ul class="list-inline"><li class="list-inline-item"><a href="https://@@HOST@@/about-us">Tentang Kami</a></li><li class="list-inline-item"><a href="https://@@HOST@@/kode-etik">Kode Etik</a></li><li class="list-inline-item"><a href="https://@@HOST@@/kebijakan-privasi">Kebijakan Privasi</a></li></ul>
    <p>Copyright &copy; 2026 ANTARA News @@REGION@@. Hak cipta dilindungi undang-undang. ANTARA adalah Kantor Berita Nasional Indonesia.</p>
  </div>
</footer>
<script src="https://@@HOST@@/assets/js/jquery.min.js"></script>
<script src="https://@@HOST@@/assets/js/bootstrap.bundle.min.js"></script>
</body>
</html>
'''


def nav(host, extra):
    return ul([('Beranda', f'https://{host}/')] + [(t, f'https://{host}/{t.lower().replace(" ", "-")}') for t in extra]
              + [('Foto', f'https://{host}/foto'), ('Video', f'https://{host}/video')], 'navbar-nav', 'nav-item')


def tags_html(host, tags):
    return '\n'.join(f'        <li class="list-inline-item"><a href="https://{host}/tag/{t.lower().replace(" ", "-")}">{esc(t)}</a></li>' for t in tags)


def build(host, region, regionslug, url, head, section, secslug, date_vis, today, img, caption, author, editor, tags,
          items, related, popular, jsonld, desc):
    return fill(TPL, HOST=host, REGION=region, REGIONSLUG=regionslug, URL=url, HEAD=esc(head), SECTION=section,
                SECSLUG=secslug, DATE=date_vis, TODAY=today, IMG=img, CAPTION=caption, AUTHOR=author, EDITOR=editor,
                TAGS=tags_html(host, tags), BODY=render(items, R), RELATED=ul(related, 'list-unstyled'),
                POPULAR=ul(popular, 'list-unstyled'), LD=ld(jsonld), DESC=esc(desc),
                NAV=nav(host, ['Ekonomi', 'Politik', 'Hukum', 'Olahraga', 'Daerah']))


# ---------------------------------------------------------------- 07 Makassar
host = 'makassar.antaranews.com'
URL = 'https://makassar.antaranews.com/berita/618842/pelni-tambah-dua-kapal-angkut-pemudik-dari-makassar'
HEAD = 'Pelni tambah dua kapal angkut pemudik dari Makassar'
TAGS = ['Pelni', 'mudik lebaran', 'Pelabuhan Makassar', 'KSOP Makassar']
items = [
    ('p', 'Makassar (ANTARA) - PT Pelayaran Nasional Indonesia (Pelni) Cabang Makassar menambah dua kapal untuk mengangkut pemudik dari Pelabuhan Soekarno-Hatta Makassar menjelang Idul Fitri 1447 Hijriah. Penambahan armada dilakukan karena permintaan tiket rute Makassar-Surabaya dan Makassar-Balikpapan melonjak sejak awal Maret.'),
    ('p', 'Kepala Cabang Pelni Makassar Irwan Syamsuddin di Makassar, Jumat, mengatakan dua kapal tambahan itu dialihkan sementara dari rute reguler di kawasan timur Indonesia selama masa angkutan Lebaran.'),
    ('p', '&quot;Dengan tambahan dua kapal, kapasitas angkut dari Makassar naik sekitar 4.800 kursi selama masa angkutan Lebaran,&quot; kata Irwan.'),
    ('baca', 'Tiket kapal Makassar-Surabaya untuk H-7 Lebaran habis terjual', 'https://makassar.antaranews.com/berita/617990/tiket-kapal-makassar-surabaya-untuk-h-7-lebaran-habis-terjual'),
    ('p', 'Ia menyebutkan puncak arus mudik melalui laut dari Makassar diperkirakan terjadi pada 13-16 Maret 2026. Pada periode tersebut, jumlah penumpang diproyeksikan mencapai 9.500 orang per hari.'),
    ('p', 'Pelni juga membuka posko kesehatan dan ruang tunggu tambahan di terminal penumpang. Calon penumpang diimbau datang paling lambat tiga jam sebelum jadwal keberangkatan untuk menghindari antrean saat pemeriksaan tiket dan identitas.'),
    ('ad',),
    ('p', 'Sementara itu, Kantor Kesyahbandaran dan Otoritas Pelabuhan (KSOP) Utama Makassar memastikan seluruh kapal yang melayani angkutan Lebaran telah menjalani uji kelaiklautan. Pemeriksaan meliputi alat keselamatan, sekoci, dan kapasitas maksimal penumpang.'),
    ('baca', 'KSOP Makassar periksa kelaiklautan 42 kapal jelang arus mudik', 'https://makassar.antaranews.com/berita/618101/ksop-makassar-periksa-kelaiklautan-42-kapal'),
    ('p', '&quot;Kami tidak akan memberikan izin berlayar jika kapal membawa penumpang melebihi kapasitas yang tercantum dalam sertifikat,&quot; ujar Kepala Bidang Keselamatan Berlayar KSOP Utama Makassar Hasanuddin Latief.'),
]
jsonld = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "mainEntityOfPage": {"@type": "WebPage", "@id": URL},
    "headline": HEAD,
    "description": "Pelni Cabang Makassar menambah dua kapal untuk mengangkut pemudik menjelang Idul Fitri 1447 H.",
    "image": {"@type": "ImageObject", "url": "https://img.antaranews.com/cache/730x487/2026/03/06/pelabuhan-makassar-pemudik.jpg"},
    "datePublished": "2026-03-06T10:25:00+08:00",
    "dateModified": "2026-03-06T10:41:00+08:00",
    "author": {"@type": "Person", "name": "Abdul Kadir Rahman"},
    "editor": {"@type": "Person", "name": "Suryani Wahab"},
    "publisher": {"@type": "Organization", "name": "ANTARA News Makassar", "logo": {"@type": "ImageObject", "url": "https://makassar.antaranews.com/assets/img/logo-antara-makassar.png"}},
    "articleSection": "Ekonomi",
    "keywords": "Pelni, mudik lebaran, Pelabuhan Makassar, KSOP Makassar",
}
page = build(host, 'Makassar', 'makassar', URL, HEAD, 'Ekonomi', 'ekonomi', 'Jumat, 6 Maret 2026 10:25 WITA',
             'Jumat, 6 Maret 2026', 'https://img.antaranews.com/cache/730x487/2026/03/06/pelabuhan-makassar-pemudik.jpg',
             'Calon penumpang antre memasuki KM Bukit Siguntang di Pelabuhan Soekarno-Hatta Makassar, Kamis (5/3/2026). ANTARA FOTO/Ilham Marzuki/nym.',
             'Abdul Kadir Rahman', 'Suryani Wahab', TAGS, items,
             [('Bandara Sultan Hasanuddin tambah 38 penerbangan ekstra Lebaran', 'https://makassar.antaranews.com/berita/618550/bandara-sultan-hasanuddin-tambah-penerbangan'),
              ('Dishub Sulsel siapkan 120 bus untuk mudik gratis', 'https://makassar.antaranews.com/berita/617433/dishub-sulsel-siapkan-120-bus')],
             [('Harga cabai rawit di Makassar turun jadi Rp45 ribu per kilogram', 'https://makassar.antaranews.com/berita/618700/harga-cabai-rawit'),
              ('Pemkot Makassar liburkan ASN mulai 18 Maret', 'https://makassar.antaranews.com/berita/618688/pemkot-makassar-liburkan-asn')],
             jsonld, jsonld['description'])
save('07-antara-makassar-pelni-tambah-kapal-mudik', page, {
    'url': URL, 'headline': HEAD, 'published': '2026-03-06T10:25+08:00', 'authors': ['Abdul Kadir Rahman'],
    'section': 'Ekonomi', 'tags': TAGS, 'outlet': 'antaranews.com', 'next_page': None,
    'body': body_text(items),
    'not_body': [
        'Calon penumpang antre memasuki KM Bukit Siguntang di Pelabuhan Soekarno-Hatta Makassar, Kamis (5/3/2026).',
        'ANTARA FOTO/Ilham Marzuki/nym.',
        'Tiket kapal Makassar-Surabaya untuk H-7 Lebaran habis terjual',
        'KSOP Makassar periksa kelaiklautan 42 kapal jelang arus mudik',
        'Pewarta: Abdul Kadir Rahman',
        'Copyright © ANTARA 2026',
        'Bandara Sultan Hasanuddin tambah 38 penerbangan ekstra Lebaran',
        'Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI',
    ],
})

# ---------------------------------------------------------------- 08 Papua
host = 'papua.antaranews.com'
URL = 'https://papua.antaranews.com/berita/902317/pemkab-merauke-salurkan-30-ton-benih-padi-untuk-petani-lokal'
HEAD = 'Pemkab Merauke salurkan 30 ton benih padi untuk petani lokal'
TAGS = ['Merauke', 'benih padi', 'petani lokal', 'Papua Selatan']
items = [
    ('p', 'Merauke (ANTARA) - Pemerintah Kabupaten Merauke, Papua Selatan, menyalurkan 30 ton benih padi unggul kepada kelompok tani di lima distrik untuk musim tanam kedua tahun ini. Benih tersebut cukup untuk menanami sekitar 1.200 hektare sawah milik petani lokal.'),
    ('p', 'Kepala Dinas Tanaman Pangan dan Hortikultura Kabupaten Merauke Yohanes Gebze di Merauke, Selasa, mengatakan penyaluran diprioritaskan bagi petani orang asli Papua yang baru membuka lahan sawah dalam dua tahun terakhir.'),
    ('p', '&quot;Kami ingin petani lokal tidak hanya menjadi penonton. Selain benih, mereka juga mendapat pendampingan dari penyuluh sampai panen,&quot; katanya.'),
    ('baca', 'Distan Merauke targetkan tanam padi 40 ribu hektare pada 2026', 'https://papua.antaranews.com/berita/899120/distan-merauke-targetkan-tanam-padi-40-ribu-hektare'),
    ('p', 'Distrik yang menerima benih antara lain Semangga, Tanah Miring, Kurik, Malind, dan Jagebob. Setiap kelompok tani mendapat jatah sesuai luas lahan yang telah diverifikasi oleh penyuluh pertanian lapangan.'),
    ('p', 'Yohanes menambahkan produktivitas sawah petani lokal di Merauke saat ini rata-rata masih sekitar 3,8 ton gabah kering giling per hektare, lebih rendah dibandingkan petani transmigran yang mencapai 5 ton per hektare.'),
    ('video', 'Video: Petani Kurik panen raya jagung di lahan kering'),
    ('p', 'Menurut dia, kesenjangan itu terutama disebabkan keterbatasan alat mesin pertanian dan pengelolaan air. Karena itu, pemerintah daerah juga menyiapkan 15 unit traktor tangan yang akan dipinjamkan melalui brigade alsintan.'),
    ('p', 'Ketua Kelompok Tani Wasur Sejahtera Markus Kaize menyambut baik bantuan tersebut. Ia berharap penyaluran pupuk bersubsidi juga tepat waktu agar hasil panen musim ini lebih baik dari sebelumnya.'),
]
jsonld = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "mainEntityOfPage": {"@type": "WebPage", "@id": URL},
    "headline": HEAD,
    "description": "Pemkab Merauke menyalurkan 30 ton benih padi unggul kepada kelompok tani di lima distrik.",
    "image": {"@type": "ImageObject", "url": "https://img.antaranews.com/cache/730x487/2026/02/17/benih-padi-merauke.jpg"},
    "datePublished": "2026-02-17T13:10:00+09:00",
    "dateModified": "2026-02-17T13:10:00+09:00",
    "author": {"@type": "Person", "name": "Agustinus Mahuze"},
    "publisher": {"@type": "Organization", "name": "ANTARA News Papua", "logo": {"@type": "ImageObject", "url": "https://papua.antaranews.com/assets/img/logo-antara-papua.png"}},
    "articleSection": "Papua Selatan",
    "keywords": "Merauke, benih padi, petani lokal, Papua Selatan",
}
page = build(host, 'Papua', 'papua', URL, HEAD, 'Papua Selatan', 'papua-selatan', 'Selasa, 17 Februari 2026 13:10 WIT',
             'Selasa, 17 Februari 2026', 'https://img.antaranews.com/cache/730x487/2026/02/17/benih-padi-merauke.jpg',
             'Petugas Dinas Tanaman Pangan dan Hortikultura Merauke menurunkan karung benih padi dari truk di Distrik Semangga, Selasa (17/2/2026). ANTARA/Agustinus Mahuze',
             'Agustinus Mahuze', 'Yosef Rumbiak', TAGS, items,
             [('Bulog Merauke serap 8.000 ton gabah petani sejak Januari', 'https://papua.antaranews.com/berita/900871/bulog-merauke-serap-gabah'),
              ('Harga beras lokal Merauke stabil Rp12.500 per kilogram', 'https://papua.antaranews.com/berita/901002/harga-beras-lokal-merauke')],
             [('Pesawat perintis mendarat darurat di Boven Digoel, penumpang selamat', 'https://papua.antaranews.com/berita/902200/pesawat-perintis-mendarat-darurat'),
              ('Festival Budaya Marind digelar di Merauke pada April', 'https://papua.antaranews.com/berita/902114/festival-budaya-marind')],
             jsonld, jsonld['description'])
save('08-antara-papua-benih-padi-merauke', page, {
    'url': URL, 'headline': HEAD, 'published': '2026-02-17T13:10+09:00', 'authors': ['Agustinus Mahuze'],
    'section': 'Papua Selatan', 'tags': TAGS, 'outlet': 'antaranews.com', 'next_page': None,
    'body': body_text(items),
    'not_body': [
        'Petugas Dinas Tanaman Pangan dan Hortikultura Merauke menurunkan karung benih padi dari truk di Distrik Semangga, Selasa (17/2/2026).',
        'Distan Merauke targetkan tanam padi 40 ribu hektare pada 2026',
        'Video: Petani Kurik panen raya jagung di lahan kering',
        'Editor: Yosef Rumbiak',
        'Bulog Merauke serap 8.000 ton gabah petani sejak Januari',
        'Pesawat perintis mendarat darurat di Boven Digoel, penumpang selamat',
        'Tulis komentar Anda. Komentar menjadi tanggung jawab pribadi.',
    ],
})
