from common import *

# 02 Kompas regional - no metadata, WITA, messy <br><br> paragraphs
URL = 'https://regional.kompas.com/read/2026/03/12/164000178/jalan-poros-samarinda-kota-bangun-ambles-warga-memutar-hingga-40-kilometer'
HEAD = 'Jalan Poros Samarinda-Kota Bangun Ambles, Warga Memutar hingga 40 Kilometer'
TAGS = ['Kutai Kartanegara', 'jalan ambles', 'Kalimantan Timur', 'infrastruktur daerah']

items = [
    ('p', 'KUTAI KARTANEGARA, KOMPAS.com - Badan jalan poros yang menghubungkan Samarinda dan Kota Bangun di Kecamatan Tenggarong Seberang, Kabupaten Kutai Kartanegara, Kalimantan Timur, ambles sepanjang sekitar 60 meter pada Rabu (11/3/2026) malam. Akibatnya, kendaraan roda empat tidak bisa melintas dan harus memutar melalui jalur alternatif.'),
    ('p', 'Amblesnya jalan terjadi setelah hujan deras mengguyur wilayah itu selama hampir enam jam. Retakan sebenarnya sudah terlihat sejak sepekan sebelumnya, tetapi belum sempat diperbaiki.'),
    ('p', '"Awalnya cuma retak kecil, lalu Rabu malam tiba-tiba turun hampir satu meter. Untung tidak ada kendaraan yang lewat waktu itu," kata Syamsul Bahri (47), warga Desa Bukit Raya, saat ditemui Kamis (12/3/2026).'),
    ('baca', 'Banjir Rendam 3 Kecamatan di Kutai Barat, 1.200 Warga Mengungsi', 'https://regional.kompas.com/read/2026/03/09/201500778/banjir-rendam-3-kecamatan-di-kutai-barat'),
    ('p', 'Warga yang hendak ke Samarinda kini harus memutar lewat Loa Kulu dengan jarak tempuh tambahan hingga 40 kilometer. Sopir angkutan barang mengeluhkan biaya bahan bakar yang membengkak.'),
    ('p', 'Kepala Dinas Pekerjaan Umum Kutai Kartanegara, Andi Rahmat Hidayat, mengatakan pihaknya sudah memasang pembatas dan rambu peringatan di sekitar lokasi. Tim teknis juga dikerahkan untuk memeriksa kondisi tanah di bawah badan jalan.'),
    ('p', '"Penanganan darurat kami mulai besok dengan penimbunan dan pemasangan cerucuk. Targetnya sepekan kendaraan kecil sudah bisa lewat," ujar Andi.'),
    ('ad',),
    ('p', 'Ia menambahkan, perbaikan permanen membutuhkan anggaran sekitar Rp 7 miliar dan akan diusulkan dalam perubahan anggaran tahun ini. Jalan poros tersebut merupakan jalur utama distribusi hasil perkebunan dari wilayah hulu Mahakam.'),
    ('baca', 'Jembatan Gantung di Tabang Putus, Pelajar Menyeberang Pakai Perahu', 'https://regional.kompas.com/read/2026/02/27/091200678/jembatan-gantung-di-tabang-putus'),
    ('p', 'Sementara itu, Satlantas Polres Kutai Kartanegara menempatkan personel di dua titik pengalihan arus untuk mengatur kendaraan, terutama pada pagi dan sore hari ketika volume lalu lintas meningkat.'),
]

R = {
    'p': lambda h: h,
    'baca': lambda t, u: f'<strong>Baca juga: <a href="{esc(u)}">{esc(t)}</a></strong>',
    'ad': lambda: '<div class="ads-on-body"><div id="div-gpt-ad-inread" class="ads">ADVERTISEMENT</div><script>googletag.cmd.push(function(){googletag.display("div-gpt-ad-inread");});</script></div>',
}

# paragraphs separated by <br><br>; ads are divs, so no <br> around them
chunks = []
for it in items:
    s = R[it[0]](*it[1:])
    if it[0] == 'ad':
        chunks.append('\n' + s + '\n')
    else:
        if chunks and not chunks[-1].endswith('\n'):
            chunks.append('<br><br>\n')
        chunks.append(s)
BODY = ''.join(chunks)

TPL = r'''
<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>@@HEAD@@ - Kompas.com</title>
<link rel="stylesheet" href="https://asset.kompas.com/data/2026/wp/css/main.css?v=20260305">
<script>
  var kgChannel = "regional";
  window.googletag = window.googletag || {cmd: []};
  (function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});})(window,document,'script','dataLayer','GTM-XXXX');
</script>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
</head>
<body class="page-read channel-regional">
<div class="header">
  <div class="container"><div class="logo"><a href="https://www.kompas.com/"><img src="https://asset.kompas.com/data/2017/wp/images/logokompascom.png" alt="Kompas.com"></a></div>
  <a class="header__login" href="https://account.kompas.com/login">Masuk</a></div>
  <nav class="nav">
@@NAV@@
  </nav>
</div>
<div class="container clearfix">
<div class="col-bs12-8">
  <div class="breadcrumb"><ul class="breadcrumb__wrap">
    <li class="breadcrumb__item"><a href="https://www.kompas.com/" class="breadcrumb__link">Home</a></li>
    <li class="breadcrumb__item"><a href="https://regional.kompas.com/" class="breadcrumb__link">Regional</a></li>
  </ul></div>
  <h1 class="read__title">@@HEAD@@</h1>
  <div class="read__info">
    <div class="read__info__author">Kontributor Kutai Kartanegara, <a href="#">Rizal Fahmi</a> | Editor <a href="#">Wijaya Kusuma</a></div>
    <div class="read__time">Kompas.com - 12/03/2026, 16:40 WITA</div>
  </div>
  <div class="photo"><div class="photo__wrap">
    <img src="https://asset.kompas.com/crops/jalan-ambles-kukar/750x500/data/photo/2026/03/12/jalan-ambles.jpg" alt="">
    <div class="photo__caption">Kondisi jalan poros Samarinda-Kota Bangun yang ambles di Kecamatan Tenggarong Seberang, Kamis (12/3/2026). (KOMPAS.com/RIZAL FAHMI)</div>
  </div></div>
  <div class="read__content">
@@BODY@@
  </div>
  <div class="kompasidParagraph">Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com. Mari bergabung di Grup Telegram "Kompas.com News Update", caranya klik link <a href="https://t.me/kompascomupdate">https://t.me/kompascomupdate</a>, kemudian join.</div>
  <div class="tag"><h3 class="tag__title">Tag</h3>
@@TAGS@@
  </div>
  <div class="social--inline">Bagikan: <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a> <a href="#">Salin Link</a></div>
  <div class="related"><h3 class="title">Berita Terkait</h3>
@@RELATED@@
  </div>
  <div class="comment"><h3 class="title">Komentar</h3>Tulis komentar Anda di sini<br><button>Kirim</button></div>
</div>
<div class="col-bs12-4"><div class="most"><h3 class="title">Terpopuler</h3>
@@POPULAR@@
</div></div>
</div>
<div class="footer"><div class="container">
  <a href="https://www.kompas.com/about">Tentang Kami</a> | <a href="https://www.kompas.com/pedomanmediasiber">Pedoman Media Siber</a> | <a href="#">Kontak</a>
  <br>&copy; 2026 Kompas.com. Hak cipta dilindungi undang-undang.
</div></div>
</body>
</html>
'''

NAV = ul([('News', 'https://www.kompas.com/news'), ('Nasional', 'https://nasional.kompas.com/'),
          ('Regional', 'https://regional.kompas.com/'), ('Global', 'https://www.kompas.com/global'),
          ('Money', 'https://money.kompas.com/'), ('Tren', 'https://www.kompas.com/tren'),
          ('Bola', 'https://bola.kompas.com/')], 'nav__wrap', 'nav__item')
RELATED = [
    ('Longsor di Samarinda Utara, Dua Rumah Warga Tertimbun Tanah', 'https://regional.kompas.com/read/2026/03/10/071500278/longsor-di-samarinda-utara'),
    ('Pemprov Kaltim Anggarkan Rp 1,1 Triliun untuk Perbaikan Jalan Provinsi', 'https://regional.kompas.com/read/2026/01/21/140500178/pemprov-kaltim-anggarkan-rp-11-triliun'),
]
POPULAR = [
    ('Harga Tiket Pesawat Balikpapan-Jakarta Jelang Lebaran Tembus Rp 3 Juta', 'https://regional.kompas.com/read/2026/03/12/100000878/harga-tiket-pesawat-balikpapan-jakarta'),
    ('Buaya Muncul di Sungai Karang Mumus, Warga Diminta Waspada', 'https://regional.kompas.com/read/2026/03/11/183000478/buaya-muncul-di-sungai-karang-mumus'),
]

page = fill(TPL, HEAD=esc(HEAD), NAV=NAV, BODY=BODY,
            TAGS=ul([(t, 'https://www.kompas.com/tag/' + t.lower().replace(' ', '-')) for t in TAGS], 'tag__article__wrap'),
            RELATED=ul(RELATED, 'related__list'), POPULAR=ul(POPULAR, 'most__list'))

save('02-kompas-jalan-poros-kukar-ambles', page, {
    'url': URL, 'headline': HEAD, 'published': '2026-03-12T16:40+08:00', 'authors': ['Rizal Fahmi'],
    'section': 'Regional', 'tags': TAGS, 'outlet': 'kompas.com', 'next_page': None,
    'body': body_text(items),
    'not_body': [
        'Kondisi jalan poros Samarinda-Kota Bangun yang ambles di Kecamatan Tenggarong Seberang, Kamis (12/3/2026).',
        'Banjir Rendam 3 Kecamatan di Kutai Barat, 1.200 Warga Mengungsi',
        'Jembatan Gantung di Tabang Putus, Pelajar Menyeberang Pakai Perahu',
        'Longsor di Samarinda Utara, Dua Rumah Warga Tertimbun Tanah',
        'Buaya Muncul di Sungai Karang Mumus, Warga Diminta Waspada',
        'Kontributor Kutai Kartanegara,',
        'Hak cipta dilindungi undang-undang.',
    ],
})
