#!/usr/bin/env python3
"""Throughput of the Python package against `warta batch` on the varied
benchmark corpus (benches/texts/varied.jsonl), start-up excluded, and
spaCy's blank Indonesian tokenizer on the same texts for reference.

usage: python3 scripts/py_bench.py [WARTA_BIN] [ROUNDS]
Run it with the Python that has `warta` installed (scripts/test's
virtual environment: target/py-venv/bin/python). spaCy is measured when it
is installed. Prints the median of ROUNDS (default 5) interleaved rounds.
"""
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

import warta

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "target", "release", "warta")
ROUNDS = int(sys.argv[2]) if len(sys.argv) > 2 else 5
CORPUS = os.path.join(ROOT, "benches", "texts", "varied.jsonl")
texts = [json.loads(l)["text"] for l in open(CORPUS, encoding="utf-8") if l.strip()]
mb = sum(len(t.encode()) for t in texts) / 1e6


def batch(threads, path):
    out = tempfile.mktemp(suffix=".jsonl")
    t = time.perf_counter()
    subprocess.run([BIN, "batch", "--input", path, "--output", out, "--threads", str(threads)],
                   check=True, capture_output=True)
    d = time.perf_counter() - t
    os.unlink(out)
    return d


one = tempfile.mktemp(suffix=".jsonl")
with open(one, "w", encoding="utf-8") as f:
    f.write(json.dumps({"id": 0, "text": "Ya."}) + "\n")

try:
    import spacy
    nlp = spacy.blank("id")
except ImportError:
    nlp = None

analyzer = warta.Analyzer()
analyzer.analyze_many(texts[:50], threads=1)
rows = {k: [] for k in ["batch 1 thread", "batch 2 threads", "start-up", "analyze_many 1 thread",
                        "analyze_many 2 threads", "analyze_many_json 1 thread", "spaCy blank id tokenizer"]}
for _ in range(ROUNDS):
    rows["start-up"].append(batch(1, one))
    rows["batch 1 thread"].append(batch(1, CORPUS))
    rows["batch 2 threads"].append(batch(2, CORPUS))
    for th in (1, 2):
        t = time.perf_counter(); analyzer.analyze_many(texts, threads=th)
        rows[f"analyze_many {th} thread" + ("s" if th > 1 else "")].append(time.perf_counter() - t)
    t = time.perf_counter(); analyzer.analyze_many_json(texts, threads=1)
    rows["analyze_many_json 1 thread"].append(time.perf_counter() - t)
    if nlp is not None:
        t = time.perf_counter()
        for doc in nlp.pipe(texts):
            pass
        rows["spaCy blank id tokenizer"].append(time.perf_counter() - t)

start = statistics.median(rows["start-up"])
print(f"{len(texts)} texts, {mb:.2f} MB; medians of {ROUNDS} rounds; batch times less its start-up ({start * 1000:.0f} ms)")
base = statistics.median(rows["batch 1 thread"]) - start
for name, vals in rows.items():
    if not vals or name == "start-up":
        continue
    m = statistics.median(vals) - (start if name.startswith("batch") else 0)
    print(f"{name:28} {m * 1000:7.0f} ms  {mb / m:6.2f} MB/s  {base / m:5.2f}x batch 1 thread")
