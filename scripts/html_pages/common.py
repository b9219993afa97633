import datetime, gzip, html, json, os, re

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tests', 'html')

HARI = ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu']
BULAN = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli',
         'Agustus', 'September', 'Oktober', 'November', 'Desember']
BLN = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des']
HARI_MS = ['Isnin', 'Selasa', 'Rabu', 'Khamis', 'Jumaat', 'Sabtu', 'Ahad']
BULAN_MS = ['Januari', 'Februari', 'Mac', 'April', 'Mei', 'Jun', 'Julai',
            'Ogos', 'September', 'Oktober', 'November', 'Disember']

PAGES = []


def dt(s):
    return datetime.datetime.strptime(s, '%Y-%m-%d %H:%M')


def hari(d):
    return HARI[d.weekday()]


def hari_ms(d):
    return HARI_MS[d.weekday()]


def text_of(fragment):
    t = re.sub(r'<[^>]+>', '', fragment)
    t = html.unescape(t)
    return re.sub(r'\s+', ' ', t).strip()


def esc(s):
    return html.escape(s, quote=True)


def body_text(items):
    return '\n\n'.join(text_of(it[1]) for it in items if it[0] in ('p', 'h'))


def render(items, r):
    """r maps item kind -> function(*args) -> html."""
    out = []
    for it in items:
        out.append(r[it[0]](*it[1:]))
    return '\n'.join(out)


def save(name, page_html, gold, gz=False):
    os.makedirs(OUT, exist_ok=True)
    for k in ('url', 'headline', 'published', 'authors', 'section', 'tags',
              'outlet', 'next_page', 'body', 'not_body'):
        assert k in gold, (name, k)
    data = page_html.encode('utf-8')
    if gz:
        with open(os.path.join(OUT, name + '.html.gz'), 'wb') as f:
            f.write(gzip.compress(data, compresslevel=9, mtime=0))
    else:
        with open(os.path.join(OUT, name + '.html'), 'wb') as f:
            f.write(data)
    ordered = {k: gold[k] for k in ('url', 'headline', 'published', 'authors',
                                      'section', 'tags', 'outlet', 'next_page',
                                      'body', 'not_body')}
    with open(os.path.join(OUT, name + '.json'), 'w', encoding='utf-8') as f:
        json.dump(ordered, f, ensure_ascii=False, indent=2)
        f.write('\n')
    PAGES.append(name)


def ld(obj):
    return ('<script type="application/ld+json">\n'
            + json.dumps(obj, ensure_ascii=False, indent=2).replace('</', '<\\/')
            + '\n</script>')


def ul(items, cls=None, li_cls=None):
    c = f' class="{cls}"' if cls else ''
    lc = f' class="{li_cls}"' if li_cls else ''
    return f'<ul{c}>\n' + '\n'.join(
        f'  <li{lc}><a href="{esc(h)}">{esc(t)}</a></li>' for t, h in items) + '\n</ul>'


def fill(tpl, **kw):
    for k, v in kw.items():
        tpl = tpl.replace('@@' + k + '@@', v)
    m = re.search(r'@@[A-Z_0-9]+@@', tpl)
    assert not m, m.group(0)
    return tpl.lstrip('\n')
