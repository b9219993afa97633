from common import *

# 13 Kontan - OpenGraph/meta only; "Reporter: X | Editor: Y"; "Selanjutnya:" and "Menarik Dibaca:" lines
URL = 'https://investasi.kontan.co.id/news/harga-cpo-melonjak-ke-level-tertinggi-tiga-bulan-saham-emiten-sawit-ikut-menguat'
HEAD = 'Harga CPO Melonjak ke Level Tertinggi Tiga Bulan, Saham Emiten Sawit Ikut Menguat'
TAGS = ['CPO', 'saham sawit', 'AALI', 'LSIP', 'DSNG']

items = [
    ('p', '<b>KONTAN.CO.ID - JAKARTA.</b> Harga minyak sawit mentah atau <i>crude palm oil</i> (CPO) melonjak ke level tertinggi dalam tiga bulan terakhir. Kenaikan harga ini turut mengerek saham-saham emiten perkebunan sawit di Bursa Efek Indonesia (BEI) pada perdagangan Kamis (12/3).'),
    ('p', 'Mengutip data Bursa Malaysia Derivatives, kontrak berjangka CPO untuk pengiriman Mei 2026 ditutup di level MYR 4.612 per ton, naik 2,8% dibandingkan hari sebelumnya. Dalam sepekan, harga CPO sudah menguat sekitar 6,1%.'),
    ('baca', 'Ekspor Minyak Sawit Indonesia Januari 2026 Turun 9%, GAPKI Ungkap Penyebabnya', 'https://industri.kontan.co.id/news/ekspor-minyak-sawit-indonesia-januari-2026-turun'),
    ('p', 'Analis Nusa Kapital Sekuritas Dimas Aryanto menilai lonjakan harga dipicu kekhawatiran turunnya produksi di Malaysia dan Indonesia akibat curah hujan tinggi. Di saat yang sama, permintaan dari India meningkat menjelang musim festival.'),
    ('p', '&quot;Stok minyak sawit Malaysia pada akhir Februari turun ke level terendah dalam 10 bulan. Pasar melihat pasokan akan ketat setidaknya sampai Mei,&quot; ujar Dimas kepada <i>Kontan.co.id</i>, Kamis (12/3).'),
    ('ad',),
    ('p', 'Sejalan dengan itu, saham emiten sawit kompak menghijau. Saham PT Astra Agro Lestari Tbk (AALI) naik 4,1% ke Rp 6.975 per saham, sementara PT PP London Sumatra Indonesia Tbk (LSIP) menguat 3,6% ke Rp 1.150 per saham.'),
    ('p', 'Saham PT Sawit Sumbermas Sarana Tbk (SSMS) dan PT Dharma Satya Nusantara Tbk (DSNG) juga masing-masing naik 2,9% dan 3,3%. Indeks sektor barang konsumen primer ditutup menguat 1,2%.'),
    ('baca', 'Simak Rekomendasi Saham Pilihan Analis untuk Jumat (13/3)', 'https://investasi.kontan.co.id/news/simak-rekomendasi-saham-pilihan-analis-untuk-jumat-133'),
    ('p', 'Meski begitu, Dimas mengingatkan investor untuk mencermati rencana kenaikan pungutan ekspor sawit yang sedang dibahas pemerintah. Kebijakan tersebut berpotensi menekan margin emiten perkebunan pada semester kedua.'),
    ('next', 'IHSG Ditutup Menguat 0,8%, Asing Catat Net Buy Rp 1,1 Triliun', 'https://investasi.kontan.co.id/news/ihsg-ditutup-menguat-08-asing-catat-net-buy'),
    ('menarik', 'Harga Emas Antam Hari Ini Naik Rp 9.000, Cek Daftar Lengkapnya', 'https://investasi.kontan.co.id/news/harga-emas-antam-hari-ini-naik'),
]

R = {
    'p': lambda h: f'<p>{h}</p>',
    'baca': lambda t, u: f'<p><strong>Baca Juga: <a href="{esc(u)}" target="_blank">{esc(t)}</a></strong></p>',
    'ad': lambda: '<div class="ads-wrapper" style="text-align:center"><span>ADVERTISEMENT</span><div id="div-gpt-ad-kontan-inarticle"></div></div>',
    'next': lambda t, u: f'<p><strong>Selanjutnya: <a href="{esc(u)}">{esc(t)}</a></strong></p>',
    'menarik': lambda t, u: f'<p><strong>Menarik Dibaca: <a href="{esc(u)}">{esc(t)}</a></strong></p>',
}

TPL = r'''
<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>@@HEAD@@ - Kontan.co.id</title>
<meta name="description" content="Harga CPO melonjak ke level tertinggi tiga bulan dan mengerek saham emiten sawit di BEI.">
<meta name="keywords" content="@@KEYWORDS@@">
<meta name="author" content="Aulia Rahmadani">
<meta property="og:type" content="article">
<meta property="og:site_name" content="kontan.co.id">
<meta property="og:title" content="@@HEAD@@">
<meta property="og:url" content="@@URL@@">
<meta property="og:image" content="https://foto.kontan.co.id/kebun-sawit-riau-2026.jpg">
<meta property="article:published_time" content="2026-03-12T16:05:00+07:00">
<meta property="article:modified_time" content="2026-03-12T16:05:00+07:00">
<meta property="article:section" content="Saham">
@@ARTTAGS@@
<link rel="canonical" href="@@URL@@">
<link rel="stylesheet" href="https://www.kontan.co.id/asset/css/detail.css?v=20260301">
<script>
  var kontanSubdomain = "investasi"; var kontanDetailId = 1188234;
  var googletag = googletag || {}; googletag.cmd = googletag.cmd || [];
</script>
</head>
<body>
<div class="header">
  <div class="container"><a class="logo" href="https://www.kontan.co.id/"><img src="https://www.kontan.co.id/asset/img/logo-kontan.png" alt="Kontan"></a>
    <a class="btn-login" href="https://auth.kontan.co.id/">Login</a> <a class="btn-sub" href="https://my.kontan.co.id/">Berlangganan</a></div>
  <div class="nav-main">
@@NAV@@
  </div>
</div>
<div class="container">
  <div class="fl w-640">
    <div class="breadcrumb"><a href="https://www.kontan.co.id/">Home</a> / <a href="https://investasi.kontan.co.id/">Investasi</a> / <a href="https://investasi.kontan.co.id/rubrik/saham">Saham</a></div>
    <h1 class="detail-desk">@@HEAD@@</h1>
    <div class="fs14 ff-opensans font-gray">Reporter: <a href="#">Aulia Rahmadani</a> | Editor: <a href="#">Herlina Sitompul</a></div>
    <div class="fs14 ff-opensans font-gray">Kamis, 12 Maret 2026 / 16:05 WIB</div>
    <div class="img-detail-desk">
      <img src="https://foto.kontan.co.id/kebun-sawit-riau-2026.jpg" alt="kebun sawit">
      <div class="fs12 font-gray">ILUSTRASI. Pekerja memanen tandan buah segar kelapa sawit di perkebunan di Kabupaten Siak, Riau. KONTAN/Andi Saputra</div>
    </div>
    <div class="social-share">Share : <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Whatsapp</a> <a href="#">Linkedin</a></div>
    <div class="tmpt-desk-kon">
@@BODY@@
    </div>
    <div class="google-news fs14">Cek Berita dan Artikel yang lain di <a href="https://news.google.com/publications/kontan">Google News</a></div>
    <div class="tag-detail"><b>Tag</b>
@@TAGS@@
    </div>
    <div class="newsletter-kontan"><h3>Newsletter</h3><p>Dapatkan berita pasar modal pilihan setiap hari kerja.</p><input type="email" placeholder="Email Anda"><button>Daftar</button></div>
    <div class="artikel-terkait"><h3>Artikel Terkait</h3>
@@RELATED@@
    </div>
    <div class="komentar"><h3>Komentar</h3><p>Tulis komentar Anda...</p></div>
  </div>
  <div class="fr w-300"><div class="terpopuler"><h3>Terpopuler</h3>
@@POPULAR@@
  </div></div>
</div>
<div class="footer"><div class="container">
  <a href="https://www.kontan.co.id/redaksi">Redaksi</a> | <a href="https://www.kontan.co.id/pedoman-media-siber">Pedoman Media Siber</a> | <a href="https://www.kontan.co.id/kontak">Kontak</a>
  <p>&copy; 2026 Kontan.co.id. Hak cipta dilindungi undang-undang.</p>
</div></div>
</body>
</html>
'''

NAV = ul([('Home', 'https://www.kontan.co.id/'), ('Nasional', 'https://nasional.kontan.co.id/'), ('Keuangan', 'https://keuangan.kontan.co.id/'),
          ('Investasi', 'https://investasi.kontan.co.id/'), ('Industri', 'https://industri.kontan.co.id/'), ('Internasional', 'https://internasional.kontan.co.id/'),
          ('Peluang Usaha', 'https://peluangusaha.kontan.co.id/'), ('Stocks', 'https://stocksetup.kontan.co.id/')])
RELATED = [
    ('Saham Emiten Sawit Masih Menarik di Tengah Rencana Kenaikan Pungutan Ekspor', 'https://investasi.kontan.co.id/news/saham-emiten-sawit-masih-menarik'),
    ('Produksi CPO Februari Diperkirakan Turun, Harga TBS Petani Naik', 'https://industri.kontan.co.id/news/produksi-cpo-februari-diperkirakan-turun'),
]
POPULAR = [
    ('Kurs Dolar-Rupiah di BCA Hari Ini Kamis 12 Maret 2026', 'https://keuangan.kontan.co.id/news/kurs-dolar-rupiah-di-bca-hari-ini'),
    ('Daftar Saham Pembagi Dividen Terbesar Musim Ini', 'https://investasi.kontan.co.id/news/daftar-saham-pembagi-dividen-terbesar'),
]

page = fill(TPL, HEAD=esc(HEAD), URL=URL, KEYWORDS=', '.join(TAGS),
            ARTTAGS='\n'.join(f'<meta property="article:tag" content="{t}">' for t in TAGS),
            NAV=NAV, BODY=render(items, R),
            TAGS='\n'.join(f'      <a href="https://www.kontan.co.id/tag/{t.lower().replace(" ", "-")}">{esc(t)}</a>' for t in TAGS),
            RELATED=ul(RELATED), POPULAR=ul(POPULAR))

save('13-kontan-harga-cpo-saham-sawit-menguat', page, {
    'url': URL, 'headline': HEAD, 'published': '2026-03-12T16:05+07:00', 'authors': ['Aulia Rahmadani'],
    'section': 'Saham', 'tags': TAGS, 'outlet': 'kontan.co.id', 'next_page': None,
    'body': body_text(items),
    'not_body': [
        'ILUSTRASI. Pekerja memanen tandan buah segar kelapa sawit di perkebunan di Kabupaten Siak, Riau. KONTAN/Andi Saputra',
        'Ekspor Minyak Sawit Indonesia Januari 2026 Turun 9%, GAPKI Ungkap Penyebabnya',
        'Selanjutnya: IHSG Ditutup Menguat 0,8%, Asing Catat Net Buy Rp 1,1 Triliun',
        'Menarik Dibaca: Harga Emas Antam Hari Ini Naik Rp 9.000, Cek Daftar Lengkapnya',
        'Cek Berita dan Artikel yang lain di Google News',
        'Saham Emiten Sawit Masih Menarik di Tengah Rencana Kenaikan Pungutan Ekspor',
        'Kurs Dolar-Rupiah di BCA Hari Ini Kamis 12 Maret 2026',
        'Reporter: Aulia Rahmadani | Editor: Herlina Sitompul',
    ],
})
