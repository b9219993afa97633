from common import *

# 03 detikFinance - two ld+json blocks (BreadcrumbList first, then NewsArticle)
URL = 'https://finance.detik.com/berita-ekonomi-bisnis/d-8391027/pemerintah-serap-rp-32-triliun-dari-lelang-sun-penawaran-tembus-rp-71-triliun'
HEAD = 'Pemerintah Serap Rp 32 Triliun dari Lelang SUN, Penawaran Tembus Rp 71 Triliun'
D = dt('2026-03-10 15:47')
TAGS = ['lelang sun', 'surat utang negara', 'kemenkeu', 'djppr', 'apbn 2026']

items = [
    ('p', '<strong>Jakarta</strong> - Pemerintah menyerap dana Rp 32 triliun dari lelang tujuh seri Surat Utang Negara (SUN) yang digelar Selasa (10/3/2026). Jumlah itu sesuai dengan target indikatif yang ditetapkan Kementerian Keuangan sebelum lelang dibuka.'),
    ('p', 'Total penawaran yang masuk mencapai Rp 71,4 triliun, naik dibandingkan lelang dua pekan sebelumnya yang sebesar Rp 58,2 triliun. Dengan demikian, rasio penawaran terhadap dana yang dimenangkan atau <i>bid to cover ratio</i> tercatat 2,23 kali.'),
    ('p', '&quot;Minat investor masih solid, terutama untuk tenor 10 tahun dan 20 tahun. Investor asing juga kembali masuk meski porsinya belum besar,&quot; kata Direktur Surat Utang Negara Direktorat Jenderal Pengelolaan Pembiayaan dan Risiko (DJPPR) Kemenkeu, Rudy Saragih, dalam keterangan tertulis.'),
    ('baca', 'Rupiah Ditutup Menguat ke Rp 16.790/US$, Ini Pendorongnya', 'https://finance.detik.com/moneter/d-8390811/rupiah-ditutup-menguat-ke-rp-16790-us-ini-pendorongnya'),
    ('p', 'Seri FR0106 yang jatuh tempo pada 2036 menjadi seri dengan penawaran terbesar, yakni Rp 19,6 triliun. Pemerintah memenangkan Rp 8,5 triliun untuk seri tersebut dengan imbal hasil rata-rata tertimbang 6,41%.'),
    ('ad',),
    ('p', 'Adapun untuk Surat Perbendaharaan Negara (SPN) bertenor tiga bulan, pemerintah menyerap Rp 2 triliun dengan imbal hasil 5,12%. Penawaran dari investor asing dalam lelang ini tercatat Rp 9,8 triliun atau 13,7% dari total penawaran yang masuk.'),
    ('video', 'Kemenkeu Pastikan Pembiayaan APBN 2026 Aman hingga Akhir Tahun'),
    ('p', 'Rudy menambahkan, hingga pekan kedua Maret pemerintah telah menerbitkan surat berharga negara (SBN) senilai Rp 187 triliun atau sekitar 29% dari target penerbitan semester I-2026. Lelang SUN berikutnya dijadwalkan pada 24 Maret 2026, setelah libur Lebaran.'),
]
CODE = '(ara/hns)'

R = {
    'p': lambda h: f'<p>{h}</p>',
    'baca': lambda t, u: f'<table class="linksisip"><tr><td><div class="lihatjg"><strong>Baca juga:</strong> <a href="{esc(u)}" dtr-evt="baca juga" onclick="_pt(this)">{esc(t)}</a></div></td></tr></table>',
    'ad': lambda: '<div class="parallaxindetail scrollpage">\n  <div class="ads-scrollpage-container"><div class="ads-scrollpage-top"><span class="ads-scrollpage-info">ADVERTISEMENT</span></div>\n  <div id="div-gpt-ad-1234567890-parallax" class="ads-scrollpage-height"></div>\n  <div class="ads-scrollpage-bottom"><span class="ads-scrollpage-info">SCROLL TO CONTINUE WITH CONTENT</span></div></div>\n</div>',
    'video': lambda t: f'<div class="sisip_embed_sosmed">\n  <strong>Simak Video &quot;{esc(t)}&quot;</strong>\n  <div class="embed_video"><iframe src="https://20.detik.com/embed/260310089" width="100%" height="360" frameborder="0" allowfullscreen></iframe></div>\n</div>',
}
body_parts = [R[it[0]](*it[1:]) for it in items]
# detik puts the source code after the last paragraph, inside it
body_parts[-1] = body_parts[-1][:-4] + f' <strong>{CODE}</strong></p>'
BODY = '\n'.join(body_parts)

crumbs = {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    "itemListElement": [
        {"@type": "ListItem", "position": 1, "name": "detikFinance", "item": "https://finance.detik.com/"},
        {"@type": "ListItem", "position": 2, "name": "Berita Ekonomi Bisnis", "item": "https://finance.detik.com/berita-ekonomi-bisnis"},
    ],
}
article = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "mainEntityOfPage": {"@type": "WebPage", "@id": URL},
    "headline": HEAD,
    "image": {"@type": "ImageObject", "url": "https://akcdn.detik.net.id/community/media/visual/2026/03/10/gedung-kemenkeu_169.jpeg", "width": 1200, "height": 675},
    "datePublished": "2026-03-10T15:47:12+07:00",
    "dateModified": "2026-03-10T16:05:40+07:00",
    "author": {"@type": "Person", "name": "Anisa Rahmawati"},
    "publisher": {"@type": "Organization", "name": "detikfinance", "logo": {"@type": "ImageObject", "url": "https://cdn.detik.net.id/detikfinance/images/logo.png"}},
    "articleSection": "Berita Ekonomi Bisnis",
    "keywords": ", ".join(TAGS),
    "description": "Pemerintah menyerap Rp 32 triliun dari lelang tujuh seri SUN dengan total penawaran Rp 71,4 triliun.",
}

TPL = r'''
<!DOCTYPE html>
<html lang="id-ID">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>@@HEAD@@ - detikFinance</title>
<meta name="description" content="Pemerintah menyerap Rp 32 triliun dari lelang tujuh seri SUN dengan total penawaran Rp 71,4 triliun.">
<link rel="canonical" href="@@URL@@">
<link rel="shortcut icon" href="https://cdn.detik.net.id/detikfinance/images/favicon.ico">
<link rel="stylesheet" href="https://cdn.detik.net.id/detik2/css/detikfinance.css?v=2026031001">
@@LD1@@
@@LD2@@
<script type="text/javascript">
  var dtmSite = "finance", dtmKanal = "berita-ekonomi-bisnis", dtmKanalId = "4";
  (function(){ try { if (localStorage.getItem('dtk_dark') === '1') document.documentElement.className += ' dark'; } catch(e) {} })();
</script>
<script async src="https://cdn.detik.net.id/libs/sharebox/js/shareBox.js?v=2026031001"></script>
</head>
<body>
<header class="header">
  <div class="container flex-between">
    <a href="https://finance.detik.com/" class="logo"><img src="https://cdn.detik.net.id/detikfinance/images/logo.png" alt="detikfinance"></a>
    <div class="header__search"><form action="https://www.detik.com/search/searchall"><input name="query" placeholder="Cari berita"></form></div>
    <a class="btn btn--login" href="https://connect.detik.com/">Masuk</a>
  </div>
  <nav class="navbar">
@@NAV@@
  </nav>
</header>
<div class="container">
<div class="grid-row content__bg">
<div class="column-8">
<article class="detail" id="detail">
  <div class="page__breadcrumb">
    <a href="https://finance.detik.com/">detikFinance</a>
    <a href="https://finance.detik.com/berita-ekonomi-bisnis">Berita Ekonomi Bisnis</a>
  </div>
  <div class="detail__header">
    <h1 class="detail__title">
      @@HEAD@@
    </h1>
    <div class="detail__author">Anisa Rahmawati - detikFinance</div>
    <div class="detail__date">@@DATE@@</div>
    <div class="detail__share"><div class="sharebox">
      <a class="sharebox__link" href="#" data-share="facebook">Facebook</a>
      <a class="sharebox__link" href="#" data-share="twitter">Twitter</a>
      <a class="sharebox__link" href="#" data-share="whatsapp">Whatsapp</a>
      <a class="sharebox__link" href="#" data-share="copy">Copy Link</a>
      <span class="sharebox__count">0 komentar</span>
    </div></div>
  </div>
  <div class="detail__media">
    <figure class="detail__media-image">
      <img src="https://akcdn.detik.net.id/community/media/visual/2026/03/10/gedung-kemenkeu_169.jpeg?w=700&amp;q=90" alt="Gedung Kementerian Keuangan" title="Gedung Kementerian Keuangan" class="p_img_zoomin img-zoomin">
      <figcaption class="detail__media-caption">Gedung Kementerian Keuangan di Jakarta. Foto: Dok. detikcom/Yoga Hadiwinata</figcaption>
    </figure>
  </div>
  <div class="detail__body itp_bodycontent_wrapper">
    <div class="detail__body-text itp_bodycontent">
@@BODY@@
    </div>
    <div class="detail__body-tag mgt-16">
      <div class="nav">
@@TAGS@@
      </div>
    </div>
  </div>
  <div class="detail__long-nav">
    <div class="sharebox">Bagikan: <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Whatsapp</a></div>
  </div>
  <div class="komentar">
    <h3 class="komentar__title">Komentar</h3>
    <div class="komentar__box">Tulis komentar anda...<button class="btn">Kirim</button></div>
  </div>
</article>
<div class="list-content">
  <h2 class="title">Berita Terkait</h2>
@@RELATED@@
</div>
</div>
<div class="column-4">
  <div class="box cb-mostpop">
    <h2 class="title">Berita Terpopuler</h2>
@@POPULAR@@
  </div>
</div>
</div>
</div>
<footer class="footer">
  <div class="container">
    <div class="footer__menu"><a href="https://www.detik.com/redaksi">Redaksi</a> <a href="https://www.detik.com/pedoman-media">Pedoman Media Siber</a> <a href="https://www.detik.com/karir">Karir</a> <a href="https://www.detik.com/kotak-pos">Kotak Pos</a> <a href="https://www.detik.com/privacy-policy">Info Iklan</a></div>
    <div class="footer__copyright">Copyright @ 2026 detikcom, All Rights Reserved. Hak cipta dilindungi undang-undang.</div>
  </div>
</footer>
<script src="https://cdn.detik.net.id/libs/detik-lazyload/lazyload.min.js"></script>
</body>
</html>
'''

NAV = ul([('Beranda', 'https://finance.detik.com/'), ('Berita', 'https://finance.detik.com/berita-ekonomi-bisnis'),
          ('Moneter', 'https://finance.detik.com/moneter'), ('Energi', 'https://finance.detik.com/energi'),
          ('Industri', 'https://finance.detik.com/industri'), ('Properti', 'https://finance.detik.com/properti'),
          ('Bursa & Valas', 'https://finance.detik.com/bursa-dan-valas'), ('Foto', 'https://finance.detik.com/foto-bisnis')], 'navbar-first')
RELATED = [
    ('Defisit APBN Februari 2026 Capai Rp 98 Triliun, Setoran Pajak Melambat', 'https://finance.detik.com/berita-ekonomi-bisnis/d-8380411/defisit-apbn-februari-2026'),
    ('Cara Beli SBR014 Secara Online, Kupon Mulai 5,9%', 'https://finance.detik.com/moneter/d-8371123/cara-beli-sbr014-secara-online'),
    ('Yield SBN 10 Tahun Turun ke 6,38%, Asing Mulai Borong', 'https://finance.detik.com/bursa-dan-valas/d-8388210/yield-sbn-10-tahun-turun'),
]
POPULAR = [
    ('THR Ojol 2026 Cair Kapan? Ini Penjelasan Kemnaker', 'https://finance.detik.com/berita-ekonomi-bisnis/d-8390100/thr-ojol-2026-cair-kapan'),
    ('Harga Tiket Kereta Lebaran Masih Tersedia, Cek Jadwalnya', 'https://finance.detik.com/infrastruktur/d-8389550/harga-tiket-kereta-lebaran'),
]

tags_html = '\n'.join(f'        <a href="https://www.detik.com/tag/{t.replace(" ", "-")}" class="nav__item">{esc(t)}</a>' for t in TAGS)
date_vis = f'{hari(D)}, {D.day:02d} {BLN[D.month-1]} {D.year} {D:%H:%M} WIB'
page = fill(TPL, HEAD=esc(HEAD), URL=URL, LD1=ld(crumbs), LD2=ld(article), NAV=NAV, DATE=date_vis,
            BODY=BODY, TAGS=tags_html, RELATED=ul(RELATED, 'list-content__item'), POPULAR=ul(POPULAR, 'list-content'))

save('03-detikfinance-lelang-sun-rp32-triliun', page, {
    'url': URL, 'headline': HEAD, 'published': '2026-03-10T15:47+07:00', 'authors': ['Anisa Rahmawati'],
    'section': 'Berita Ekonomi Bisnis', 'tags': TAGS, 'outlet': 'detik.com', 'next_page': None,
    'body': body_text(items),
    'not_body': [
        'Gedung Kementerian Keuangan di Jakarta. Foto: Dok. detikcom/Yoga Hadiwinata',
        'Rupiah Ditutup Menguat ke Rp 16.790/US$, Ini Pendorongnya',
        'SCROLL TO CONTINUE WITH CONTENT',
        'Simak Video "Kemenkeu Pastikan Pembiayaan APBN 2026 Aman hingga Akhir Tahun"',
        CODE,
        'Defisit APBN Februari 2026 Capai Rp 98 Triliun, Setoran Pajak Melambat',
        'THR Ojol 2026 Cair Kapan? Ini Penjelasan Kemnaker',
        'Copyright @ 2026 detikcom, All Rights Reserved.',
    ],
})
