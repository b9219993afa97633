from common import *

def build():
    check_day(2026, 4, 22, "Rabu")
    url = "https://mediaindonesia.com/humaniora/771204/program-pendampingan-guru-literasi-diperluas-ke-120-sekolah-di-ntt"
    h1 = "Program Pendampingan Guru Literasi Diperluas ke 120 Sekolah di NTT"
    last = "Meski demikian, Maria mengakui masih ada kendala jarak dan transportasi, terutama untuk sekolah di pulau-pulau kecil. Dinas berencana menggandeng perguruan tinggi setempat agar mahasiswa keguruan dapat ikut menjadi pendamping."
    items = [
        ("p", "PEMERINTAH Provinsi Nusa Tenggara Timur (NTT) memperluas program pendampingan guru literasi ke 120 sekolah dasar di sepuluh kabupaten mulai tahun ajaran ini. Program tersebut sebelumnya hanya berjalan di 35 sekolah di Kabupaten Kupang dan Timor Tengah Selatan."),
        ("p", "Kepala Dinas Pendidikan dan Kebudayaan NTT, Maria Goreti Nahak, mengatakan perluasan dilakukan setelah evaluasi menunjukkan peningkatan kemampuan membaca siswa kelas awal di sekolah sasaran. Dalam dua tahun, proporsi siswa kelas III yang mampu membaca lancar naik dari 41 persen menjadi 63 persen."),
        ("raw", '<div class="lihat-juga"><span>Baca juga :</span> <a href="https://mediaindonesia.com/humaniora/769981/angka-putus-sekolah-di-daerah-3t-turun-tipis">Angka Putus Sekolah di Daerah 3T Turun Tipis</a></div>'),
        ("p", "&quot;Kuncinya ada di guru. Kami tidak membagikan buku lalu pergi, tetapi mendampingi guru di kelas setiap bulan,&quot; ujar Maria di Kupang, Rabu (22/4)."),
        ("p", "Dalam program itu, setiap sekolah mendapat pendamping yang datang sebulan sekali untuk mengamati pembelajaran, memberi umpan balik, dan membantu guru menyusun bahan bacaan berbahasa daerah. Bahan bacaan tersebut disusun bersama komunitas penulis lokal."),
        ("raw", '<div class="parallax-container"><div class="parallax-label">ADVERTISEMENT</div><div class="parallax-ad" id="div-gpt-ad-mi-parallax"></div><div class="parallax-label">SCROLL TO RESUME CONTENT</div></div>'),
        ("p", "Guru SD Inpres Oefatu, Agustinus Seran, mengaku metode itu mengubah cara dia mengajar. Ia kini memulai pelajaran dengan membacakan cerita pendek berbahasa Dawan sebelum beralih ke bahasa Indonesia."),
        ("p", "&quot;Anak-anak lebih berani bercerita. Yang dulu diam sekarang mau maju ke depan kelas,&quot; katanya."),
        ("raw", '<div class="lihat-juga"><span>Baca juga :</span> <a href="https://mediaindonesia.com/humaniora/770455/perpustakaan-keliling-sambangi-desa-desa-di-pulau-semau">Perpustakaan Keliling Sambangi Desa-Desa di Pulau Semau</a></div>'),
        ("p", last + " (Z-7)", last),
    ]
    body_html, body = render(items)
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "@id": "https://mediaindonesia.com/#website", "url": "https://mediaindonesia.com/", "name": "Media Indonesia",
         "potentialAction": {"@type": "SearchAction", "target": "https://mediaindonesia.com/search?q={search_term_string}", "query-input": "required name=search_term_string"}},
        {"@type": "Organization", "@id": "https://mediaindonesia.com/#organization", "name": "Media Indonesia", "logo": {"@type": "ImageObject", "url": "https://mediaindonesia.com/assets/img/logo-mi.png"}},
        {"@type": "WebPage", "@id": url + "#webpage", "url": url, "name": h1, "isPartOf": {"@id": "https://mediaindonesia.com/#website"}},
        {"@type": "NewsArticle", "@id": url + "#article", "isPartOf": {"@id": url + "#webpage"}, "headline": h1,
         "datePublished": "2026-04-22T10:45:00+07:00", "dateModified": "2026-04-22T11:20:00+07:00",
         "author": [{"@type": "Person", "name": "Putri Anggraini"}, {"@type": "Person", "name": "Yohanes Laka Beda"}],
         "publisher": {"@id": "https://mediaindonesia.com/#organization"}, "articleSection": "Humaniora",
         "keywords": ["literasi", "NTT", "guru"],
         "image": "https://mediaindonesia.com/uploads/images/2026/04/22/guru-literasi-ntt.jpg"},
    ]}
    page = '''<!DOCTYPE html>
<html lang="id">
<head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <title>Program Pendampingan Guru Literasi Diperluas ke 120 Sekolah di NTT</title>
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <link rel="canonical" href="''' + url + '''">
    <link rel="stylesheet" href="https://mediaindonesia.com/assets/css/style.css?v=12.4">
    <script type="application/ld+json">''' + json.dumps(graph, ensure_ascii=False) + '''</script>
    <script async src="https://www.googletagmanager.com/gtag/js?id=G-XXXXXXX"></script>
    <script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date());</script>
</head>
<body>
    <div id="header">
        <div class="header-top container">
            <div class="logo"><a href="https://mediaindonesia.com/"><img src="https://mediaindonesia.com/assets/img/logo-mi.png" alt="Media Indonesia"></a></div>
            <div class="header-tools"><a href="https://epaper.mediaindonesia.com/">E-Paper</a><a href="https://mediaindonesia.com/newsletter">Newsletter</a><a href="#" class="search-toggle">Cari</a></div>
        </div>
        <div class="navbar">
            <ul class="nav container">
                <li><a href="https://mediaindonesia.com/">Home</a></li>
                <li><a href="https://mediaindonesia.com/politik-dan-hukum">Politik dan Hukum</a></li>
                <li><a href="https://mediaindonesia.com/ekonomi">Ekonomi</a></li>
                <li><a href="https://mediaindonesia.com/megapolitan">Megapolitan</a></li>
                <li><a href="https://mediaindonesia.com/nusantara">Nusantara</a></li>
                <li class="active"><a href="https://mediaindonesia.com/humaniora">Humaniora</a></li>
                <li><a href="https://mediaindonesia.com/internasional">Internasional</a></li>
                <li><a href="https://mediaindonesia.com/olahraga">Olahraga</a></li>
                <li><a href="https://mediaindonesia.com/opini">Opini</a></li>
                <li class="more"><a href="#">Lainnya</a>
                    <div class="megamenu"><ul><li><a href="#">Weekend</a></li><li><a href="#">Video</a></li><li><a href="#">Foto</a></li><li><a href="#">Infografis</a></li><li><a href="#">Editorial</a></li></ul></div>
                </li>
            </ul>
        </div>
    </div>
    <div class="container main-content">
        <div class="breadcrumbs"><a href="https://mediaindonesia.com/">Home</a> / <a href="https://mediaindonesia.com/humaniora">Humaniora</a></div>
        <div class="article">
            <h1>''' + h1 + '''</h1>
            <div class="info">
                <div class="author">
                    <p>Penulis: <a href="https://mediaindonesia.com/penulis/putri-anggraini">Putri Anggraini</a>, <a href="https://mediaindonesia.com/penulis/yohanes-laka-beda">Yohanes Laka Beda</a><br>
                    Editor: <span>Heryadi Saputro</span></p>
                </div>
                <div class="date"><span>22/4/2026 10:45</span></div>
            </div>
            <div class="img-article">
                <img src="https://mediaindonesia.com/uploads/images/2026/04/22/guru-literasi-ntt.jpg" alt="Guru literasi NTT">
                <div class="caption">Ilustrasi: Siswa sekolah dasar membaca buku cerita berbahasa daerah di Kabupaten Kupang, NTT.(MI/Yohanes Laka Beda)</div>
            </div>
            <div class="article-body" itemprop="articleBody">
''' + body_html + '''            </div>
            <div class="newsletter-inline">
                <h4>Berita Pilihan di Kotak Masuk Anda</h4>
                <p>Daftarkan email Anda untuk menerima rangkuman berita Media Indonesia setiap pagi.</p>
                <form><input type="email" placeholder="email@contoh.com"><button type="submit">Daftar</button></form>
            </div>
            <div class="tag"><span>Tag :</span> <a href="https://mediaindonesia.com/tag/literasi">literasi</a> <a href="https://mediaindonesia.com/tag/ntt">NTT</a> <a href="https://mediaindonesia.com/tag/guru">guru</a></div>
            <div class="share">Share: <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a></div>
            <div class="read-more"><h3>Berita Terkait</h3><ul><li><a href="#">Kemendikdasmen Luncurkan Buku Bacaan Berjenjang</a></li><li><a href="#">Pegiat Literasi Flores Dirikan Taman Baca di Pelabuhan</a></li></ul></div>
            <div class="disqus-wrap"><div id="disqus_thread"></div><noscript>Please enable JavaScript to view the comments powered by Disqus.</noscript></div>
        </div>
        <div class="sidebar">
            <div class="widget-terpopuler"><h3>Terpopuler</h3><ol><li><a href="#">Cuaca Ekstrem Diprediksi Melanda Sebagian Jawa Pekan Ini</a></li><li><a href="#">Kuota Haji Tambahan Diumumkan</a></li></ol></div>
            <div class="widget-ads"><ins class="adsbygoogle" data-ad-client="ca-pub-0000000000000000"></ins></div>
        </div>
    </div>
    <div id="footer"><div class="container">
        <p class="footer-links"><a href="#">Tentang Kami</a> | <a href="#">Redaksi</a> | <a href="#">Kode Etik</a> | <a href="#">Pedoman Media Siber</a></p>
        <p class="copy">Copyright &copy; 2026 Media Indonesia - Media Group. All Rights Reserved.</p>
    </div></div>
</body>
</html>
'''
    gold = dict(url=url, headline=h1, published="2026-04-22T10:45+07:00", authors=["Putri Anggraini", "Yohanes Laka Beda"],
        section="Humaniora", tags=["literasi", "NTT", "guru"], outlet="mediaindonesia.com", next_page=None, body=body,
        not_body=["(Z-7)", "Angka Putus Sekolah di Daerah 3T Turun Tipis", "Perpustakaan Keliling Sambangi Desa-Desa di Pulau Semau",
                  "SCROLL TO RESUME CONTENT", "Ilustrasi: Siswa sekolah dasar membaca buku cerita berbahasa daerah di Kabupaten Kupang, NTT.",
                  "Berita Pilihan di Kotak Masuk Anda", "Daftarkan email Anda untuk menerima rangkuman berita Media Indonesia setiap pagi.",
                  "Kemendikdasmen Luncurkan Buku Bacaan Berjenjang", "Copyright © 2026 Media Indonesia - Media Group. All Rights Reserved."])
    write(5, "mediaindonesia-guru-literasi-ntt", page, gold)
