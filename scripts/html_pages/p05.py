from common import *

# 05 Tempo - OpenGraph/meta only; og:title shorter than the h1; time written 19.05
URL = 'https://www.tempo.co/hukum/kpk-periksa-tiga-pejabat-dinas-pupr-tanggamus-dalam-kasus-suap-proyek-irigasi-1903344'
HEAD = 'KPK Periksa Tiga Pejabat Dinas PUPR Tanggamus dalam Kasus Suap Proyek Irigasi'
OG = 'KPK Periksa Tiga Pejabat PUPR di Kasus Suap Irigasi'
TAGS = ['KPK', 'Korupsi', 'Suap Proyek', 'Tanggamus', 'Irigasi']

items = [
    ('p', '<strong>TEMPO.CO, Jakarta</strong> - Komisi Pemberantasan Korupsi (KPK) memeriksa tiga pejabat Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) Kabupaten Tanggamus, Lampung, pada Rabu, 4 Maret 2026. Ketiganya diperiksa sebagai saksi dalam perkara dugaan suap proyek rehabilitasi jaringan irigasi tahun anggaran 2024 dan 2025.'),
    ('p', 'Juru bicara KPK, Arif Setiadi, mengatakan pemeriksaan dilakukan di Gedung Merah Putih KPK, Jakarta Selatan. &ldquo;Penyidik mendalami proses lelang dan dugaan adanya setoran dari rekanan kepada pejabat dinas,&rdquo; kata Arif kepada wartawan.'),
    ('ad',),
    ('p', 'Perkara ini bermula dari operasi tangkap tangan pada Januari lalu. Saat itu, KPK menetapkan dua tersangka, yakni seorang kepala bidang sumber daya air berinisial HS dan Direktur PT Karya Tirta Mandiri berinisial RW. Penyidik menyita uang tunai Rp 850 juta yang diduga merupakan bagian dari komitmen <em>fee</em>.'),
    ('p', 'Menurut Arif, nilai proyek yang diduga diatur mencapai Rp 42 miliar dan tersebar dalam 11 paket pekerjaan. KPK menduga ada kesepakatan pemberian <em>fee</em> sebesar 10 persen dari nilai kontrak kepada pihak tertentu di dinas tersebut.'),
    ('baca', 'KPK Tahan Kepala Bidang PUPR Tanggamus Usai Operasi Tangkap Tangan', 'https://www.tempo.co/hukum/kpk-tahan-kepala-bidang-pupr-tanggamus-1871120'),
    ('p', 'Selain tiga pejabat dinas, penyidik juga memanggil dua pegawai swasta dari perusahaan rekanan. Namun satu di antaranya tidak hadir dan meminta pemeriksaannya dijadwalkan ulang pekan depan.'),
    ('p', 'Indonesia Corruption Watch (ICW) mendorong KPK menelusuri aliran dana hingga ke pejabat yang lebih tinggi. Peneliti ICW, Nadia Pranoto, menilai pola suap proyek infrastruktur daerah kerap melibatkan lebih dari satu level birokrasi.'),
    ('p', '&ldquo;Jangan berhenti di kepala bidang. Proyek sebesar itu hampir mustahil diatur oleh satu orang saja,&rdquo; ujar Nadia.'),
    ('pilihan', 'Hakim Vonis Eks Kepala Dinas di Jambi 6 Tahun Penjara', 'https://www.tempo.co/hukum/hakim-vonis-eks-kepala-dinas-di-jambi-1902871'),
]

R = {
    'p': lambda h: f'<p>{h}</p>',
    'baca': lambda t, u: f'<p><strong>Baca juga:</strong> <a href="{esc(u)}">{esc(t)}</a></p>',
    'pilihan': lambda t, u: f'<p><strong>Pilihan Editor:</strong> <a href="{esc(u)}">{esc(t)}</a></p>',
    'ad': lambda: '<div class="ads-in-article" data-ad="inarticle-1"><p class="ads-label">Advertisement</p><div id="div-gpt-ad-tempo-inarticle"></div></div>',
}

TPL = r'''
<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>@@HEAD@@ | tempo.co</title>
<meta name="description" content="KPK memeriksa tiga pejabat Dinas PUPR Tanggamus sebagai saksi kasus suap proyek irigasi.">
<meta name="author" content="Sekar Wulandari">
<meta name="keywords" content="@@KEYWORDS@@">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Tempo">
<meta property="og:title" content="@@OG@@">
<meta property="og:url" content="@@URL@@">
<meta property="og:image" content="https://statik.tempo.co/data/2026/03/04/id_1402281/1402281_720.jpg">
<meta property="article:published_time" content="2026-03-04T19:05:00+07:00">
<meta property="article:modified_time" content="2026-03-04T21:18:09+07:00">
<meta property="article:section" content="Hukum">
@@ARTTAGS@@
<link rel="canonical" href="@@URL@@">
<link rel="preload" as="font" href="https://www.tempo.co/fonts/Lora-Regular.woff2" crossorigin>
<link rel="stylesheet" href="https://www.tempo.co/_next/static/css/a81c9e2f0b.css">
<script>
  self.__next_f = self.__next_f || []; self.__next_f.push([0]);
  window.tempoPaywall = { free: true, meter: 0 };
</script>
<script src="https://www.tempo.co/_next/static/chunks/webpack-3f9b1c.js" async></script>
</head>
<body class="font-sans antialiased">
<header class="border-b">
  <div class="container mx-auto flex items-center justify-between">
    <a href="https://www.tempo.co/" class="logo"><img src="https://www.tempo.co/img/logo-tempo.svg" alt="Tempo"></a>
    <div class="flex gap-2"><a href="https://www.tempo.co/langganan" class="btn-subscribe">Berlangganan</a><a href="https://www.tempo.co/login">Masuk</a></div>
  </div>
  <nav class="main-nav">
@@NAV@@
  </nav>
</header>
<main class="container mx-auto">
  <div class="flex flex-col lg:flex-row gap-8">
    <article class="lg:w-2/3">
      <nav aria-label="breadcrumb" class="text-sm"><a href="https://www.tempo.co/">Beranda</a> / <a href="https://www.tempo.co/hukum">Hukum</a></nav>
      <h1 class="font-serif text-3xl font-bold">@@HEAD@@</h1>
      <p class="text-neutral-1200 text-sm">Pemeriksaan berlangsung di Gedung Merah Putih KPK.</p>
      <div class="flex flex-col gap-1 py-4">
        <div class="author"><a href="https://www.tempo.co/penulis/sekar-wulandari">Sekar Wulandari</a></div>
        <div class="text-neutral-1100 text-xs">Editor <a href="#">Laila Nurhasanah</a></div>
        <p class="text-neutral-900 text-xs">Rabu, 4 Maret 2026 | 19.05 WIB</p>
      </div>
      <figure class="my-4">
        <img src="https://statik.tempo.co/data/2026/03/04/id_1402281/1402281_720.jpg" alt="Gedung Merah Putih KPK" loading="lazy">
        <figcaption class="text-xs text-neutral-1000">Gedung Merah Putih Komisi Pemberantasan Korupsi (KPK) di Jakarta. TEMPO/Bagas Satrio</figcaption>
      </figure>
      <div class="share-bar">Bagikan <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">Salin tautan</a></div>
      <div id="content-wrapper" class="detail-konten font-serif text-lg leading-relaxed">
@@BODY@@
      </div>
      <div class="tags my-6"><span class="font-bold">Kata Kunci:</span>
@@TAGS@@
      </div>
      <div class="newsletter-box border p-4">
        <h3>Newsletter Tempo</h3>
        <p>Dapatkan kurasi berita dan analisis pilihan redaksi Tempo di surel Anda setiap pagi.</p>
        <form><input type="email" placeholder="Alamat surel"><button>Daftar</button></form>
      </div>
      <section class="comments"><h3>Komentar</h3><p>Login untuk menulis komentar.</p><textarea placeholder="Tulis komentar"></textarea></section>
    </article>
    <aside class="lg:w-1/3">
      <div class="terpopuler"><h2>Terpopuler</h2>
@@POPULAR@@
      </div>
      <div class="artikel-terkait"><h2>Artikel Terkait</h2>
@@RELATED@@
      </div>
    </aside>
  </div>
</main>
<footer class="bg-neutral-1400 text-white">
  <div class="container mx-auto">
    <ul class="footer-links"><li><a href="https://www.tempo.co/tentang-kami">Tentang Kami</a></li><li><a href="https://www.tempo.co/pedoman-media-siber">Pedoman Media Siber</a></li><li><a href="https://www.tempo.co/kode-etik">Kode Etik</a></li></ul>
    <p>&copy; 2026 Tempo. Hak cipta dilindungi undang-undang.</p>
  </div>
</footer>
</body>
</html>
'''

NAV = ul([('Beranda', 'https://www.tempo.co/'), ('Politik', 'https://www.tempo.co/politik'),
          ('Hukum', 'https://www.tempo.co/hukum'), ('Ekonomi', 'https://www.tempo.co/ekonomi'),
          ('Lingkungan', 'https://www.tempo.co/lingkungan'), ('Internasional', 'https://www.tempo.co/internasional'),
          ('Sains', 'https://www.tempo.co/sains'), ('Majalah', 'https://majalah.tempo.co/')])
POPULAR = [
    ('Daftar Lokasi Pos Mudik Lebaran 2026 di Tol Trans Jawa', 'https://www.tempo.co/ekonomi/daftar-lokasi-pos-mudik-1903001'),
    ('Polisi Tetapkan Tersangka Kasus Pagar Laut Baru di Banten', 'https://www.tempo.co/hukum/polisi-tetapkan-tersangka-1902998'),
]
RELATED = [
    ('Dua Tersangka Suap Irigasi Tanggamus Segera Disidang', 'https://www.tempo.co/hukum/dua-tersangka-suap-irigasi-1899120'),
    ('ICW Catat 46 Kasus Korupsi Infrastruktur Daerah Sepanjang 2025', 'https://www.tempo.co/hukum/icw-catat-46-kasus-1880034'),
]

page = fill(TPL, HEAD=esc(HEAD), OG=esc(OG), URL=URL, KEYWORDS=', '.join(TAGS),
            ARTTAGS='\n'.join(f'<meta property="article:tag" content="{t}">' for t in TAGS),
            NAV=NAV, BODY=render(items, R),
            TAGS='\n'.join(f'        <a class="tag" href="https://www.tempo.co/tag/{t.lower().replace(" ", "-")}">{esc(t)}</a>' for t in TAGS),
            RELATED=ul(RELATED), POPULAR=ul(POPULAR))

save('05-tempo-kpk-periksa-pejabat-pupr-tanggamus', page, {
    'url': URL, 'headline': HEAD, 'published': '2026-03-04T19:05+07:00', 'authors': ['Sekar Wulandari'],
    'section': 'Hukum', 'tags': TAGS, 'outlet': 'tempo.co', 'next_page': None,
    'body': body_text(items),
    'not_body': [
        'Pemeriksaan berlangsung di Gedung Merah Putih KPK.',
        'Gedung Merah Putih Komisi Pemberantasan Korupsi (KPK) di Jakarta. TEMPO/Bagas Satrio',
        'KPK Tahan Kepala Bidang PUPR Tanggamus Usai Operasi Tangkap Tangan',
        'Pilihan Editor:',
        'Hakim Vonis Eks Kepala Dinas di Jambi 6 Tahun Penjara',
        'Dua Tersangka Suap Irigasi Tanggamus Segera Disidang',
        'Daftar Lokasi Pos Mudik Lebaran 2026 di Tol Trans Jawa',
        'Dapatkan kurasi berita dan analisis pilihan redaksi Tempo di surel Anda setiap pagi.',
    ],
})
