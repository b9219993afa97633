#!/usr/bin/env python3
"""Analyse a JSONL feed of articles with Spark and warta.

    python spark_analyze.py INPUT.jsonl OUTDIR [--cores N] [--threads T]

Reads records with ``id`` and ``text`` (other fields are ignored) and
writes JSONL records of ``id`` and the analysis fields (what ``warta batch``
writes, without ``line``) to OUTDIR as Spark's part files. By default the
lines go through ``warta.spark.analyze_records``: read as text, parsed,
analysed and written as records by warta on whole Arrow batches, so the JVM
parses no JSON. With ``--struct`` the feed is read as a DataFrame and
``warta.spark.analyze`` adds the analysis as a struct column, written by
Spark's JSON writer (null fields left out). Without a master
(``--master``, or spark-submit's) Spark runs in local mode on ``local[N]``
(``--cores``, default 1).

Prints the records per second from after the SparkSession is up and warmed
to the end of the write: reading, analysing and writing the feed. The
warm-up runs ``--warmup`` synthetic records (2,000 by default) through the
same path first, so JVM start-up, JIT compilation, the Python worker's
start-up and warta's data loading are left out; ``--warmup 0`` (one row)
shows the cold figure.
"""

import argparse
import os
import sys
import time


WARM_TEXT = (
    "JAKARTA, KOMPAS.com - Bank Indonesia menahan suku bunga acuan di level {n},75 persen "
    "pada Rapat Dewan Gubernur bulan ini. Gubernur BI Perry Warjiyo mengatakan keputusan "
    "itu sejalan dengan upaya menjaga stabilitas nilai tukar rupiah.\n\n"
    "Menurut dia, inflasi pada {m} diperkirakan tetap terkendali dalam sasaran. "
    "Harga beras di Pasar Induk Cipinang naik {n} persen pekan ini, kata pedagang.\n\n"
)


def run(spark, inp, outdir, args):
    """The feed through warta into OUTDIR, by the path the options ask."""
    import warta.spark

    if args.struct:
        df = spark.read.json(inp)
        if args.partitions:
            df = df.repartition(args.partitions)
        out = warta.spark.analyze(
            df, text_col=args.text_col, threads=args.threads, keywords=args.keywords
        )
        out.select("id", "analysis.*").write.mode("overwrite").json(outdir)
    else:
        df = spark.read.text(inp)
        if args.partitions:
            df = df.repartition(args.partitions)
        out = warta.spark.analyze_records(
            df, text_field=args.text_col, threads=args.threads, keywords=args.keywords
        )
        out.select("record").write.mode("overwrite").text(outdir)


def warmup(spark, n, args):
    """Runs `n` synthetic records (at least one) through the whole pipeline
    into a temporary directory."""
    import json
    import shutil
    import tempfile

    months = ["Januari", "Februari", "Maret", "April", "Mei", "Juni"]
    tmp = tempfile.mkdtemp(prefix="warta-spark-warmup-")
    try:
        path = os.path.join(tmp, "warm.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for i in range(max(n, 1)):
                text = WARM_TEXT.format(n=i % 97, m=months[i % 6]) * (1 + i % 4)
                f.write(json.dumps({"id": f"w{i}", "text": text}) + "\n")
        run(spark, path, os.path.join(tmp, "out"), args)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


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
    p.add_argument("--warmup", type=int, default=2000,
                   help="synthetic records run through the pipeline before the clock "
                        "starts (default 2000; 0: only one row)")
    p.add_argument("--batch", type=int, default=256,
                   help="records per Arrow batch (default 256)")
    p.add_argument("--struct", action="store_true",
                   help="the DataFrame path: warta.spark.analyze's struct column, "
                        "written by Spark's JSON writer")
    args = p.parse_args(argv)

    # The Python workers run the same interpreter, so they find warta.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)

    from pyspark.sql import SparkSession

    import warta.spark

    builder = SparkSession.builder.appName("warta-spark-analyze")
    if args.master:
        builder = builder.master(args.master)
    elif "PYSPARK_GATEWAY_PORT" not in os.environ and "--master" not in os.environ.get(
        "PYSPARK_SUBMIT_ARGS", ""
    ):
        # Not under spark-submit (which sets the master): local mode.
        builder = builder.master(f"local[{args.cores}]")
    spark = (
        builder.config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", str(max(args.cores, 1)))
        # Small Arrow batches: the JVM reads and writes while the Python
        # worker analyses the batch before (two processes, two cores).
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", str(args.batch))
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("WARN")

    # Warm-up, on synthetic records through the same path (JSON read,
    # Python worker, warta's data, from_json, JSON write), so that the JVM
    # has compiled its hot code before the clock starts.
    warmup(spark, args.warmup, args)

    start = time.perf_counter()
    run(spark, args.input, args.outdir, args)
    elapsed = time.perf_counter() - start

    # Counted after the clock stops (a second, cheap pass over the input).
    n = spark.read.text(args.input).count()
    rate = n / elapsed if elapsed > 0 else float("inf")
    master = spark.sparkContext.master
    path = "struct" if args.struct else "records"
    print(f"{n} records in {elapsed:.3f} s: {rate:.1f} records/s ({master}, threads={args.threads}, {path})")
    spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
