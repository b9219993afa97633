from common import *

# 17 Okezone - no metadata; "Nama, Jurnalis" byline; en-dash dateline
URL = 'https://bola.okezone.com/read/2026/03/25/49/3212874/timnas-indonesia-u-23-tekuk-vietnam-2-1-gol-telat-arkan-firmansyah-jadi-penentu'
HEAD = 'Timnas Indonesia U-23 Tekuk Vietnam 2-1, Gol Telat Arkan Firmansyah Jadi Penentu'
TAGS = ['Timnas Indonesia U-23', 'Vietnam U-23', 'uji coba', 'Asian Games 2026']

items = [
    ('p', '<strong>JAKARTA</strong> &ndash; Timnas Indonesia U-23 meraih kemenangan 2-1 atas Vietnam U-23 dalam laga uji coba di Stadion Madya, Gelora Bung Karno, Senayan, Jakarta, Rabu (25/3/2026) malam WIB. Gol kemenangan Garuda Muda dicetak pada masa tambahan waktu babak kedua.'),
    ('p', 'Vietnam lebih dulu unggul lewat sundulan Nguyen Van Khoa pada menit ke-27 yang memanfaatkan sepak pojok. Indonesia menyamakan kedudukan enam menit menjelang turun minum melalui tendangan keras Rafli Pradana dari luar kotak penalti.'),
    ('baca', 'Jadwal Timnas Indonesia U-23 vs Vietnam di Laga Uji Coba Kedua', 'https://bola.okezone.com/read/2026/03/24/49/3212100/jadwal-timnas-indonesia-u-23-vs-vietnam'),
    ('p', 'Memasuki babak kedua, Indonesia tampil lebih menekan. Sejumlah peluang didapat, termasuk tembakan Bima Saputra yang membentur tiang gawang pada menit ke-63.'),
    ('p', 'Gol penentu kemenangan akhirnya lahir pada menit 90+2. Berawal dari umpan silang Yusuf Maulana di sisi kanan, bola disambar Arkan Firmansyah dengan kaki kiri dan tak mampu dijangkau kiper Vietnam.'),
    ('ad',),
    ('p', 'Pelatih Timnas Indonesia U-23, Yudi Kurniawan, mengaku puas dengan mental bertanding para pemainnya. Menurut dia, laga ini menjadi bahan evaluasi penting menjelang Asian Games 2026 di Jepang.'),
    ('p', '&quot;Anak-anak tidak panik walaupun tertinggal lebih dulu. Itu yang saya suka. Tapi transisi bertahan masih harus diperbaiki karena kita kebobolan dari situasi bola mati,&quot; ujar Yudi seusai pertandingan.'),
    ('baca', 'Pembagian Grup Sepak Bola Putra Asian Games 2026 Usai Drawing', 'https://bola.okezone.com/read/2026/03/20/49/3209871/klasemen-grup-sepak-bola-putra-asian-games-2026'),
    ('p', 'Kedua tim dijadwalkan kembali bertemu dalam laga uji coba kedua di stadion yang sama pada Sabtu (28/3/2026).'),
]

R = {
    'p': lambda h: f'<p>{h}</p>',
    'baca': lambda t, u: f'<p><strong>Baca Juga:</strong> <a href="{esc(u)}" class="readmore">{esc(t)}</a></p>',
    'ad': lambda: '<div class="sponsor-inside"><div class="adsinside">ADVERTISEMENT</div><div id="div-gpt-ad-okezone-inside-1"></div><div class="adsinside">SCROLL TO CONTINUE WITH CONTENT</div></div>',
}

TPL = r'''
<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>@@HEAD@@ : Okezone Bola</title>
<link rel="stylesheet" href="https://cdn.okezone.com/underwood/revamp/2023/css/read.css?v=48">
<script type="text/javascript">
  var okz = {site: 'bola', channel: 49};
  setTimeout(function(){ var el = document.getElementById('breaking-bar'); if (el) el.style.display = 'none'; }, 8000);
</script>
</head>
<body>
<div class="header-okz">
  <div class="container"><a href="https://www.okezone.com/" class="logo-okz"><img src="https://cdn.okezone.com/underwood/revamp/2023/img/logo-okezone.png" alt="Okezone"></a></div>
  <div class="menu-okz">
@@NAV@@
  </div>
</div>
<div id="breaking-bar">Breaking News: Jadwal Piala Presiden 2026 diumumkan</div>
<div class="container">
<div class="content-left">
  <div class="breadcrumb"><a href="https://www.okezone.com/">Home</a> &raquo; <a href="https://bola.okezone.com/">Bola</a> &raquo; <a href="https://bola.okezone.com/timnas">Timnas</a></div>
  <div class="title">
    <h1>@@HEAD@@</h1>
  </div>
  <div class="reporter">
    <div class="namerep"><a href="https://www.okezone.com/jurnalis/aditya-pratama">Aditya Pratama</a>, Jurnalis<b>&middot;</b> <span>Rabu 25 Maret 2026 21:55 WIB</span></div>
  </div>
  <div class="share-socmed">Share: <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a></div>
  <div class="detfoto">
    <img src="https://img.okezone.com/content/2026/03/25/49/3212874/timnas-u23-rayakan-gol.jpg" alt="Timnas U-23">
    <div class="caption-img-ab">Para pemain Timnas Indonesia U-23 merayakan gol ke gawang Vietnam di Stadion Madya, Rabu (25/3/2026). (Foto: Okezone/Reno Aditya)</div>
  </div>
  <div id="contentx" class="read" itemprop="articleBody">
@@BODY@@
    <p class="gnews">Follow Berita Okezone di <a href="https://news.google.com/publications/okezone">Google News</a></p>
  </div>
  <div class="tag-list"><span>Tag :</span>
@@TAGS@@
  </div>
  <div class="terkait"><h3>Berita Terkait</h3>
@@RELATED@@
  </div>
  <div class="komentar"><h3>Komentar</h3>Tulis komentar Anda di kolom ini.</div>
</div>
<div class="content-right"><div class="populer"><h3>Terpopuler</h3>
@@POPULAR@@
</div></div>
</div>
<div class="footer-okz">
  <div class="container">
    <a href="https://www.okezone.com/tentang-kami">Tentang Kami</a> &middot; <a href="https://www.okezone.com/pedoman-media-siber">Pedoman Media Siber</a> &middot; <a href="https://www.okezone.com/redaksi">Redaksi</a>
    <p>Copyright &copy; 2026 Okezone.com, All Rights Reserved. Hak cipta dilindungi undang-undang.</p>
  </div>
</div>
</body>
</html>
'''

NAV = ul([('Home', 'https://www.okezone.com/'), ('News', 'https://news.okezone.com/'), ('Economy', 'https://economy.okezone.com/'),
          ('Bola', 'https://bola.okezone.com/'), ('Sports', 'https://sports.okezone.com/'), ('Celebrity', 'https://celebrity.okezone.com/'),
          ('Techno', 'https://techno.okezone.com/'), ('Travel', 'https://travel.okezone.com/')])
RELATED = [
    ('Profil Arkan Firmansyah, Penyerang Muda yang Jadi Pahlawan Timnas U-23', 'https://bola.okezone.com/read/2026/03/25/49/3212880/profil-arkan-firmansyah'),
    ('Rapor Pemain Timnas Indonesia U-23 saat Kalahkan Vietnam', 'https://bola.okezone.com/read/2026/03/25/49/3212890/rapor-pemain-timnas'),
]
POPULAR = [
    ('Hasil Liga Inggris Tadi Malam: Arsenal Menang Tipis di Kandang', 'https://bola.okezone.com/read/2026/03/25/45/3212500/hasil-liga-inggris'),
    ('Harga Tiket Laga Uji Coba Kedua Timnas U-23 Mulai Rp 75 Ribu', 'https://bola.okezone.com/read/2026/03/24/49/3212050/harga-tiket-laga-uji-coba'),
]

page = fill(TPL, HEAD=esc(HEAD), NAV=NAV, BODY=render(items, R),
            TAGS='\n'.join(f'    <a href="https://www.okezone.com/tag/{t.lower().replace(" ", "-")}">{esc(t)}</a>' for t in TAGS),
            RELATED=ul(RELATED), POPULAR=ul(POPULAR))

save('17-okezone-timnas-u23-tekuk-vietnam', page, {
    'url': URL, 'headline': HEAD, 'published': '2026-03-25T21:55+07:00', 'authors': ['Aditya Pratama'],
    'section': 'Timnas', 'tags': TAGS, 'outlet': 'okezone.com', 'next_page': None,
    'body': body_text(items),
    'not_body': [
        'Para pemain Timnas Indonesia U-23 merayakan gol ke gawang Vietnam di Stadion Madya, Rabu (25/3/2026). (Foto: Okezone/Reno Aditya)',
        'Jadwal Timnas Indonesia U-23 vs Vietnam di Laga Uji Coba Kedua',
        'Pembagian Grup Sepak Bola Putra Asian Games 2026 Usai Drawing',
        'Follow Berita Okezone di Google News',
        'Breaking News: Jadwal Piala Presiden 2026 diumumkan',
        'Profil Arkan Firmansyah, Penyerang Muda yang Jadi Pahlawan Timnas U-23',
        'Harga Tiket Laga Uji Coba Kedua Timnas U-23 Mulai Rp 75 Ribu',
        'Aditya Pratama, Jurnalis',
    ],
})
