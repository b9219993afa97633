from common import *

# 19 Berita Harian (Malaysia) - no metadata; "Oleh X - 12 Mac 2026 @ 3:05pm"; saved gzip-compressed
URL = 'https://www.bharian.com.my/berita/nasional/2026/03/1281234/harga-ayam-dijangka-stabil-menjelang-aidilfitri-kpdn'
HEAD = 'Harga ayam dijangka stabil menjelang Aidilfitri - KPDN'
TAGS = ['KPDN', 'Harga Ayam', 'Aidilfitri', 'SHMMP']

items = [
    ('p', 'KUALA LUMPUR: Harga ayam di pasar raya dan pasar basah di seluruh negara dijangka kekal stabil menjelang Aidilfitri, berikutan bekalan yang mencukupi daripada pengeluar tempatan.'),
    ('p', 'Timbalan Ketua Setiausaha (Perdagangan Dalam Negeri) Kementerian Perdagangan Dalam Negeri dan Kos Sara Hidup (KPDN), Datuk Roslan Mat Zain, berkata pemantauan sejak awal Ramadan mendapati harga ayam standard berada antara RM9.20 hingga RM10.50 sekilogram.'),
    ('p', '"Setakat ini kita tidak menerima sebarang laporan kekurangan bekalan yang serius. Pengeluar juga memberi jaminan pengeluaran ditingkatkan kira-kira 15 peratus bagi menampung permintaan musim perayaan," katanya dalam kenyataan, hari ini.'),
    ('baca', 'Permintaan daging lembu import meningkat 30 peratus sempena Ramadan', 'https://www.bharian.com.my/berita/nasional/2026/03/1279870/permintaan-daging-lembu-import-meningkat'),
    ('p', 'Beliau berkata, KPDN akan melaksanakan Skim Harga Maksimum Musim Perayaan (SHMMP) Aidilfitri bermula 16 Mac hingga 29 Mac ini, membabitkan 14 barangan keperluan termasuk ayam, daging lembu import, bawang dan cili merah.'),
    ('p', 'Menurutnya, seramai 2,200 pegawai penguat kuasa akan digerakkan ke seluruh negara bagi memastikan peniaga mematuhi harga yang ditetapkan.'),
    ('ad',),
    ('p', '"Peniaga yang gagal mematuhi harga maksimum boleh dikompaun sehingga RM50,000 bagi individu dan RM100,000 bagi syarikat," katanya.'),
    ('p', 'Sementara itu, tinjauan BH di beberapa pasar raya sekitar Lembah Klang mendapati ayam segar dijual antara RM9.50 hingga RM10.90 sekilogram, manakala telur gred A dijual sekitar RM0.48 sebiji.'),
    ('p', 'Seorang pengguna, Norhayati Ismail, 45, berkata harga ayam tahun ini lebih stabil berbanding musim perayaan tahun lalu.'),
    ('p', '"Tahun lepas harga naik hampir RM2 sekilogram seminggu sebelum raya. Tahun ini setakat ini masih sama," katanya.'),
]

R = {
    'p': lambda h: f'<p>{h}</p>',
    'baca': lambda t, u: f'<p><strong>BACA: <a href="{esc(u)}">{esc(t)}</a></strong></p>',
    'ad': lambda: '<div class="ads ads-inarticle"><div class="ads-label">Advertisement</div><div id="dfp-ad-bh_inarticle_1"></div></div>',
}

TPL = r'''
<!DOCTYPE html>
<html lang="ms" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>@@HEAD@@ | Berita Harian</title>
<link rel="stylesheet" media="all" href="https://assets.bharian.com.my/themes/bh/css/style.css?t0a1b2">
<script>
  window.drupalSettings = {"path":{"baseUrl":"\/","currentLanguage":"ms"},"nstp":{"site":"bh"}};
  var nstpAds = {slot: ["leaderboard", "inarticle_1", "mrec_1"]};
</script>
<script src="https://assets.bharian.com.my/core/assets/vendor/jquery/jquery.min.js"></script>
</head>
<body class="path-node page-node-type-article">
<header class="site-header">
  <div class="container"><a href="https://www.bharian.com.my/" class="site-logo"><img src="https://assets.bharian.com.my/themes/bh/images/logo-bh.png" alt="Berita Harian"></a>
    <span class="today">Khamis, 12 Mac 2026</span> <a href="https://www.bharian.com.my/user/login">Log Masuk</a></div>
  <nav class="main-menu">
@@NAV@@
  </nav>
</header>
<main class="container">
  <div class="row">
    <div class="col-lg-8">
      <ol class="breadcrumb"><li><a href="https://www.bharian.com.my/">Utama</a></li><li><a href="https://www.bharian.com.my/berita">Berita</a></li><li><a href="https://www.bharian.com.my/berita/nasional">Nasional</a></li></ol>
      <h1 class="page-title">@@HEAD@@</h1>
      <div class="article-meta">
        <div class="article-byline">Oleh <a href="https://www.bharian.com.my/author/siti-aisyah-kamarudin">Siti Aisyah Kamarudin</a> - 12 Mac 2026 @ 3:05pm</div>
      </div>
      <div class="share-buttons">Kongsi <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">Telegram</a></div>
      <figure class="main-image">
        <img src="https://assets.bharian.com.my/images/articles/ayam_pasar_1741760000.jpg" alt="Ayam di pasar">
        <figcaption>Peniaga menyusun ayam segar di Pasar Borong Selayang, Kuala Lumpur. - Foto NSTP/Azrul Hisham</figcaption>
      </figure>
      <div class="article-content dropcap">
@@BODY@@
      </div>
      <div class="article-tags"><span>Tag:</span>
@@TAGS@@
      </div>
      <div class="related-articles"><h3>Artikel Berkaitan</h3>
@@RELATED@@
      </div>
      <div class="comments"><h3>Komen</h3><p>Komen anda di sini. Anda bertanggungjawab sepenuhnya terhadap komen yang dihantar.</p></div>
    </div>
    <aside class="col-lg-4">
      <div class="popular"><h3>Paling Popular</h3>
@@POPULAR@@
      </div>
      <div class="newsletter"><h3>Langgan Buletin BH</h3><p>Dapatkan berita terkini terus ke e-mel anda setiap pagi.</p><input type="email"><button>Langgan</button></div>
    </aside>
  </div>
</main>
<footer class="site-footer">
  <div class="container">
    <a href="https://www.bharian.com.my/mengenai-kami">Mengenai Kami</a> | <a href="https://www.bharian.com.my/hubungi-kami">Hubungi Kami</a> | <a href="https://www.bharian.com.my/privasi">Dasar Privasi</a>
    <p>&copy; 2026 Berita Harian. Hak cipta terpelihara. The New Straits Times Press (M) Berhad.</p>
  </div>
</footer>
</body>
</html>
'''

NAV = ul([('Utama', 'https://www.bharian.com.my/'), ('Berita', 'https://www.bharian.com.my/berita'), ('Bisnes', 'https://www.bharian.com.my/bisnes'),
          ('Sukan', 'https://www.bharian.com.my/sukan'), ('Dunia', 'https://www.bharian.com.my/dunia'), ('Hiburan', 'https://www.bharian.com.my/hiburan'),
          ('Rencana', 'https://www.bharian.com.my/rencana'), ('Wanita', 'https://www.bharian.com.my/wanita')], 'menu')
RELATED = [
    ('Bekalan telur mencukupi sepanjang musim perayaan, jamin pengeluar', 'https://www.bharian.com.my/berita/nasional/2026/03/1280012/bekalan-telur-mencukupi'),
    ('KPDN sita 1.2 tan ayam tidak berlabel di Johor Bahru', 'https://www.bharian.com.my/berita/kes/2026/03/1278801/kpdn-sita-ayam-tidak-berlabel'),
]
POPULAR = [
    ('Lebuh raya dijangka sesak bermula 18 Mac - PLUS', 'https://www.bharian.com.my/berita/nasional/2026/03/1281100/lebuh-raya-dijangka-sesak'),
    ('Bazar Ramadan Kampung Baru tarik 40,000 pengunjung sehari', 'https://www.bharian.com.my/berita/wilayah/2026/03/1280950/bazar-ramadan-kampung-baru'),
]

page = fill(TPL, HEAD=esc(HEAD), NAV=NAV, BODY=render(items, R),
            TAGS='\n'.join(f'        <a href="https://www.bharian.com.my/tags/{t.lower().replace(" ", "-")}">{esc(t)}</a>' for t in TAGS),
            RELATED=ul(RELATED), POPULAR=ul(POPULAR))

save('19-beritaharian-harga-ayam-stabil-aidilfitri', page, {
    'url': URL, 'headline': HEAD, 'published': '2026-03-12T15:05+08:00', 'authors': ['Siti Aisyah Kamarudin'],
    'section': 'Nasional', 'tags': TAGS, 'outlet': 'bharian.com.my', 'next_page': None,
    'body': body_text(items),
    'not_body': [
        'Peniaga menyusun ayam segar di Pasar Borong Selayang, Kuala Lumpur. - Foto NSTP/Azrul Hisham',
        'BACA: Permintaan daging lembu import meningkat 30 peratus sempena Ramadan',
        'Bekalan telur mencukupi sepanjang musim perayaan, jamin pengeluar',
        'Lebuh raya dijangka sesak bermula 18 Mac - PLUS',
        'Komen anda di sini.',
        'Dapatkan berita terkini terus ke e-mel anda setiap pagi.',
        '© 2026 Berita Harian. Hak cipta terpelihara.',
    ],
}, gz=True)
