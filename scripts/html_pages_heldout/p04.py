from common import *

def build():
    check_day(2026, 2, 3, "Selasa")
    url = "https://www.jawapos.com/surabaya-raya/016842317/tim-robotik-smp-citra-bangsa-surabaya-juara-kompetisi-asia-tenggara-robot-pemilah-sampah-jadi-andalan"
    h1 = "Tim Robotik SMP Citra Bangsa Surabaya Juara Kompetisi Asia Tenggara, Robot Pemilah Sampah Jadi Andalan"
    items = [
        ("p", "<strong>JawaPos.com</strong> &ndash; Tim robotik SMP Citra Bangsa Surabaya meraih juara pertama kategori junior dalam kompetisi robotika tingkat Asia Tenggara yang digelar di Penang, Malaysia, akhir pekan lalu. Mereka mengandalkan robot pemilah sampah otomatis yang dirancang selama enam bulan."),
        ("p", "Robot bernama Si Pilah itu mampu membedakan sampah plastik, kertas, dan logam menggunakan kamera kecil serta sensor berat. Sampah yang sudah dikenali kemudian didorong ke wadah yang sesuai oleh lengan mekanis sederhana."),
        ("raw", '''<div class="box-terkait">
<p class="box-terkait__title">Baca Juga</p>
<a class="box-terkait__link" href="https://www.jawapos.com/surabaya-raya/016839902/siswa-sd-di-surabaya-ciptakan-alat-penyiram-tanaman-otomatis">Siswa SD di Surabaya Ciptakan Alat Penyiram Tanaman Otomatis</a>
</div>'''),
        ("p", "Pembina tim, Rizky Ananda Putra, mengatakan ide awal robot itu muncul dari keluhan petugas kebersihan sekolah. Setiap hari mereka harus memilah sampah secara manual sebelum diangkut ke tempat pembuangan sementara."),
        ("p", "&ldquo;Anak-anak melihat sendiri bagaimana repotnya memilah sampah. Dari situ mereka mencoba mencari solusi dengan teknologi yang mereka pelajari di ekstrakurikuler,&rdquo; kata Rizky, Selasa (3/2)."),
        ("raw", '''<div class="embed-twitter">
<blockquote class="twitter-tweet" data-lang="id"><p lang="in" dir="ltr">Bangga! Tim robotik pelajar Surabaya bawa pulang juara satu dari Penang. Robotnya bisa milah sampah sendiri 👏 <a href="https://t.co/AbCdEf1234">pic.twitter.com/AbCdEf1234</a></p>&mdash; Info Surabaya Contoh (@infosby_contoh) <a href="https://twitter.com/infosby_contoh/status/1886500000000000000">2 Februari 2026</a></blockquote>
<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>
</div>'''),
        ("p", "Tim beranggotakan empat siswa kelas VIII, yakni Kayla Nurhaliza, Daffa Pratama, Bintang Aulia, dan Rafael Tanoto. Mereka bersaing dengan 38 tim dari tujuh negara."),
        ("p", "Menurut Kayla, tantangan terbesar justru muncul saat robot harus bekerja di bawah lampu arena yang sangat terang. Kamera sempat salah membaca warna sehingga tim harus mengatur ulang program beberapa jam sebelum final."),
        ("raw", '<div class="ads-inarticle parallax"><div class="ads-title">- Advertisement -</div><div class="parallax-slot" id="div-gpt-ad-parallax-1"></div><div class="ads-title">Scroll untuk melanjutkan</div></div>'),
        ("p", "Kepala sekolah, Sri Wahyuningsih, berharap prestasi itu memotivasi siswa lain. Pihak sekolah berencana memasang robot serupa di kantin agar bisa digunakan sehari-hari."),
    ]
    body_html, body = render(items)
    page = '''<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>Tim Robotik SMP Citra Bangsa Surabaya Juara Kompetisi Asia Tenggara, Robot Pemilah Sampah Jadi Andalan - Jawa Pos</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="stylesheet" href="https://www.jawapos.com/static/css/read.7f3a1c.css">
<script src="https://securepubads.g.doubleclick.net/tag/js/gpt.js" async></script>
<script>window.googletag=window.googletag||{cmd:[]};googletag.cmd.push(function(){googletag.defineSlot('/1234567/jawapos/surabaya-raya/parallax',[[300,600]],'div-gpt-ad-parallax-1').addService(googletag.pubads());googletag.enableServices();});</script>
</head>
<body class="read-page">
<header class="header">
  <div class="header__top">
    <button class="header__burger" aria-label="menu"><span></span><span></span><span></span></button>
    <a class="header__logo" href="https://www.jawapos.com/"><img src="https://www.jawapos.com/static/img/logo-jawapos.svg" alt="Jawa Pos"></a>
    <div class="header__right"><a href="https://www.jawapos.com/epaper">E-Paper</a> <a href="https://www.jawapos.com/masuk">Masuk</a></div>
  </div>
  <nav class="header__nav">
    <a href="https://www.jawapos.com/nasional">Nasional</a>
    <a href="https://www.jawapos.com/ekonomi">Ekonomi</a>
    <a href="https://www.jawapos.com/sepak-bola">Sepak Bola</a>
    <a class="is-active" href="https://www.jawapos.com/surabaya-raya">Surabaya Raya</a>
    <a href="https://www.jawapos.com/jawa-timur">Jawa Timur</a>
    <a href="https://www.jawapos.com/pendidikan">Pendidikan</a>
    <a href="https://www.jawapos.com/kesehatan">Kesehatan</a>
    <a href="https://www.jawapos.com/opini">Opini</a>
  </nav>
  <div class="header__mega" hidden>
    <div class="mega__col"><h4>Kanal</h4><a href="#">Internasional</a><a href="#">Hukum &amp; Kriminal</a><a href="#">Otomotif</a></div>
    <div class="mega__col"><h4>Jaringan</h4><a href="#">Radar Surabaya</a><a href="#">Radar Malang</a><a href="#">Radar Bojonegoro</a></div>
  </div>
</header>
<div class="ads-top"><span class="ads-label">Advertisement</span><div id="div-gpt-ad-top"></div></div>
<main class="read">
  <div class="read__container">
    <ol class="read__breadcrumb"><li><a href="https://www.jawapos.com/">Beranda</a></li><li><a href="https://www.jawapos.com/surabaya-raya">Surabaya Raya</a></li></ol>
    <h1 class="read__title">''' + h1 + '''</h1>
    <div class="read__info">
      <div class="read__info__author">
        <span>Reporter : <a href="https://www.jawapos.com/author/galih-permana">Galih Permana</a></span><br>
        <span>Editor : <a href="https://www.jawapos.com/editor/candra-wijaya">Candra Wijaya</a></span>
      </div>
      <div class="read__info__date">Selasa, 3 Februari 2026 | 19.05 WIB</div>
    </div>
    <div class="read__photo">
      <img src="https://img.jawapos.com/images/2026/02/03/robotik-citra-bangsa.jpg" alt="Tim robotik SMP Citra Bangsa">
      <div class="read__photo__caption">JUARA: Empat siswa SMP Citra Bangsa Surabaya bersama robot Si Pilah usai final di Penang. (Dok. Sekolah untuk Jawa Pos)</div>
    </div>
    <div class="read__content">
''' + body_html + '''    </div>
    <div class="read__tag"><span class="read__tag__title">Editor's Pick / Tag</span>
      <a href="https://www.jawapos.com/tag/robotik">robotik</a>
      <a href="https://www.jawapos.com/tag/prestasi-pelajar">prestasi pelajar</a>
      <a href="https://www.jawapos.com/tag/sampah">sampah</a>
    </div>
    <div class="read__share">Bagikan: <a href="#">FB</a> <a href="#">X</a> <a href="#">WA</a> <a href="#">Line</a></div>
    <div class="read__gnews">Simak berita terbaru Jawa Pos di Google News, klik di sini</div>
    <section class="read__related"><h3 class="section-title">Artikel Terkait</h3>
      <article><a href="#">Pemkot Gelar Lomba Inovasi Pelajar Tingkat Kota</a></article>
      <article><a href="#">Dua Mahasiswa Surabaya Rancang Drone Pemantau Banjir</a></article>
    </section>
    <section class="read__popular"><h3 class="section-title">Terpopuler</h3>
      <ol><li><a href="#">Jadwal Lengkap Mudik Gratis Pemprov Jatim 2026</a></li><li><a href="#">Tol Baru Gresik-Lamongan Mulai Dibuka Bertahap</a></li></ol>
    </section>
  </div>
</main>
<footer class="footer">
  <div class="footer__logo"><img src="https://www.jawapos.com/static/img/logo-jawapos-white.svg" alt="Jawa Pos"></div>
  <div class="footer__menu"><a href="#">Tentang Kami</a> <a href="#">Redaksi</a> <a href="#">Pedoman Media Siber</a> <a href="#">Info Iklan</a></div>
  <div class="footer__copy">&copy; 2026 Jawa Pos. All rights reserved.</div>
</footer>
</body>
</html>
'''
    gold = dict(url=url, headline=h1, published="2026-02-03T19:05+07:00", authors=["Galih Permana"],
        section="Surabaya Raya", tags=["robotik", "prestasi pelajar", "sampah"], outlet="jawapos.com", next_page=None, body=body,
        not_body=["Siswa SD di Surabaya Ciptakan Alat Penyiram Tanaman Otomatis", "Bangga! Tim robotik pelajar Surabaya bawa pulang juara satu dari Penang.",
                  "- Advertisement -", "Scroll untuk melanjutkan", "JUARA: Empat siswa SMP Citra Bangsa Surabaya bersama robot Si Pilah usai final di Penang.",
                  "Simak berita terbaru Jawa Pos di Google News, klik di sini", "Dua Mahasiswa Surabaya Rancang Drone Pemantau Banjir",
                  "Editor : Candra Wijaya", "© 2026 Jawa Pos. All rights reserved."])
    write(4, "jawapos-robot-pemilah-sampah", page, gold, gz=True)
