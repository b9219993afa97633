from common import *

def build():
    check_day(2026, 1, 14, "Rabu")
    url = "https://www.jpnn.com/news/dprd-surabaya-kebut-raperda-penataan-pkl-ini-poin-yang-diperdebatkan"
    h1 = "DPRD Surabaya Kebut Raperda Penataan PKL, Ini Poin yang Diperdebatkan"
    last = "Pemkot Surabaya melalui Dinas Koperasi dan Usaha Mikro sebelumnya menyatakan siap memperbarui data pedagang dalam waktu dua bulan setelah perda disahkan."
    items = [
        ("p", "<strong>jpnn.com, SURABAYA</strong> - Panitia khusus (pansus) DPRD Kota Surabaya menargetkan pembahasan Rancangan Peraturan Daerah (Raperda) tentang Penataan dan Pemberdayaan Pedagang Kaki Lima (PKL) rampung pada Februari 2026."),
        ("p", "Ketua Pansus Raperda PKL Lukman Hakim Siregar mengatakan masih ada beberapa pasal yang menjadi perdebatan, terutama soal zonasi berjualan di kawasan pusat kota dan jam operasional pedagang malam."),
        ("raw", '<div class="baca-juga"><strong>BACA JUGA:</strong> <a href="https://www.jpnn.com/news/pkl-di-jalan-tunjungan-kembali-ditertibkan-pedagang-protes">PKL di Jalan Tunjungan Kembali Ditertibkan, Pedagang Protes</a></div>'),
        ("p", "&quot;Kami tidak ingin perda ini hanya jadi alat penertiban. Pedagang harus punya kepastian tempat, tetapi hak pejalan kaki juga wajib dilindungi,&quot; kata Lukman di gedung DPRD Surabaya, Rabu (14/1)."),
        ("p", "Menurut Lukman, pansus telah menggelar rapat dengar pendapat dengan tiga paguyuban pedagang dan perwakilan organisasi pejalan kaki. Hasilnya, pedagang meminta agar relokasi tidak dilakukan ke lokasi yang sepi pembeli."),
        ("raw", '<div class="iklan-tengah" id="inarticle-ad"><span class="ad-label">ADVERTISEMENT</span><div id="div-gpt-ad-jpnn-inarticle"></div></div>'),
        ("p", "Anggota pansus dari fraksi lain, Wulan Puspitasari, menyoroti pentingnya pendataan ulang. Dia menyebut data jumlah PKL yang dimiliki pemkot saat ini masih merujuk pada hasil pendataan 2023."),
        ("raw", '<div class="baca-juga"><strong>BACA JUGA:</strong> <a href="https://www.jpnn.com/news/wali-kota-minta-camat-data-ulang-pedagang-musiman">Wali Kota Minta Camat Data Ulang Pedagang Musiman</a></div>'),
        ("p", "&quot;Angkanya pasti sudah berubah. Tanpa data yang akurat, pembagian zona bisa tidak adil,&quot; ujar Wulan."),
        ("p", last + " <strong>(mcr23/jpnn)</strong>", last),
    ]
    body_html, body = render(items, style="br", brsep="\n<br><br>\n")
    page = '''<!doctype html>
<html lang="id">
<head>
<meta charset="UTF-8">
<title>DPRD Surabaya Kebut Raperda Penataan PKL, Ini Poin yang Diperdebatkan - JPNN.com</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="description" content="Pansus DPRD Kota Surabaya menargetkan pembahasan Raperda Penataan dan Pemberdayaan PKL rampung pada Februari 2026.">
<meta name="keywords" content="raperda pkl, dprd surabaya, pedagang kaki lima">
<meta name="author" content="Fathur Rochman">
<meta property="og:type" content="article">
<meta property="og:site_name" content="JPNN.com">
<meta property="og:title" content="DPRD Surabaya Kebut Raperda Penataan PKL, Ini Poin yang Diperdebatkan">
<meta property="og:description" content="Pansus DPRD Kota Surabaya menargetkan pembahasan Raperda Penataan dan Pemberdayaan PKL rampung pada Februari 2026.">
<meta property="og:url" content="''' + url + '''">
<meta property="og:image" content="https://image.jpnn.com/resize/570x380-80/arsip/normal/2026/01/14/ilustrasi-pkl-surabaya-foto-dok-jpnn-abc1.jpg">
<meta property="article:published_time" content="2026-01-14T09:12:00+07:00">
<meta property="article:section" content="Politik">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="''' + url + '''">
<link rel="amphtml" href="https://m.jpnn.com/amp/news/dprd-surabaya-kebut-raperda-penataan-pkl-ini-poin-yang-diperdebatkan">
<link rel="stylesheet" href="https://www.jpnn.com/assets/css/main.min.css?v=3.8.1">
<script>var dataLayer=[{"kanal":"politik","penulis":"Fathur Rochman","redaktur":"Sutresno Wahyudi"}];</script>
</head>
<body>
<div class="jpnn-topbar"><div class="container"><span class="tgl">Rabu, 14 Januari 2026</span> <a href="https://www.jpnn.com/indeks">Indeks Berita</a> <a href="https://www.jpnn.com/login">Login</a></div></div>
<header class="jpnn-header">
  <div class="container"><a href="https://www.jpnn.com" class="logo"><img src="https://www.jpnn.com/assets/img/logo-jpnn.png" alt="JPNN.com"></a></div>
  <nav class="main-menu"><div class="container"><ul>
    <li><a href="https://www.jpnn.com/">Home</a></li><li><a href="https://www.jpnn.com/nasional">Nasional</a></li><li class="active"><a href="https://www.jpnn.com/politik">Politik</a></li><li><a href="https://www.jpnn.com/ekonomi">Ekonomi</a></li><li><a href="https://www.jpnn.com/olahraga">Olahraga</a></li><li><a href="https://www.jpnn.com/entertainment">Entertainment</a></li><li><a href="https://www.jpnn.com/daerah">Daerah</a></li><li><a href="https://www.jpnn.com/tag/jpnn-tv">JPNN TV</a></li>
  </ul></div></nav>
  <div class="trending-bar"><div class="container"><b>#Trending</b> <a href="#">#Pilkada2026</a> <a href="#">#BanjirJakarta</a> <a href="#">#HargaBeras</a></div></div>
</header>
<div class="container page-detail">
  <div class="breadcrumb"><a href="https://www.jpnn.com/">Home</a> &raquo; <a href="https://www.jpnn.com/politik">Politik</a></div>
  <div class="row">
    <div class="col-main">
      <h1 class="page-title">''' + h1 + '''</h1>
      <div class="page-meta">
        <span class="date">Rabu, 14 Januari 2026 &ndash; 09:12 WIB</span>
      </div>
      <div class="page-img">
        <img src="https://image.jpnn.com/resize/570x380-80/arsip/normal/2026/01/14/ilustrasi-pkl-surabaya-foto-dok-jpnn-abc1.jpg" alt="ilustrasi pkl">
        <span class="caption">Sejumlah PKL berjualan di trotoar kawasan pusat Kota Surabaya. Foto: Dok. JPNN.com</span>
      </div>
      <div class="page-content">
''' + body_html + '''
      </div>
      <div class="page-author">
        <div class="penulis">Redaktur : <a href="https://www.jpnn.com/redaktur/sutresno-wahyudi">Sutresno Wahyudi</a></div>
        <div class="penulis">Reporter : <a href="https://www.jpnn.com/reporter/fathur-rochman">Fathur Rochman</a></div>
      </div>
      <div class="page-tags"><span>Silakan baca konten menarik lainnya dari JPNN.com di Google News</span>
        <ul class="tags"><li><a href="https://www.jpnn.com/tag/raperda-pkl">Raperda PKL</a></li><li><a href="https://www.jpnn.com/tag/dprd-surabaya">DPRD Surabaya</a></li><li><a href="https://www.jpnn.com/tag/pedagang-kaki-lima">pedagang kaki lima</a></li></ul>
      </div>
      <div class="share-bottom"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a> <a href="#">Telegram</a></div>
      <div class="jpnn-video"><h3>Video Terpopuler</h3><div class="vid-thumb"><a href="#">Detik-Detik Banjir Rob Rendam Pesisir Utara Jawa</a></div></div>
      <div class="more-news"><h3>BERITA LAINNYA</h3>
        <ul><li><a href="#">Fraksi-Fraksi Sampaikan Pandangan Umum soal APBD Perubahan</a></li><li><a href="#">Gubernur Minta Kabupaten Percepat Serapan Dana Desa</a></li></ul>
      </div>
      <div class="komentar"><h3>Komentar</h3><div id="disqus_thread"></div></div>
    </div>
    <div class="col-side">
      <div class="box-populer"><h3>Terpopuler</h3><ol><li><a href="#">Ribuan Honorer Masih Menunggu Kepastian Status</a></li><li><a href="#">Kapolda Ungkap Modus Baru Penipuan Daring</a></li></ol></div>
      <div class="adsbygoogle" id="sidebar-ad"></div>
    </div>
  </div>
</div>
<footer class="jpnn-footer"><div class="container">
  <ul><li><a href="#">Tentang Kami</a></li><li><a href="#">Pedoman Media Siber</a></li><li><a href="#">Kontak</a></li><li><a href="#">Karier</a></li></ul>
  <p>&copy; 2026 JPNN.com. All Rights Reserved.</p>
</div></footer>
</body>
</html>
'''
    gold = dict(url=url, headline=h1, published="2026-01-14T09:12+07:00", authors=["Fathur Rochman"],
        section="Politik", tags=["Raperda PKL", "DPRD Surabaya", "pedagang kaki lima"], outlet="jpnn.com", next_page=None, body=body,
        not_body=["(mcr23/jpnn)", "PKL di Jalan Tunjungan Kembali Ditertibkan, Pedagang Protes", "Wali Kota Minta Camat Data Ulang Pedagang Musiman",
                  "ADVERTISEMENT", "Sejumlah PKL berjualan di trotoar kawasan pusat Kota Surabaya. Foto: Dok. JPNN.com",
                  "Silakan baca konten menarik lainnya dari JPNN.com di Google News", "Redaktur : Sutresno Wahyudi",
                  "Detik-Detik Banjir Rob Rendam Pesisir Utara Jawa", "© 2026 JPNN.com. All Rights Reserved."])
    write(3, "jpnn-raperda-pkl-surabaya", page, gold)
