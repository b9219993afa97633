from common import *

def build():
    check_day(2026, 1, 7, "Rabu", MY_DAYS)
    url = "https://www.utusan.com.my/wilayah/2026/01/15-nelayan-pesisir-marang-terima-bot-gentian-kaca-baharu/"
    h1 = "15 nelayan pesisir Marang terima bot gentian kaca baharu"
    items = [
        ("p", "<strong>KUALA TERENGGANU:</strong> Seramai 15 nelayan pesisir di daerah Marang menerima bot gentian kaca baharu menerusi program bantuan peralatan yang dilaksanakan oleh sebuah koperasi nelayan tempatan dengan kerjasama kerajaan negeri."),
        ("p", "Pengerusi Koperasi Nelayan Pantai Timur Berhad, Zulkifli Awang Hamat berkata, setiap bot bernilai kira-kira RM28,000 dan dilengkapi enjin sangkut serta jaket keselamatan."),
        ("p", "Menurutnya, kebanyakan penerima sebelum ini menggunakan bot kayu yang sudah uzur dan tidak selamat untuk turun ke laut terutama ketika musim tengkujuh."),
        ("raw", '<div class="lihat-juga"><span class="lj-label">Berita berkaitan:</span> <a href="https://www.utusan.com.my/wilayah/2026/01/nelayan-diingatkan-tidak-turun-ke-laut-ketika-amaran-ombak-besar/">Nelayan diingatkan tidak turun ke laut ketika amaran ombak besar</a></div>'),
        ("p", "“Ada antara mereka yang bot sudah bocor tetapi tetap turun ke laut kerana itu sahaja sumber pendapatan keluarga. Dengan bot baharu ini, mereka boleh keluar lebih jauh dan pulang dengan hasil yang lebih baik,” katanya pada majlis penyerahan di Marang, hari ini."),
        ("raw", '<div class="code-block code-block-3 ads-in-content" style="margin:8px auto;text-align:center;"><span class="ad-disclaimer">ADVERTISEMENT</span><div id="div-gpt-ad-utusan-incontent-2"></div></div>'),
        ("p", "Dalam pada itu, seorang penerima, Mat Ripin Ismail, 61, berkata bot lamanya telah digunakan sejak lebih 25 tahun lalu dan kerap mengalami kerosakan."),
        ("p", "“Kadang-kadang baru separuh jalan enjin mati, terpaksa minta tolong kawan tunda balik. Syukur sekarang dapat bot baharu,” ujarnya."),
        ("p", "Zulkifli menambah, koperasi merancang mengagihkan 20 lagi bot kepada nelayan di daerah Setiu dan Besut menjelang hujung tahun ini. &ndash; UTUSAN", "Zulkifli menambah, koperasi merancang mengagihkan 20 lagi bot kepada nelayan di daerah Setiu dan Besut menjelang hujung tahun ini."),
    ]
    body_html, body = render(items, style="br", brsep="<br />\n<br />\n")
    page = '''<!DOCTYPE html>
<html lang="ms-MY">
<head>
<meta charset="UTF-8" />
<title>15 nelayan pesisir Marang terima bot gentian kaca baharu - Utusan Malaysia</title>
<meta name="viewport" content="width=device-width, initial-scale=1" />
<link rel="stylesheet" id="jnews-frontend-css" href="https://www.utusan.com.my/wp-content/themes/jnews/assets/dist/frontend.min.css?ver=11.6.2" type="text/css" media="all" />
<script type="text/javascript" src="https://www.utusan.com.my/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script>var jnews_ajax_url = "/?ajax-request=jnews";</script>
</head>
<body class="post-template-default single single-post postid-2093847 single-format-standard jeg_single_tpl_2">
<div class="jeg_viewport">
<div class="jeg_header_wrapper">
  <div class="jeg_header normal">
    <div class="jeg_topbar"><div class="container"><div class="jeg_top_date">Rabu, 7 Januari 2026</div><div class="jeg_top_links"><a href="https://www.utusan.com.my/epaper/">E-Paper</a> <a href="https://www.utusan.com.my/langgan/">Langgan</a></div></div></div>
    <div class="jeg_midbar"><div class="container"><div class="jeg_logo"><a href="https://www.utusan.com.my/"><img src="https://www.utusan.com.my/wp-content/uploads/logo-utusan.png" alt="Utusan Malaysia"></a></div></div></div>
    <div class="jeg_bottombar"><div class="container">
      <ul class="jeg_menu jeg_main_menu">
        <li class="menu-item"><a href="https://www.utusan.com.my/">Utama</a></li>
        <li class="menu-item"><a href="https://www.utusan.com.my/terkini/">Terkini</a></li>
        <li class="menu-item"><a href="https://www.utusan.com.my/nasional/">Nasional</a></li>
        <li class="menu-item current-post-ancestor"><a href="https://www.utusan.com.my/wilayah/">Wilayah</a>
          <ul class="sub-menu"><li><a href="https://www.utusan.com.my/wilayah/terengganu/">Terengganu</a></li><li><a href="https://www.utusan.com.my/wilayah/kelantan/">Kelantan</a></li><li><a href="https://www.utusan.com.my/wilayah/pahang/">Pahang</a></li></ul>
        </li>
        <li class="menu-item"><a href="https://www.utusan.com.my/ekonomi/">Ekonomi</a></li>
        <li class="menu-item"><a href="https://www.utusan.com.my/sukan/">Sukan</a></li>
        <li class="menu-item"><a href="https://www.utusan.com.my/rencana/">Rencana</a></li>
        <li class="menu-item"><a href="https://www.utusan.com.my/hiburan/">Hiburan</a></li>
      </ul>
    </div></div>
  </div>
</div>
<div class="jeg_main">
<div class="jeg_container">
  <div class="jeg_content jeg_singlepage">
    <div class="container">
      <div class="jeg_ad jeg_ad_top"><div class="ads-wrapper"><span class="ad-disclaimer">ADVERTISEMENT</span><div id="div-gpt-ad-utusan-top"></div></div></div>
      <div class="jeg_breadcrumbs jeg_breadcrumb_container"><div id="breadcrumbs"><span><a href="https://www.utusan.com.my">Utama</a></span><i class="fa fa-angle-right"></i><span class="breadcrumb_last_link"><a href="https://www.utusan.com.my/wilayah/">Wilayah</a></span></div></div>
      <div class="entry-header">
        <h1 class="jeg_post_title">''' + h1 + '''</h1>
        <div class="jeg_meta_container"><div class="jeg_post_meta jeg_post_meta_1">
          <div class="jeg_meta_author"><span class="meta_text">Oleh</span> <a href="https://www.utusan.com.my/author/hafizuddin-mohd-nor/">Hafizuddin Mohd Nor</a></div>
          <div class="jeg_meta_date"><a href="''' + url + '''">7 Januari 2026, 10:05 PG</a></div>
        </div></div>
      </div>
      <div class="jeg_featured featured_image"><a href="#"><div class="thumbnail-container"><img src="https://www.utusan.com.my/wp-content/uploads/2026/01/bot-nelayan-marang.jpg" alt="bot nelayan"></div></a>
        <p class="wp-caption-text">ZULKIFLI Awang Hamat (tiga dari kiri) menyerahkan kunci bot gentian kaca kepada nelayan di Marang, Terengganu. – UTUSAN/HAFIZUDDIN MOHD NOR</p>
      </div>
      <div class="jeg_share_top_container"><div class="jeg_share_button"><a href="#" class="jeg_btn-facebook">Kongsi</a><a href="#" class="jeg_btn-twitter">Tweet</a><a href="#" class="jeg_btn-whatsapp">WhatsApp</a></div></div>
      <div class="entry-content no-share">
        <div class="content-inner ">
''' + body_html + '''
        </div>
        <div class="jeg_post_tags"><span>Tags:</span> <a href="https://www.utusan.com.my/tag/nelayan/" rel="tag">nelayan</a><a href="https://www.utusan.com.my/tag/marang/" rel="tag">Marang</a><a href="https://www.utusan.com.my/tag/koperasi/" rel="tag">koperasi</a></div>
      </div>
      <div class="utusan-telegram">Sertai saluran Telegram Utusan Malaysia untuk berita terkini</div>
      <div class="jnews_related_post_container"><div class="jeg_postblock"><h3 class="jeg_block_title"><span>Artikel Berkaitan</span></h3>
        <article class="jeg_post"><h3 class="jeg_post_title"><a href="#">Harga ikan di Pasar Payang stabil walaupun musim tengkujuh</a></h3></article>
        <article class="jeg_post"><h3 class="jeg_post_title"><a href="#">Kerajaan negeri salur bantuan sara hidup kepada 3,000 nelayan</a></h3></article>
      </div></div>
      <div class="jnews_comment_container"><div id="comments" class="comment-wrapper"><div id="disqus_thread"></div></div></div>
    </div>
  </div>
</div>
</div>
<div class="footer-holder"><footer class="jeg_footer"><div class="jeg_footer_bottom"><div class="container">
  <p class="copyright">Hak Cipta &copy; 2026 Media Mulia Sdn Bhd. Semua Hak Terpelihara.</p>
</div></div></footer></div>
</div>
</body>
</html>
'''
    gold = dict(url=url, headline=h1, published="2026-01-07T10:05+08:00", authors=["Hafizuddin Mohd Nor"],
        section="Wilayah", tags=["nelayan", "Marang", "koperasi"], outlet="utusan.com.my", next_page=None, body=body,
        not_body=["– UTUSAN", "Berita berkaitan:", "Nelayan diingatkan tidak turun ke laut ketika amaran ombak besar", "ADVERTISEMENT",
                  "ZULKIFLI Awang Hamat (tiga dari kiri) menyerahkan kunci bot gentian kaca kepada nelayan di Marang, Terengganu.",
                  "Sertai saluran Telegram Utusan Malaysia untuk berita terkini", "Kerajaan negeri salur bantuan sara hidup kepada 3,000 nelayan",
                  "Hak Cipta © 2026 Media Mulia Sdn Bhd. Semua Hak Terpelihara."])
    write(11, "utusan-bot-nelayan-marang", page, gold, gz=True)
