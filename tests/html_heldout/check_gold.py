#!/usr/bin/env python3
"""Consistency check for the held-out HTML set (stdlib only).

For every NN-*.json gold file next to this script it checks that:
  * the matching page exists (NN-*.html or NN-*.html.gz, gzip is decompressed);
  * the gold has every field, in the expected shapes and formats;
  * each body paragraph occurs in the page's visible text, in order;
  * the headline, section, tags and authors occur in the visible text;
  * each not_body string occurs in the visible text and not in the gold body;
  * next_page, when set, occurs in the raw page.

Visible text: html.parser over the page, skipping <head>-only and invisible
elements (script, style, noscript, template, title, iframe), character
references decoded with html.unescape, a space at every block boundary and
<br>, whitespace collapsed to single spaces.

Run: python3 tests/html_heldout/check_gold.py   (exit status 1 on any failure)
"""
import glob
import gzip
import html
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))

SKIP = {"script", "style", "noscript", "template", "title", "iframe", "svg"}
BLOCK = {
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hr", "li", "main", "nav", "ol", "p", "section", "table", "tbody",
    "td", "tfoot", "th", "thead", "tr", "ul", "button", "label", "input", "option",
    "select", "textarea", "img", "html", "body", "head",
}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
        "param", "source", "track", "wbr"}
KEYS = ["url", "headline", "published", "authors", "section", "tags", "outlet",
        "next_page", "body", "not_body"]
PUBLISHED = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(Z|[+-]\d{2}:\d{2}))?$")


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        elif tag in BLOCK:
            self.parts.append(" ")

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)

    def handle_entityref(self, name):
        if not self.skip:
            self.parts.append(html.unescape("&%s;" % name))

    def handle_charref(self, name):
        if not self.skip:
            self.parts.append(html.unescape("&#%s;" % name))


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


def visible_text(raw):
    p = Visible()
    p.feed(raw)
    p.close()
    return collapse("".join(p.parts))


def load_page(base):
    for ext, opener in ((".html", open), (".html.gz", gzip.open)):
        path = os.path.join(HERE, base + ext)
        if os.path.exists(path):
            with opener(path, "rb") as f:
                return path, f.read().decode("utf-8")
    return None, None


def check(gold_path):
    errors = []
    base = os.path.basename(gold_path)[: -len(".json")]
    with open(gold_path, encoding="utf-8") as f:
        gold = json.load(f)
    path, raw = load_page(base)
    if raw is None:
        return base, ["no page %s.html or %s.html.gz" % (base, base)], 0
    missing = [k for k in KEYS if k not in gold]
    if missing:
        return base, ["missing keys: %s" % ", ".join(missing)], 0
    text = visible_text(raw)

    if not PUBLISHED.match(gold["published"]):
        errors.append("published not YYYY-MM-DD[THH:MM+HH:MM]: %r" % gold["published"])
    if not isinstance(gold["authors"], list) or not all(isinstance(a, str) and a for a in gold["authors"]):
        errors.append("authors must be a list of names")
    if not isinstance(gold["tags"], list):
        errors.append("tags must be a list")
    if gold["next_page"] is not None and gold["next_page"] not in raw:
        errors.append("next_page not in page: %r" % gold["next_page"])
    if not gold["url"].startswith("http"):
        errors.append("url not absolute")
    host = re.sub(r"^https?://", "", gold["url"]).split("/")[0]
    if not (host == gold["outlet"] or host.endswith("." + gold["outlet"])):
        errors.append("outlet %r is not the url's domain %r" % (gold["outlet"], host))

    for label, s in [("headline", gold["headline"]), ("section", gold["section"])] + \
            [("tag", t) for t in gold["tags"]] + [("author", a) for a in gold["authors"]]:
        if collapse(s) not in text:
            errors.append("%s not in visible text: %r" % (label, s))

    body = gold["body"]
    paragraphs = body.split("\n\n")
    pos = 0
    for i, para in enumerate(paragraphs, 1):
        if para != collapse(para) or not para:
            errors.append("body paragraph %d is not whitespace-collapsed" % i)
        at = text.find(para, pos)
        if at < 0:
            where = "out of order" if para in text else "missing"
            errors.append("body paragraph %d %s: %r" % (i, where, para[:80]))
        else:
            pos = at + len(para)

    nb = gold["not_body"]
    if not 6 <= len(nb) <= 10:
        errors.append("not_body has %d strings (want 6-10)" % len(nb))
    for s in nb:
        if collapse(s) not in text:
            errors.append("not_body string not in visible text: %r" % s)
        if s in body:
            errors.append("not_body string inside gold body: %r" % s)
    return base, errors, len(paragraphs)


def main():
    golds = sorted(glob.glob(os.path.join(HERE, "[0-9][0-9]-*.json")))
    if not golds:
        print("no gold files found in", HERE)
        return 1
    failed = 0
    for g in golds:
        base, errors, n = check(g)
        if errors:
            failed += 1
            print("FAIL %s" % base)
            for e in errors:
                print("     - %s" % e)
        else:
            print("ok   %s (%d paragraphs)" % (base, n))
    print("%d pages, %d failed" % (len(golds), failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
