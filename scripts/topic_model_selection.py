#!/usr/bin/env python3
"""How warta's trainable topic model was chosen: scikit-learn classifiers
on SIB-200 Indonesian (../shared/eval/topic), over warta's own stems and
stopwords, scored on dev and by 5- and 10-fold cross-validation over train +
dev. Needs `pip install scikit-learn` and a release build of warta (for the
stems). Evaluation only; nothing here ships.

usage: scripts/topic_model_selection.py [SHARED_DIR]
"""
import csv
import os
import re
import subprocess
import sys

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.naive_bayes import ComplementNB, MultinomialNB
from sklearn.pipeline import make_pipeline
from sklearn.svm import LinearSVC

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "shared")
WARTA = os.path.join(HERE, "..", "target", "release", "warta")
TOPIC = os.path.join(SHARED, "eval", "topic")


def load(name):
    return list(csv.DictReader(open(os.path.join(TOPIC, name), encoding="utf-8"), delimiter="\t"))


train, dev = load("train.tsv"), load("dev.tsv")
WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
words = sorted({w for r in train + dev for w in WORD.findall(r["text"].lower())})
stems = subprocess.run([WARTA, "stem"], input="\n".join(words) + "\n", capture_output=True, text=True).stdout
STEM = dict(zip(words, stems.split("\n")))
STOP = {l.strip() for l in open(os.path.join(HERE, "..", "data", "stopwords.txt")) if l.strip() and not l.startswith("#")}


def features(kind):
    def analyse(text):
        ws = [w for w in WORD.findall(text.lower()) if w not in STOP]
        out = [STEM[w] for w in ws] if kind in ("stems", "stems+words", "stems+bigrams") else []
        if kind in ("words", "stems+words"):
            out += ["w:" + w for w in ws]
        if kind == "stems+bigrams":
            out += [a + " " + b for a, b in zip(out, out[1:])]
        return out
    return analyse


X, y = [r["text"] for r in train], [r["category"] for r in train]
Xd, yd = [r["text"] for r in dev], [r["category"] for r in dev]
models = {
    "complement NB a=0.5": lambda: ComplementNB(alpha=0.5),
    "multinomial NB a=0.1": lambda: MultinomialNB(alpha=0.1),
    "logistic regression C=10": lambda: LogisticRegression(C=10, max_iter=3000),
    "linear SVM C=0.5": lambda: LinearSVC(C=0.5),
}
for kind in ["words", "stems", "stems+words", "stems+bigrams"]:
    for name, make in models.items():
        vec = lambda: TfidfVectorizer(analyzer=features(kind), sublinear_tf=True,
                                      use_idf="NB" not in name, norm=None if "NB" in name else "l2")
        pipe = make_pipeline(vec(), make()).fit(X, y)
        acc = np.mean(pipe.predict(Xd) == np.array(yd))
        cv5 = cross_val_score(make_pipeline(vec(), make()), X + Xd, y + yd, cv=StratifiedKFold(5, shuffle=True, random_state=0)).mean()
        cv10 = cross_val_score(make_pipeline(vec(), make()), X + Xd, y + yd, cv=StratifiedKFold(10, shuffle=True, random_state=1)).mean()
        print(f"{kind:14} {name:26} dev {100 * acc:5.1f}  cv5 {100 * cv5:5.1f}  cv10 {100 * cv10:5.1f}")
