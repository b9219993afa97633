from common import *

def build():
    check_day(2026, 4, 24, "Jumat")
    url = "https://fajar.co.id/2026/04/24/dishub-makassar-uji-coba-aplikasi-pelacak-pete-pete-di-tiga-trayek/"
    h1 = "Dishub Makassar Uji Coba Aplikasi Pelacak Pete-pete di Tiga Trayek"
    last = "Dishub menargetkan aplikasi dapat diterapkan di seluruh 14 trayek pete-pete pada awal 2027 jika uji coba dinilai berhasil."
    items = [
        ("p", "<strong>FAJAR.CO.ID, MAKASSAR</strong> -- Dinas Perhubungan Kota Makassar mulai menguji coba aplikasi pelacak angkutan kota atau pete-pete di tiga trayek utama. Melalui aplikasi itu, penumpang dapat melihat posisi pete-pete secara langsung dan memperkirakan waktu kedatangannya."),
        ("p", "Kepala Bidang Angkutan Dishub Makassar, Andi Baso Rahmatullah, mengatakan uji coba berlangsung selama tiga bulan di trayek A, B, dan E. Sebanyak 85 unit pete-pete telah dipasangi perangkat pelacak GPS."),
        ("raw", '<p><strong>Baca Juga:</strong> <a href="https://fajar.co.id/2026/04/20/halte-baru-di-jalan-perintis-mulai-difungsikan/">Halte Baru di Jalan Perintis Mulai Difungsikan</a></p>'),
        ("p", "&quot;Selama ini penumpang menunggu tanpa kepastian. Dengan aplikasi ini, mereka bisa tahu pete-pete berikutnya lewat lima menit lagi atau masih jauh,&quot; kata Andi Baso, Jumat, 24 April 2026."),
        ("p", "Ia menjelaskan, perangkat GPS dipasang tanpa biaya bagi pemilik kendaraan. Sebagai gantinya, sopir diwajibkan mematuhi titik henti yang sudah ditentukan dan tidak lagi menaikkan penumpang sembarangan."),
        ("raw", '<div class="fajar-ads-inline"><p class="ads-caption">ADVERTISEMENT</p><ins class="adsbygoogle" style="display:block" data-ad-format="auto" data-ad-client="ca-pub-0000000000000000" data-ad-slot="1122334455"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div>'),
        ("p", "Ketua Organda Makassar, H. Muhammad Syarif Daeng Tika, mendukung uji coba tersebut. Namun ia meminta pemkot juga memperhatikan penurunan jumlah penumpang pete-pete yang terus terjadi dalam beberapa tahun terakhir."),
        ("raw", '<p><strong>Baca Juga:</strong> <a href="https://fajar.co.id/2026/04/15/sopir-pete-pete-keluhkan-sepinya-penumpang/">Sopir Pete-pete Keluhkan Sepinya Penumpang</a></p>'),
        ("p", "Menurutnya, banyak sopir kini hanya membawa pulang penghasilan bersih sekitar Rp80 ribu per hari. Kondisi itu membuat sebagian pemilik memilih menjual kendaraan mereka."),
        ("p", last + " (*)", last),
    ]
    body_html, body = render(items)
    page = '''<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Dishub Makassar Uji Coba Aplikasi Pelacak Pete-pete di Tiga Trayek &#8211; FAJAR</title>
<link rel='stylesheet' id='newsup-style-css' href='https://fajar.co.id/wp-content/themes/fajar2024/style.css?ver=6.7.1' type='text/css' media='all' />
<script type="text/javascript" src="https://fajar.co.id/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=ca-pub-0000000000000000" crossorigin="anonymous"></script>
</head>
<body class="post-template-default single single-post postid-731220 single-format-standard">
<div id="page" class="site">
<header id="masthead" class="site-header">
  <div class="header-top"><div class="container"><span class="header-date">Jumat, 24 April 2026</span><ul class="social-top"><li><a href="#">Facebook</a></li><li><a href="#">Instagram</a></li><li><a href="#">YouTube</a></li></ul></div></div>
  <div class="header-main"><div class="container"><div class="site-branding"><a href="https://fajar.co.id/" rel="home"><img src="https://fajar.co.id/wp-content/uploads/logo-fajar.png" alt="FAJAR"></a></div></div></div>
  <nav id="site-navigation" class="main-navigation"><div class="container">
    <ul id="primary-menu" class="menu">
      <li class="menu-item"><a href="https://fajar.co.id/">Home</a></li>
      <li class="menu-item"><a href="https://fajar.co.id/category/nasional/">Nasional</a></li>
      <li class="menu-item current-post-ancestor"><a href="https://fajar.co.id/category/makassar/">Makassar</a></li>
      <li class="menu-item menu-item-has-children"><a href="https://fajar.co.id/category/sulsel/">Sulsel</a>
        <ul class="sub-menu"><li><a href="https://fajar.co.id/category/sulsel/gowa/">Gowa</a></li><li><a href="https://fajar.co.id/category/sulsel/maros/">Maros</a></li><li><a href="https://fajar.co.id/category/sulsel/bone/">Bone</a></li><li><a href="https://fajar.co.id/category/sulsel/pare-pare/">Parepare</a></li></ul>
      </li>
      <li class="menu-item"><a href="https://fajar.co.id/category/politik/">Politik</a></li>
      <li class="menu-item"><a href="https://fajar.co.id/category/ekonomi/">Ekonomi</a></li>
      <li class="menu-item"><a href="https://fajar.co.id/category/olahraga/">Olahraga</a></li>
      <li class="menu-item"><a href="https://fajar.co.id/category/opini/">Opini</a></li>
    </ul>
  </div></nav>
</header>
<div id="content" class="site-content"><div class="container">
  <div class="breadcrumbs" typeof="BreadcrumbList"><span><a href="https://fajar.co.id">Home</a></span> &gt; <span><a href="https://fajar.co.id/category/makassar/">Makassar</a></span></div>
  <div id="primary" class="content-area"><main id="main" class="site-main">
  <article id="post-731220" class="post-731220 post type-post status-publish format-standard has-post-thumbnail category-makassar">
    <header class="entry-header">
      <h1 class="entry-title">''' + h1 + '''</h1>
      <div class="entry-meta">
        <span class="reporter">Reporter : Nurul Fadhilah</span>
        <span class="editor">Editor : Rusman Hamid</span>
        <span class="posted-on"><time class="entry-date">24 April 2026 - 16:40 WITA</time></span>
      </div>
    </header>
    <div class="post-thumbnail"><figure class="wp-caption"><img width="800" height="450" src="https://fajar.co.id/wp-content/uploads/2026/04/pete-pete-gps.jpg" class="attachment-post-thumbnail" alt="">
      <figcaption class="wp-caption-text">Sejumlah pete-pete trayek B melintas di Jalan Urip Sumoharjo, Makassar. (FOTO: FAJAR/NURUL FADHILAH)</figcaption></figure></div>
    <div class="entry-content">
''' + body_html + '''      <div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Bagikan ini:</h3><ul><li><a href="#">Facebook</a></li><li><a href="#">WhatsApp</a></li><li><a href="#">X</a></li></ul></div>
    </div>
    <footer class="entry-footer"><span class="tags-links">Tags: <a href="https://fajar.co.id/tag/dishub-makassar/" rel="tag">Dishub Makassar</a>, <a href="https://fajar.co.id/tag/pete-pete/" rel="tag">pete-pete</a>, <a href="https://fajar.co.id/tag/transportasi-umum/" rel="tag">transportasi umum</a></span></footer>
  </article>
  <div class="related-posts"><h3>Berita Terkait</h3><ul><li><a href="#">Wali Kota Tinjau Uji Coba Bus Listrik di Kawasan Pantai Losari</a></li><li><a href="#">Parkir Liar di Jalan Somba Opu Ditertibkan</a></li></ul></div>
  <div id="comments" class="comments-area"><h3 class="comments-title">Tinggalkan Balasan</h3><p class="comment-notes">Alamat email Anda tidak akan dipublikasikan.</p></div>
  </main></div>
  <aside id="secondary" class="widget-area"><section class="widget widget_popular"><h2 class="widget-title">Terpopuler</h2><ol><li><a href="#">PSM Makassar Tambah Dua Pemain Asing Jelang Putaran Kedua</a></li><li><a href="#">Jadwal Kapal Pelni dari Makassar Pekan Ini</a></li></ol></section></aside>
</div></div>
<footer id="colophon" class="site-footer"><div class="container"><div class="site-info">Copyright &copy; 2026 FAJAR.CO.ID &middot; Pedoman Media Siber &middot; Redaksi &middot; Kontak</div></div></footer>
</div>
</body>
</html>
'''
    gold = dict(url=url, headline=h1, published="2026-04-24T16:40+08:00", authors=["Nurul Fadhilah"],
        section="Makassar", tags=["Dishub Makassar", "pete-pete", "transportasi umum"], outlet="fajar.co.id", next_page=None, body=body,
        not_body=["(*)", "Baca Juga:", "Halte Baru di Jalan Perintis Mulai Difungsikan", "Sopir Pete-pete Keluhkan Sepinya Penumpang", "ADVERTISEMENT",
                  "Sejumlah pete-pete trayek B melintas di Jalan Urip Sumoharjo, Makassar.", "Editor : Rusman Hamid", "Bagikan ini:",
                  "Wali Kota Tinjau Uji Coba Bus Listrik di Kawasan Pantai Losari", "Copyright © 2026 FAJAR.CO.ID · Pedoman Media Siber · Redaksi · Kontak"])
    write(12, "fajar-pelacak-pete-pete-makassar", page, gold)
