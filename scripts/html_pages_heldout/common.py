import html, re, json, gzip, datetime, os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tests", "html_heldout")
ID_DAYS = ["Senin","Selasa","Rabu","Kamis","Jumat","Sabtu","Minggu"]
MY_DAYS = ["Isnin","Selasa","Rabu","Khamis","Jumaat","Sabtu","Ahad"]

def norm(s):
    s = re.sub(r"<[^>]+>", "", s)
    s = html.unescape(s)
    return re.sub(r"\s+", " ", s).strip()

def render(items, style="p", brsep="<br><br>\n"):
    """items: ("p", html[, gold]) ("h2", text) ("ul", [items]) ("table", rows, header?) ("raw", html)
    returns (html, gold_paragraphs)"""
    out, gold = [], []
    for it in items:
        kind = it[0]
        if kind == "p":
            g = it[2] if len(it) > 2 else norm(it[1])
            gold.append(g)
            out.append(f"<p>{it[1]}</p>\n" if style == "p" else it[1] + brsep)
        elif kind == "h2":
            gold.append(norm(it[1]))
            out.append(f"<h2>{it[1]}</h2>\n")
        elif kind == "ul":
            out.append("<ul>\n" + "".join(f"  <li>{x}</li>\n" for x in it[1]) + "</ul>\n")
            gold.extend(norm(x) for x in it[1])
        elif kind == "table":
            rows = it[1]
            h = ['<div class="table-responsive"><table class="table table-striped" border="1">']
            h.append("<thead><tr>" + "".join(f"<th>{c}</th>" for c in rows[0]) + "</tr></thead><tbody>")
            for r in rows[1:]:
                h.append("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>")
            h.append("</tbody></table></div>\n")
            out.append("\n".join(h))
            gold.extend(" ".join(norm(c) for c in r) for r in rows)
        elif kind == "raw":
            out.append(it[1] + "\n")
        else:
            raise ValueError(kind)
    return "".join(out), gold

def check_day(y, m, d, name, days=ID_DAYS):
    wd = datetime.date(y, m, d).weekday()
    assert days[wd] == name, (y, m, d, name, days[wd])

def write(nn, slug, page, gold, gz=False):
    os.makedirs(OUT, exist_ok=True)
    base = f"{nn:02d}-{slug}"
    data = page.encode("utf-8")
    if gz:
        with open(os.path.join(OUT, base + ".html.gz"), "wb") as f:
            f.write(gzip.compress(data, mtime=0))
    else:
        with open(os.path.join(OUT, base + ".html"), "wb") as f:
            f.write(data)
    body = "\n\n".join(gold["body"])
    for nb in gold["not_body"]:
        assert nb not in body, (base, nb)
    g = {k: gold[k] for k in ["url","headline","published","authors","section","tags","outlet","next_page"]}
    g["body"] = body
    g["not_body"] = gold["not_body"]
    with open(os.path.join(OUT, base + ".json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=2)
        f.write("\n")
