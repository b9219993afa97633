from common import *

# 10 Tribun Jabar - no metadata; messy body (unclosed <p>, text directly in divs, <br>)
URL = 'https://jabar.tribunnews.com/2026/03/10/longsor-tutup-jalan-sumedang-cijelag-puluhan-kendaraan-tertahan-8-jam'
HEAD = 'Longsor Tutup Jalan Sumedang-Cijelag, Puluhan Kendaraan Tertahan 8 Jam'
TAGS = ['Sumedang', 'longsor', 'BPBD Sumedang', 'jalan provinsi']

P = [
    'TRIBUNJABAR.ID, SUMEDANG - Tanah longsor menutup ruas jalan provinsi Sumedang-Cijelag di Desa Cibubuan, Kecamatan Conggeang, Kabupaten Sumedang, Senin (9/3/2026) malam. Puluhan kendaraan sempat tertahan di kedua sisi jalan selama hampir delapan jam.',
    'Longsor terjadi sekitar pukul 21.30 WIB setelah hujan deras mengguyur kawasan tersebut sejak sore. Material tanah dan batu dari tebing setinggi sekitar 15 meter menimbun badan jalan sepanjang 25 meter.',
    '"Suaranya seperti gemuruh, lalu tanah langsung turun ke jalan. Untung waktu itu tidak ada motor yang lewat," kata Ujang Suherman (52), warga setempat, saat ditemui di lokasi, Selasa (10/3/2026).',
    'Petugas gabungan dari BPBD Sumedang, Dinas Bina Marga dan Penataan Ruang Jawa Barat, TNI, Polri, serta relawan dikerahkan untuk membersihkan material longsor. Satu unit ekskavator didatangkan dari Kecamatan Tanjungsari pada dini hari.',
    'Kepala Pelaksana BPBD Sumedang, Asep Kurniawan, mengatakan jalan kembali bisa dilalui kendaraan secara buka tutup mulai pukul 05.45 WIB. Namun, kendaraan bermuatan berat belum diizinkan melintas karena kondisi tebing masih labil.',
    '"Kami imbau pengendara tetap waspada, apalagi kalau hujan turun lagi. Masih ada retakan di bagian atas tebing," ujarnya.',
    'Menurut Asep, sepanjang Maret ini BPBD Sumedang sudah mencatat 11 kejadian tanah longsor di tujuh kecamatan. Tidak ada korban jiwa, tetapi empat rumah warga mengalami rusak ringan.',
]
e = [esc(p) for p in P]
# HTML-escape quotes as &quot; only in some places, like a CMS that half-escapes
e[2] = P[2].replace('"', '&quot;')

BODY = f'''<p><strong>Laporan Wartawan TribunJabar.id, Dedi Supriadi</strong></p>
<p><strong>TRIBUNJABAR.ID, SUMEDANG</strong> - {e[0][len('TRIBUNJABAR.ID, SUMEDANG - '):]}
<p>{e[1]}
<p>{e[2]}
<p><strong>Baca juga: <a href="https://jabar.tribunnews.com/2026/03/08/hujan-deras-dua-rumah-di-jatinangor-tertimpa-pohon">Hujan Deras, Dua Rumah di Jatinangor Tertimpa Pohon Tumbang</a></strong></p>
{e[3]}<br />
<div class="ads-placeholder" id="ads_inside_article"><span>ADVERTISEMENT</span><div id="div-gpt-ad-tribun-inarticle-2"></div></div>
<div>{e[4]}</div>
<div>
{e[5]}
</div>
<p><strong>Baca juga: <a href="https://jabar.tribunnews.com/2026/03/06/pergerakan-tanah-di-cimanggung-warga-diminta-siaga">Pergerakan Tanah di Cimanggung, Warga Diminta Siaga</a></strong></p>
<p>{e[6]}</p>
<p>&nbsp;</p>
<p><strong>Baca berita TribunJabar.id lainnya di <a href="https://news.google.com/publications/tribunjabar">Google News</a></strong></p>'''

TPL = r'''
<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>@@HEAD@@ - Tribunjabar.id</title>
<link rel="stylesheet" href="https://asset-3.tstatic.net/tribunjabar/css/tribun.min.css?v=20260301">
<script>
  var tribun_site = "jabar"; var ads_slot = ["billboard","showcase_1","inarticle_1","inarticle_2"];
  function tribunLazy(){ var imgs=document.querySelectorAll('img[data-src]'); for(var i=0;i<imgs.length;i++){imgs[i].src=imgs[i].getAttribute('data-src');} }
  document.addEventListener('DOMContentLoaded', tribunLazy);
</script>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
</head>
<body>
<div id="header">
  <div class="main"><a href="https://jabar.tribunnews.com/" class="logo"><img src="https://asset-3.tstatic.net/tribunjabar/img/logo.png" alt="Tribunjabar.id"></a></div>
  <div id="menu">
@@NAV@@
  </div>
</div>
<div class="main">
<div id="article">
  <div class="breadcrumb">
    <a href="https://jabar.tribunnews.com/">Home</a> &raquo; <a href="https://jabar.tribunnews.com/jabar-region">Jabar Region</a>
  </div>
  <h1 class="f50 black2 f400 crimson" id="arttitle">@@HEAD@@</h1>
  <div class="mt10 pos_rel">
    <div id="penulis" class="f14 grey2">Penulis: <a href="https://jabar.tribunnews.com/author/dedi-supriadi">Dedi Supriadi</a></div>
    <div id="editor" class="f14 grey2">Editor: <a href="#">Siti Fatimah</a></div>
  </div>
  <time class="grey">Selasa, 10 Maret 2026 08:15 WIB</time>
  <div class="ovh imgfull_div">
    <img src="https://asset-3.tstatic.net/jabar/foto/bank/images/longsor-sumedang-cijelag.jpg" alt="longsor sumedang" width="700">
    <div class="f12 grey2 mt5 caption">Petugas membersihkan material longsor yang menutup jalan Sumedang-Cijelag di Desa Cibubuan, Kecamatan Conggeang, Selasa (10/3/2026). TRIBUNJABAR.ID/DEDI SUPRIADI</div>
  </div>
  <div class="sharetop">Bagikan: <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a> <a href="#">Line</a></div>
  <div class="side-article txt-article multi-fontsize">
@@BODY@@
  </div>
  <div class="tagcloud3 mt20">
    <h3 class="f16">Tags:</h3>
@@TAGS@@
  </div>
  <div class="komentar"><h3>Berikan Komentar</h3>Tulis komentar Anda di sini. Gunakan bahasa yang sopan.</div>
  <div class="lsi" id="beritaterkait">
    <h3 class="f20">Berita Terkait</h3>
@@RELATED@@
  </div>
</div>
<div id="right">
  <div class="populer"><h3>Terpopuler</h3>
@@POPULAR@@
  </div>
</div>
</div>
<div id="footer">
  <div class="main">
    <a href="https://jabar.tribunnews.com/about-us">About Us</a> | <a href="https://jabar.tribunnews.com/pedoman-media-siber">Pedoman Media Siber</a> | <a href="https://jabar.tribunnews.com/redaksi">Redaksi</a>
    <div>&copy; 2026 TRIBUNnews.com, a subsidiary of KG Media. All Right Reserved. Hak cipta dilindungi undang-undang.</div>
  </div>
</div>
</body>
</html>
'''

NAV = ul([('Home', 'https://jabar.tribunnews.com/'), ('Bandung Raya', 'https://jabar.tribunnews.com/bandung-raya'),
          ('Jabar Region', 'https://jabar.tribunnews.com/jabar-region'), ('Persib', 'https://jabar.tribunnews.com/persib'),
          ('Bisnis', 'https://jabar.tribunnews.com/bisnis'), ('Nasional', 'https://jabar.tribunnews.com/nasional'),
          ('Video', 'https://jabar.tribunnews.com/video')], 'menu')
RELATED = [
    ('Jalan Cadas Pangeran Rawan Longsor, Pengendara Diminta Hati-hati Saat Hujan', 'https://jabar.tribunnews.com/2026/02/25/jalan-cadas-pangeran-rawan-longsor'),
    ('BPBD Jabar Petakan 18 Titik Rawan Bencana di Jalur Mudik', 'https://jabar.tribunnews.com/2026/03/03/bpbd-jabar-petakan-18-titik-rawan'),
]
POPULAR = [
    ('Jadwal Persib vs Bali United Pekan Ke-26, Kick Off Pukul 20.30 WIB', 'https://jabar.tribunnews.com/2026/03/10/jadwal-persib-vs-bali-united'),
    ('Harga Tahu Tempe di Pasar Kosambi Naik Jelang Lebaran', 'https://jabar.tribunnews.com/2026/03/09/harga-tahu-tempe-naik'),
]

page = fill(TPL, HEAD=esc(HEAD), NAV=NAV, BODY=BODY,
            TAGS='\n'.join(f'    <a href="https://jabar.tribunnews.com/tag/{t.lower().replace(" ", "-")}" class="rd2 mr5">{esc(t)}</a>' for t in TAGS),
            RELATED=ul(RELATED), POPULAR=ul(POPULAR))

save('10-tribunjabar-longsor-jalan-sumedang-cijelag', page, {
    'url': URL, 'headline': HEAD, 'published': '2026-03-10T08:15+07:00', 'authors': ['Dedi Supriadi'],
    'section': 'Jabar Region', 'tags': TAGS, 'outlet': 'tribunnews.com', 'next_page': None,
    'body': '\n\n'.join(P),
    'not_body': [
        'Laporan Wartawan TribunJabar.id, Dedi Supriadi',
        'Petugas membersihkan material longsor yang menutup jalan Sumedang-Cijelag di Desa Cibubuan, Kecamatan Conggeang, Selasa (10/3/2026).',
        'Hujan Deras, Dua Rumah di Jatinangor Tertimpa Pohon Tumbang',
        'Pergerakan Tanah di Cimanggung, Warga Diminta Siaga',
        'Baca berita TribunJabar.id lainnya di Google News',
        'Jalan Cadas Pangeran Rawan Longsor, Pengendara Diminta Hati-hati Saat Hujan',
        'Jadwal Persib vs Bali United Pekan Ke-26, Kick Off Pukul 20.30 WIB',
        'Tulis komentar Anda di sini.',
    ],
})
