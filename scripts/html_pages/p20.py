from common import *

# 20 Kosmo! (Malaysia) - no metadata; date only (no time); WordPress/JNews-style markup
URL = 'https://www.kosmo.com.my/2026/03/15/12-gerai-bazar-ramadan-di-shah-alam-musnah-terbakar/'
HEAD = '12 gerai bazar Ramadan di Shah Alam musnah terbakar'
TAGS = ['kebakaran', 'bazar Ramadan', 'Shah Alam', 'JBPM Selangor']

items = [
    ('p', '<strong>SHAH ALAM</strong> &ndash; Sebanyak 12 gerai di sebuah bazar Ramadan di Seksyen 13 di sini musnah dalam kebakaran awal pagi semalam.'),
    ('p', 'Ketua Zon 1 Jabatan Bomba dan Penyelamat Malaysia (JBPM) Selangor, Penolong Penguasa Bomba Khairul Anuar Yusof berkata, pihaknya menerima panggilan kecemasan pada pukul 4.12 pagi sebelum sebuah jentera bersama 14 anggota dari Balai Bomba dan Penyelamat Shah Alam dikejarkan ke lokasi.'),
    ('p', '&ldquo;Ketika tiba di lokasi, api sedang marak membakar deretan gerai yang dibina daripada kayu dan kanvas. Kebakaran berjaya dikawal sepenuhnya kira-kira 40 minit kemudian,&rdquo; katanya dalam satu kenyataan.'),
    ('baca', 'Bazar Ramadan Stadium Shah Alam catat 300 peniaga tahun ini', 'https://www.kosmo.com.my/2026/02/20/bazar-ramadan-stadium-shah-alam-catat-300-peniaga/'),
    ('p', 'Menurut beliau, tiada kemalangan jiwa dilaporkan kerana kejadian berlaku ketika bazar tidak beroperasi. Punca kebakaran dan jumlah kerugian masih dalam siasatan.'),
    ('ad',),
    ('p', 'Tinjauan <em>Kosmo!</em> di lokasi mendapati beberapa peniaga sedang membersihkan sisa barangan yang terbakar, termasuk peti sejuk, dapur gas dan bekas makanan.'),
    ('p', 'Seorang peniaga air tebu, Zulkifli Ahmad, 52, berkata dia mengalami kerugian hampir RM8,000 selepas mesin perah tebu dan stok bekalannya hangus.'),
    ('p', '&ldquo;Saya baru dapat tahu pukul 5 pagi apabila rakan peniaga telefon. Bila sampai, semuanya sudah hitam,&rdquo; katanya.'),
    ('p', 'Sementara itu, Majlis Bandaraya Shah Alam (MBSA) dalam kenyataan memaklumkan peniaga yang terjejas akan dipindahkan sementara ke tapak kosong bersebelahan bagi membolehkan mereka meneruskan perniagaan sehingga Aidilfitri.'),
]

R = {
    'p': lambda h: f'<p>{h}</p>',
    'baca': lambda t, u: f'<p><strong>BACA JUGA: <a href="{esc(u)}">{esc(t)}</a></strong></p>',
    'ad': lambda: '<div class="jeg_ad jeg_ad_article jnews_content_inline_ads"><div class="ads-wrapper align-center"><span class="ads-text">IKLAN</span><div id="div-gpt-ad-kosmo-inline-1"></div></div></div>',
}

TPL = r'''
<!DOCTYPE html>
<html lang="ms-MY">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>@@HEAD@@ - Kosmo Digital</title>
<link rel="stylesheet" id="jnews-frontend-css" href="https://www.kosmo.com.my/wp-content/themes/jnews/assets/dist/frontend.min.css?ver=11.6.1" type="text/css" media="all">
<script type="text/javascript">
  var jnewsoption = {"login_reload":"https:\/\/www.kosmo.com.my","popup_script":"magnific","single_gallery":false};
  /* <![CDATA[ */ var jfla = []; /* ]]> */
</script>
<script src="https://www.kosmo.com.my/wp-includes/js/jquery/jquery.min.js?ver=3.7.1"></script>
</head>
<body class="post-template-default single single-post jeg_single_tpl_1">
<div class="jeg_viewport">
<div class="jeg_header">
  <div class="jeg_container"><div class="jeg_logo"><a href="https://www.kosmo.com.my/"><img src="https://www.kosmo.com.my/wp-content/uploads/2024/01/logo-kosmo.png" alt="Kosmo Digital"></a></div></div>
  <div class="jeg_navbar">
@@NAV@@
  </div>
</div>
<div class="jeg_main">
<div class="jeg_container">
<div class="jeg_content jeg_singlepage">
  <div class="jeg_breadcrumbs jeg_breadcrumb_container"><div id="breadcrumbs"><span><a href="https://www.kosmo.com.my/">Utama</a></span> <i class="fa fa-angle-right"></i> <span><a href="https://www.kosmo.com.my/category/berita/">Berita</a></span></div></div>
  <div class="entry-header">
    <h1 class="jeg_post_title">@@HEAD@@</h1>
    <div class="jeg_meta_container"><div class="jeg_post_meta jeg_post_meta_1">
      <div class="jeg_meta_author"><span class="meta_text">Oleh</span> <a href="https://www.kosmo.com.my/author/mohd-faizal-roslan/">Mohd Faizal Roslan</a></div>
      <div class="jeg_meta_date"><a href="@@URL@@">15 Mac 2026</a></div>
    </div></div>
  </div>
  <div class="jeg_featured featured_image">
    <div class="thumbnail-container"><img src="https://www.kosmo.com.my/wp-content/uploads/2026/03/kebakaran-bazar-shah-alam.jpg" alt=""></div>
    <p class="wp-caption-text">ANGGOTA bomba memadamkan sisa api yang membakar gerai bazar Ramadan di Seksyen 13, Shah Alam semalam.</p>
  </div>
  <div class="jeg_share_top_container"><div class="jeg_share_button">Kongsi: <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a> <a href="#">Telegram</a></div></div>
  <div class="entry-content no-share">
    <div class="content-inner ">
@@BODY@@
    </div>
  </div>
  <div class="jeg_post_tags"><span>Tags:</span>
@@TAGS@@
  </div>
  <div class="jnews_related_post_container"><div class="jeg_postblock"><h3 class="jeg_block_title"><span>Artikel Berkaitan</span></h3>
@@RELATED@@
  </div></div>
  <div class="jnews_comment_container"><h3>Komen</h3><p>Sila log masuk untuk memberi komen.</p></div>
</div>
<div class="jeg_sidebar">
  <div class="widget"><h3 class="jeg_block_title">Terkini</h3>
@@POPULAR@@
  </div>
</div>
</div>
</div>
<div class="jeg_footer">
  <div class="jeg_container">
    <a href="https://www.kosmo.com.my/hubungi-kami/">Hubungi Kami</a> | <a href="https://www.kosmo.com.my/penafian/">Penafian</a> | <a href="https://www.kosmo.com.my/dasar-privasi/">Dasar Privasi</a>
    <p class="copyright">&copy; 2026 Kosmo Digital. Hak cipta terpelihara.</p>
  </div>
</div>
</div>
</body>
</html>
'''

NAV = ul([('Utama', 'https://www.kosmo.com.my/'), ('Berita', 'https://www.kosmo.com.my/category/berita/'), ('Dunia', 'https://www.kosmo.com.my/category/dunia/'),
          ('Ekonomi', 'https://www.kosmo.com.my/category/ekonomi/'), ('Sukan', 'https://www.kosmo.com.my/category/sukan/'),
          ('Hiburan', 'https://www.kosmo.com.my/category/hiburan/'), ('Rencana', 'https://www.kosmo.com.my/category/rencana/')], 'jeg_menu jeg_main_menu')
RELATED = [
    ('Rumah kedai dua tingkat di Klang hangus dalam kebakaran', 'https://www.kosmo.com.my/2026/03/11/rumah-kedai-dua-tingkat-di-klang-hangus/'),
    ('Peniaga bazar Ramadan diingatkan patuhi SOP keselamatan gas', 'https://www.kosmo.com.my/2026/02/25/peniaga-bazar-ramadan-diingatkan-patuhi-sop/'),
]
POPULAR = [
    ('Harimau Malaya umum 25 pemain untuk kempen Jun', 'https://www.kosmo.com.my/2026/03/15/harimau-malaya-umum-25-pemain/'),
    ('Tol percuma dua hari sempena Aidilfitri', 'https://www.kosmo.com.my/2026/03/14/tol-percuma-dua-hari-sempena-aidilfitri/'),
]

page = fill(TPL, HEAD=esc(HEAD), URL=URL, NAV=NAV, BODY=render(items, R),
            TAGS='\n'.join(f'    <a href="https://www.kosmo.com.my/tag/{t.lower().replace(" ", "-")}/" rel="tag">{esc(t)}</a>' for t in TAGS),
            RELATED=ul(RELATED), POPULAR=ul(POPULAR))

save('20-kosmo-gerai-bazar-ramadan-terbakar', page, {
    'url': URL, 'headline': HEAD, 'published': '2026-03-15', 'authors': ['Mohd Faizal Roslan'],
    'section': 'Berita', 'tags': TAGS, 'outlet': 'kosmo.com.my', 'next_page': None,
    'body': body_text(items),
    'not_body': [
        'ANGGOTA bomba memadamkan sisa api yang membakar gerai bazar Ramadan di Seksyen 13, Shah Alam semalam.',
        'BACA JUGA: Bazar Ramadan Stadium Shah Alam catat 300 peniaga tahun ini',
        'IKLAN',
        'Rumah kedai dua tingkat di Klang hangus dalam kebakaran',
        'Tol percuma dua hari sempena Aidilfitri',
        'Sila log masuk untuk memberi komen.',
        '© 2026 Kosmo Digital. Hak cipta terpelihara.',
    ],
})
