from common import *

# 15 kumparan - JSON-LD with an Organization (desk) author; paragraphs in divs/spans; no dateline
URL = 'https://kumparan.com/kumparannews/antrean-penukaran-uang-baru-di-monas-mengular-sejak-subuh-26xWarta01'
HEAD = 'Antrean Penukaran Uang Baru di Monas Mengular sejak Subuh'
TAGS = ['Penukaran Uang Baru', 'Bank Indonesia', 'Lebaran 2026', 'Monas']

items = [
    ('p', 'Ribuan warga memadati kawasan Monumen Nasional (Monas), Jakarta Pusat, sejak Selasa (10/3) pagi untuk menukarkan uang baru menjelang Lebaran. Sebagian warga bahkan sudah datang sebelum subuh agar mendapat giliran lebih awal.'),
    ('p', 'Layanan penukaran uang yang digelar Bank Indonesia (BI) bersama 16 bank itu dibuka pukul 08.00 WIB. Namun, antrean sudah mengular hingga ke pintu masuk sisi selatan Monas sejak pukul 05.30 WIB.'),
    ('p', '&ldquo;Saya dari Bekasi berangkat jam empat pagi. Mau tukar buat THR keponakan, soalnya di bank dekat rumah kuotanya cepat habis,&rdquo; kata Siti Marlina (41), salah satu warga yang mengantre, kepada kumparan.'),
    ('ad',),
    ('h', 'Wajib Pesan Lewat Aplikasi'),
    ('p', 'Penukaran uang tahun ini hanya dapat dilakukan oleh warga yang sudah memesan jadwal melalui aplikasi PINTAR milik BI. Setiap orang dapat menukarkan maksimal Rp 4 juta dalam bentuk paket pecahan Rp 1.000 hingga Rp 20.000.'),
    ('p', 'Kepala Departemen Pengelolaan Uang BI, Handayani Siregar, mengatakan kuota penukaran di Monas mencapai 8.000 orang per hari selama lima hari pelaksanaan. Kuota untuk dua hari pertama disebut sudah habis dipesan.'),
    ('card', 'BI Siapkan Uang Tunai Rp 180 Triliun untuk Kebutuhan Ramadan dan Lebaran', 'https://kumparan.com/kumparanbisnis/bi-siapkan-uang-tunai-rp-180-triliun-26xWarta00'),
    ('p', '&ldquo;Kami imbau masyarakat datang sesuai jadwal di bukti pemesanan. Yang belum memesan tidak bisa dilayani di lokasi,&rdquo; ujar Handayani.'),
    ('p', 'BI juga mengingatkan masyarakat agar tidak menukarkan uang melalui jasa penukaran di pinggir jalan. Selain rawan uang palsu, warga biasanya dikenai potongan hingga 10 persen dari nilai uang yang ditukarkan.'),
]

R = {
    'p': lambda h: f'<div class="Viewweb__StyledView-sc-b0snvl-0 kLkVdE" data-qa-id="story-paragraph"><span class="Textweb__StyledText-sc-1ed9ao-0 fzGxeY">{h}</span></div>',
    'h': lambda h: f'<div class="Viewweb__StyledView-sc-b0snvl-0 kLkVdE"><h2 class="Textweb__StyledText-sc-1ed9ao-0 dUTRyT" data-qa-id="story-subtitle">{h}</h2></div>',
    'ad': lambda: '<div class="Viewweb__StyledView-sc-b0snvl-0 AdsWrapper"><span class="Textweb__StyledText-sc-1ed9ao-0 ads-label">ADVERTISEMENT</span><div id="div-gpt-ad-kumparan-mid"></div></div>',
    'card': lambda t, u: f'<div class="Viewweb__StyledView-sc-b0snvl-0 StoryCard" data-qa-id="embedded-story"><a href="{esc(u)}"><span class="label">Baca Juga</span><span class="Textweb__StyledText-sc-1ed9ao-0 card-title">{esc(t)}</span><span class="card-source">kumparanBISNIS</span></a></div>',
}

article = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "mainEntityOfPage": {"@type": "WebPage", "@id": URL},
    "url": URL,
    "headline": HEAD,
    "image": ["https://blue.kumparan.com/image/upload/fl_progressive,fl_lossy,c_fill,q_auto:best,w_640/v1/antrean-monas-2026.jpg"],
    "datePublished": "2026-03-10T09:47:00+07:00",
    "dateModified": "2026-03-10T10:21:00+07:00",
    "author": {"@type": "Organization", "name": "kumparanNEWS", "url": "https://kumparan.com/kumparannews"},
    "publisher": {"@type": "Organization", "name": "kumparan", "logo": {"@type": "ImageObject", "url": "https://kumparan.com/logo.png"}},
    "articleSection": "News",
    "keywords": ", ".join(TAGS),
    "description": "Ribuan warga memadati Monas sejak subuh untuk menukarkan uang baru menjelang Lebaran.",
}

TPL = r'''
<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>@@HEAD@@ | kumparan.com</title>
<meta name="description" content="Ribuan warga memadati Monas sejak subuh untuk menukarkan uang baru menjelang Lebaran.">
<link rel="canonical" href="@@URL@@">
@@LD@@
<style>.kLkVdE{margin-bottom:16px}.fzGxeY{font-size:18px;line-height:28px}.dUTRyT{font-size:22px;font-weight:700}</style>
<script>
  window.__APOLLO_STATE__ = {"ROOT_QUERY":{"__typename":"Query"}};
  window.__INITIAL_PATH__ = "/kumparannews";
</script>
<script defer src="https://kumparan.com/static/js/main.8f2c1d.js"></script>
</head>
<body>
<div id="root">
<div class="Viewweb__StyledView-sc-b0snvl-0 HeaderWrapper">
  <a href="https://kumparan.com/"><img src="https://kumparan.com/logo.png" alt="kumparan"></a>
  <nav class="Viewweb__StyledView-sc-b0snvl-0 NavMenu">
@@NAV@@
  </nav>
  <a href="https://kumparan.com/login" class="btn-masuk">Masuk</a>
</div>
<div class="Viewweb__StyledView-sc-b0snvl-0 StoryWrapper">
  <div class="Viewweb__StyledView-sc-b0snvl-0 Breadcrumb"><a href="https://kumparan.com/">kumparan</a> &rsaquo; <a href="https://kumparan.com/channel/news">News</a></div>
  <h1 class="Textweb__StyledText-sc-1ed9ao-0 eyTTyz" data-qa-id="story-title">@@HEAD@@</h1>
  <div class="Viewweb__StyledView-sc-b0snvl-0 AuthorBox">
    <a href="https://kumparan.com/kumparannews"><span class="Textweb__StyledText-sc-1ed9ao-0" data-qa-id="author-name">kumparanNEWS</span></a>
    <span class="Textweb__StyledText-sc-1ed9ao-0" data-qa-id="date">10 Maret 2026 9:47 WIB</span>
    <span class="Textweb__StyledText-sc-1ed9ao-0" data-qa-id="updated-date">Diperbarui 10 Maret 2026 10:21 WIB</span>
    <span class="Textweb__StyledText-sc-1ed9ao-0">&middot; waktu baca 2 menit</span>
  </div>
  <div class="Viewweb__StyledView-sc-b0snvl-0 ShareBar">Bagikan <a href="#">WhatsApp</a> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Salin tautan</a></div>
  <div class="Viewweb__StyledView-sc-b0snvl-0 CoverImage">
    <img src="https://blue.kumparan.com/image/upload/fl_progressive,fl_lossy,c_fill,q_auto:best,w_640/v1/antrean-monas-2026.jpg" alt="Antrean penukaran uang">
    <span class="Textweb__StyledText-sc-1ed9ao-0" data-qa-id="image-caption">Warga mengantre untuk menukarkan uang baru di kawasan Monas, Jakarta Pusat, Selasa (10/3/2026). Foto: Aditya Nugraha/kumparan</span>
  </div>
  <div class="Viewweb__StyledView-sc-b0snvl-0 StoryRenderer" data-qa-id="story-renderer">
@@BODY@@
  </div>
  <div class="Viewweb__StyledView-sc-b0snvl-0 TagList">
@@TAGS@@
  </div>
  <div class="Viewweb__StyledView-sc-b0snvl-0 Reaction">Bagaimana reaksimu? <button>Suka</button> <button>Komentar</button></div>
  <div class="Viewweb__StyledView-sc-b0snvl-0 Comments"><span>Tulis komentar...</span></div>
  <div class="Viewweb__StyledView-sc-b0snvl-0 Related"><h3>Berita Terkait</h3>
@@RELATED@@
  </div>
  <div class="Viewweb__StyledView-sc-b0snvl-0 Trending"><h3>Trending Now</h3>
@@POPULAR@@
  </div>
</div>
<div class="Viewweb__StyledView-sc-b0snvl-0 Footer">
  <a href="https://kumparan.com/tentang-kumparan">Tentang kumparan</a> <a href="https://kumparan.com/pedoman-media-siber">Pedoman Media Siber</a> <a href="https://kumparan.com/karier">Karier</a>
  <span>&copy; 2026 kumparan.com. Hak cipta dilindungi undang-undang.</span>
</div>
</div>
</body>
</html>
'''

NAV = ul([('Beranda', 'https://kumparan.com/'), ('News', 'https://kumparan.com/channel/news'), ('Bisnis', 'https://kumparan.com/channel/bisnis'),
          ('Bola & Sports', 'https://kumparan.com/channel/bolasports'), ('Tekno & Sains', 'https://kumparan.com/channel/tekno'),
          ('Otomotif', 'https://kumparan.com/channel/otomotif'), ('Food & Travel', 'https://kumparan.com/channel/food-travel')])
RELATED = [
    ('Hati-hati Jasa Tukar Uang di Pinggir Jalan, Ini Ciri Uang Palsu', 'https://kumparan.com/kumparanbisnis/hati-hati-jasa-tukar-uang-26xWarta02'),
    ('Cara Pesan Jadwal Penukaran Uang Baru Lewat Aplikasi PINTAR', 'https://kumparan.com/kumparanbisnis/cara-pesan-jadwal-penukaran-uang-26xWarta03'),
]
POPULAR = [
    ('Daftar Rest Area Tol Trans Jawa yang Ditutup Sementara Saat Mudik', 'https://kumparan.com/kumparanoto/daftar-rest-area-26xWarta04'),
    ('Jadwal Salat Tarawih dan Kultum di Masjid Istiqlal Pekan Ini', 'https://kumparan.com/kumparannews/jadwal-tarawih-istiqlal-26xWarta05'),
]

page = fill(TPL, HEAD=esc(HEAD), URL=URL, LD=ld(article), NAV=NAV, BODY=render(items, R),
            TAGS='\n'.join(f'    <a href="https://kumparan.com/topic/{t.lower().replace(" ", "-")}" class="tag-pill">{esc(t)}</a>' for t in TAGS),
            RELATED=ul(RELATED), POPULAR=ul(POPULAR))

save('15-kumparan-antrean-penukaran-uang-monas', page, {
    'url': URL, 'headline': HEAD, 'published': '2026-03-10T09:47+07:00', 'authors': [],
    'section': 'News', 'tags': TAGS, 'outlet': 'kumparan.com', 'next_page': None,
    'body': body_text(items),
    'not_body': [
        'Warga mengantre untuk menukarkan uang baru di kawasan Monas, Jakarta Pusat, Selasa (10/3/2026). Foto: Aditya Nugraha/kumparan',
        'Diperbarui 10 Maret 2026 10:21 WIB',
        'BI Siapkan Uang Tunai Rp 180 Triliun untuk Kebutuhan Ramadan dan Lebaran',
        'ADVERTISEMENT',
        'Hati-hati Jasa Tukar Uang di Pinggir Jalan, Ini Ciri Uang Palsu',
        'Daftar Rest Area Tol Trans Jawa yang Ditutup Sementara Saat Mudik',
        'Bagaimana reaksimu?',
        '© 2026 kumparan.com.',
    ],
})
