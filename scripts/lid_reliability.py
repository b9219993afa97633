#!/usr/bin/env python3
"""Measures how far `warta lang --lines` can be trusted on text its models
never saw: NusaX valid and train (id/jv/su/en; evaluation only, never
trained on) and lingua's Indonesian and English sentences. Prints the
reliability table (answers by confidence, and how many were right) and how
often `reliable: true` is right. A `None` answer counts as wrong.

usage: scripts/lid_reliability.py [SHARED_DIR] [WARTA_BINARY]
"""
import csv
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "shared")
BINARY = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "..", "target", "release", "warta")
LID = os.path.join(SHARED, "eval", "lid")


def main():
    rows = []
    cols = {"indonesian": "id", "javanese": "jv", "sundanese": "su", "english": "en"}
    for split in ("valid", "train"):
        for r in csv.DictReader(open(os.path.join(LID, "nusax", split + ".csv"), encoding="utf-8")):
            rows += [(r[c], lang, "nusax") for c, lang in cols.items()]
    for lang in ("id", "en"):
        for line in open(os.path.join(LID, "lingua-sentences", lang + ".txt"), encoding="utf-8"):
            if line.strip():
                rows.append((line.strip(), lang, "lingua"))
    texts = [" ".join(t.split()) for t, _, _ in rows]
    out = subprocess.run([BINARY, "lang", "--lines"], input="\n".join(texts) + "\n", capture_output=True,
                         text=True, check=True).stdout.splitlines()
    assert len(out) == len(rows)
    answers = [json.loads(o) for o in out]
    edges = [0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99, 1.0001]
    print("%d texts (NusaX valid+train id/jv/su/en, lingua id/en)" % len(rows))
    print("  confidence      answers  right    mean confidence")
    for lo, hi in zip(edges, edges[1:]):
        b = [(a["confidence"], a["lang"] == g) for a, (_, g, _) in zip(answers, rows)
             if a["lang"] is not None and lo <= a["confidence"] < hi]
        if b:
            print("  [%.2f, %.2f)  %7d  %6.2f%%  %.3f" % (lo, min(hi, 1), len(b), 100 * sum(ok for _, ok in b) / len(b),
                                                     sum(c for c, _ in b) / len(b)))
    none = sum(a["lang"] is None for a in answers)
    rel = [a["lang"] == g for a, (_, g, _) in zip(answers, rows) if a["reliable"]]
    print("  no answer: %d" % none)
    print("reliable: %d of %d answers, right %.2f%%" % (len(rel), len(rows), 100 * sum(rel) / max(1, len(rel))))
    for src in ("nusax", "lingua"):
        sub = [(a, g) for a, (_, g, s) in zip(answers, rows) if s == src]
        print("  %s: accuracy %.2f%%, reliable right %.2f%% of %d" % (
            src, 100 * sum(a["lang"] == g for a, g in sub) / len(sub),
            100 * sum(a["lang"] == g for a, g in sub if a["reliable"]) / max(1, sum(a["reliable"] for a, _ in sub)),
            sum(a["reliable"] for a, _ in sub)))


if __name__ == "__main__":
    main()
