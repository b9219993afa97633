from common import *

def build():
    check_day(2026, 3, 9, "Senin")
    url = "https://tirto.id/syarat-dan-cara-daftar-beasiswa-cendekia-banua-2026-untuk-mahasiswa-kalsel-hA7q"
    h1 = "Syarat dan Cara Daftar Beasiswa Cendekia Banua 2026 untuk Mahasiswa Kalsel"
    items = [
        ("p", "<b>tirto.id</b> - Pemerintah Provinsi Kalimantan Selatan kembali membuka pendaftaran Beasiswa Cendekia Banua untuk tahun 2026. Beasiswa ini ditujukan bagi mahasiswa jenjang D3, D4, dan S1 yang berdomisili di Kalimantan Selatan dan sedang menempuh pendidikan di perguruan tinggi negeri maupun swasta."),
        ("p", "Berdasarkan pengumuman resmi Biro Kesejahteraan Rakyat Setda Provinsi Kalimantan Selatan, kuota tahun ini mencapai 2.500 penerima. Setiap penerima akan mendapatkan bantuan biaya pendidikan sebesar Rp6 juta per tahun yang dicairkan dalam dua tahap."),
        ("raw", '<div class="baca-juga-wrapper"><div class="baca-juga-title">Baca juga:</div><ul><li><a href="https://tirto.id/jadwal-kip-kuliah-2026-dan-cara-daftarnya-hA2x">Jadwal KIP Kuliah 2026 dan Cara Daftarnya</a></li><li><a href="https://tirto.id/daftar-beasiswa-s1-dalam-negeri-yang-dibuka-maret-2026-hA5c">Daftar Beasiswa S1 Dalam Negeri yang Dibuka Maret 2026</a></li></ul></div>'),
        ("p", "Pendaftaran dibuka mulai 9 Maret hingga 10 April 2026 melalui laman resmi beasiswa pemprov. Calon penerima diminta menyiapkan dokumen sejak awal agar tidak terkendala saat mengunggah berkas."),
        ("h2", "Syarat Beasiswa Cendekia Banua 2026"),
        ("p", "Berikut sejumlah persyaratan umum yang harus dipenuhi pendaftar:"),
        ("ul", ["Warga Kalimantan Selatan yang dibuktikan dengan KTP dan kartu keluarga;",
                "Mahasiswa aktif minimal semester dua dan maksimal semester tujuh;",
                "Memiliki indeks prestasi kumulatif (IPK) minimal 3,00;",
                "Tidak sedang menerima beasiswa lain yang bersumber dari APBN atau APBD;",
                "Melampirkan surat keterangan tidak mampu bagi pendaftar jalur ekonomi."]),
        ("raw", '<div class="ad-wrapper"><div class="ad-label">ADVERTISEMENT</div><div id="div-gpt-ad-tirto-mid" class="adsbygoogle"></div></div>'),
        ("h2", "Cara Daftar Beasiswa Cendekia Banua"),
        ("p", "Pendaftaran dilakukan sepenuhnya secara daring. Setelah membuat akun menggunakan alamat surel aktif, pendaftar mengisi biodata, memilih jalur beasiswa, lalu mengunggah dokumen persyaratan dalam format PDF dengan ukuran maksimal 2 MB per berkas."),
        ("p", "Hasil seleksi administrasi dijadwalkan diumumkan pada 24 April 2026. Peserta yang lolos akan mengikuti verifikasi faktual oleh tim dari perguruan tinggi masing-masing sebelum penetapan penerima pada bulan Mei."),
    ]
    body_html, body = render(items)
    page = '''<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8" />
<title>Syarat dan Cara Daftar Beasiswa Cendekia Banua 2026 untuk Mahasiswa Kalsel</title>
<meta name="viewport" content="width=device-width, initial-scale=1" />
<link rel="stylesheet" href="/_nuxt/entry.4b1c9e2a.css">
<link rel="modulepreload" as="script" crossorigin href="/_nuxt/entry.9a8b7c6d.js">
</head>
<body>
<div id="__nuxt"><div class="layout-default">
<header class="site-header">
  <div class="site-header__wrap">
    <a href="/" class="site-header__logo"><img src="/_nuxt/img/tirto-logo.svg" alt="tirto.id"></a>
    <ul class="site-header__menu">
      <li><a href="/q/news-hbg">News</a></li>
      <li><a href="/q/mild-report-jUB">Mild Report</a></li>
      <li><a href="/q/indepth-rYt">Indepth</a></li>
      <li><a href="/q/periksa-data-hLg">Periksa Data</a></li>
      <li><a href="/q/pendidikan-gD2">Pendidikan</a></li>
      <li><a href="/q/sosial-budaya-gAm">Sosial Budaya</a></li>
      <li><a href="/q/kesehatan-gG1">Kesehatan</a></li>
      <li class="menu-more"><span>Lainnya</span>
        <ul class="dropdown"><li><a href="/q/ekonomi-gKb">Ekonomi</a></li><li><a href="/q/olahraga-gfW">Olahraga</a></li><li><a href="/q/teknologi-gHn">Teknologi</a></li><li><a href="/q/tirtoid-gH3">Tirtoid</a></li></ul>
      </li>
    </ul>
    <div class="site-header__search"><input type="search" placeholder="Cari di Tirto"></div>
  </div>
</header>
<main class="content-wrap">
  <div class="breadcrumb-wrap"><a href="/">Home</a> <span>&gt;</span> <a href="/q/pendidikan-gD2">Pendidikan</a></div>
  <div class="news-detail">
    <h1 class="news-detail-title">''' + h1 + '''</h1>
    <div class="news-detail-meta">
      <span class="author-date">Penulis: <a href="/author/nadia-rahmawati">Nadia Rahmawati</a>, <a href="/author/fikri-haikal">Fikri Haikal</a></span>
      <span class="sep"> - </span><span class="editor">Editor: <a href="/author/dwi-ayuningtyas">Dwi Ayuningtyas</a></span>
      <div class="date-publish">Senin, 9 Maret 2026 - 11:30 WIB</div>
    </div>
    <div class="reading-time">dibaca normal 2 menit</div>
    <div class="news-detail-img">
      <img src="https://mmc.tirto.id/image/otf/700x0/2026/03/09/ilustrasi-mahasiswa-wisuda-istockphoto_ratio-16x9.jpg" alt="Ilustrasi mahasiswa">
      <div class="img-caption">Ilustrasi mahasiswa. FOTO/iStockphoto</div>
    </div>
    <div class="news-detail-content content-text-editor">
''' + body_html + '''    </div>
    <div class="baca-juga-bottom"><span>Baca juga artikel terkait</span> <a href="/q/beasiswa-gKx">BEASISWA</a> atau tulisan lainnya dari <a href="/author/nadia-rahmawati">Nadia Rahmawati</a></div>
    <div class="tags-wrap"><a class="tag-item" href="/q/beasiswa-gKx">beasiswa</a><a class="tag-item" href="/q/kalimantan-selatan-gLm">kalimantan selatan</a><a class="tag-item" href="/q/pendidikan-tinggi-gPz">pendidikan tinggi</a></div>
    <div class="share-wrap"><span>Bagikan</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">Salin tautan</a></div>
    <div class="newsletter-box"><h3>Newsletter Tirto</h3><p>Dapatkan analisis dan berita mendalam langsung di email Anda.</p><input type="email" placeholder="Email"><button>Langganan</button></div>
  </div>
  <aside class="sidebar-right">
    <div class="popular-box"><h3>Populer</h3><ol><li><a href="#">Cara Cek Penerima Bansos PKH Tahap 1 2026</a></li><li><a href="#">Jadwal Puasa Ramadan 2026 Menurut Muhammadiyah dan NU</a></li></ol></div>
    <div class="latest-box"><h3>Terbaru</h3><ul><li><a href="#">Link Pengumuman SNBP 2026 dan Cara Ceknya</a></li></ul></div>
  </aside>
</main>
<footer class="site-footer">
  <div class="footer-menu"><a href="/insider/tentang-kami">Tentang Kami</a> <a href="/insider/redaksi">Redaksi</a> <a href="/insider/pedoman-media-siber">Pedoman Media Siber</a> <a href="/insider/kebijakan-privasi">Kebijakan Privasi</a></div>
  <div class="footer-copy">Copyright &copy; 2026 Tirto.id - All Rights Reserved.</div>
</footer>
</div></div>
<script>window.__NUXT__={config:{public:{apiBase:"https://api.tirto.id"}}}</script>
<script type="module" src="/_nuxt/entry.9a8b7c6d.js" crossorigin></script>
</body>
</html>
'''
    gold = dict(url=url, headline=h1, published="2026-03-09T11:30+07:00", authors=["Nadia Rahmawati", "Fikri Haikal"],
        section="Pendidikan", tags=["beasiswa", "kalimantan selatan", "pendidikan tinggi"], outlet="tirto.id", next_page=None, body=body,
        not_body=["Jadwal KIP Kuliah 2026 dan Cara Daftarnya", "Daftar Beasiswa S1 Dalam Negeri yang Dibuka Maret 2026", "dibaca normal 2 menit",
                  "Ilustrasi mahasiswa. FOTO/iStockphoto", "ADVERTISEMENT", "Baca juga artikel terkait",
                  "Dapatkan analisis dan berita mendalam langsung di email Anda.", "Cara Cek Penerima Bansos PKH Tahap 1 2026",
                  "Copyright © 2026 Tirto.id - All Rights Reserved."])
    write(7, "tirto-beasiswa-cendekia-banua", page, gold)
