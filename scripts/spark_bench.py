#!/usr/bin/env python3
"""Spark in local mode against `warta batch --threads 1`, on the same feed.

    PYSPARK_PYTHON=target/py-venv/bin/python \\
        target/py-venv/bin/python scripts/spark_bench.py target/release/warta [ROUNDS]

The feed: every run of consecutive paragraphs of every article of the
varied benchmark corpus (benches/texts/varied.jsonl), each distinct text
once, as JSONL records `{id, text}` (about 19,000 records, 27 MB). A
larger feed than the Spark test's, so that what Spark pays once per job
(planning, scheduling, committing the output) weighs as it does on a real
feed of millions.

One SparkSession (`local[1]`: one executor core), warmed up by running the
feed once through the measured path (JVM start-up, JIT compilation, the
Python worker's start-up and warta's data loading are left out). Then
ROUNDS (default 5) rounds, each timing `warta batch --threads 1 --input
FEED --output FILE` (wall time less the command's start-up with its data
loaded, measured on a one-record feed) and then the Spark records path of
`python/examples/spark_analyze.py` (`spark.read.text`,
`warta.spark.analyze_records`, `write.text`), and the struct path on the
first round's feed when `--struct` is given. Prints each round's
records/s and ratio, then the medians.
"""

import argparse
import importlib.util
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VARIED = ROOT / "benches" / "texts" / "varied.jsonl"
EXAMPLE = ROOT / "python" / "examples" / "spark_analyze.py"


def feed_records():
    """Every run of consecutive paragraphs of every article, each distinct
    text once."""
    seen = set()
    with open(VARIED, encoding="utf-8") as f:
        for line in f:
            art = json.loads(line)
            paras = [p.strip() for p in art["text"].split("\n\n") if p.strip()]
            for i in range(len(paras)):
                for j in range(i + 1, len(paras) + 1):
                    text = "\n\n".join(paras[i:j])
                    if text not in seen:
                        seen.add(text)
                        yield {"id": f"v{art['id']}-{i}-{j}", "text": text}


def timed(cmd):
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("warta", help="the warta binary")
    p.add_argument("rounds", nargs="?", type=int, default=5)
    p.add_argument("--struct", action="store_true", help="also time the struct path")
    args = p.parse_args()

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    spec = importlib.util.spec_from_file_location("spark_analyze", EXAMPLE)
    example = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(example)

    tmp = Path(tempfile.mkdtemp(prefix="warta-spark-bench-"))
    try:
        feed = tmp / "feed.jsonl"
        n = 0
        with open(feed, "w", encoding="utf-8") as f:
            for r in feed_records():
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
                n += 1
        # The command's start-up, with its data loaded: a one-record feed.
        one = tmp / "one.jsonl"
        one.write_text(json.dumps({"id": "1", "text": "Bank Indonesia menahan suku bunga."}) + "\n")
        print(f"feed: {n} records, {feed.stat().st_size / 1e6:.1f} MB", flush=True)

        from pyspark.sql import SparkSession

        spark = (
            SparkSession.builder.master("local[1]")
            .appName("warta-spark-bench")
            .config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false")
            .config("spark.sql.shuffle.partitions", "1")
            .config("spark.sql.execution.arrow.maxRecordsPerBatch", "256")
            .getOrCreate()
        )
        spark.sparkContext.setLogLevel("ERROR")

        def spark_run(struct):
            ns = argparse.Namespace(
                struct=struct, partitions=None, text_col="text", threads=1, keywords=None
            )
            start = time.perf_counter()
            example.run(spark, str(feed), str(tmp / "out"), ns)
            return time.perf_counter() - start

        batch = [args.warta, "batch", "--threads", "1", "--input"]
        spark_run(False)  # warm-up
        if args.struct:
            spark_run(True)
        startup = min(timed(batch + [str(one), "--output", str(tmp / "one-out.jsonl")]) for _ in range(5))
        print(f"warta batch start-up: {startup * 1000:.0f} ms", flush=True)

        ratios, struct_ratios, rates, batch_rates = [], [], [], []
        for r in range(args.rounds):
            b = timed(batch + [str(feed), "--output", str(tmp / "batch.jsonl")]) - startup
            s = spark_run(False)
            line = (
                f"round {r + 1}: warta batch {n / b:,.0f} records/s, "
                f"Spark records path {n / s:,.0f} records/s ({b / s:.2f}x)"
            )
            ratios.append(b / s)
            rates.append(n / s)
            batch_rates.append(n / b)
            if args.struct:
                t = spark_run(True)
                struct_ratios.append(b / t)
                line += f", struct path {n / t:,.0f} records/s ({b / t:.2f}x)"
            print(line, flush=True)
        print(
            f"median: warta batch {statistics.median(batch_rates):,.0f} records/s, "
            f"records path {statistics.median(rates):,.0f} records/s, "
            f"{statistics.median(ratios):.2f}x (range {min(ratios):.2f}-{max(ratios):.2f})"
            + (
                f"; struct path {statistics.median(struct_ratios):.2f}x"
                if struct_ratios
                else ""
            )
        )
        spark.stop()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
