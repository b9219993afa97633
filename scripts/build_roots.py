#!/usr/bin/env python3
"""Builds data/roots.tsv, warta's Indonesian root lexicon, from permissively
licensed running text in ../shared/eval and ../shared/corpus, the hand-curated
data/roots_curated.txt and the hand-curated news roots data/roots_news.txt.

Evidence: word forms seen in running text of
  - TICO-19's Indonesian side (CC0, ../shared/corpus/tico19/id.tsv),
  - DSL 2014 Indonesian/Malay news sentences (MIT),
  - DSL 2015 test set B Indonesian/Malay sentences (CC0),
  - lingua's Indonesian and Malay sentences (Apache-2.0),
  - idner-news-2k train (MIT), NERGrit train (Apache-2.0): training splits
    only; their dev and valid splits only measure.
Never the UD treebanks (CC BY-SA; used only to measure), never Kateglo-derived
or copyleft dictionaries.

A form is kept as a root unless the affix rules (the same rules as
src/stem/indonesian.rs) derive it from another form seen in the text: such a
form (menjadi <- jadi, makanan <- makan) is an inflection, not a root. Rules
for deriving: the remaining root has at least 4 letters when only prefixes
were removed, 3 when a suffix was; a bare -i suffix (sisi, kursi) never
derives. Each root carries its count in the text, which the stemmer uses to
prefer frequent roots between competing analyses.

usage: scripts/build_roots.py [SHARED_DIR]   (writes data/roots.tsv)
"""
import collections
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "shared")
EVAL = os.path.join(SHARED, "eval")
VOWELS = set("aeiou")
# A root must be at least ALPHA times as frequent as a form derived from
# it. Measured on UD dev lemmas, any ALPHA above 0 loses accuracy, so the
# check is off; kept for experiments (WARTA_ROOTS_ALPHA=0.02).
ALPHA = float(os.environ.get("WARTA_ROOTS_ALPHA", "0"))
# The least weight of a hand-curated news root (data/roots_news.txt).
NEWS_FLOOR = int(os.environ.get("WARTA_NEWS_FLOOR", "20"))


def texts():
    for name in ("lid/dsl2014-idmy.tsv", "lid/dsl2015b-idmy.tsv"):
        for line in open(os.path.join(EVAL, name), encoding="utf-8"):
            yield line.rstrip("\n").split("\t")[0]
    for name in ("lid/lingua-sentences/id.txt", "lid/lingua-sentences/ms.txt"):
        yield from open(os.path.join(EVAL, name), encoding="utf-8")
    for name in ("ner/idner-news-2k/train.txt", "ner/nergrit/train_preprocess.txt"):
        for line in open(os.path.join(EVAL, name), encoding="utf-8"):
            parts = line.split()
            if parts:
                yield parts[0]
    # TICO-19's Indonesian side (CC0): health and news-like translations.
    with open(os.path.join(SHARED, "corpus", "tico19", "id.tsv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            yield line.rstrip("\n").split("\t", 1)[-1]


def prefix_options(w):
    """Every way to remove one prefix from w: (rest, prefix kind)."""
    out = []

    def add(rest, kind):
        if len(rest) >= 2:
            out.append((rest, kind))

    for p in ("di", "ke", "se"):
        if w.startswith(p):
            add(w[2:], p)
    # Proclitic pronouns (kuambil, kaulihat) and ke-tidak-...-an.
    if w.startswith("kau"):
        add(w[3:], "ku")
    elif w.startswith("ku"):
        add(w[2:], "ku")
    if w.startswith("ketidak"):
        add(w[7:], "ke")
    for p, kind in (("ter", "te"), ("ber", "be")):
        if w.startswith(p):
            add(w[3:], kind)
            # ber-/ter- before a root that starts with r (terrasa is rare),
            # ber- also before r + vowel: berencana <- rencana
            if w[3:4] == "r" or (kind == "be" and w[3:4] in VOWELS):
                add(w[2:], kind)
    if w.startswith("belajar"):
        add(w[3:], "be")
    if w.startswith("be") and len(w) > 4 and w[2] not in VOWELS and w[3:5] == "er":
        add(w[2:], "be")
    for p in ("me", "pe"):
        if not w.startswith(p):
            continue
        r = w[2:]
        if p == "pe":
            if r.startswith("r"):
                add(r[1:], "per")
            if r.startswith("lajar"):
                add(r[1:], "pe")
        if r.startswith("nge") and len(r) > 3 and r[3] not in VOWELS and sum(c in VOWELS for c in r[3:]) == 1:
            add(r[3:], p)  # menge- before a one-syllable root: mengebom <- bom
        if r.startswith("ng"):
            s = r[2:]
            if s and s[0] in VOWELS:
                add(s, p)
                add("k" + s, p)
            elif s and s[0] in "ghkx":
                add(s, p)
        elif r.startswith("ny"):
            s = r[2:]
            if s and s[0] in VOWELS:
                add("s" + s, p)
                add(r, p)
        elif r.startswith("n"):
            s = r[1:]
            if s and s[0] in VOWELS:
                add("t" + s, p)
                add(r, p)
            elif s and s[0] in "cdjtzsy":
                add(s, p)
        elif r.startswith("m"):
            s = r[1:]
            if s and s[0] in VOWELS:
                add("p" + s, p)
                add(r, p)
            elif s and s[0] in "bfvp":
                add(s, p)
        elif r and r[0] in "lrwy":
            add(r, p)
        elif p == "pe" and r and r[0] not in VOWELS:
            add(r, p)
    return out


def tala(word):
    """The Snowball Indonesian (Tala) stem of a lowercase word (the same
    algorithm as src/stem/tala.rs)."""
    measure = sum(c in VOWELS for c in word)
    if measure <= 2:
        return word
    w = word
    for s in ("kah", "lah", "pun"):
        if w.endswith(s):
            w, measure = w[: -len(s)], measure - 1
            break
    if measure <= 2:
        return w
    for s in ("nya", "ku", "mu"):
        if w.endswith(s):
            w, measure = w[: -len(s)], measure - 1
            break
    if measure <= 2:
        return w
    head, prefix = "", 0
    first = next((p for p in ("meng", "peng", "mem", "men", "pem", "pen", "ter", "di", "ke", "me") if w.startswith(p)), None)

    def remove_suffix(body, prefix):
        if body.endswith("an"):
            if len(body) >= 3 and body[-3] == "k" and prefix not in (2, 3):
                return body[:-3], True
            if prefix == 1:
                return body, False
            return body[:-2], True
        if body.endswith("i"):
            if prefix > 2 or (len(body) >= 2 and body[-2] == "s"):
                return body, False
            return body[:-1], True
        return body, False

    def second_order(body):
        if body.startswith("pe"):
            if body[2:3] == "r":
                return body[3:], 2
            if body[2:3] == "l" and body[3:].startswith("ajar"):
                return body[3:], None
            return body[2:], 2
        if body.startswith("be"):
            if body[2:3] == "r" or (body[2:3] == "l" and body[3:].startswith("ajar")):
                return body[3:], 4
            if len(body) > 2 and body[2] not in VOWELS and body[3:].startswith("er"):
                return body[2:], 4
        return None

    if first:
        measure -= 1
        body = w[len(first):]
        prefix = 3 if first in ("peng", "pem", "pen", "ke") else 1
        if first in ("men", "pen") and body[:1] == "y" and body[1:2] in VOWELS:
            head, body = "s", body[1:]
        elif first in ("mem", "pem") and body[:1] in VOWELS and body:
            head = "p"
        if measure > 2:
            body, removed = remove_suffix(body, prefix)
            if removed:
                measure -= 1
                if measure > 2:
                    so = second_order(body)
                    if so:
                        body = so[0]
        return head + body
    body = w
    so = second_order(body)
    if so:
        body, measure = so[0], measure - 1
        if so[1] is not None:
            prefix = so[1]
    if measure > 2:
        body, _ = remove_suffix(body, prefix)
    return body


def clearly_affixed(w):
    """A verbal prefix (di-, meN-, ber-, ter-) that Tala strips, leaving a
    stem of at least four letters and two syllables: tercatat, menyusul,
    dipicu. Such a form is no root even when its root was not seen."""
    if not w.startswith(("di", "me", "ber", "ter")):
        return False
    s = tala(w)
    return len(s) >= 4 and sum(c in VOWELS for c in s) >= 2 and not w.startswith(s)


DISALLOWED = {("be", "i"), ("di", "an"), ("ke", "i"), ("ke", "kan"), ("me", "an"), ("se", "i"),
              ("se", "kan"), ("te", "an")}


def suffix_options(w):
    """(stem, derivational suffix) with every suffix removed first, then each
    restored in turn, as in the ECS stemmer."""
    particle = next((s for s in ("lah", "kah", "pun") if w.endswith(s) and len(w) > len(s) + 2), None)
    b1 = w[: -len(particle)] if particle else w
    pronoun = next((s for s in ("nya", "ku", "mu") if b1.endswith(s) and len(b1) > len(s) + 2), None)
    b2 = b1[: -len(pronoun)] if pronoun else b1
    deriv = next((s for s in ("isasi", "isme") if b2.endswith(s) and len(b2) > len(s) + 3), None) \
        or next((s for s in ("kan", "an", "i") if b2.endswith(s) and len(b2) > len(s) + 1), None)
    opts = []
    if deriv:
        opts.append((b2[: -len(deriv)], deriv))
    if deriv == "kan":
        opts.append((b2[:-2], "an"))
    if deriv == "isasi":
        opts.append((b2[:-1], "i"))
    opts.append((b2, None))
    if pronoun:
        opts.append((b1, None))
    if particle:
        opts.append((w, None))
    return opts


def derivations(w, known, counts):
    """Forms in `known` that w derives from by the affix rules: at least
    ALPHA times as frequent as w itself (so penting is not derived from
    ting, nor menang from tang)."""
    def frequent(root):
        return counts.get(root, 1) >= ALPHA * counts.get(w, 1)

    for stem, deriv in suffix_options(w):
        # A bare -i never derives (sisi, kursi); with a prefix it does.
        # A suffix alone leaves at least four letters: bagian <- bagi, but
        # not tahan <- tah, bulan <- bul.
        # A pronoun alone (ibunya <- ibu) leaves at least three.
        least = 3 if deriv is None else 4
        if deriv != "i" and stem != w and stem in known and len(stem) >= least and frequent(stem):
            yield stem
        frontier = [(stem, [])]
        for depth in range(3):
            following = []
            for x, kinds in frontier:
                for rest, kind in prefix_options(x):
                    if not kinds and deriv and (kind, deriv) in DISALLOWED:
                        continue
                    if kinds and kind == kinds[-1] and kind != "per":
                        continue
                    minimum = 4 if depth > 0 or stem == w else 3
                    if rest in known and len(rest) >= minimum and rest != w and frequent(rest):
                        yield rest
                    following.append((rest, kinds + [kind]))
            frontier = following


def main():
    counts = collections.Counter()
    for text in texts():
        for w in re.findall(r"[A-Za-z]+", text):
            counts[w.lower()] += 1
    def word_list(name):
        return [l.strip() for l in open(os.path.join(HERE, "..", "data", name), encoding="utf-8")
                if l.strip() and not l.startswith("#")]

    # Lexicalised -nya forms (akhirnya, biasanya, sebelumnya) are roots too.
    curated = word_list("roots_curated.txt") + [
        w for w in word_list("clitic_exceptions.txt") if w.endswith("nya") and "-" not in w
    ]
    # Roots a news corpus uses most, curated by hand (data/roots_news.txt):
    # a root even when it looks derived (menang, not me- + nang), weighed at
    # least NEWS_FLOOR so that it competes with the roots the text counts.
    news = word_list("roots_news.txt")
    known = set(counts) | set(curated) | set(news)
    roots = {w: max(counts[w], 1) for w in curated}
    for w in news:
        roots[w] = max(roots.get(w, 0), counts[w], NEWS_FLOOR)
    for w, c in counts.items():
        if len(w) < 2 or w in roots:
            continue
        if not clearly_affixed(w) and next(derivations(w, known, counts), None) is None:
            roots[w] = c
    out = os.path.join(HERE, "..", "data", "roots.tsv")
    with open(out, "w", encoding="utf-8") as f:
        f.write("# Indonesian roots with their counts in the evidence text. GENERATED by\n")
        f.write("# scripts/build_roots.py: do not edit; edit data/roots_curated.txt and rerun.\n")
        for w in sorted(roots):
            f.write(f"{w}\t{roots[w]}\n")
    print(f"{len(roots)} roots from {len(counts)} forms ({sum(counts.values())} words of text)")


if __name__ == "__main__":
    main()
