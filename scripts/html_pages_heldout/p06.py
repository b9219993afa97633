from common import *

def build():
    url = "https://katadata.co.id/berita/energi/67b4a2c1d9e10/kapasitas-plts-atap-rumah-tangga-tumbuh-dua-kali-lipat-jawa-barat-teratas"
    h1 = "Kapasitas PLTS Atap Rumah Tangga Tumbuh Dua Kali Lipat, Jawa Barat Teratas"
    items = [
        ("p", "Kapasitas pembangkit listrik tenaga surya (PLTS) atap di sektor rumah tangga tumbuh lebih dari dua kali lipat sepanjang 2025. Asosiasi Energi Surya Nusantara (AESN) mencatat total kapasitas terpasang mencapai 684 megawatt peak (MWp), naik dari 318 MWp pada akhir 2024."),
        ("p", "Ketua Umum AESN, Theresia Pangaribuan, menyebut pertumbuhan itu dipicu turunnya harga panel dan makin banyaknya skema cicilan dari perbankan. &ldquo;Sekarang rumah tangga kelas menengah bisa memasang sistem 2 kWp dengan cicilan di bawah Rp 1 juta per bulan,&rdquo; kata Theresia dalam konferensi pers di Jakarta, Rabu (18/2)."),
        ("raw", '<div class="lihat-juga"><div class="lihat-juga__title">Lihat Juga</div><a href="https://katadata.co.id/berita/energi/67a9e0b3f1a22/pln-tambah-kuota-plts-atap-untuk-sektor-industri">PLN Tambah Kuota PLTS Atap untuk Sektor Industri</a></div>'),
        ("p", "Jawa Barat menjadi provinsi dengan kapasitas terbesar, disusul Jawa Timur dan DKI Jakarta. Berikut lima provinsi dengan kapasitas PLTS atap rumah tangga terbesar pada 2025:"),
        ("table", [["Provinsi", "Kapasitas 2025 (MWp)", "Pertumbuhan (%)"],
                   ["Jawa Barat", "168,2", "121"],
                   ["Jawa Timur", "121,5", "96"],
                   ["DKI Jakarta", "97,8", "84"],
                   ["Banten", "64,3", "132"],
                   ["Bali", "41,0", "77"]]),
        ("p", "Meski tumbuh pesat, Theresia menilai kontribusi PLTS atap terhadap bauran listrik nasional masih kecil. Ia meminta pemerintah menyederhanakan proses perizinan dan memperjelas ketentuan kuota sistem di setiap wilayah."),
        ("raw", '<div class="ads-inarticle"><div class="label">ADVERTISEMENT</div><ins class="adsbygoogle" style="display:block; text-align:center;" data-ad-layout="in-article" data-ad-format="fluid" data-ad-client="ca-pub-0000000000000000" data-ad-slot="9988776655"></ins></div>'),
        ("p", "Peneliti energi dari Institut Kajian Transisi Energi, Bagus Setiawan, menambahkan bahwa pertumbuhan masih terkonsentrasi di Pulau Jawa. Menurut dia, provinsi di luar Jawa membutuhkan dukungan pembiayaan khusus karena daya beli rumah tangga yang lebih rendah."),
        ("p", "&ldquo;Potensi radiasi matahari di Nusa Tenggara justru lebih tinggi. Tapi tanpa skema pembiayaan yang tepat, potensi itu tidak akan tergarap,&rdquo; ujar Bagus."),
    ]
    body_html, body = render(items)
    page = '''<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Kapasitas PLTS Atap Rumah Tangga Tumbuh Dua Kali Lipat, Jawa Barat Teratas - Energi Katadata.co.id</title>
<meta name="description" content="AESN mencatat total kapasitas PLTS atap rumah tangga mencapai 684 MWp pada 2025.">
<meta name="author" content="Ratna Sari Dewi">
<meta property="og:site_name" content="Katadata.co.id">
<meta property="og:type" content="article">
<meta property="og:title" content="Kapasitas PLTS Atap Rumah Tangga Tumbuh Dua Kali Lipat, Jawa Barat Teratas">
<meta property="og:url" content="''' + url + '''">
<meta property="og:image" content="https://cdn1.katadata.co.id/media/images/thumb/2026/02/18/plts-atap-rumah-2026_02_18-16_20_00_abc_thumb.jpg">
<meta property="article:published_time" content="2026-02-18T16:20:00+07:00">
<meta property="article:modified_time" content="2026-02-18T17:02:00+07:00">
<meta property="article:section" content="Energi">
<meta property="article:tag" content="PLTS Atap"><meta property="article:tag" content="Energi Terbarukan"><meta property="article:tag" content="Transisi Energi">
<link rel="canonical" href="''' + url + '''">
<link rel="stylesheet" href="https://katadata.co.id/assets/v4/css/app.css?id=8f2e">
<script>var kdt={"id":"67b4a2c1d9e10","channel":"energi","premium":false};</script>
</head><body class="detail">
<header class="kd-header"><div class="kd-header__inner">
<a class="kd-logo" href="https://katadata.co.id/"><img src="https://katadata.co.id/assets/v4/img/logo.svg" alt="Katadata"></a>
<nav class="kd-menu"><ul>
<li><a href="https://katadata.co.id/berita">Berita</a>
  <div class="kd-mega"><div><b>Berita</b><a href="https://katadata.co.id/berita/makro">Makro</a><a href="https://katadata.co.id/berita/finansial">Finansial</a><a href="https://katadata.co.id/berita/energi">Energi</a><a href="https://katadata.co.id/berita/industri">Industri</a></div><div><b>Spesial</b><a href="https://katadata.co.id/analisisdata">Analisis Data</a><a href="https://katadata.co.id/infografik">Infografik</a></div></div>
</li>
<li><a href="https://katadata.co.id/databoks">Databoks</a></li><li><a href="https://katadata.co.id/green">Katadata Green</a></li><li><a href="https://katadata.co.id/insight-center">Insight Center</a></li><li><a href="https://katadata.co.id/opini">Opini</a></li>
</ul></nav>
<div class="kd-header__action"><a href="https://katadata.co.id/login" class="btn">Masuk</a></div>
</div></header>
<div class="kd-container">
<div class="kd-breadcrumb"><a href="https://katadata.co.id/">Home</a><span>/</span><a href="https://katadata.co.id/berita">Berita</a><span>/</span><a href="https://katadata.co.id/berita/energi">Energi</a></div>
<article class="detail-main">
<h1 class="detail-title">''' + h1 + '''</h1>
<div class="detail-author"><div class="detail-author__name">Oleh <a href="https://katadata.co.id/author/ratna-sari-dewi">Ratna Sari Dewi</a></div><div class="detail-author__editor">Editor: Agustinus Raharjo</div></div>
<div class="detail-date">18/02/2026, 16:20 WIB</div>
<div class="detail-share"><a href="#" class="share share--fb">Facebook</a><a href="#" class="share share--x">X</a><a href="#" class="share share--li">LinkedIn</a><a href="#" class="share share--wa">WhatsApp</a></div>
<figure class="detail-figure"><img src="https://cdn1.katadata.co.id/media/images/thumb/2026/02/18/plts-atap-rumah-2026_02_18-16_20_00_abc_thumb.jpg" alt="plts atap">
<figcaption>Panel surya terpasang di atap rumah warga di Kota Bandung, Jawa Barat. (Katadata/Ratna Sari Dewi)</figcaption></figure>
<div class="detail-body">
<div class="textArticle">
''' + body_html + '''</div>
</div>
<div class="detail-tags"><span>Tags</span><a href="https://katadata.co.id/tags/plts-atap">PLTS Atap</a><a href="https://katadata.co.id/tags/energi-terbarukan">Energi Terbarukan</a><a href="https://katadata.co.id/tags/transisi-energi">Transisi Energi</a></div>
<div class="detail-gnews">Ikuti berita dan artikel lainnya di Google News</div>
<div class="detail-poll"><h4>Jajak Pendapat</h4><p>Apakah Anda berminat memasang PLTS atap dalam dua tahun ke depan?</p><label><input type="radio" name="poll"> Ya</label> <label><input type="radio" name="poll"> Tidak</label> <label><input type="radio" name="poll"> Belum tahu</label><button>Kirim</button></div>
</article>
<aside class="detail-aside">
<div class="widget"><h3>Berita Terkait</h3><ul><li><a href="#">Target Bauran EBT 2026 Berpotensi Meleset</a></li><li><a href="#">Investasi Panel Surya Masuk Kawasan Industri Batang</a></li></ul></div>
<div class="widget"><h3>Databoks</h3><ul><li><a href="#">Konsumsi Listrik per Kapita Indonesia 2016-2025</a></li></ul></div>
</aside>
</div>
<footer class="kd-footer"><div class="kd-footer__links"><a href="#">Tentang Kami</a><a href="#">Pedoman Media Siber</a><a href="#">Karier</a><a href="#">Kontak</a></div>
<div class="kd-footer__copy">&copy; 2026 Katadata.co.id. Hak cipta dilindungi undang-undang.</div></footer>
</body></html>
'''
    gold = dict(url=url, headline=h1, published="2026-02-18T16:20+07:00", authors=["Ratna Sari Dewi"],
        section="Energi", tags=["PLTS Atap", "Energi Terbarukan", "Transisi Energi"], outlet="katadata.co.id", next_page=None, body=body,
        not_body=["PLN Tambah Kuota PLTS Atap untuk Sektor Industri", "ADVERTISEMENT",
                  "Panel surya terpasang di atap rumah warga di Kota Bandung, Jawa Barat.", "Editor: Agustinus Raharjo",
                  "Ikuti berita dan artikel lainnya di Google News", "Apakah Anda berminat memasang PLTS atap dalam dua tahun ke depan?",
                  "Target Bauran EBT 2026 Berpotensi Meleset", "© 2026 Katadata.co.id. Hak cipta dilindungi undang-undang."])
    write(6, "katadata-plts-atap", page, gold)
