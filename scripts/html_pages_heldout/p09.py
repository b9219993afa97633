from common import *

def build():
    check_day(2026, 3, 26, "Kamis")
    url = "https://jabar.inews.id/berita/jembatan-cikandang-hilir-ditutup-total-selama-sebulan-pengendara-dialihkan-lewat-jalur-alternatif"
    h1 = "Jembatan Cikandang Hilir Ditutup Total Selama Sebulan, Pengendara Dialihkan lewat Jalur Alternatif"
    items = [
        ("p", "<strong>SUMEDANG, iNews.id</strong> - Jembatan Cikandang Hilir yang menghubungkan Kecamatan Tanjungsari dan Kecamatan Sukasari, Kabupaten Sumedang, ditutup total mulai Kamis (26/3/2026). Penutupan dilakukan karena jembatan akan menjalani perbaikan struktur selama sekitar satu bulan."),
        ("p", "Kepala Bidang Bina Marga Dinas PUPR Sumedang, Yudi Hermawan, mengatakan pemeriksaan teknis pada awal Maret menemukan retakan pada dua balok penyangga utama. Retakan itu dinilai berbahaya jika jembatan terus dilalui kendaraan bermuatan berat."),
        ("raw", '<div class="video-embed"><div class="video-title">Video: Kondisi Jembatan Cikandang Hilir Jelang Perbaikan</div><div class="embed-responsive"><iframe src="https://www.youtube.com/embed/xYz123AbCdE?rel=0" width="640" height="360" frameborder="0" allowfullscreen></iframe></div></div>'),
        ("p", "&quot;Kami tidak mau ambil risiko. Lebih baik ditutup sementara dan diperbaiki tuntas daripada terjadi hal yang tidak diinginkan,&quot; kata Yudi saat ditemui di lokasi."),
        ("p", "Selama perbaikan, kendaraan roda empat dialihkan melalui jalur desa Margaluyu dengan tambahan jarak sekitar 7 kilometer. Sementara itu, pejalan kaki masih diperbolehkan melintas menggunakan jembatan darurat dari rangka baja di sisi selatan."),
        ("raw", '<div class="related-inline box-terkait"><span class="box-label">Artikel Terkait</span><ul><li><a href="https://jabar.inews.id/berita/longsor-tutup-akses-jalan-cadas-pangeran">Longsor Tutup Akses Jalan Cadas Pangeran</a></li></ul></div>'),
        ("p", "Kanit Lantas Polsek Tanjungsari, Iptu Dadang Suherman, menyebut petugas disiagakan di dua titik pengalihan, terutama pada jam berangkat dan pulang sekolah. Ia mengimbau pengendara memperhatikan rambu dan tidak memaksakan diri melintas."),
        ("raw", '<div class="ads-middle"><span>Advertisement</span><div id="div-gpt-ad-inews-mid" class="adsbygoogle"></div></div>'),
        ("p", "Sejumlah pedagang di sekitar jembatan mengeluhkan penurunan pembeli sejak hari pertama penutupan. Pemilik warung makan, Euis Komariah, berharap pengerjaan bisa selesai lebih cepat dari jadwal."),
        ("p", "&quot;Biasanya ramai sopir truk yang mampir. Hari ini baru ada tiga pembeli sampai siang,&quot; ujarnya."),
    ]
    body_html, body = render(items)
    page = '''<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>Jembatan Cikandang Hilir Ditutup Total Selama Sebulan, Pengendara Dialihkan lewat Jalur Alternatif</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Jembatan Cikandang Hilir di Sumedang ditutup total selama sebulan untuk perbaikan struktur.">
<meta name="pubdate" content="20260326143700">
<meta name="author" content="Asep Juhana">
<meta name="content_category" content="Jabar">
<meta property="og:type" content="article">
<meta property="og:title" content="Jembatan Cikandang Hilir Ditutup Total Selama Sebulan, Pengendara Dialihkan lewat Jalur Alternatif">
<meta property="og:url" content="''' + url + '''">
<meta property="og:image" content="https://img.inews.co.id/media/600/files/inews_new/2026/03/26/jembatan_cikandang_hilir.jpg">
<meta property="og:site_name" content="iNews.ID">
<link rel="canonical" href="''' + url + '''">
<link rel="stylesheet" href="https://jabar.inews.id/assets/css/style.min.css?v=2.41">
<script>var _comscore = _comscore || []; _comscore.push({ c1: "2", c2: "0000000" });</script>
</head>
<body class="detail-page">
<div class="header-wrap">
  <div class="header-top">
    <a class="logo-inews" href="https://www.inews.id/"><img src="https://jabar.inews.id/assets/img/logo-inews-jabar.png" alt="iNews Jabar"></a>
    <div class="header-regional">
      <a href="#" class="regional-toggle">Pilih Regional</a>
      <div class="regional-list"><a href="https://jatim.inews.id/">Jatim</a><a href="https://jateng.inews.id/">Jateng</a><a href="https://jabar.inews.id/">Jabar</a><a href="https://sumut.inews.id/">Sumut</a><a href="https://sulsel.inews.id/">Sulsel</a></div>
    </div>
    <a class="btn-live" href="https://www.inews.id/live">Live TV</a>
  </div>
  <ul class="menu-nav">
    <li><a href="https://jabar.inews.id/">Home</a></li><li><a href="https://jabar.inews.id/berita">Berita</a></li><li><a href="https://jabar.inews.id/bandung-raya">Bandung Raya</a></li><li><a href="https://jabar.inews.id/priangan">Priangan</a></li><li><a href="https://jabar.inews.id/pantura">Pantura</a></li><li><a href="https://jabar.inews.id/wisata">Wisata</a></li><li><a href="https://jabar.inews.id/index">Indeks</a></li>
  </ul>
</div>
<div class="container">
  <div class="breadcrumb"><a href="https://www.inews.id/">Home</a> &rsaquo; <a href="https://jabar.inews.id/">Jabar</a></div>
  <div class="article-wrap">
    <h1 class="title-article">''' + h1 + '''</h1>
    <div class="author-box">
      <div class="author-name"><a href="https://www.inews.id/profile/asep-juhana">Asep Juhana</a></div>
      <div class="date-box"><span class="sep">&middot;</span> Kamis, 26 Maret 2026 - 14:37:00 WIB</div>
    </div>
    <div class="share-box"><a href="#">Facebook</a><a href="#">Twitter</a><a href="#">Whatsapp</a><a href="#">Telegram</a></div>
    <div class="img-article">
      <img src="https://img.inews.co.id/media/600/files/inews_new/2026/03/26/jembatan_cikandang_hilir.jpg" alt="jembatan cikandang hilir">
      <div class="caption-img">Petugas memasang pembatas di ujung Jembatan Cikandang Hilir, Sumedang. (Foto: iNews/Asep Juhana)</div>
    </div>
    <div class="article-content" id="article-content">
''' + body_html + '''    </div>
    <div class="editor-box">Editor : Rizal Fauzi</div>
    <div class="tag-box"><span>Follow Berita iNews Jabar di Google News</span>
      <ul class="tag-list"><li><a href="https://www.inews.id/tag/sumedang">sumedang</a></li><li><a href="https://www.inews.id/tag/jembatan-rusak">jembatan rusak</a></li><li><a href="https://www.inews.id/tag/pengalihan-arus">pengalihan arus</a></li></ul>
    </div>
    <div class="polling-box">
      <h4>Polling</h4>
      <p class="polling-q">Apakah jalur alternatif selama perbaikan jembatan sudah memadai?</p>
      <ul><li><label><input type="radio" name="p1"> Sudah memadai</label></li><li><label><input type="radio" name="p1"> Belum memadai</label></li></ul>
      <button>Pilih</button>
    </div>
    <div class="berita-terkait"><h3>Berita Terkait</h3><ul><li><a href="#">Perbaikan Jalan Provinsi di Sumedang Ditarget Rampung Juni</a></li><li><a href="#">Warga Gotong Royong Perbaiki Jembatan Gantung di Situraja</a></li></ul></div>
  </div>
  <div class="sidebar">
    <div class="populer"><h3>Terpopuler</h3><ol><li><a href="#">Pencarian Pemancing Hilang di Waduk Jatigede Hari Ketiga</a></li><li><a href="#">Harga Tahu Sumedang Naik, Ini Penyebabnya</a></li></ol></div>
  </div>
</div>
<footer class="footer">
  <div class="footer-nav"><a href="#">Redaksi</a> <a href="#">Tentang Kami</a> <a href="#">Pedoman Media Siber</a> <a href="#">Disclaimer</a></div>
  <div class="footer-copyright">Copyright &copy; 2026 iNews.id. All Rights Reserved.</div>
</footer>
</body>
</html>
'''
    gold = dict(url=url, headline=h1, published="2026-03-26T14:37+07:00", authors=["Asep Juhana"],
        section="Jabar", tags=["sumedang", "jembatan rusak", "pengalihan arus"], outlet="inews.id", next_page=None, body=body,
        not_body=["Video: Kondisi Jembatan Cikandang Hilir Jelang Perbaikan", "Longsor Tutup Akses Jalan Cadas Pangeran", "Advertisement",
                  "Petugas memasang pembatas di ujung Jembatan Cikandang Hilir, Sumedang.", "Editor : Rizal Fauzi",
                  "Follow Berita iNews Jabar di Google News", "Apakah jalur alternatif selama perbaikan jembatan sudah memadai?",
                  "Perbaikan Jalan Provinsi di Sumedang Ditarget Rampung Juni", "Copyright © 2026 iNews.id. All Rights Reserved."])
    write(9, "inews-jembatan-cikandang-hilir", page, gold)
