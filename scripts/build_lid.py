#!/usr/bin/env python3
"""Builds warta's Indonesian-vs-Malay model and reports its held-out accuracy,
its calibration and, when a release binary is built, the detector's
confusion matrix.

Writes
  data/lid_idms.tsv    word weights, log P(word | id) - log P(word | ms)
  data/lid_ngrams.tsv  character n-gram weights (n = 2..5, inside words with
                       `<` and `>` marking the word's edges), read for words
                       the word model does not know, scaled by NGRAM_SCALE
and the calibration in the header of data/lid_idms.tsv (`@scale`, `@reliable`):
confidence = sigmoid(scale * |score|), and `reliable` needs a confidence of at
least `@reliable`.

Training text (permissive licences only):
  - DSL 2014 Indonesian/Malay test sentences (MIT, DSLCC),
  - DSL 2015 test set B (CC0, DSLCC v2.0),
  - TICO-19 Indonesian and Malaysian Malay (CC0; the same 3,071 segments in
    both standards), ../shared/corpus/tico19.
DSL 2015 test A, DSL 2016 and NusaX are never read here but for measuring
(NusaX valid only, and only through the built binary, for the matrix).

The model is multinomial naive Bayes with additive smoothing. A text's score
is the sum of its words' weights plus the curated markers of
data/lid_idms_markers.tsv and the Indonesian prior; positive means Indonesian.

usage: scripts/build_lid.py [SHARED_DIR]
"""
import collections
import csv
import json
import math
import os
import random
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
SHARED = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared")
ALPHA = 0.25
MIN_COUNT = 1
NGRAM_MIN_COUNT = 2
NGRAMS = (2, 3, 4, 5)
# Weight of the n-gram evidence of an unknown word, and the least weight an
# n-gram keeps (smaller ones change no answer: measured, see README).
NGRAM_SCALE = 0.05
NGRAM_MIN_WEIGHT = 0.5
# Must match src/language.rs.
INDONESIAN_PRIOR = 0.5
STRONG_MARKER = 3.0
WEAK_MARKER = 1.5
# `reliable` must be right this often on the held-out predictions.
RELIABLE_PRECISION = 0.997


def load_dsl(name):
    rows = []
    for line in open(os.path.join(SHARED, "eval", "lid", name), encoding="utf-8"):
        parts = line.rstrip("\n").rsplit("\t", 1)
        if len(parts) == 2 and parts[1] in ("id", "my"):
            rows.append((parts[0], "id" if parts[1] == "id" else "ms"))
    return rows


def load_tico():
    rows = []
    for lang in ("id", "ms"):
        path = os.path.join(SHARED, "corpus", "tico19", lang + ".tsv")
        with open(path, encoding="utf-8") as f:
            next(f)
            for line in f:
                parts = line.rstrip("\n").split("\t", 1)
                if len(parts) == 2 and parts[1].strip():
                    rows.append((parts[1], lang))
    return rows


def load_markers():
    markers = {}
    for line in open(os.path.join(ROOT, "data", "lid_idms_markers.tsv"), encoding="utf-8"):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.rstrip("\n").split("\t")
        sign = 1.0 if cols[1] == "id" else -1.0
        strength = cols[2] if len(cols) > 2 else "strong"
        markers[cols[0]] = markers.get(cols[0], 0.0) + sign * (STRONG_MARKER if strength == "strong" else WEAK_MARKER)
    return markers


def words(text):
    # The same words as warta's detector: runs of ASCII letters, lowercased.
    return re.findall(r"[a-z]+", text.lower())


def grams(word):
    padded = "<" + word + ">"
    return [padded[i:i + n] for n in NGRAMS for i in range(len(padded) - n + 1)]


def naive_bayes(counts, min_count):
    vocab = [w for w in set(counts["id"]) | set(counts["ms"]) if counts["id"][w] + counts["ms"][w] >= min_count]
    total = {l: sum(c[w] for w in vocab) for l, c in counts.items()}
    denom = {l: total[l] + ALPHA * len(vocab) for l in counts}
    return {w: math.log((counts["id"][w] + ALPHA) / denom["id"]) - math.log((counts["ms"][w] + ALPHA) / denom["ms"])
            for w in vocab}


def train(rows):
    word_counts = {"id": collections.Counter(), "ms": collections.Counter()}
    gram_counts = {"id": collections.Counter(), "ms": collections.Counter()}
    for text, label in rows:
        ws = words(text)
        word_counts[label].update(ws)
        for w in ws:
            gram_counts[label].update(grams(w))
    word_model = naive_bayes(word_counts, MIN_COUNT)
    gram_model = {g: v for g, v in naive_bayes(gram_counts, NGRAM_MIN_COUNT).items() if abs(v) >= NGRAM_MIN_WEIGHT}
    return word_model, gram_model


class Scorer:
    """A text's score as warta computes it (src/language.rs)."""

    def __init__(self, model, markers):
        self.words, self.grams = model
        self.markers = markers
        self.cache = {}

    def word(self, w):
        s = self.cache.get(w)
        if s is None:
            if w in self.words or w in self.markers:
                s = self.words.get(w, 0.0) + self.markers.get(w, 0.0)
            else:
                s = NGRAM_SCALE * sum(self.grams.get(g, 0.0) for g in grams(w))
            # warta keeps weights in thousandths.
            s = round(s * 1000) / 1000
            self.cache[w] = s
        return s

    def score(self, text):
        return INDONESIAN_PRIOR + sum(self.word(w) for w in words(text))


def cut(text, n=60):
    if len(text) <= n:
        return text
    c = text[:n]
    return c.rsplit(" ", 1)[0] if " " in c else c


def predictions(scorer, rows, shorten):
    out = []
    for text, label in rows:
        s = scorer.score(cut(text) if shorten else text)
        out.append((s, ("id" if s >= 0 else "ms") == label))
    return out


def accuracy(preds):
    return 100 * sum(ok for _, ok in preds) / len(preds)


def sigmoid(x):
    return 1 / (1 + math.exp(-x))


def fit_scale(preds):
    """The scale of the score that best predicts whether the answer is right
    (Platt scaling without an offset: the score is symmetric)."""
    def loss(a):
        return -sum(math.log(max(1e-12, sigmoid(a * abs(s)) if ok else 1 - sigmoid(a * abs(s)))) for s, ok in preds)
    lo, hi = 0.01, 3.0
    for _ in range(60):
        m1, m2 = lo + (hi - lo) / 3, hi - (hi - lo) / 3
        if loss(m1) < loss(m2):
            hi = m2
        else:
            lo = m1
    return round((lo + hi) / 2, 4)


def reliability(preds, scale):
    edges = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99, 0.999, 1.0001]
    print("  confidence      answers  right   mean confidence")
    for lo, hi in zip(edges, edges[1:]):
        inbin = [(sigmoid(scale * abs(s)), ok) for s, ok in preds if lo <= sigmoid(scale * abs(s)) < hi]
        if inbin:
            print("  [%.3f, %.3f)  %6d  %6.2f%%  %.3f" % (lo, min(hi, 1.0), len(inbin),
                                                     100 * sum(ok for _, ok in inbin) / len(inbin),
                                                     sum(c for c, _ in inbin) / len(inbin)))


def reliable_threshold(preds, scale):
    """The least confidence at which the answers at or above it are right at
    least RELIABLE_PRECISION of the time."""
    confs = sorted(((sigmoid(scale * abs(s)), ok) for s, ok in preds), reverse=True)
    right = total = 0
    best = 1.0
    for c, ok in confs:
        right += ok
        total += 1
        if right / total >= RELIABLE_PRECISION:
            best = c
    # Rounded up, so that the threshold is never looser than measured.
    return math.ceil(best * 10000) / 10000


def confusion(binary):
    """The detector's confusions on the measuring sets, through the binary."""
    langs = ["id", "ms", "jv", "su", "en"]
    sets = []
    for name in ("dsl2014-idmy.tsv", "dsl2015b-idmy.tsv"):
        sets += [(t, l) for t, l in load_dsl(name)]
    nusax = os.path.join(SHARED, "eval", "lid", "nusax", "valid.csv")
    cols = {"indonesian": "id", "javanese": "jv", "sundanese": "su", "english": "en"}
    for row in csv.DictReader(open(nusax, encoding="utf-8")):
        sets += [(row[c], l) for c, l in cols.items()]
    texts = [" ".join(t.split()) for t, _ in sets]
    out = subprocess.run([binary, "lang", "--lines"], input="\n".join(texts) + "\n", capture_output=True,
                         text=True, check=True).stdout.splitlines()
    got = [str(json.loads(l).get("lang")) for l in out]
    heads = langs + ["other", "none"]
    matrix = collections.Counter()
    for (_, gold), pred in zip(sets, got):
        matrix[gold, pred if pred in langs else ("none" if pred == "None" else "other")] += 1
    print("confusion matrix, release binary (rows gold: DSL 2014 + 2015-B id/ms, NusaX valid id/jv/su/en;"
          " DSL is training text for id/ms, so only its non-id/ms columns are held out):")
    print("  gold\\got " + "".join("%7s" % h for h in heads))
    for g in langs:
        print("  %-8s " % g + "".join("%7d" % matrix[g, h] for h in heads))


def held_out_predictions(train_fn=None, scorer_cls=None, markers=None):
    """Predictions on text the model did not train on, as (name, full, short)
    triples: cross-year (TICO-19 always in training: train on one DSL year,
    test on the other), then 10-fold cross-validation over DSL 2014 + 2015-B
    with TICO-19 in every training fold. `scripts/lid_variants.py` measures
    its variants with the same splits."""
    train_fn, scorer_cls = train_fn or train, scorer_cls or Scorer
    markers = load_markers() if markers is None else markers
    a, b, t = load_dsl("dsl2014-idmy.tsv"), load_dsl("dsl2015b-idmy.tsv"), load_tico()
    out = []
    for name, train_rows, test_rows in (("2015-B + TICO-19", b + t, a), ("2014 + TICO-19", a + t, b)):
        scorer = scorer_cls(train_fn(train_rows), markers)
        out.append((name, predictions(scorer, test_rows, False), predictions(scorer, test_rows, True)))
    rows = a + b
    random.Random(7).shuffle(rows)
    folds = [rows[i::10] for i in range(10)]
    full, short = [], []
    for i in range(10):
        scorer = scorer_cls(train_fn([r for j, f in enumerate(folds) if j != i for r in f] + t), markers)
        full += predictions(scorer, folds[i], False)
        short += predictions(scorer, folds[i], True)
    out.append(("10-fold", full, short))
    return out


def main():
    a, b, t = load_dsl("dsl2014-idmy.tsv"), load_dsl("dsl2015b-idmy.tsv"), load_tico()
    markers = load_markers()
    held_out = []
    (year_a, full_a, short_a), (year_b, full_b, short_b), (_, full, short) = held_out_predictions(markers=markers)
    for name, f, s in ((year_a, full_a, short_a), (year_b, full_b, short_b)):
        held_out += f + s
        print("train %s, test the other DSL year: %.2f%% (<= 60 chars %.2f%%)" % (name, accuracy(f), accuracy(s)))
    # Cross-source: train on DSL only, test on TICO-19; train on TICO-19, test on DSL.
    for name, train_rows, test_rows in (("DSL 2014 + 2015-B", a + b, t), ("TICO-19", t, a + b)):
        scorer = Scorer(train(train_rows), markers)
        print("cross-source: train %s, test the other: %.2f%% (<= 60 chars %.2f%%)" % (
            name, accuracy(predictions(scorer, test_rows, False)), accuracy(predictions(scorer, test_rows, True))))
    held_out += full + short
    print("10-fold cross-validation on DSL 2014 + 2015-B: %.2f%% (<= 60 chars %.2f%%)" % (accuracy(full), accuracy(short)))
    scale = fit_scale(held_out)
    threshold = reliable_threshold(held_out, scale)
    print("calibration on %d held-out predictions (cross-year and 10-fold, full and cut): scale %.4f" % (len(held_out), scale))
    reliability(held_out, scale)
    kept = [(s, ok) for s, ok in held_out if sigmoid(scale * abs(s)) >= threshold]
    print("reliable at confidence >= %.4f: %d of %d answers, right %.2f%%" % (
        threshold, len(kept), len(held_out), 100 * sum(ok for _, ok in kept) / max(1, len(kept))))

    words_model, grams_model = train(a + b + t)
    with open(os.path.join(ROOT, "data", "lid_idms.tsv"), "w", encoding="utf-8") as f:
        f.write("# Indonesian-vs-Malay word weights, log P(w|id) - log P(w|ms). GENERATED by\n")
        f.write("# scripts/build_lid.py from DSL 2014 (MIT), DSL 2015-B (CC0) and TICO-19 (CC0): do not edit.\n")
        f.write("# @scale: confidence = sigmoid(scale * |score|); @reliable: least reliable confidence.\n")
        f.write("@scale\t%.4f\n@reliable\t%.4f\n" % (scale, threshold))
        for w in sorted(words_model):
            f.write("%s\t%.4f\n" % (w, words_model[w]))
    with open(os.path.join(ROOT, "data", "lid_ngrams.tsv"), "w", encoding="utf-8") as f:
        f.write("# Indonesian-vs-Malay character n-gram weights (n = 2..5, `<` and `>` mark a word's\n")
        f.write("# edges), for words the word model lacks. GENERATED by scripts/build_lid.py from\n")
        f.write("# DSL 2014 (MIT), DSL 2015-B (CC0) and TICO-19 (CC0): do not edit.\n")
        f.write("@scale\t%.4f\n" % NGRAM_SCALE)
        for g in sorted(grams_model):
            f.write("%s\t%.4f\n" % (g, grams_model[g]))
    print("%d words, %d n-grams written to data/lid_idms.tsv and data/lid_ngrams.tsv" % (len(words_model), len(grams_model)))
    binary = os.path.join(ROOT, "target", "release", "warta")
    if os.path.exists(binary) and os.environ.get("WARTA_LID_MATRIX", "1") != "0":
        confusion(binary)


if __name__ == "__main__":
    main()
