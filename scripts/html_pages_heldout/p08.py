from common import *

def build():
    check_day(2026, 5, 10, "Minggu")
    url = "https://www.kompas.id/artikel/panas-kota-kian-menyengat-jakarta-butuh-lebih-banyak-pohon-peneduh"
    h1 = "Panas Kota Kian Menyengat, Jakarta Butuh Lebih Banyak Pohon Peneduh"
    items = [
        ("p", "JAKARTA, KOMPAS &mdash; Suhu permukaan di sejumlah kawasan padat Jakarta pada siang hari dapat mencapai 8 derajat celsius lebih tinggi dibandingkan kawasan yang rimbun pepohonan. Tanpa perluasan ruang hijau yang serius, warga kota akan makin sering terpapar panas ekstrem."),
        ("p", "Temuan itu berasal dari kajian tim Pusat Studi Iklim Perkotaan Universitas Harapan Nusantara yang menganalisis citra satelit selama 2020-2025. Kajian membandingkan suhu permukaan di 260 kelurahan dengan tutupan pohon di masing-masing wilayah."),
        ("raw", '<div class="kompasid-ads ads-inarticle"><p class="ads-text">ADVERTISEMENT</p><div id="div-gpt-ad-kompasid-inarticle-1"></div><p class="ads-text">SCROLL TO CONTINUE WITH CONTENT</p></div>'),
        ("p", "Ketua tim peneliti, Dewi Kartikasari, mengatakan kelurahan dengan tutupan pohon di bawah 5 persen cenderung menjadi titik panas, terutama di Jakarta Utara dan Jakarta Barat. Di kawasan itu, atap seng, jalan beraspal, dan minimnya ruang terbuka membuat panas tertahan hingga malam hari."),
        ("p", "&ldquo;Yang sering luput, panas itu tidak hilang saat matahari terbenam. Rumah-rumah di gang sempit tetap pengap sampai dini hari, dan itu berdampak pada kualitas tidur serta kesehatan warga lanjut usia,&rdquo; ujar Dewi di Jakarta, Sabtu (9/5/2026)."),
        ("raw", '<div class="baca-juga-kompasid"><p class="title">Baca juga: <a href="https://www.kompas.id/artikel/gelombang-panas-april-warga-lansia-paling-rentan">Gelombang Panas April, Warga Lansia Paling Rentan</a></p></div>'),
        ("p", "Kajian itu juga menemukan bahwa satu pohon peneduh berkanopi lebar dapat menurunkan suhu permukaan di bawahnya hingga 4 derajat celsius. Efeknya paling terasa di trotoar dan halte, tempat warga menunggu angkutan umum."),
    ]
    body_html, body = render(items)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": h1,
          "url": url, "datePublished": "2026-05-10T05:00:00", "dateModified": "2026-05-10T05:00:00",
          "isAccessibleForFree": False,
          "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".paywall-content"},
          "publisher": {"@type": "Organization", "name": "Kompas.id", "logo": {"@type": "ImageObject", "url": "https://www.kompas.id/img/logo-kompasid.png"}},
          "image": "https://assetd.kompas.id/abc123/original/2026/05/09/pohon-peneduh-jakarta.jpg"}
    page = '''<!DOCTYPE html>
<html lang="id" data-n-head="%7B%22lang%22:%7B%22ssr%22:%22id%22%7D%7D">
<head>
<meta charset="utf-8">
<title>Panas Kota Kian Menyengat, Jakarta Butuh Lebih Banyak Pohon Peneduh - Kompas.id</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="preload" href="/_nuxt/fonts/PTSerif-Regular.woff2" as="font" type="font/woff2" crossorigin>
<script type="application/ld+json">''' + json.dumps(ld, ensure_ascii=False) + '''</script>
<style>.paywall-blur{filter:blur(4px)}.kompasid-ads{text-align:center}</style>
</head>
<body>
<div id="__nuxt"><div id="__layout"><div class="app">
<header class="kid-header">
  <div class="kid-header__top">
    <a class="kid-logo" href="https://www.kompas.id/">Kompas.id</a>
    <div class="kid-header__cta"><a class="btn-langganan" href="https://www.kompas.id/berlangganan">Berlangganan</a> <a class="btn-masuk" href="https://account.kompas.id/login">Masuk</a></div>
  </div>
  <nav class="kid-nav">
    <a href="https://www.kompas.id/kategori/berita/terbaru">Terbaru</a>
    <a href="https://www.kompas.id/kategori/polhuk">Polhuk</a>
    <a href="https://www.kompas.id/kategori/ekonomi">Ekonomi</a>
    <a href="https://www.kompas.id/kategori/metro">Metro</a>
    <a href="https://www.kompas.id/kategori/humaniora">Humaniora</a>
    <a href="https://www.kompas.id/kategori/nusantara">Nusantara</a>
    <a href="https://www.kompas.id/kategori/investigasi">Investigasi</a>
    <a href="https://www.kompas.id/kategori/opini">Opini</a>
    <a href="https://www.kompas.id/epaper">ePaper</a>
  </nav>
</header>
<div class="kid-container">
  <div class="kid-breadcrumb"><a href="https://www.kompas.id/">Beranda</a> / <a href="https://www.kompas.id/kategori/metro">Metro</a></div>
  <article class="kid-article">
    <div class="kid-article__label">Lingkungan Perkotaan</div>
    <h1 class="kid-article__title">''' + h1 + '''</h1>
    <p class="kid-article__excerpt">Kajian citra satelit menunjukkan kelurahan minim pohon bisa jauh lebih panas. Pohon peneduh di trotoar dan halte dinilai mendesak.</p>
    <div class="kid-article__byline">
      <div class="byline-author">Oleh <a href="https://www.kompas.id/penulis/laras-widyaningrum">Laras Widyaningrum</a></div>
      <div class="byline-date">Minggu, 10 Mei 2026 05:00 WIB</div>
      <div class="byline-tools"><button class="btn-audio">Dengarkan</button> <button class="btn-save">Simpan</button> <button class="btn-share">Bagikan</button> <span class="read-time">3 menit baca</span></div>
    </div>
    <figure class="kid-article__figure">
      <img src="https://assetd.kompas.id/abc123/original/2026/05/09/pohon-peneduh-jakarta.jpg" alt="">
      <figcaption>Pejalan kaki berteduh di bawah pohon angsana di trotoar Jalan Gunung Sahari, Jakarta Pusat, Sabtu (9/5/2026). <span class="credit">KOMPAS/LARAS WIDYANINGRUM</span></figcaption>
    </figure>
    <div class="kid-article__body">
''' + body_html + '''      <div class="paywall-content paywall-blur" aria-hidden="true"></div>
    </div>
    <div class="kid-paywall">
      <div class="kid-paywall__box">
        <h3>Artikel ini khusus untuk pelanggan</h3>
        <p>Dapatkan akses tanpa batas ke jurnalisme berkualitas Kompas dengan berlangganan mulai Rp 50.000 per bulan.</p>
        <a class="btn" href="https://www.kompas.id/berlangganan?source=paywall">Berlangganan Sekarang</a>
        <p class="kid-paywall__login">Sudah berlangganan? <a href="https://account.kompas.id/login">Masuk</a></p>
      </div>
    </div>
    <div class="kid-article__editor">Editor: <span>Hendra Gunawan Siregar</span></div>
    <div class="kid-article__tags"><a href="https://www.kompas.id/label/panas-ekstrem">panas ekstrem</a> <a href="https://www.kompas.id/label/ruang-terbuka-hijau">ruang terbuka hijau</a> <a href="https://www.kompas.id/label/jakarta">Jakarta</a></div>
  </article>
  <section class="kid-related"><h2>Artikel Terkait</h2>
    <ul><li><a href="#">Pohon Tumbang Saat Hujan Angin, Pemprov Audit Ribuan Pohon Tua</a></li><li><a href="#">Ruang Terbuka Hijau Jakarta Baru 9 Persen</a></li></ul>
  </section>
</div>
<footer class="kid-footer">
  <div class="kid-footer__menu"><a href="#">Tentang Kami</a> <a href="#">Pedoman Media Siber</a> <a href="#">Syarat &amp; Ketentuan</a> <a href="#">Kebijakan Data Pribadi</a></div>
  <div class="kid-footer__copy">&copy; PT Kompas Media Nusantara 2026</div>
</footer>
</div></div></div>
<script>window.__NUXT__=(function(a,b){return {layout:"default",data:[{article:{id:a,isFree:b}}]}}("KID-20260510-0007",false));</script>
</body>
</html>
'''
    gold = dict(url=url, headline=h1, published="2026-05-10T05:00+07:00", authors=["Laras Widyaningrum"],
        section="Metro", tags=["panas ekstrem", "ruang terbuka hijau", "Jakarta"], outlet="kompas.id", next_page=None, body=body,
        not_body=["Kajian citra satelit menunjukkan kelurahan minim pohon bisa jauh lebih panas.", "3 menit baca", "ADVERTISEMENT",
                  "Gelombang Panas April, Warga Lansia Paling Rentan", "Artikel ini khusus untuk pelanggan",
                  "Dapatkan akses tanpa batas ke jurnalisme berkualitas Kompas dengan berlangganan mulai Rp 50.000 per bulan.",
                  "Pejalan kaki berteduh di bawah pohon angsana di trotoar Jalan Gunung Sahari, Jakarta Pusat, Sabtu (9/5/2026).",
                  "Editor: Hendra Gunawan Siregar", "© PT Kompas Media Nusantara 2026"])
    write(8, "kompasid-panas-kota-pohon-peneduh", page, gold)
