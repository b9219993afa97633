from common import *

# 06 CNN Indonesia - JSON-LD with datePublished in UTC "Z"; saved gzip-compressed
URL = 'https://www.cnnindonesia.com/nasional/20260316064512-20-1338921/bmkg-peringatkan-cuaca-ekstrem-di-18-provinsi-jelang-lebaran'
HEAD = 'BMKG Peringatkan Cuaca Ekstrem di 18 Provinsi Jelang Lebaran'
TAGS = ['bmkg', 'cuaca ekstrem', 'mudik lebaran 2026', 'gelombang tinggi']
CODE = '(tia/dmi)'

items = [
    ('p', '<strong>Jakarta, CNN Indonesia</strong> -- Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) memperingatkan potensi cuaca ekstrem di 18 provinsi hingga Minggu (22/3). Masyarakat diminta mewaspadai hujan lebat disertai petir dan angin kencang, terutama pada sore hingga malam hari.'),
    ('p', 'Deputi Bidang Meteorologi BMKG Wahyu Santoso mengatakan peningkatan curah hujan dipicu aktifnya gelombang atmosfer <i>Madden-Julian Oscillation</i> (MJO) di wilayah Indonesia bagian barat dan tengah. Kondisi itu diperkuat oleh suhu muka laut yang lebih hangat dari normal.'),
    ('p', '"Dalam sepekan ke depan, pertumbuhan awan hujan akan sangat aktif. Kami minta masyarakat, khususnya yang akan mudik, memantau informasi cuaca sebelum berangkat," kata Wahyu dalam keterangan tertulis, Senin (16/3).'),
    ('ad',),
    ('p', 'Provinsi yang berpotensi mengalami hujan lebat antara lain Sumatera Barat, Jambi, Bengkulu, Lampung, Banten, Jawa Barat, Jawa Tengah, Jawa Timur, Kalimantan Barat, Kalimantan Tengah, Sulawesi Selatan, dan Papua Selatan.'),
    ('p', 'Selain hujan lebat, BMKG juga memprakirakan gelombang setinggi 2,5 hingga 4 meter di perairan selatan Jawa, Selat Sunda bagian selatan, dan Laut Banda. Kondisi ini berisiko bagi kapal penyeberangan dan perahu nelayan.'),
    ('video', 'Video: Detik-detik Angin Puting Beliung Terjang Permukiman di Sidoarjo'),
    ('p', 'BMKG mengimbau operator pelabuhan penyeberangan berkoordinasi dengan stasiun meteorologi setempat. Informasi prakiraan cuaca per jam dapat diakses melalui aplikasi dan situs resmi BMKG.'),
    ('p', 'Sementara itu, Badan Nasional Penanggulangan Bencana (BNPB) mencatat sedikitnya 41 kejadian banjir dan tanah longsor sepanjang pekan kedua Maret 2026. Sebagian besar kejadian terjadi di Pulau Jawa.'),
    ('code', CODE),
]

R = {
    'p': lambda h: f'<p>{h}</p>',
    'ad': lambda: '<div class="paradetail">\n<div class="text-center text-cnn_grey text-xs">ADVERTISEMENT</div>\n<div id="div-gpt-ad-parallax-detail" class="h-[250px]"></div>\n<div class="text-center text-cnn_grey text-xs">SCROLL TO CONTINUE WITH CONTENT</div>\n</div>',
    'video': lambda t: f'<div class="video-embed my-4">\n<iframe src="https://www.cnnindonesia.com/embed/video/260316053" width="100%" height="360" frameborder="0" allowfullscreen></iframe>\n<p class="text-xs">{esc(t)}</p>\n</div>',
    'code': lambda c: f'<p><strong>{c}</strong></p>',
}

article = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "mainEntityOfPage": {"@type": "WebPage", "@id": URL},
    "url": URL,
    "headline": HEAD,
    "image": ["https://akcdn.detik.net.id/visual/2026/03/16/awan-mendung-jakarta_169.jpeg?w=650"],
    "datePublished": "2026-03-15T23:45:00Z",
    "dateModified": "2026-03-16T00:12:30Z",
    "author": {"@type": "Person", "name": "Tiara Maharani", "url": "https://www.cnnindonesia.com/author/tiara-maharani"},
    "publisher": {"@type": "Organization", "name": "CNN Indonesia", "logo": {"@type": "ImageObject", "url": "https://cdn.cnnindonesia.com/cnnid/images/logo_cnn_fav.png"}},
    "articleSection": "Nasional",
    "keywords": ["bmkg", "cuaca ekstrem", "mudik lebaran 2026", "gelombang tinggi"],
    "description": "BMKG memperingatkan potensi cuaca ekstrem di 18 provinsi hingga Minggu (22/3).",
}

TPL = r'''
<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>@@HEAD@@ - CNN Indonesia</title>
<meta name="description" content="BMKG memperingatkan potensi cuaca ekstrem di 18 provinsi hingga Minggu (22/3).">
<link rel="canonical" href="@@URL@@">
<link rel="stylesheet" href="https://cdn.cnnindonesia.com/cnnid/v3/css/app.css?v=2.7.14">
@@LD@@
<script>
  var cnnKanal = "nasional", cnnSubkanal = "20", cnnDetailType = "artikel";
  window.dataLayer = window.dataLayer || [];
  if (typeof Object.assign !== 'function') { document.write('<script src="https://cdn.cnnindonesia.com/cnnid/js/polyfill.js"><\/script>'); }
</script>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
</head>
<body class="bg-white">
<header class="sticky top-0 z-50">
  <div class="container mx-auto flex justify-between items-center h-[60px]">
    <a href="https://www.cnnindonesia.com/"><img src="https://cdn.cnnindonesia.com/cnnid/images/logo_cnn.svg" alt="CNN Indonesia" width="186"></a>
    <a href="https://www.cnnindonesia.com/tv" class="live">CNN Indonesia TV</a>
  </div>
  <nav class="bg-cnn_red">
@@NAV@@
  </nav>
</header>
<div class="container mx-auto flex gap-8 mt-6">
  <div class="min-w-0 grow">
    <div class="mb-4 text-sm text-cnn_red"><a href="https://www.cnnindonesia.com/">Home</a> &gt; <a href="https://www.cnnindonesia.com/nasional">Nasional</a></div>
    <h1 class="mb-2 text-[28px] leading-9 text-cnn_black">@@HEAD@@</h1>
    <div class="text-cnn_grey text-sm mb-4"><span class="text-cnn_red">Tiara Maharani</span> | CNN Indonesia</div>
    <div class="text-cnn_grey text-sm mb-4">Senin, 16 Mar 2026 06:45 WIB</div>
    <div class="flex gap-2 mb-4 share-box">Bagikan: <a href="#">facebook</a> <a href="#">twitter</a> <a href="#">whatsapp</a> <a href="#">link</a></div>
    <div class="detail-image my-5">
      <figure>
        <img src="https://akcdn.detik.net.id/visual/2026/03/16/awan-mendung-jakarta_169.jpeg?w=650&amp;q=90" alt="Awan mendung di Jakarta">
        <figcaption class="text-xs text-cnn_grey mt-2">Awan mendung menggelayut di langit Jakarta Pusat, Minggu (15/3). (CNN Indonesia/Adi Nugroho Putra)</figcaption>
      </figure>
    </div>
    <div class="detail-wrap flex gap-4 relative">
      <div class="detail-text text-cnn_black text-sm grow min-w-0">
@@BODY@@
      </div>
    </div>
    <div class="flex flex-wrap gap-3 my-5 tags">
@@TAGS@@
    </div>
    <div class="comments my-8"><h3 class="text-cnn_red">Komentar</h3><div class="fb-comments" data-href="@@URL@@">Tulis komentar Anda melalui akun Facebook.</div></div>
    <div class="related my-8"><h2 class="text-xl">Berita Terkait</h2>
@@RELATED@@
    </div>
  </div>
  <aside class="w-[300px] shrink-0">
    <div class="terpopuler"><h2 class="text-cnn_red">Terpopuler</h2>
@@POPULAR@@
    </div>
  </aside>
</div>
<footer class="bg-cnn_black text-white mt-10">
  <div class="container mx-auto py-6">
    <a href="https://www.cnnindonesia.com/redaksi">Redaksi</a> | <a href="https://www.cnnindonesia.com/pedoman-media-siber">Pedoman Media Siber</a> | <a href="https://www.cnnindonesia.com/karir">Karir</a>
    <p>&copy; 2026 CNN Indonesia, a Trans Media company. Hak cipta dilindungi undang-undang.</p>
  </div>
</footer>
</body>
</html>
'''

NAV = ul([('Beranda', 'https://www.cnnindonesia.com/'), ('Nasional', 'https://www.cnnindonesia.com/nasional'),
          ('Internasional', 'https://www.cnnindonesia.com/internasional'), ('Ekonomi', 'https://www.cnnindonesia.com/ekonomi'),
          ('Olahraga', 'https://www.cnnindonesia.com/olahraga'), ('Teknologi', 'https://www.cnnindonesia.com/teknologi'),
          ('Hiburan', 'https://www.cnnindonesia.com/hiburan'), ('Gaya Hidup', 'https://www.cnnindonesia.com/gaya-hidup')], 'flex gap-5')
RELATED = [
    ('Banjir Rendam Ratusan Rumah di Pekalongan, Warga Mengungsi ke Masjid', 'https://www.cnnindonesia.com/nasional/20260315191020-20-1338800/banjir-rendam-ratusan-rumah-di-pekalongan'),
    ('Kemenhub Siapkan Skema Buka Tutup Pelabuhan Merak Saat Cuaca Buruk', 'https://www.cnnindonesia.com/ekonomi/20260314120311-92-1338512/kemenhub-siapkan-skema-buka-tutup'),
]
POPULAR = [
    ('Jadwal Sidang Isbat Penetapan 1 Syawal 1447 H', 'https://www.cnnindonesia.com/nasional/20260316050000-20-1338900/jadwal-sidang-isbat'),
    ('Arus Mudik di Tol Cikampek Mulai Padat Pagi Ini', 'https://www.cnnindonesia.com/nasional/20260316060010-20-1338915/arus-mudik-di-tol-cikampek'),
]

page = fill(TPL, HEAD=esc(HEAD), URL=URL, LD=ld(article), NAV=NAV, BODY=render(items, R),
            TAGS='\n'.join(f'      <a href="https://www.cnnindonesia.com/tag/{t.replace(" ", "-")}" class="tag">{esc(t)}</a>' for t in TAGS),
            RELATED=ul(RELATED), POPULAR=ul(POPULAR))

save('06-cnnindonesia-bmkg-cuaca-ekstrem-18-provinsi', page, {
    'url': URL, 'headline': HEAD, 'published': '2026-03-16T06:45+07:00', 'authors': ['Tiara Maharani'],
    'section': 'Nasional', 'tags': TAGS, 'outlet': 'cnnindonesia.com', 'next_page': None,
    'body': body_text(items),
    'not_body': [
        'Awan mendung menggelayut di langit Jakarta Pusat, Minggu (15/3).',
        '(CNN Indonesia/Adi Nugroho Putra)',
        'SCROLL TO CONTINUE WITH CONTENT',
        'Video: Detik-detik Angin Puting Beliung Terjang Permukiman di Sidoarjo',
        CODE,
        'Banjir Rendam Ratusan Rumah di Pekalongan, Warga Mengungsi ke Masjid',
        'Jadwal Sidang Isbat Penetapan 1 Syawal 1447 H',
        'Tulis komentar Anda melalui akun Facebook.',
    ],
}, gz=True)
