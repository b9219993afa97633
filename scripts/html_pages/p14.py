from common import *

# 14 Republika - no metadata; unclosed <p> throughout; "Rep: X/ Red: Y"
URL = 'https://khazanah.republika.co.id/berita/t9qk2x320/baznas-targetkan-penghimpunan-zakat-ramadhan-rp-12-triliun'
HEAD = 'Baznas Targetkan Penghimpunan Zakat Ramadhan Rp 1,2 Triliun'
TAGS = ['baznas', 'zakat fitrah', 'ramadhan 1447 h', 'zakat digital']

items = [
    ('p', '<strong>REPUBLIKA.CO.ID, JAKARTA</strong> -- Badan Amil Zakat Nasional (Baznas) menargetkan penghimpunan zakat fitrah dan zakat mal selama Ramadhan 1447 Hijriyah mencapai Rp 1,2 triliun. Target tersebut naik sekitar 15 persen dibandingkan realisasi Ramadhan tahun lalu.'),
    ('p', 'Wakil Ketua Baznas, Mahmud Syarifuddin, mengatakan peningkatan target didorong oleh makin banyaknya masyarakat yang membayar zakat melalui kanal digital. Pada Ramadhan tahun lalu, hampir 60 persen transaksi zakat di Baznas dilakukan secara daring.'),
    ('p', '"Kami sudah bekerja sama dengan lebih dari 30 platform pembayaran, mulai dari perbankan, dompet digital, sampai lokapasar. Masyarakat bisa menunaikan zakat dari rumah," kata Mahmud di Jakarta, Rabu (25/2/2026).'),
    ('bacabox', [('Cara Menghitung Zakat Penghasilan, Ini Nisab Terbarunya', 'https://khazanah.republika.co.id/berita/t9pz1a320/cara-menghitung-zakat-penghasilan'),
                 ('Hukum Membayar Zakat Fitrah dengan Uang, Ini Pendapat Ulama', 'https://khazanah.republika.co.id/berita/t9ox7b320/hukum-membayar-zakat-fitrah-dengan-uang')]),
    ('p', 'Untuk zakat fitrah, Baznas menetapkan besaran Rp 50 ribu per jiwa untuk wilayah DKI Jakarta dan sekitarnya. Nilai tersebut setara dengan 2,5 kilogram atau 3,5 liter beras premium.'),
    ('p', 'Mahmud menambahkan, dana zakat yang terkumpul akan disalurkan kepada delapan golongan penerima (asnaf) dengan prioritas fakir miskin. Di antaranya berupa paket sembako menjelang Idul Fitri bagi 250 ribu keluarga.'),
    ('ad',),
    ('h', 'Imbauan bayar sebelum shalat Id'),
    ('p', 'Baznas mengingatkan bahwa zakat fitrah wajib ditunaikan sebelum pelaksanaan shalat Idul Fitri. Masyarakat dianjurkan tidak menunda pembayaran hingga malam takbiran agar penyaluran kepada mustahik bisa tepat waktu.'),
    ('p', '"Idealnya zakat fitrah sudah sampai ke tangan penerima sebelum hari raya, sehingga mereka juga bisa ikut merasakan kebahagiaan Lebaran," ujar Mahmud.'),
    ('p', 'Selain menghimpun zakat, Baznas membuka layanan konsultasi zakat selama Ramadhan melalui pesan singkat dan gerai di 40 pusat perbelanjaan di berbagai kota.'),
]

# every paragraph left open: the next block start closes it
R = {
    'p': lambda h: f'<p>{h}',
    'h': lambda h: f'<p><b>{h}</b>',
    'bacabox': lambda links: '<div class="baca-juga">\n<div class="baca-juga-title">Baca Juga</div>\n<ul>\n'
    + '\n'.join(f'<li><a href="{esc(u)}">{esc(t)}</a></li>' for t, u in links) + '\n</ul>\n</div>',
    'ad': lambda: '<div class="ads-center"><div class="ads-label">Advertisement</div><div id="div-gpt-ad-repub-inarticle"></div></div>',
}

TPL = r'''
<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>@@HEAD@@ | Republika Online</title>
<link rel="stylesheet" href="https://static.republika.co.id/files/assets/css/style.min.css?v=6.1.2">
<script type="text/javascript">
  var rpb = rpb || {}; rpb.kanal = "khazanah"; rpb.ads = true;
  function showMenu(){document.getElementById('menu-mobile').classList.toggle('open');}
</script>
</head>
<body>
<header>
  <div class="container"><a href="https://www.republika.co.id/"><img src="https://static.republika.co.id/files/images/logo.png" alt="Republika"></a>
  <a class="btn-menu" onclick="showMenu()">Menu</a></div>
  <nav id="menu-mobile">
@@NAV@@
  </nav>
</header>
<div class="container">
<div class="main-content">
  <div class="breadcome"><ul><li><a href="https://www.republika.co.id/">Home</a></li><li><a href="https://khazanah.republika.co.id/">Khazanah</a></li></ul></div>
  <div class="max-card__title">
    <h1>@@HEAD@@</h1>
  </div>
  <div class="date-detail">
    <span>Rabu 25 Feb 2026 20:14 WIB</span>
    <div class="share-top">Bagikan <a href="#">fb</a> <a href="#">tw</a> <a href="#">wa</a></div>
  </div>
  <div class="max-card__image">
    <img src="https://static.republika.co.id/uploads/images/inpicture_slide/zakat-fitrah-baznas.jpg" alt="Ilustrasi zakat">
    <div class="caption">Petugas amil melayani warga yang membayar zakat fitrah di gerai Baznas, Jakarta. (ilustrasi) Foto: Republika/Fauzan Hakim</div>
  </div>
  <div class="by">Rep: Nadia Safitri/ Red: Hasan Basri</div>
  <div class="article-content">
@@BODY@@
  </div>
  <div class="tag-list"><b>Topik :</b>
@@TAGS@@
  </div>
  <div class="terkait"><h3>Berita Terkait</h3>
@@RELATED@@
  </div>
  <div class="comment"><h3>Komentar</h3><p>Yuk koleksi tulisan kamu di Republika.id! Tulis komentar dengan bijak.</p></div>
</div>
<div class="sidebar"><div class="terpopuler"><h3>Terpopuler</h3>
@@POPULAR@@
</div></div>
</div>
<footer>
  <div class="container">
    <a href="https://www.republika.co.id/page/about">Tentang Kami</a> - <a href="https://www.republika.co.id/page/pedoman-pemberitaan">Pedoman Pemberitaan</a> - <a href="https://www.republika.co.id/page/kontak">Kontak</a>
    <p>Copyright &copy; 2026 Republika Online. Hak cipta dilindungi undang-undang.</p>
  </div>
</footer>
</body>
</html>
'''

NAV = ul([('Home', 'https://www.republika.co.id/'), ('News', 'https://news.republika.co.id/'), ('Khazanah', 'https://khazanah.republika.co.id/'),
          ('Ekonomi', 'https://ekonomi.republika.co.id/'), ('Internasional', 'https://internasional.republika.co.id/'),
          ('Sepakbola', 'https://sepakbola.republika.co.id/'), ('Leisure', 'https://leisure.republika.co.id/')])
RELATED = [
    ('Laznas Targetkan Santunan untuk 10 Ribu Anak Yatim Selama Ramadhan', 'https://khazanah.republika.co.id/berita/t9q0c4320/laznas-targetkan-santunan'),
    ('Kemenag: Penyaluran Zakat Harus Tepat Sasaran dan Transparan', 'https://khazanah.republika.co.id/berita/t9n8d2320/kemenag-penyaluran-zakat'),
]
POPULAR = [
    ('Jadwal Imsakiyah Ramadhan 1447 H untuk Wilayah Jakarta', 'https://khazanah.republika.co.id/berita/t9m1z9320/jadwal-imsakiyah-ramadhan'),
    ('Doa Buka Puasa Sesuai Sunnah, Lengkap dengan Artinya', 'https://khazanah.republika.co.id/berita/t9m2a1320/doa-buka-puasa'),
]

page = fill(TPL, HEAD=esc(HEAD), NAV=NAV, BODY=render(items, R),
            TAGS='\n'.join(f'    <a href="https://www.republika.co.id/tag/{t.replace(" ", "-")}">{esc(t)}</a>' for t in TAGS),
            RELATED=ul(RELATED), POPULAR=ul(POPULAR))

save('14-republika-baznas-target-zakat-ramadhan', page, {
    'url': URL, 'headline': HEAD, 'published': '2026-02-25T20:14+07:00', 'authors': ['Nadia Safitri'],
    'section': 'Khazanah', 'tags': TAGS, 'outlet': 'republika.co.id', 'next_page': None,
    'body': body_text(items),
    'not_body': [
        'Petugas amil melayani warga yang membayar zakat fitrah di gerai Baznas, Jakarta. (ilustrasi) Foto: Republika/Fauzan Hakim',
        'Rep: Nadia Safitri/ Red: Hasan Basri',
        'Cara Menghitung Zakat Penghasilan, Ini Nisab Terbarunya',
        'Hukum Membayar Zakat Fitrah dengan Uang, Ini Pendapat Ulama',
        'Laznas Targetkan Santunan untuk 10 Ribu Anak Yatim Selama Ramadhan',
        'Jadwal Imsakiyah Ramadhan 1447 H untuk Wilayah Jakarta',
        'Yuk koleksi tulisan kamu di Republika.id!',
    ],
})
