#!/usr/bin/env python3
"""Measures variants of the Indonesian-vs-Malay model of scripts/build_lid.py
that were tried and not adopted, with the held-out splits build_lid.py
reports: cross-year (train one DSL year + TICO-19, test the other) and
10-fold over DSL 2014 + 2015-B, full sentences and cut to 60 characters.

Each line: the variant, cross-year 2014 full/short, cross-year 2015-B
full/short, 10-fold full/short, and the mean of the two cross-year short
figures (the one that tracked DSL 2015 test A best: see README).

Reads training text only (DSL 2014, DSL 2015-B, TICO-19, and the training
splits of idner-news-2k and NERGrit for the `indonesian news` variants).
The CLDR variant needs the `babel` package (skipped without it).

usage: scripts/lid_variants.py [SHARED_DIR]
"""
import collections
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build_lid as B  # noqa: E402


def measure(label, train=None, scorer=None, markers=None):
    out = []
    for _, full, short in B.held_out_predictions(train, scorer, markers):
        out += [B.accuracy(full), B.accuracy(short)]
    print("%-34s 2014 %.2f/%.2f  2015-B %.2f/%.2f  10-fold %.2f/%.2f  cross-year short %.2f" % (
        label, *out, (out[1] + out[3]) / 2), flush=True)


def clipped(limit):
    def train(rows):
        words, grams = B.train(rows)
        return {w: max(-limit, min(limit, v)) for w, v in words.items()}, grams
    return train


def with_counts(rows):
    words, grams = B.train(rows)
    counts = collections.Counter()
    for text, _ in rows:
        counts.update(B.words(text))
    return words, grams, counts


class Backoff(B.Scorer):
    """A known word's weight mixed with its n-grams' by its count n:
    n / (n + k) of the word's, the rest `scale` times the n-grams'."""
    k, scale = 0.5, 3.0

    def __init__(self, model, markers):
        self.words, self.grams, self.counts = model
        self.markers, self.cache = markers, {}

    def word(self, w):
        s = self.cache.get(w)
        if s is None:
            g = B.NGRAM_SCALE * sum(self.grams.get(x, 0.0) for x in B.grams(w))
            if w in self.words:
                lam = self.counts[w] / (self.counts[w] + self.k)
                s = lam * self.words[w] + (1 - lam) * self.scale * g + self.markers.get(w, 0.0)
            else:
                s = self.markers.get(w, g)
            self.cache[w] = s
        return s


class NgramsToo(B.Scorer):
    """Known words also add `beta` times their n-grams' weight."""
    beta = 0.02

    def word(self, w):
        s = self.cache.get(w)
        if s is None:
            g = sum(self.grams.get(x, 0.0) for x in B.grams(w))
            if w in self.words or w in self.markers:
                s = self.words.get(w, 0.0) + self.markers.get(w, 0.0) + self.beta * g
            else:
                s = B.NGRAM_SCALE * g
            self.cache[w] = s
        return s


def boundary_grams(ws):
    """Character n-grams across each word boundary: one or two letters of
    the word before, a space, one or two letters of the word after."""
    return [x[-k:] + " " + y[:j] for x, y in zip(ws, ws[1:]) for k in (1, 2) for j in (1, 2)
            if len(x) >= k and len(y) >= j]


def with_boundaries(rows):
    words, grams = B.train(rows)
    counts = {"id": collections.Counter(), "ms": collections.Counter()}
    for text, label in rows:
        counts[label].update(boundary_grams(B.words(text)))
    return words, grams, {g: v for g, v in B.naive_bayes(counts, 2).items() if abs(v) >= 0.5}


class Boundaries(B.Scorer):
    """The text's boundary n-grams add `scale` times their weights."""
    scale = 0.1

    def __init__(self, model, markers):
        self.words, self.grams, self.boundaries = model
        self.markers, self.cache = markers, {}

    def score(self, text):
        ws = B.words(text)
        extra = sum(self.boundaries.get(g, 0.0) for g in boundary_grams(ws))
        return B.INDONESIAN_PRIOR + sum(self.word(w) for w in ws) + self.scale * extra


def binarized(rows):
    word_counts = {"id": collections.Counter(), "ms": collections.Counter()}
    gram_counts = {"id": collections.Counter(), "ms": collections.Counter()}
    for text, label in rows:
        ws = B.words(text)
        word_counts[label].update(set(ws))
        for w in ws:
            gram_counts[label].update(B.grams(w))
    grams = {g: v for g, v in B.naive_bayes(gram_counts, B.NGRAM_MIN_COUNT).items() if abs(v) >= B.NGRAM_MIN_WEIGHT}
    return B.naive_bayes(word_counts, B.MIN_COUNT), grams


def indonesian_news():
    """Sentences of the idner-news-2k and NERGrit training splits."""
    out = []
    for name in ("idner-news-2k/train.txt", "nergrit/train_preprocess.txt"):
        sentence = []
        for line in open(os.path.join(B.SHARED, "eval", "ner", name), encoding="utf-8"):
            parts = line.split()
            if parts:
                sentence.append(parts[0])
            elif sentence:
                out.append((" ".join(sentence), "id"))
                sentence = []
        if sentence:
            out.append((" ".join(sentence), "id"))
    return out


def shrink_malay(news, floor):
    """Malay-leaning words at least as common in Indonesian news as in the
    Malay training text keep at most `floor` of Malay weight."""
    counts = collections.Counter()
    for text, _ in news:
        counts.update(B.words(text))
    total = sum(counts.values())

    def train(rows):
        words, grams = B.train(rows)
        malay = collections.Counter()
        for text, label in rows:
            if label == "ms":
                malay.update(B.words(text))
        malay_total = sum(malay.values())
        out = {}
        for w, v in words.items():
            if v < 0 and counts[w] >= 3 and counts[w] / total > 0.6 * (malay[w] + 0.25) / malay_total:
                v = max(v, floor)
            out[w] = v
        return out, grams
    return train


def cldr_markers(weight):
    """Country, month and day names that CLDR spells differently in `id` and
    `ms` (one word each), as markers of `weight`."""
    import re
    from babel import Locale
    id_, ms = Locale("id"), Locale("ms")

    def vocabulary(loc):
        out = set()
        for names in (loc.territories, loc.languages, loc.scripts, loc.currencies):
            for v in names.values():
                out.update(re.findall(r"[a-z]+", v.lower()))
        return out
    in_id, in_ms = vocabulary(id_), vocabulary(ms)
    pairs = [(id_.territories[k], ms.territories[k]) for k in id_.territories if k in ms.territories and not k.isdigit()]
    for table in ("months", "days"):
        a, b = getattr(id_, table)["format"]["wide"], getattr(ms, table)["format"]["wide"]
        pairs += [(a[k], b[k]) for k in a]
    markers = B.load_markers()
    for x, y in pairs:
        x, y = x.lower(), y.lower()
        if x == y or not re.fullmatch("[a-z]+", x) or not re.fullmatch("[a-z]+", y) or "minggu" in (x, y):
            continue
        if x not in in_ms:
            markers.setdefault(x, weight)
        if y not in in_id:
            markers.setdefault(y, -weight)
    return markers


def main():
    measure("build_lid.py as it is")
    for limit in (2.0, 3.0, 4.0):
        measure("word weights clipped at %.0f" % limit, train=clipped(limit))
    for k, scale in ((0.5, 1.0), (0.5, 3.0), (1.0, 3.0), (2.0, 3.0)):
        Backoff.k, Backoff.scale = k, scale
        measure("rare words back off, k %.1f x%.0f" % (k, scale), train=with_counts, scorer=Backoff)
    for beta in (0.01, 0.02, 0.04):
        NgramsToo.beta = beta
        measure("known words add n-grams x%.2f" % beta, scorer=NgramsToo)
    for scale in (0.05, 0.1, 0.2):
        Boundaries.scale = scale
        measure("n-grams across word boundaries x%.2f" % scale, train=with_boundaries, scorer=Boundaries)
    measure("binarized word counts", train=binarized)
    news = indonesian_news()
    orig = B.load_tico
    for share in (0.25, 1.0):
        extra = news[:int(len(news) * share)]
        B.load_tico = lambda extra=extra: orig() + extra
        measure("+ Indonesian news, %d sentences" % len(extra))
    B.load_tico = orig
    for floor in (0.0, -0.5):
        measure("Malay weights shrunk to %.1f" % floor, train=shrink_malay(news, floor))
    try:
        for weight in (1.5, 3.0):
            measure("+ CLDR name contrasts x%.1f" % weight, markers=cldr_markers(weight))
    except ImportError:
        print("CLDR variant skipped: no babel")


if __name__ == "__main__":
    main()
