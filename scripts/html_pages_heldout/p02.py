from common import *

def build():
    check_day(2026, 2, 19, "Kamis")
    base = "https://ekbis.sindonews.com/read/1718293/34/ekspor-kopi-olahan-melonjak-27-persen-pengusaha-minta-insentif-logistik-1771463700"
    url = base
    nxt = base + "/10"
    h1 = "Ekspor Kopi Olahan Melonjak 27 Persen, Pengusaha Minta Insentif Logistik"
    items = [
        ("p", "<strong>JAKARTA</strong> - Nilai ekspor kopi olahan Indonesia sepanjang 2025 tercatat naik 27 persen dibandingkan tahun sebelumnya. Kenaikan itu didorong permintaan kopi instan dan konsentrat kopi dari pasar Timur Tengah serta Asia Timur."),
        ("p", "Ketua Umum Gabungan Pengusaha Kopi Olahan Nusantara (Gapkona), Bambang Sutrisno Hadi, mengatakan lonjakan tersebut menjadi momentum untuk memperkuat hilirisasi. Menurut dia, selama ini sebagian besar kopi Indonesia masih dijual dalam bentuk biji mentah."),
        ("raw", '''<div class="baca-inline"><div class="baca-inline-head">Baca Juga</div><ul><li><a href="https://ekbis.sindonews.com/read/1716840/34/harga-kopi-robusta-di-tingkat-petani-tembus-rekor-1771200000">Harga Kopi Robusta di Tingkat Petani Tembus Rekor</a></li></ul></div>'''),
        ("p", "&quot;Margin kopi olahan bisa tiga sampai empat kali lipat dibanding biji mentah. Tapi ongkos logistik kita masih jadi ganjalan, terutama dari sentra produksi di luar Jawa,&quot; ujar Bambang di Jakarta, Kamis (19/2/2026)."),
        ("p", "Ia mencontohkan, biaya pengiriman satu kontainer dari Medan ke pelabuhan tujuan di Dubai hampir setara dengan pengiriman dari Ho Chi Minh City, padahal jaraknya lebih dekat. Kondisi itu membuat harga produk Indonesia kurang bersaing."),
        ("raw", '''<div class="ads300 parallax-wrap"><div class="adv-caption">Advertisement</div><ins class="adsbygoogle" style="display:inline-block;width:300px;height:250px" data-ad-client="ca-pub-0000000000000000" data-ad-slot="5566778899"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div>'''),
        ("p", "Gapkona mencatat ada sekitar 140 perusahaan pengolahan kopi skala menengah dan besar yang aktif mengekspor. Sebagian besar berlokasi di Jawa Timur, Lampung, dan Sumatera Utara."),
        ("p", "Bambang menambahkan, asosiasi telah menyampaikan usulan insentif berupa potongan tarif pelabuhan dan percepatan proses karantina kepada pemerintah. Usulan itu diharapkan dapat dibahas dalam rapat koordinasi lintas kementerian bulan depan."),
    ]
    body_html, body = render(items)
    ld = {
        "@context": "http://schema.org", "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": h1,
        "datePublished": "2026-02-19T01:15:00Z", "dateModified": "2026-02-19T01:15:00Z",
        "author": {"@type": "Person", "name": "Rahmat Hidayatullah", "url": "https://index.sindonews.com/blog/5123/rahmat-hidayatullah"},
        "image": {"@type": "ImageObject", "url": "https://pict.sindonews.net/dyn/732/pena/news/2026/02/19/34/1718293/ekspor-kopi-olahan-abc.jpg", "width": 732, "height": 412},
        "publisher": {"@type": "Organization", "name": "SINDOnews", "logo": {"@type": "ImageObject", "url": "https://cdn.sindonews.net/v2/images/logo-sindonews.png", "width": 600, "height": 60}},
    }
    page = '''<!DOCTYPE html>
<html lang="id">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Ekspor Kopi Olahan Melonjak 27 Persen, Pengusaha Minta Insentif Logistik</title>
<meta name="description" content="Nilai ekspor kopi olahan Indonesia sepanjang 2025 tercatat naik 27 persen dibandingkan tahun sebelumnya." />
<link rel="canonical" href="''' + url + '''" />
<link href="https://cdn.sindonews.net/v2/css/style-desktop.css?v=2026021" rel="stylesheet" type="text/css" />
<script type="application/ld+json">
''' + json.dumps(ld, indent=2, ensure_ascii=False) + '''
</script>
<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js"></script>
<script type="text/javascript">var _sf_async_config = { uid: 00000, domain: 'sindonews.com', sections: 'ekbis' };</script>
</head>
<body>
<div class="top-header">
  <div class="date-top">Kamis, 19 Februari 2026</div>
  <div class="logo"><a href="https://www.sindonews.com/"><img src="https://cdn.sindonews.net/v2/images/logo-sindonews.png" alt="SINDOnews"></a></div>
  <div class="top-search"><input type="text" placeholder="Cari..."></div>
</div>
<div class="menu-wrapper">
  <ul class="menu-utama">
    <li><a href="https://www.sindonews.com/">HOME</a></li>
    <li><a href="https://nasional.sindonews.com/">NASIONAL</a></li>
    <li><a href="https://metro.sindonews.com/">METRO</a></li>
    <li class="active"><a href="https://ekbis.sindonews.com/">EKBIS</a></li>
    <li><a href="https://international.sindonews.com/">INTERNASIONAL</a></li>
    <li><a href="https://sports.sindonews.com/">SPORTS</a></li>
    <li><a href="https://tekno.sindonews.com/">TEKNO</a></li>
    <li class="dropdown-more"><a href="#">LAINNYA</a>
      <ul class="submenu"><li><a href="https://edukasi.sindonews.com/">EDUKASI</a></li><li><a href="https://lifestyle.sindonews.com/">LIFESTYLE</a></li><li><a href="https://kalam.sindonews.com/">KALAM</a></li></ul>
    </li>
  </ul>
  <ul class="submenu-kanal"><li><a href="https://ekbis.sindonews.com/makro">Makro</a></li><li><a href="https://ekbis.sindonews.com/sektor-riil">Sektor Riil</a></li><li><a href="https://ekbis.sindonews.com/keuangan">Keuangan</a></li></ul>
</div>
<div class="ads-billboard"><div class="label-ads">Advertisement</div><div id="div-gpt-billboard"></div></div>
<div class="wrapper">
  <div class="breadcrumb"><ul><li><a href="https://www.sindonews.com/">Home</a></li><li><a href="https://ekbis.sindonews.com/">Ekbis</a></li></ul></div>
  <div class="detail-left">
    <div class="detail-title"><h1>''' + h1 + '''</h1></div>
    <div class="detail-nama-redaksi"><a href="https://index.sindonews.com/blog/5123/rahmat-hidayatullah">Rahmat Hidayatullah</a></div>
    <div class="detail-date-artikel">Kamis, 19 Februari 2026 - 08:15 WIB</div>
    <div class="share-top"><a class="fb">Share</a><a class="tw">Tweet</a><a class="wa">WA</a></div>
    <div class="detail-img">
      <img src="https://pict.sindonews.net/dyn/732/pena/news/2026/02/19/34/1718293/ekspor-kopi-olahan-abc.jpg" alt="Ekspor Kopi Olahan">
      <div class="caption-photo">Ekspor kopi olahan Indonesia naik 27 persen sepanjang 2025. FOTO/DOK SINDOnews</div>
    </div>
    <div class="detail-desc" id="content">
''' + body_html + '''    </div>
    <div class="pagination-detail">
      <span class="page-title">Halaman :</span>
      <span class="page-current">1</span>
      <a href="''' + base + '''/10">2</a>
      <a href="''' + base + '''/20">3</a>
      <a class="next-page" href="''' + nxt + '''">Selanjutnya &raquo;</a>
      <a class="show-all" href="''' + base + '''?showpage=all">Tampilkan Semua</a>
    </div>
    <div class="editor">(nng)</div>
    <div class="tag-detail"><span>Tags :</span> <a href="https://www.sindonews.com/topic/1024/kopi">kopi</a> <a href="https://www.sindonews.com/topic/2331/ekspor">ekspor</a> <a href="https://www.sindonews.com/topic/9981/hilirisasi">hilirisasi</a></div>
    <div class="newsletter-box"><h4>Dapatkan berita pilihan SINDOnews setiap pagi</h4><form><input type="email" placeholder="Alamat email Anda"><button>Berlangganan</button></form></div>
    <div class="rekomendasi"><div class="title-rek">Rekomendasi</div>
      <ul><li><a href="#">BI Tahan Suku Bunga Acuan, Rupiah Menguat Tipis</a></li><li><a href="#">Penjualan Mobil Listrik Januari 2026 Naik Dua Kali Lipat</a></li></ul>
    </div>
    <div id="disqus_thread"></div>
    <script>var disqus_config = function () { this.page.url = "''' + url + '''"; };</script>
  </div>
  <div class="detail-right">
    <div class="terpopuler"><div class="title-pop">Terpopuler</div><ol><li><a href="#">Harga Emas Antam Hari Ini Turun Rp8.000 per Gram</a></li><li><a href="#">Daftar Saham yang Masuk Indeks Baru Bursa</a></li></ol></div>
    <div class="ads-sidebar parallax"><div id="div-gpt-ad-parallax"></div></div>
  </div>
</div>
<div class="footer">
  <ul class="footer-menu"><li><a href="#">Tentang Kami</a></li><li><a href="#">Redaksi</a></li><li><a href="#">Pedoman Pemberitaan Media Siber</a></li><li><a href="#">Karir</a></li></ul>
  <div class="copyright">Copyright &copy; 2026 SINDOnews.com, All Rights Reserved</div>
</div>
</body>
</html>
'''
    gold = dict(url=url, headline=h1, published="2026-02-19T08:15+07:00", authors=["Rahmat Hidayatullah"],
        section="Ekbis", tags=["kopi", "ekspor", "hilirisasi"], outlet="sindonews.com", next_page=nxt, body=body,
        not_body=["Harga Kopi Robusta di Tingkat Petani Tembus Rekor", "Advertisement", "Ekspor kopi olahan Indonesia naik 27 persen sepanjang 2025. FOTO/DOK SINDOnews",
                  "Halaman :", "Selanjutnya »", "Tampilkan Semua", "Dapatkan berita pilihan SINDOnews setiap pagi",
                  "BI Tahan Suku Bunga Acuan, Rupiah Menguat Tipis", "Copyright © 2026 SINDOnews.com, All Rights Reserved"])
    write(2, "sindonews-ekspor-kopi-olahan", page, gold)
