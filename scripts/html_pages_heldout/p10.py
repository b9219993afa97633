from common import *

def build():
    check_day(2026, 3, 12, "Khamis", MY_DAYS)
    url = "https://www.sinarharian.com.my/article/718452/berita/semasa/60-penjaja-jalan-pasar-lama-bakal-nikmati-gerai-baharu-jun-ini"
    h1 = "60 penjaja Jalan Pasar Lama bakal nikmati gerai baharu Jun ini"
    items = [
        ("p", "KOTA BHARU - Seramai 60 penjaja di Jalan Pasar Lama di sini bakal menikmati gerai baharu yang lebih selesa selepas kerja-kerja menaik taraf siap sepenuhnya pada Jun ini."),
        ("p", "Yang Dipertua Majlis Perbandaran Kota Bharu, Wan Rosli Wan Ismail berkata, projek bernilai RM1.2 juta itu melibatkan pembinaan bumbung baharu, sistem saliran serta pemasangan lampu LED di sepanjang deretan gerai."),
        ("p", "Menurutnya, gerai sedia ada telah digunakan lebih 20 tahun dan sering dinaiki air apabila hujan lebat, sekali gus menjejaskan perniagaan penjaja."),
        ("raw", '<div class="artikel-berkaitan-inline"><strong>BACA LAGI:</strong> <a href="https://www.sinarharian.com.my/article/716930/berita/semasa/medan-selera-jalan-hospital-dibuka-semula-selepas-kerja-pembaikan">Medan selera Jalan Hospital dibuka semula selepas kerja pembaikan</a></div>'),
        ("p", "&quot;Kita mahu penjaja berniaga dalam keadaan yang bersih dan selamat. Pengunjung pula boleh membeli-belah dengan lebih selesa tanpa perlu risau soal banjir kilat,&quot; katanya ketika ditemui pada Khamis."),
        ("raw", '<div class="ads-container iklan-tengah"><div class="ads-label">IKLAN</div><div id="div-gpt-ad-sh-inarticle-1"></div></div>'),
        ("p", "Beliau berkata, sepanjang tempoh kerja-kerja dijalankan, penjaja dipindahkan sementara ke tapak letak kereta berhampiran yang dilengkapi khemah dan bekalan elektrik."),
        ("p", "Sementara itu, seorang penjaja nasi kerabu, Rohani Mat Daud, 54, berkata dia menyambut baik usaha tersebut walaupun jualannya sedikit menurun sejak berpindah ke tapak sementara."),
        ("p", "&quot;Pelanggan tetap masih datang, cuma pelanggan baharu kurang sebab mereka tak tahu kami pindah. Harap cepat siap,&quot; katanya."),
    ]
    body_html, body = render(items)
    page = '''<!DOCTYPE html>
<html lang="ms">
<head>
<meta charset="utf-8">
<title>60 penjaja Jalan Pasar Lama bakal nikmati gerai baharu Jun ini | Sinar Harian</title>
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="description" content="Seramai 60 penjaja di Jalan Pasar Lama bakal menikmati gerai baharu yang lebih selesa selepas kerja-kerja menaik taraf siap sepenuhnya pada Jun ini.">
<meta name="author" content="Nur Syafiqah Azman">
<meta property="og:locale" content="ms_MY">
<meta property="og:type" content="article">
<meta property="og:title" content="60 penjaja Jalan Pasar Lama bakal nikmati gerai baharu Jun ini">
<meta property="og:url" content="''' + url + '''">
<meta property="og:site_name" content="Sinar Harian">
<meta property="og:image" content="https://assets.sinarharian.com.my/uploads/images/2026/03/12/3012345.jpg">
<meta property="article:published_time" content="2026-03-12T14:15:00+08:00">
<meta property="article:modified_time" content="2026-03-12T15:40:00+08:00">
<meta property="article:section" content="Semasa">
<link rel="canonical" href="''' + url + '''">
<link rel="stylesheet" href="https://www.sinarharian.com.my/theme_sinarharian/css/main.css?v=5.2">
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
</head>
<body>
<div class="top-bar"><div class="container"><span class="today">Khamis, 12 Mac 2026</span> <a href="https://www.sinarharian.com.my/epaper">E-Paper</a> <a href="https://www.sinarharian.com.my/langgan">Langgan</a></div></div>
<header id="header">
  <div class="container">
    <a class="brand" href="https://www.sinarharian.com.my/"><img src="https://www.sinarharian.com.my/theme_sinarharian/images/logo.png" alt="Sinar Harian"></a>
    <nav class="main-nav">
      <ul>
        <li><a href="https://www.sinarharian.com.my/">Utama</a></li>
        <li class="dropdown active"><a href="https://www.sinarharian.com.my/berita">Berita</a>
          <ul class="dropdown-menu"><li><a href="https://www.sinarharian.com.my/berita/semasa">Semasa</a></li><li><a href="https://www.sinarharian.com.my/berita/politik">Politik</a></li><li><a href="https://www.sinarharian.com.my/berita/jenayah">Jenayah</a></li><li><a href="https://www.sinarharian.com.my/berita/global">Global</a></li></ul>
        </li>
        <li><a href="https://www.sinarharian.com.my/bisnes">Bisnes</a></li>
        <li><a href="https://www.sinarharian.com.my/sukan">Sukan</a></li>
        <li><a href="https://www.sinarharian.com.my/wilayah">Wilayah</a></li>
        <li><a href="https://www.sinarharian.com.my/kolumnis">Kolumnis</a></li>
        <li><a href="https://www.sinarharian.com.my/sinar-tv">Sinar TV</a></li>
      </ul>
    </nav>
  </div>
</header>
<div class="container article-page">
  <ol class="breadcrumb"><li><a href="https://www.sinarharian.com.my/">Utama</a></li><li><a href="https://www.sinarharian.com.my/berita">Berita</a></li><li class="active"><a href="https://www.sinarharian.com.my/berita/semasa">Semasa</a></li></ol>
  <div class="row">
    <div class="col-md-8">
      <div class="article-header">
        <h1 class="title">''' + h1 + '''</h1>
        <div class="article-meta">
          <div class="byline"><span class="by">Oleh</span> <a href="https://www.sinarharian.com.my/penulis/nur-syafiqah-azman" class="author">Nur Syafiqah Azman</a></div>
          <div class="timestamp">
            <span class="publish">Diterbitkan 12 Mac 2026 2:15 PTG</span>
            <span class="update">Dikemaskini 12 Mac 2026 3:40 PTG</span>
          </div>
        </div>
      </div>
      <div class="article-image">
        <img src="https://assets.sinarharian.com.my/uploads/images/2026/03/12/3012345.jpg" alt="gerai penjaja">
        <p class="caption">Wan Rosli (tengah) meninjau kerja-kerja menaik taraf gerai penjaja di Jalan Pasar Lama, Kota Bharu pada Khamis.</p>
      </div>
      <div class="share-tools"><span>KONGSI</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">Telegram</a></div>
      <div class="article-body" id="articleText">
''' + body_html + '''      </div>
      <div class="subscribe-box"><p>Klik di sini untuk terus membaca berita-berita menarik Sinar Harian di WhatsApp Channel.</p></div>
      <div class="tags"><span>Tag</span> <a href="https://www.sinarharian.com.my/tag/kota-bharu">Kota Bharu</a> <a href="https://www.sinarharian.com.my/tag/penjaja">penjaja</a> <a href="https://www.sinarharian.com.my/tag/pbt">PBT</a></div>
      <div class="artikel-berkaitan"><h3>Artikel Berkaitan</h3><ul><li><a href="#">Bazar Ramadan Kota Bharu tambah 40 tapak tahun ini</a></li><li><a href="#">Penjaja diingatkan perbaharui lesen sebelum 31 Mac</a></li></ul></div>
      <div class="komen"><h3>Komen</h3><div class="fb-comments" data-href="''' + url + '''" data-width="100%" data-numposts="5"></div></div>
    </div>
    <div class="col-md-4 sidebar">
      <div class="trending"><h3>Trending</h3><ol><li><a href="#">Jalan Kuala Krai ditutup sementara akibat tanah runtuh</a></li><li><a href="#">Harga ikan kembung naik menjelang musim tengkujuh</a></li></ol></div>
      <div class="ads-sidebar"><ins class="adsbygoogle"></ins></div>
    </div>
  </div>
</div>
<footer id="footer">
  <div class="container"><ul class="footer-links"><li><a href="#">Hubungi Kami</a></li><li><a href="#">Terma Penggunaan</a></li><li><a href="#">Dasar Privasi</a></li></ul>
  <p class="copyright">Hak Cipta Terpelihara &copy; 2026 Sinar Harian. Karangkraf Media Group.</p></div>
</footer>
</body>
</html>
'''
    gold = dict(url=url, headline=h1, published="2026-03-12T14:15+08:00", authors=["Nur Syafiqah Azman"],
        section="Semasa", tags=["Kota Bharu", "penjaja", "PBT"], outlet="sinarharian.com.my", next_page=None, body=body,
        not_body=["BACA LAGI:", "Medan selera Jalan Hospital dibuka semula selepas kerja pembaikan", "IKLAN",
                  "Wan Rosli (tengah) meninjau kerja-kerja menaik taraf gerai penjaja di Jalan Pasar Lama, Kota Bharu pada Khamis.",
                  "Dikemaskini 12 Mac 2026 3:40 PTG", "Klik di sini untuk terus membaca berita-berita menarik Sinar Harian di WhatsApp Channel.",
                  "Penjaja diingatkan perbaharui lesen sebelum 31 Mac", "Hak Cipta Terpelihara © 2026 Sinar Harian. Karangkraf Media Group."])
    write(10, "sinarharian-gerai-penjaja-kota-bharu", page, gold)
