#!/usr/bin/env python3
"""Analyse a JSONL feed of articles with Spark and warta.

    python spark_analyze.py INPUT.jsonl OUTDIR [--cores N] [--threads T]

Reads records with ``id`` and ``text`` (other fields are ignored), adds each
record's analysis with ``warta.spark.analyze`` and writes JSONL records of
``id`` and the analysis fields (what ``warta batch`` writes, without
``line``, null fields left out) to OUTDIR as Spark's part files. Without a
master (``--master`` or ``spark.master``) Spark runs in local mode on
``local[N]`` (``--cores``, default 1).

Prints the records per second from after the SparkSession is up and warmed
(a small analysis run through the same path, so the JVM start-up, the
Python worker start-up and warta's data loading are left out) to the end of
the write: reading, analysing and writing the feed.
"""

import argparse
import os
import sys
import time


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("input", help="JSONL with id and text")
    p.add_argument("outdir", help="output directory (Spark part files)")
    p.add_argument("--cores", type=int, default=1, help="local[N] when no master is set")
    p.add_argument("--master", default=None, help="Spark master (default: local[--cores])")
    p.add_argument("--threads", type=int, default=1, help="warta threads per task")
    p.add_argument("--text-col", default="text")
    p.add_argument("--keywords", type=int, default=None)
    p.add_argument("--partitions", type=int, default=None,
                   help="repartition the input (default: as Spark reads it, "
                        "at least --cores)")
    args = p.parse_args(argv)

    # The Python workers run the same interpreter, so they find warta.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)

    from pyspark.sql import SparkSession
    from pyspark.sql import functions as F

    import warta.spark

    builder = SparkSession.builder.appName("warta-spark-analyze")
    if args.master:
        builder = builder.master(args.master)
    elif "spark.master" not in os.environ.get("PYSPARK_SUBMIT_ARGS", ""):
        builder = builder.master(f"local[{args.cores}]")
    spark = (
        builder.config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", str(max(args.cores, 1)))
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("WARN")

    # Warm-up: a JVM JSON read, the Python worker, warta's data and the
    # from_json path, on a few rows.
    warm = spark.createDataFrame(
        [("w", "Bank Indonesia menahan suku bunga acuan di Jakarta, Kamis.")], "id string, text string"
    )
    warta.spark.analyze(warm, keywords=args.keywords).select("analysis.stats.words").collect()

    start = time.perf_counter()
    df = spark.read.json(args.input)
    if args.partitions:
        df = df.repartition(args.partitions)
    out = warta.spark.analyze(
        df, text_col=args.text_col, threads=args.threads, keywords=args.keywords
    )
    out.select("id", "analysis.*").write.mode("overwrite").json(args.outdir)
    elapsed = time.perf_counter() - start

    # Counted after the clock stops (a second, cheap pass over the input).
    n = spark.read.json(args.input).count()
    rate = n / elapsed if elapsed > 0 else float("inf")
    master = spark.sparkContext.master
    print(f"{n} records in {elapsed:.3f} s: {rate:.1f} records/s ({master}, threads={args.threads})")
    spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
