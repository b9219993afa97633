from common import *

def build():
    check_day(2026, 3, 12, "Kamis")
    url = "https://www.merdeka.com/peristiwa/pemkot-bekasi-pasang-24-sensor-peringatan-dini-banjir-di-sepanjang-kali-bekasi-128734.html"
    h1 = "Pemkot Bekasi Pasang 24 Sensor Peringatan Dini Banjir di Sepanjang Kali Bekasi"
    items = [
        ("p", "<b>Merdeka.com</b> - Pemerintah Kota Bekasi memasang 24 sensor ketinggian air di sepanjang aliran Kali Bekasi dan sejumlah anak sungainya. Alat tersebut diklaim mampu mengirimkan peringatan dini kepada warga sekitar 30 menit sebelum air meluap ke permukiman."),
        ("p", "Kepala Bidang Kedaruratan Badan Penanggulangan Bencana Daerah (BPBD) Kota Bekasi, Hendra Kusumawardana, mengatakan sensor dipasang di titik-titik yang selama lima tahun terakhir paling sering memicu banjir. Titik tersebut antara lain di Pondok Gede Permai, Jatiasih, dan Bekasi Timur."),
        ("raw", '''<div class="related-inline" data-position="1">
  <span class="related-inline__label">Baca Juga:</span>
  <ul class="related-inline__list">
    <li><a href="https://www.merdeka.com/peristiwa/hujan-deras-semalaman-enam-perumahan-di-bekasi-terendam-127901.html">Hujan Deras Semalaman, Enam Perumahan di Bekasi Terendam</a></li>
    <li><a href="https://www.merdeka.com/jabar/bpbd-jabar-siapkan-posko-siaga-di-12-daerah-rawan-127455.html">BPBD Jabar Siapkan Posko Siaga di 12 Daerah Rawan</a></li>
  </ul>
</div>'''),
        ("p", "&quot;Data dari sensor masuk ke pusat kendali setiap lima menit. Kalau ketinggian air melewati ambang siaga, sistem otomatis mengirim pesan singkat dan notifikasi aplikasi ke warga yang sudah terdaftar,&quot; kata Hendra di Bekasi, Kamis (12/3)."),
        ("p", "Menurut dia, pemasangan sensor menelan anggaran sekitar Rp&nbsp;3,8 miliar yang bersumber dari APBD 2026. Setiap unit dilengkapi panel surya sehingga tetap bekerja ketika aliran listrik di sekitar sungai padam saat hujan deras."),
        ("raw", '''<div class="iklan-tengah ads-inarticle">
  <div class="ads-label">ADVERTISEMENT</div>
  <div id="div-gpt-ad-merdeka-inarticle-1" style="min-height:250px">
    <script>googletag.cmd.push(function(){googletag.display('div-gpt-ad-merdeka-inarticle-1');});</script>
  </div>
  <div class="ads-scroll">SCROLL TO CONTINUE WITH CONTENT</div>
</div>'''),
        ("h2", "Warga Diminta Mendaftar"),
        ("p", "Hendra meminta warga di bantaran sungai mendaftarkan nomor telepon melalui kelurahan atau aplikasi layanan kota. Hingga pekan ini, baru sekitar 11.400 warga yang terdaftar, jauh dari target 40.000 penerima peringatan."),
        ("p", "Ketua RW 08 Jatiasih, Sutarno Wibowo, menyambut baik langkah tersebut. Ia mengaku selama ini warga hanya mengandalkan kabar dari grup percakapan yang sering terlambat."),
        ("p", "&quot;Dulu kami tahu air naik kalau sudah masuk ke teras. Mudah-mudahan dengan alat ini kami punya waktu untuk menyelamatkan barang dan kendaraan,&quot; ujar Sutarno."),
        ("raw", '''<div class="embed-instagram">
<blockquote class="instagram-media" data-instgrm-captioned data-instgrm-permalink="https://www.instagram.com/p/DHx7kQ2sPqa/?utm_source=ig_embed" data-instgrm-version="14" style="background:#FFF; border:0; margin: 1px; max-width:540px;">
  <div style="padding:16px;"><a href="https://www.instagram.com/p/DHx7kQ2sPqa/?utm_source=ig_embed" target="_blank">Lihat postingan ini di Instagram</a>
  <p style="margin:8px 0 0 0;"><a href="https://www.instagram.com/p/DHx7kQ2sPqa/" target="_blank">Sebuah kiriman dibagikan oleh Info Kota Bekasi (@infokotabekasi.contoh)</a></p></div>
</blockquote>
<script async src="//www.instagram.com/embed.js"></script>
</div>'''),
        ("p", "BPBD Kota Bekasi juga berencana menggelar simulasi evakuasi di tiga kelurahan pada akhir Maret. Simulasi itu akan melibatkan relawan, petugas kelurahan, dan tim SAR setempat."),
    ]
    body_html, body = render(items)
    ld = {
        "@context": "https://schema.org", "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": h1,
        "image": ["https://cdns.klimg.com/merdeka.com/i/w/news/2026/03/12/1712345/670x335/sensor-banjir-kali-bekasi.jpg"],
        "datePublished": "2026-03-12T14:37:00+07:00", "dateModified": "2026-03-12T15:02:11+07:00",
        "author": "Dimas Aryo Wibisono",
        "publisher": {"@type": "Organization", "name": "merdeka.com", "logo": {"@type": "ImageObject", "url": "https://www.merdeka.com/img/logo-merdeka.png"}},
        "description": "BPBD Kota Bekasi memasang sensor ketinggian air yang terhubung ke pusat kendali dan mengirim notifikasi ke warga."
    }
    page = '''<!DOCTYPE html>
<html lang="id-ID">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Pemkot Bekasi Pasang 24 Sensor Peringatan Dini Banjir di Sepanjang Kali Bekasi | merdeka.com</title>
<link rel="canonical" href="''' + url + '''">
<link rel="preconnect" href="https://cdns.klimg.com">
<link rel="stylesheet" href="https://www.merdeka.com/assets/css/v5/app.min.css?v=20260301">
<script type="application/ld+json">''' + json.dumps(ld, ensure_ascii=False) + '''</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Home","item":"https://www.merdeka.com/"},{"@type":"ListItem","position":2,"name":"Peristiwa","item":"https://www.merdeka.com/peristiwa/"}]}</script>
<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});})(window,document,'script','dataLayer','GTM-XXXXMDK');</script>
<script>window.kly = {"article":{"id":128734,"channel":"peristiwa","type":"TextTypeArticle"}};</script>
<style>.related-inline{border-left:4px solid #d71920;padding:8px 12px;margin:16px 0}.iklan-tengah{text-align:center}</style>
</head>
<body class="page-read channel-peristiwa">
<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-XXXXMDK" height="0" width="0" style="display:none"></iframe></noscript>
<div id="skinad" class="ads-skin"></div>
<header class="mdk-header">
  <div class="mdk-header__top">
    <a class="mdk-logo" href="https://www.merdeka.com/"><img src="https://www.merdeka.com/img/logo-merdeka.svg" alt="merdeka.com"></a>
    <form class="mdk-search" action="https://www.merdeka.com/cari/"><input type="text" name="q" placeholder="Cari berita, topik, atau tokoh"></form>
    <a class="btn-login" href="https://www.merdeka.com/login">Masuk</a>
  </div>
  <nav class="mdk-nav">
    <ul>
      <li><a href="https://www.merdeka.com/">Home</a></li>
      <li class="active"><a href="https://www.merdeka.com/peristiwa/">Peristiwa</a></li>
      <li><a href="https://www.merdeka.com/politik/">Politik</a></li>
      <li><a href="https://www.merdeka.com/uang/">Uang</a></li>
      <li><a href="https://www.merdeka.com/dunia/">Dunia</a></li>
      <li><a href="https://www.merdeka.com/sehat/">Sehat</a></li>
      <li class="has-mega"><a href="#">Daerah</a>
        <div class="mega-menu">
          <div class="mega-col"><span class="mega-title">Jawa</span><a href="https://www.merdeka.com/jabar/">Jawa Barat</a><a href="https://www.merdeka.com/jateng/">Jawa Tengah</a><a href="https://www.merdeka.com/jatim/">Jawa Timur</a></div>
          <div class="mega-col"><span class="mega-title">Sumatera</span><a href="https://www.merdeka.com/sumut/">Sumatera Utara</a><a href="https://www.merdeka.com/sumsel/">Sumatera Selatan</a></div>
        </div>
      </li>
      <li><a href="https://www.merdeka.com/trending/">Trending</a></li>
    </ul>
  </nav>
  <div class="mdk-breaking"><span>Breaking</span> <a href="https://www.merdeka.com/peristiwa/kemacetan-parah-di-tol-jakarta-cikampek-arah-bekasi-128701.html">Kemacetan Parah di Tol Jakarta-Cikampek Arah Bekasi</a></div>
</header>
<main class="mdk-main">
  <div class="container">
    <div class="mdk-breadcrumb">
      <a href="https://www.merdeka.com/">Home</a> <span class="sep">&rsaquo;</span>
      <a href="https://www.merdeka.com/peristiwa/">Peristiwa</a>
    </div>
    <article class="mdk-article" itemscope>
      <h1 class="mdk-article__title">''' + h1 + '''</h1>
      <div class="mdk-article__meta">
        <div class="mdk-article__author">Penulis : <a href="https://www.merdeka.com/reporter/dimas-aryo-wibisono/">Dimas Aryo Wibisono</a> <span class="divider">|</span> Editor : <span>Yudha Pratama</span></div>
        <div class="mdk-article__date">Kamis, 12 Maret 2026 14:37</div>
      </div>
      <div class="mdk-share mdk-share--top">
        <span>Bagikan</span> <a class="share-fb" href="#">Facebook</a> <a class="share-x" href="#">X</a> <a class="share-wa" href="#">WhatsApp</a> <a class="share-copy" href="#">Salin Link</a>
      </div>
      <figure class="mdk-article__image">
        <img src="https://cdns.klimg.com/merdeka.com/i/w/news/2026/03/12/1712345/670x335/sensor-banjir-kali-bekasi.jpg" alt="Sensor banjir Kali Bekasi" width="670" height="335">
        <figcaption>Petugas BPBD memeriksa sensor ketinggian air di tepi Kali Bekasi. &copy;2026 Merdeka.com/Dimas Aryo</figcaption>
      </figure>
      <div class="mdk-article__body" id="mdk-body">
''' + body_html + '''      </div>
      <div class="mdk-article__tags">
        <span class="tags-title">Topik Terkait</span>
        <a href="https://www.merdeka.com/tag/banjir/">banjir</a>
        <a href="https://www.merdeka.com/tag/kota-bekasi/">kota bekasi</a>
        <a href="https://www.merdeka.com/tag/bpbd/">bpbd</a>
      </div>
      <div class="mdk-share mdk-share--bottom"><span>Bagikan artikel ini</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a></div>
      <div class="mdk-follow">Ikuti saluran WhatsApp merdeka.com untuk update berita terkini</div>
    </article>
    <section class="mdk-related">
      <h3>Berita Terkait</h3>
      <ul>
        <li><a href="https://www.merdeka.com/peristiwa/hujan-deras-semalaman-enam-perumahan-di-bekasi-terendam-127901.html">Hujan Deras Semalaman, Enam Perumahan di Bekasi Terendam</a></li>
        <li><a href="https://www.merdeka.com/peristiwa/warga-jatiasih-bangun-tanggul-swadaya-127233.html">Warga Jatiasih Bangun Tanggul Swadaya dari Karung Pasir</a></li>
      </ul>
    </section>
    <aside class="mdk-sidebar">
      <div class="widget widget-populer">
        <h3>Terpopuler</h3>
        <ol>
          <li><a href="#">Harga Cabai Rawit Kembali Naik Jelang Ramadan</a></li>
          <li><a href="#">Jadwal KRL Berubah Mulai Senin Depan, Cek Rinciannya</a></li>
          <li><a href="#">Pelatih Timnas U-20 Umumkan 28 Pemain untuk Pemusatan Latihan</a></li>
        </ol>
      </div>
      <ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-0000000000000000" data-ad-slot="1234567890"></ins>
    </aside>
  </div>
</main>
<footer class="mdk-footer">
  <div class="mdk-footer__links"><a href="#">Tentang Kami</a> <a href="#">Redaksi</a> <a href="#">Pedoman Media Siber</a> <a href="#">Kode Etik</a> <a href="#">Kontak</a></div>
  <p class="copyright">Copyright &copy; 2026 merdeka.com KLY KapanLagi Youniverse All Rights Reserved</p>
</footer>
</body>
</html>
'''
    gold = dict(url=url, headline=h1, published="2026-03-12T14:37+07:00", authors=["Dimas Aryo Wibisono"],
        section="Peristiwa", tags=["banjir", "kota bekasi", "bpbd"], outlet="merdeka.com", next_page=None, body=body,
        not_body=["Hujan Deras Semalaman, Enam Perumahan di Bekasi Terendam", "ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT",
                  "Petugas BPBD memeriksa sensor ketinggian air di tepi Kali Bekasi.", "Lihat postingan ini di Instagram",
                  "Topik Terkait", "Ikuti saluran WhatsApp merdeka.com untuk update berita terkini",
                  "Harga Cabai Rawit Kembali Naik Jelang Ramadan", "Copyright © 2026 merdeka.com KLY KapanLagi Youniverse All Rights Reserved"])
    write(1, "merdeka-sensor-banjir-bekasi", page, gold)
