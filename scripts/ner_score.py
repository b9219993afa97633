#!/usr/bin/env python3
"""Exact-span NER scores of `warta entities --lines` on CoNLL/BIO files, as
the acceptance scorer counts them (sentences rebuilt by joining tokens with
single spaces, byte spans, micro-F1), with PER counted too.

    python3 scripts/ner_score.py WARTA FILE.bio [FILE.bio ...] [-- EXTRA ARGS]

EXTRA ARGS go to `warta entities` (`--tagger model.bin`, `--no-tagger`).
Prints per class P/R/F1, ORG+LOC micro-F1 and ORG+LOC+PER micro-F1.
"""
import json
import subprocess
import sys

MAP = {"ORG": "ORG", "ORGANISATION": "ORG", "ORGANIZATION": "ORG", "LOC": "LOC",
       "LOCATION": "LOC", "PLACE": "LOC", "GPE": "LOC", "PER": "PER", "PERSON": "PER"}
CLASSES = ("ORG", "LOC", "PER")


def read_bio(path):
    sents, toks = [], []

    def flush():
        if not toks:
            return
        text, spans, pos, cur = "", set(), 0, None
        for i, (tok, tag) in enumerate(toks):
            if i:
                text += " "
                pos += 1
            start = pos
            text += tok
            pos += len(tok.encode())
            t = tag.split("-", 1)
            cls = MAP.get(t[1]) if len(t) == 2 else None
            if tag.startswith("B-") or (tag.startswith("I-") and (cur is None or cur[2] != cls)):
                if cur:
                    spans.add(tuple(cur))
                cur = [start, pos, cls] if cls else None
            elif tag.startswith("I-") and cur:
                cur[1] = pos
            else:
                if cur:
                    spans.add(tuple(cur))
                cur = None
        if cur:
            spans.add(tuple(cur))
        sents.append((text, {s for s in spans if s[2]}))
        toks.clear()

    for line in open(path, encoding="utf-8"):
        parts = line.split()
        if not parts:
            flush()
            continue
        toks.append((parts[0], parts[-1]))
    flush()
    return sents


def f1(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0
    r = tp / (tp + fn) if tp + fn else 0
    return 100 * p, 100 * r, 100 * (2 * p * r / (p + r) if p + r else 0)


def score(warta, path, extra):
    sents = read_bio(path)
    r = subprocess.run([warta, "entities", "--lines", *extra],
                       input="\n".join(t for t, _ in sents).encode() + b"\n", capture_output=True)
    if r.returncode:
        sys.exit(r.stderr.decode())
    out = [json.loads(l) for l in r.stdout.decode().splitlines() if l.strip()]
    assert len(out) == len(sents)
    stats = {c: [0, 0, 0] for c in CLASSES}
    for (text, gold), o in zip(sents, out):
        pred = {(e["start"], e["end"], e.get("class")) for e in o.get("entities", [])}
        for c in CLASSES:
            g = {s for s in gold if s[2] == c}
            p = {s for s in pred if s[2] == c}
            stats[c][0] += len(p & g)
            stats[c][1] += len(p - g)
            stats[c][2] += len(g - p)
    print(f"== {path}")
    for c in CLASSES:
        print("%s P %.1f R %.1f F1 %.1f" % ((c,) + f1(*stats[c])))
    for name, cs in (("ORG+LOC", ("ORG", "LOC")), ("ORG+LOC+PER", CLASSES)):
        tot = [sum(stats[c][k] for c in cs) for k in range(3)]
        print("%s micro P %.1f R %.1f F1 %.1f" % ((name,) + f1(*tot)))


def main():
    args = sys.argv[1:]
    extra = []
    if "--" in args:
        k = args.index("--")
        args, extra = args[:k], args[k + 1:]
    warta, files = args[0], args[1:]
    for path in files:
        score(warta, path, extra)


if __name__ == "__main__":
    main()
