#!/usr/bin/env python3
"""Builds benches/texts/varied.jsonl, the varied benchmark corpus.

Reads only permissively licensed text the crate may ship (see
benches/texts/README.md): DSL 2015 test set B (Indonesian and Malay news
sentences, CC0), DSL 2014 Indonesian and Malay (news sentences, MIT),
TICO-19 Indonesian and Malay (CC0), lingua's Indonesian, Malay and English
test sentences (Apache-2.0), idner-news-2k train (news sentences,
MIT, detokenised), plus the project's own articles. Sentences are
deduplicated and grouped, in a fixed shuffled order, into articles of 8 to 24
sentences, 2 to 4 to a paragraph, so that nothing is repeated and the word
caches see tens of thousands of distinct words.

Usage: python3 scripts/build_bench_corpus.py ../shared
"""
import json, os, random, re, sys

shared = sys.argv[1] if len(sys.argv) > 1 else "../shared"
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def dsl(name, src):
    for line in open(os.path.join(shared, "eval/lid", name), encoding="utf-8"):
        if "\t" in line:
            yield src, line.rstrip("\n").rsplit("\t", 1)[0]


def tico(lang):
    with open(os.path.join(shared, f"corpus/tico19/{lang}.tsv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            if "\t" in line:
                yield f"tico19-{lang}", line.rstrip("\n").split("\t", 1)[1]


NO_SPACE_BEFORE = set(".,;:!?)]}%”’")
NO_SPACE_AFTER = set("([{“‘")


def detok(tokens):
    out, quote_open = "", False
    for t in tokens:
        if not out:
            out = t
        elif t in NO_SPACE_BEFORE or (out[-1] in NO_SPACE_AFTER):
            out += t
        elif t == '"':
            if quote_open:
                out += t
            else:
                out += " " + t
        elif out.endswith('"') and quote_open:
            out += t
        else:
            out += " " + t
        if t == '"':
            quote_open = not quote_open
    return out


def lingua(lang):
    for line in open(os.path.join(shared, f"eval/lid/lingua-sentences/{lang}.txt"), encoding="utf-8"):
        yield f"lingua-{lang}", line.strip()


def idner():
    toks = []
    for line in open(os.path.join(shared, "eval/ner/idner-news-2k/train.txt"), encoding="utf-8"):
        parts = line.split()
        if not parts:
            if toks:
                yield "idner-news-2k-train", detok(toks)
            toks = []
        else:
            toks.append(parts[0])
    if toks:
        yield "idner-news-2k-train", detok(toks)


def main():
    seen, sents = set(), []
    for src, s in [*dsl("dsl2015b-idmy.tsv", "dsl2015b"), *dsl("dsl2014-idmy.tsv", "dsl2014"),
                   *tico("id"), *tico("ms"), *lingua("id"), *lingua("ms"), *lingua("en"),
                   *idner()]:
        s = " ".join(s.split())
        if len(s) < 20 or s in seen:
            continue
        seen.add(s)
        sents.append((src, s))
    rng = random.Random(20261129)
    docs = []
    # Articles keep to one source, as real articles keep to one outlet.
    for src in ["dsl2015b", "dsl2014", "tico19-id", "tico19-ms", "lingua-id", "lingua-ms", "lingua-en",
                "idner-news-2k-train"]:
        pool = [s for k, s in sents if k == src]
        rng.shuffle(pool)
        i = 0
        while i < len(pool):
            n = rng.randint(8, 24)
            chunk, i = pool[i:i + n], i + n
            paras, j = [], 0
            while j < len(chunk):
                k = rng.randint(2, 4)
                paras.append(" ".join(chunk[j:j + k]))
                j += k
            docs.append((src, "\n\n".join(paras)))
    for name in sorted(os.listdir(os.path.join(root, "benches/texts"))):
        if name.endswith(".txt"):
            docs.append(("warta", open(os.path.join(root, "benches/texts", name), encoding="utf-8").read()))
    rng.shuffle(docs)
    out = os.path.join(root, "benches/texts/varied.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for n, (src, text) in enumerate(docs, 1):
            f.write(json.dumps({"id": n, "source": src, "text": text}, ensure_ascii=False) + "\n")
    words = set(w for _, t in docs for w in re.findall(r"\w+(?:[-'’]\w+)*", t))
    lower = set(w.lower() for w in words)
    size = sum(len(t.encode()) for _, t in docs)
    print(f"{out}: {len(docs)} articles, {size} bytes, {len(words)} distinct words ({len(lower)} case-folded)", file=sys.stderr)


main()
