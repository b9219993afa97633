#!/usr/bin/env python3
"""Check the gold files of the HTML page corpus (tests/html/).

For every page NN-*.html (or NN-*.html.gz, gunzipped) next to this script:
  - the gold file NN-*.json parses and has every key, with the right types,
    and `published` has one of the allowed forms;
  - the headline is in the page's visible text;
  - every paragraph of the gold body is in the page's visible text, in order;
  - every not_body string is in the page's visible text and not in the body.

Visible text: the page through html.parser, with script, style, template,
noscript and title dropped, a line break at every block-level tag, entities
decoded (html.unescape) and whitespace collapsed to single spaces.

Standard library only. Usage: python3 tests/html/check_gold.py [DIR]
Exit status 0 when every page passes.
"""
import gzip
import html
import json
import os
import re
import sys
from html.parser import HTMLParser

KEYS = ['url', 'headline', 'published', 'authors', 'section', 'tags',
        'outlet', 'next_page', 'body', 'not_body']

BLOCK = {
    'address', 'article', 'aside', 'blockquote', 'body', 'br', 'dd', 'div',
    'dl', 'dt', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3',
    'h4', 'h5', 'h6', 'header', 'hr', 'iframe', 'li', 'main', 'nav', 'ol',
    'p', 'section', 'table', 'td', 'th', 'tr', 'ul', 'button', 'textarea',
    'option', 'select', 'head', 'html',
}
HIDDEN = {'script', 'style', 'template', 'noscript', 'title'}

PUBLISHED = re.compile(
    r'^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(\+0[789]:00))?$')


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in HIDDEN:
            self.hidden += 1
        elif tag in BLOCK:
            self.parts.append('\n')

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.parts.append('\n')

    def handle_endtag(self, tag):
        if tag in HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in BLOCK:
            self.parts.append('\n')

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def collapse(s):
    return re.sub(r'\s+', ' ', s).strip()


def visible_text(page):
    p = Visible()
    p.feed(page)
    p.close()
    return collapse(html.unescape(''.join(p.parts)))


def load_page(path):
    with open(path, 'rb') as f:
        data = f.read()
    if path.endswith('.gz'):
        data = gzip.decompress(data)
    return data.decode('utf-8')


def check(page_path, gold_path):
    errors = []
    try:
        with open(gold_path, encoding='utf-8') as f:
            gold = json.load(f)
    except (OSError, ValueError) as e:
        return [f'gold does not load: {e}']
    missing = [k for k in KEYS if k not in gold]
    if missing:
        return [f'gold lacks keys {missing}']
    for k in ('url', 'headline', 'published', 'outlet', 'body'):
        if not isinstance(gold[k], str) or not gold[k]:
            errors.append(f'{k} must be a non-empty string')
    for k in ('authors', 'tags', 'not_body'):
        if not isinstance(gold[k], list) or not all(isinstance(x, str) for x in gold[k]):
            errors.append(f'{k} must be a list of strings')
    for k in ('section', 'next_page'):
        if gold[k] is not None and not isinstance(gold[k], str):
            errors.append(f'{k} must be a string or null')
    if errors:
        return errors
    if not PUBLISHED.match(gold['published']):
        errors.append(f'published has a bad form: {gold["published"]}')
    if not 5 <= len(gold['not_body']) <= 10:
        errors.append(f'not_body has {len(gold["not_body"])} strings (want 5-10)')

    text = visible_text(load_page(page_path))
    if collapse(gold['headline']) not in text:
        errors.append(f'headline not on the page: {gold["headline"]!r}')
    paragraphs = gold['body'].split('\n\n')
    if not 4 <= len(paragraphs) <= 40:
        errors.append(f'body has {len(paragraphs)} paragraphs')
    pos = 0
    for i, para in enumerate(paragraphs, 1):
        if para != collapse(para):
            errors.append(f'body paragraph {i} is not whitespace-collapsed')
        at = text.find(para, pos)
        if at < 0:
            where = 'out of order' if para in text else 'not on the page'
            errors.append(f'body paragraph {i} {where}: {para[:70]!r}')
        else:
            pos = at + len(para)
    for s in gold['not_body']:
        if collapse(s) not in text:
            errors.append(f'not_body string not on the page: {s!r}')
        if s in gold['body']:
            errors.append(f'not_body string is in the body: {s!r}')
    return errors


def main():
    here = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    pages = sorted(f for f in os.listdir(here)
                   if re.match(r'^\d\d-.*\.html(\.gz)?$', f))
    if not pages:
        print(f'no pages in {here}')
        return 1
    failed = 0
    for name in pages:
        stem = re.sub(r'\.html(\.gz)?$', '', name)
        gold = os.path.join(here, stem + '.json')
        if not os.path.exists(gold):
            errs = ['no gold file']
        else:
            errs = check(os.path.join(here, name), gold)
        if errs:
            failed += 1
            print(f'FAIL {name}')
            for e in errs:
                print(f'     {e}')
        else:
            with open(gold, encoding='utf-8') as f:
                g = json.load(f)
            n = len(g['body'].split('\n\n'))
            print(f'ok   {name}  ({n} paragraphs, {len(g["not_body"])} not_body)')
    stems = {re.sub(r'\.html(\.gz)?$', '', p) for p in pages}
    for f in sorted(os.listdir(here)):
        if re.match(r'^\d\d-.*\.json$', f) and f[:-5] not in stems:
            failed += 1
            print(f'FAIL {f}: gold file without a page')
    print(f'{len(pages) - failed}/{len(pages)} pages pass' if failed <= len(pages) else f'{failed} failures')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
