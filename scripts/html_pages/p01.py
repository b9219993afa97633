from common import *

# 01 Kompas (money.kompas.com) - JSON-LD, two Person authors, pagination
URL = 'https://money.kompas.com/read/2026/02/18/143500426/bi-tahan-bi-rate-di-5-25-persen-rupiah-jadi-pertimbangan-utama'
HEAD = 'BI Tahan BI-Rate di 5,25 Persen, Rupiah Jadi Pertimbangan Utama'
D = dt('2026-02-18 14:35')
AUTH = ['Nadya Kurniasari', 'Teguh Wicaksono']
TAGS = ['Bank Indonesia', 'BI-Rate', 'suku bunga', 'rupiah', 'inflasi']

items = [
    ('p', '<strong>JAKARTA, KOMPAS.com</strong> - Bank Indonesia (BI) memutuskan mempertahankan suku bunga acuan BI-Rate di level 5,25 persen dalam Rapat Dewan Gubernur (RDG) yang berakhir pada Rabu (18/2/2026). Suku bunga <em>Deposit Facility</em> juga tetap 4,50 persen, sedangkan suku bunga <em>Lending Facility</em> bertahan di 6,00 persen.'),
    ('p', 'Keputusan tersebut menjadi yang ketiga kalinya secara berturut-turut sejak November 2025. Bank sentral menilai ruang pelonggaran moneter masih terbuka, tetapi waktunya harus menunggu tekanan terhadap nilai tukar mereda.'),
    ('p', '&quot;Fokus kebijakan moneter dalam jangka pendek tetap pada stabilisasi nilai tukar rupiah dari dampak ketidakpastian pasar keuangan global,&quot; kata Deputi Gubernur BI Hendarto Wibisono dalam konferensi pers di Jakarta.'),
    ('baca', 'Rupiah Dibuka Melemah ke Rp 16.900, Investor Tunggu Keputusan BI', 'https://money.kompas.com/read/2026/02/18/091200126/rupiah-dibuka-melemah-ke-rp-16900-investor-tunggu-keputusan-bi'),
    ('p', 'Menurut Hendarto, arus modal asing di pasar obligasi negara masih fluktuatif dalam sebulan terakhir. Investor global, kata dia, cenderung menahan diri sambil menunggu arah suku bunga bank sentral Amerika Serikat, The Fed.'),
    ('p', 'Pada perdagangan Rabu sore, rupiah di pasar spot ditutup melemah 0,3 persen ke level Rp 16.870 per dollar AS. Sejak awal tahun, mata uang Garuda sudah terdepresiasi sekitar 1,4 persen.'),
    ('ad',),
    ('h', 'Inflasi masih dalam sasaran'),
    ('p', 'Dari sisi harga, BI mencatat inflasi Januari 2026 sebesar 2,62 persen secara tahunan (<em>year on year</em>/yoy), masih berada dalam kisaran sasaran 2,5 plus minus 1 persen. Inflasi inti juga terjaga di level 2,3 persen.'),
    ('p', 'Meski demikian, bank sentral mewaspadai kenaikan harga pangan bergejolak menjelang Ramadhan dan Idul Fitri. Koordinasi dengan pemerintah pusat dan daerah melalui Tim Pengendalian Inflasi disebut akan diperkuat.'),
    ('baca', 'Jelang Ramadhan, Harga Cabai dan Bawang Merah Mulai Naik di Pasar Jakarta', 'https://money.kompas.com/read/2026/02/16/110500926/jelang-ramadhan-harga-cabai-dan-bawang-merah-mulai-naik'),
    ('p', 'Ekonom senior Lembaga Kajian Ekonomi Nusantara, Sarah Hutapea, menilai keputusan BI sudah sesuai perkiraan pasar. Ia memperkirakan pemangkasan suku bunga baru akan terjadi paling cepat pada kuartal II-2026, setelah musim pembagian dividen emiten yang biasanya menekan rupiah selesai.'),
]

R = {
    'p': lambda h: f'<p>{h}</p>',
    'h': lambda h: f'<h2>{h}</h2>',
    'baca': lambda t, u: f'<p><strong>Baca juga: <a href="{esc(u)}" class="inner-link-baca-juga" target="_self">{esc(t)}</a></strong></p>',
    'ad': lambda: '<div class="ads-on-body">\n  <div class="ads-partner-wrap"><div id="div-gpt-ad-inarticle-1" class="ads"><span class="ads-label">ADVERTISEMENT</span></div></div>\n</div>',
}

jsonld = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "mainEntityOfPage": {"@type": "WebPage", "@id": URL},
    "headline": HEAD,
    "image": {"@type": "ImageObject", "url": "https://asset.kompas.com/crops/bi-rdg-februari-2026/0x0:1000x667/750x500/data/photo/2026/02/18/rdg-bi.jpg", "height": 500, "width": 750},
    "datePublished": "2026-02-18T14:35:00+07:00",
    "dateModified": "2026-02-18T15:02:41+07:00",
    "author": [{"@type": "Person", "name": a, "url": "https://www.kompas.com/tag/" + a.lower().replace(' ', '-')} for a in AUTH],
    "publisher": {"@type": "Organization", "name": "Kompas.com", "logo": {"@type": "ImageObject", "url": "https://asset.kompas.com/data/2017/wp/images/logokompascom.png", "width": 600, "height": 60}},
    "articleSection": "Ekonomi",
    "keywords": ", ".join(TAGS),
    "description": "Bank Indonesia mempertahankan BI-Rate di level 5,25 persen untuk menjaga stabilitas nilai tukar rupiah.",
}

TPL = r'''
<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>@@HEAD@@ Halaman all - Kompas.com</title>
<meta name="description" content="Bank Indonesia mempertahankan BI-Rate di level 5,25 persen untuk menjaga stabilitas nilai tukar rupiah.">
<meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="@@URL@@">
<link rel="next" href="@@URL@@?page=2">
<link rel="amphtml" href="https://amp.kompas.com/money/read/2026/02/18/143500426/bi-tahan-bi-rate-di-5-25-persen-rupiah-jadi-pertimbangan-utama">
<link rel="preconnect" href="https://asset.kompas.com">
<link rel="stylesheet" href="https://asset.kompas.com/data/2026/wp/css/main.css?v=20260211">
<link rel="stylesheet" href="https://asset.kompas.com/data/2026/wp/css/read.css?v=20260211">
@@JSONLD@@
<script>
  var _comscore = _comscore || [];
  _comscore.push({ c1: "2", c2: "7000000" });
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  var kgPageType = "read", kgChannel = "money", kgNoAds = false;
</script>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
<script src="https://asset.kompas.com/data/2026/wp/js/lazysizes.min.js" async></script>
</head>
<body class="page-read channel-money">
<div class="header">
  <div class="container clearfix">
    <div class="logo"><a href="https://www.kompas.com/"><img src="https://asset.kompas.com/data/2017/wp/images/logokompascom.png" alt="Kompas.com"></a></div>
    <div class="header__search"><form action="https://search.kompas.com/search"><input type="text" name="q" placeholder="Cari berita"></form></div>
    <a class="header__login" href="https://account.kompas.com/login">Masuk</a>
  </div>
  <nav class="nav">
@@NAV@@
  </nav>
</div>
<div class="container clearfix">
  <div class="col-bs12-8">
    <div class="breadcrumb">
      <ul class="breadcrumb__wrap">
        <li class="breadcrumb__item"><a href="https://www.kompas.com/" class="breadcrumb__link"><span>Home</span></a></li>
        <li class="breadcrumb__item"><a href="https://money.kompas.com/" class="breadcrumb__link"><span>Money</span></a></li>
        <li class="breadcrumb__item"><a href="https://money.kompas.com/ekonomi" class="breadcrumb__link"><span>Ekonomi</span></a></li>
      </ul>
    </div>
    <h1 class="read__title">@@HEAD@@</h1>
    <div class="read__info">
      <div class="read__info__author">Penulis <a href="https://www.kompas.com/tag/nadya-kurniasari">Nadya Kurniasari</a>, <a href="https://www.kompas.com/tag/teguh-wicaksono">Teguh Wicaksono</a> | Editor <a href="#">Erlangga Putra</a></div>
      <div class="read__time">Kompas.com - 18/02/2026, 14:35 WIB</div>
    </div>
    <div class="read__social">
      <a class="social--fb" href="https://www.facebook.com/sharer/sharer.php?u=@@URL@@">Bagikan artikel ini melalui facebook</a>
      <a class="social--tw" href="https://twitter.com/intent/tweet?url=@@URL@@">Bagikan artikel ini melalui twitter</a>
      <a class="social--wa" href="whatsapp://send?text=@@URL@@">Bagikan artikel ini melalui whatsapp</a>
    </div>
    <div class="photo">
      <figure class="photo__wrap">
        <img src="https://asset.kompas.com/crops/bi-rdg-februari-2026/0x0:1000x667/750x500/data/photo/2026/02/18/rdg-bi.jpg" alt="Ilustrasi gedung Bank Indonesia">
        <figcaption class="photo__caption">Ilustrasi gedung Bank Indonesia di Jalan MH Thamrin, Jakarta Pusat. <span class="photo__author">(KOMPAS.com/TEGUH WICAKSONO)</span></figcaption>
      </figure>
    </div>
    <div class="read__content">
      <div class="clearfix">
@@BODY@@
      </div>
      <div class="read__paging clearfix">
        <div class="paging paging--page">
          <span class="paging__title">Halaman</span>
          <a class="paging__link paging__link--active" href="@@URL@@">1</a>
          <a class="paging__link" href="@@URL@@?page=2">2</a>
          <a class="paging__link" href="@@URL@@?page=3">3</a>
          <a class="paging__link paging__link--next" rel="next" href="@@URL@@?page=2">Selanjutnya</a>
        </div>
        <a class="paging__all" href="@@URL@@?page=all">Tampilkan Semua</a>
      </div>
    </div>
    <div class="kompasidParagraph">
      <p>Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita Kompas.com WhatsApp Channel : <a href="https://www.whatsapp.com/channel/0029VaWartaContohKompas">https://www.whatsapp.com/channel/0029VaWartaContohKompas</a>. Pastikan kamu sudah install aplikasi WhatsApp ya.</p>
    </div>
    <div class="tag">
      <h3 class="tag__title">Tag</h3>
@@TAGS@@
    </div>
    <div class="related">
      <h3 class="title">Berita Terkait</h3>
@@RELATED@@
    </div>
    <div class="comment">
      <h3 class="title">Komentar</h3>
      <p class="comment__note">Tulis komentar Anda di sini. Komentar yang mengandung SARA tidak akan ditampilkan.</p>
      <form class="comment__form"><textarea placeholder="Tulis komentar"></textarea><button type="submit">Kirim</button></form>
    </div>
  </div>
  <div class="col-bs12-4">
    <div class="most">
      <h3 class="title">Terpopuler</h3>
@@POPULAR@@
    </div>
    <div class="newsletter">
      <h3>Newsletter Kompas.com</h3>
      <p>Dapatkan ringkasan berita ekonomi setiap pagi langsung di surel Anda.</p>
      <form><input type="email" placeholder="Alamat email"><button>Daftarkan</button></form>
    </div>
  </div>
</div>
<footer class="footer">
  <div class="container">
    <ul class="footer__menu">
      <li><a href="https://www.kompas.com/about">Tentang Kami</a></li>
      <li><a href="https://www.kompas.com/pedomanmediasiber">Pedoman Media Siber</a></li>
      <li><a href="https://www.kompas.com/privacy-policy">Kebijakan Data Pribadi</a></li>
      <li><a href="https://www.kompas.com/career">Karier</a></li>
    </ul>
    <p class="footer__copyright">Copyright 2008 - 2026 PT. Kompas Cyber Media (Kompas Gramedia Digital Group). All Rights Reserved. &copy; 2026 Kompas.com. Hak cipta dilindungi undang-undang.</p>
  </div>
</footer>
<script>
  (function(){var s=document.createElement('script');s.src='https://asset.kompas.com/data/2026/wp/js/read.min.js';s.async=true;document.body.appendChild(s);})();
</script>
</body>
</html>
'''

NAV = ul([('News', 'https://www.kompas.com/news'), ('Nasional', 'https://nasional.kompas.com/'),
          ('Regional', 'https://regional.kompas.com/'), ('Money', 'https://money.kompas.com/'),
          ('Tekno', 'https://tekno.kompas.com/'), ('Bola', 'https://bola.kompas.com/'),
          ('Otomotif', 'https://otomotif.kompas.com/'), ('Lestari', 'https://lestari.kompas.com/')], 'nav__wrap', 'nav__item')
RELATED = [
    ('Obligasi Negara Dilepas Asing Rp 9 Triliun dalam Sepekan', 'https://money.kompas.com/read/2026/02/13/170100226/obligasi-negara-dilepas-asing-rp-9-triliun-dalam-sepekan'),
    ('Cadangan Devisa Akhir Januari 2026 Turun Jadi 148,9 Miliar Dollar AS', 'https://money.kompas.com/read/2026/02/06/103000426/cadangan-devisa-akhir-januari-2026-turun'),
    ('Bunga Deposito Bank Besar Mulai Turun, Ini Daftarnya', 'https://money.kompas.com/read/2026/02/17/080000326/bunga-deposito-bank-besar-mulai-turun'),
]
POPULAR = [
    ('Jadwal Pencairan Gaji Ke-13 PNS 2026, Cek Besarannya', 'https://money.kompas.com/read/2026/02/18/060000526/jadwal-pencairan-gaji-ke-13-pns-2026'),
    ('Harga Emas Antam Hari Ini Turun Rp 12.000 per Gram', 'https://money.kompas.com/read/2026/02/18/083000426/harga-emas-antam-hari-ini'),
    ('Cara Cek Penerima Bansos PKH Tahap I 2026 Lewat HP', 'https://money.kompas.com/read/2026/02/17/150000826/cara-cek-penerima-bansos-pkh-tahap-i-2026'),
]

page = fill(TPL, HEAD=esc(HEAD), URL=URL, JSONLD=ld(jsonld), NAV=NAV, BODY=render(items, R),
            TAGS=ul([(t, 'https://www.kompas.com/tag/' + t.lower().replace(' ', '-')) for t in TAGS], 'tag__article__wrap', 'tag__article__item'),
            RELATED=ul(RELATED, 'related__list'), POPULAR=ul(POPULAR, 'most__list'))

save('01-kompas-bi-rate-tetap-rupiah', page, {
    'url': URL, 'headline': HEAD, 'published': '2026-02-18T14:35+07:00', 'authors': AUTH,
    'section': 'Ekonomi', 'tags': TAGS, 'outlet': 'kompas.com', 'next_page': URL + '?page=2',
    'body': body_text(items),
    'not_body': [
        'Rupiah Dibuka Melemah ke Rp 16.900, Investor Tunggu Keputusan BI',
        'Ilustrasi gedung Bank Indonesia di Jalan MH Thamrin, Jakarta Pusat.',
        '(KOMPAS.com/TEGUH WICAKSONO)',
        'ADVERTISEMENT',
        'Obligasi Negara Dilepas Asing Rp 9 Triliun dalam Sepekan',
        'Harga Emas Antam Hari Ini Turun Rp 12.000 per Gram',
        'Simak breaking news dan berita pilihan kami langsung di ponselmu.',
        'Tulis komentar Anda di sini.',
        'Hak cipta dilindungi undang-undang.',
    ],
})
