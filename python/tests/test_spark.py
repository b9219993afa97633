"""warta.spark against `warta batch`: the same analyses, record for record.

Runs examples/spark_analyze.py in Spark local mode on more than 2,000
distinct texts built from benches/texts/varied.jsonl (each article and its
two halves), runs `warta batch --threads 1` on the same JSONL, and checks
that every Spark record, parsed, equals the batch record without `id` and
`line`, null fields removed on both sides (Spark's JSON writer drops them)
and floats compared within 1e-9. Also: `schema()` is the type `from_json`
gives, a null text gives a null analysis, an HTML page and character
offsets match the command.

The `warta` binary: $WARTA_BIN, else target/release/warta (or
$CARGO_TARGET_DIR/release/warta) of the repository, else built with cargo.

    python tests/test_spark.py corpus OUT.jsonl   # writes the corpus only
"""

import glob
import json
import math
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
PYDIR = HERE.parent
ROOT = PYDIR.parent
VARIED = ROOT / "benches" / "texts" / "varied.jsonl"
EXAMPLE = PYDIR / "examples" / "spark_analyze.py"
HTML_PAGE = ROOT / "tests" / "html" / "01-kompas-bi-rate-tetap-rupiah.html"
MIN_RECORDS = 2000


def _halves(text):
    """The two halves of a text: cut at the paragraph break nearest the
    middle, else at the space nearest the middle."""
    mid = len(text) // 2
    cuts = [i for i in range(len(text)) if text.startswith("\n\n", i)]
    if not cuts:
        cuts = [i for i, c in enumerate(text) if c == " "]
    if not cuts:
        return []
    cut = min(cuts, key=lambda i: abs(i - mid))
    return [text[:cut].strip(), text[cut:].strip()]


def corpus_records():
    """>= 2,000 distinct records {id, text}: every article of varied.jsonl
    and its two halves."""
    records, seen = [], set()
    with open(VARIED, encoding="utf-8") as f:
        for line in f:
            art = json.loads(line)
            texts = [art["text"]] + _halves(art["text"])
            for n, text in enumerate(texts):
                if text and text not in seen:
                    seen.add(text)
                    records.append({"id": f"v{art['id']}-{n}", "text": text})
    return records


def write_corpus(path):
    records = corpus_records()
    with open(path, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return len(records)


def _java_available():
    if os.environ.get("JAVA_HOME") and Path(os.environ["JAVA_HOME"], "bin", "java").exists():
        return True
    return shutil.which("java") is not None


def warta_bin():
    env = os.environ.get("WARTA_BIN")
    if env:
        return env
    dirs = [ROOT / "target"]
    if os.environ.get("CARGO_TARGET_DIR"):
        dirs.insert(0, Path(os.environ["CARGO_TARGET_DIR"]))
    for d in dirs:
        b = d / "release" / "warta"
        if b.exists():
            return str(b)
    if shutil.which("cargo") is None:
        pytest.skip("no warta binary (set WARTA_BIN) and no cargo to build it")
    subprocess.run(["cargo", "build", "--release", "--bin", "warta"], cwd=ROOT, check=True)
    target = Path(os.environ.get("CARGO_TARGET_DIR") or ROOT / "target")
    return str(target / "release" / "warta")


def run_batch(inp, out, *extra):
    subprocess.run(
        [warta_bin(), "batch", "--input", str(inp), "--output", str(out), "--threads", "1", *extra],
        check=True,
    )
    with open(out, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def drop_nulls(v):
    """`v` without None values in objects, recursively (Spark's to_json
    leaves null fields out)."""
    if isinstance(v, dict):
        return {k: drop_nulls(x) for k, x in v.items() if x is not None}
    if isinstance(v, list):
        return [drop_nulls(x) for x in v]
    return v


def diff(a, b, path="$"):
    """The first difference between two JSON values, or None; floats within
    1e-9."""
    if isinstance(a, bool) or isinstance(b, bool):
        return None if a is b else f"{path}: {a!r} != {b!r}"
    # A value's number is text in the Spark schema (`value string`: a
    # value is a number, a date or a time).
    if ".values[" in path and isinstance(a, str) and isinstance(b, (int, float)):
        return None if math.isclose(float(a), b, rel_tol=1e-12) else f"{path}: {a} != {b}"
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        if isinstance(a, int) and isinstance(b, int):
            return None if a == b else f"{path}: {a} != {b}"
        return None if math.isclose(a, b, rel_tol=0, abs_tol=1e-9) else f"{path}: {a} != {b}"
    if isinstance(a, dict) and isinstance(b, dict):
        if a.keys() != b.keys():
            return f"{path}: keys {sorted(a.keys() ^ b.keys())} differ"
        for k in a:
            d = diff(a[k], b[k], f"{path}.{k}")
            if d:
                return d
        return None
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            return f"{path}: {len(a)} items != {len(b)}"
        for i, (x, y) in enumerate(zip(a, b)):
            d = diff(x, y, f"{path}[{i}]")
            if d:
                return d
        return None
    return None if a == b else f"{path}: {a!r} != {b!r}"


def compare(spark_records, batch_records):
    """Checks every batch record has its Spark twin, equal after
    normalisation."""
    by_id = {}
    for r in spark_records:
        assert r["id"] not in by_id, f"duplicate id {r['id']}"
        by_id[r["id"]] = r
    assert len(by_id) == len(batch_records)
    bad = []
    for b in batch_records:
        assert "error" not in b, b
        s = dict(by_id[b["id"]])
        b = dict(b)
        b.pop("line")
        d = diff(drop_nulls(s), drop_nulls(b))
        if d:
            bad.append(f"{b['id']}: {d}")
    assert not bad, f"{len(bad)} records differ, first: {bad[:5]}"


if __name__ == "__main__" and len(sys.argv) == 3 and sys.argv[1] == "corpus":
    print(write_corpus(sys.argv[2]), "records written to", sys.argv[2])
    sys.exit(0)

pyspark = pytest.importorskip("pyspark", reason="pyspark is not installed (pip install pyspark)")
pytest.importorskip("pyarrow", reason="pyarrow is not installed (pip install pyarrow)")
pytest.importorskip("pandas", reason="pandas is not installed (pip install pandas)")
if not _java_available():
    pytest.skip("Java is not installed (Spark needs a JVM)", allow_module_level=True)

import warta  # noqa: E402
import warta.spark  # noqa: E402


@pytest.fixture(scope="module")
def spark():
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    s = (
        SparkSession.builder.master("local[1]")
        .appName("warta-test-spark")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "1")
        .getOrCreate()
    )
    s.sparkContext.setLogLevel("ERROR")
    yield s
    s.stop()


@pytest.mark.parametrize("path", ["records", "struct"])
def test_example_matches_batch_on_2000_records(tmp_path, path):
    inp = tmp_path / "in.jsonl"
    n = write_corpus(inp)
    assert n >= MIN_RECORDS
    batch = run_batch(inp, tmp_path / "batch.jsonl")
    assert len(batch) == n

    out = tmp_path / "spark-out"
    env = dict(os.environ, PYSPARK_PYTHON=sys.executable)
    res = subprocess.run(
        [sys.executable, str(EXAMPLE), str(inp), str(out), "--cores", "1", "--warmup", "50"]
        + (["--struct"] if path == "struct" else []),
        env=env,
        capture_output=True,
        text=True,
    )
    assert res.returncode == 0, res.stderr[-4000:]
    assert "records/s" in res.stdout
    print(res.stdout.strip())

    parts = sorted(glob.glob(str(out / "part-*")))
    assert parts
    spark_records = []
    for p in parts:
        with open(p, encoding="utf-8") as f:
            spark_records += [json.loads(line) for line in f if line.strip()]
    assert len(spark_records) == n
    compare(spark_records, batch)


def test_schema_is_what_from_json_gives(spark):
    df = spark.createDataFrame([("a", "Bank Indonesia menahan suku bunga.")], "id string, text string")
    out = warta.spark.analyze(df)
    assert out.schema["analysis"].dataType == warta.spark.schema()
    assert warta.spark.analyze(df, char_offsets=True).schema[
        "analysis"
    ].dataType == warta.spark.schema(char_offsets=True)
    # Every field of the command's JSON has its place in the schema.
    names = set(warta.spark.schema().fieldNames())
    assert set(warta.analyze("Bank Indonesia menahan suku bunga.")) <= names
    assert set(warta.Analyzer().analyze_html(HTML_PAGE.read_text(encoding="utf-8"))) <= names
    row = out.select("analysis.*").first()
    assert row["version"] == warta.schema_version()
    assert any(e["id"] == "inst:bi" for e in row["linked"])


def test_null_text_gives_null_analysis(spark):
    df = spark.createDataFrame(
        [("a", "Harga beras naik di Jakarta."), ("b", None), ("c", "")], "id string, text string"
    )
    rows = {r["id"]: r["analysis"] for r in warta.spark.analyze(df).collect()}
    assert rows["b"] is None
    assert rows["a"]["stats"]["words"] == warta.analyze("Harga beras naik di Jakarta.")["stats"]["words"]
    assert rows["c"] is not None and rows["c"]["stats"]["bytes"] == 0


def _spark_json(df, col="analysis"):
    from pyspark.sql import functions as F

    return {r["id"]: json.loads(r["j"]) for r in df.select("id", F.to_json(col).alias("j")).collect()}


def test_html_page_matches_batch(spark, tmp_path):
    page = HTML_PAGE.read_text(encoding="utf-8")
    url = "https://money.kompas.com/read/2026/01/15/bi-rate-tetap"
    records = [{"id": "p1", "html": page, "url": url}, {"id": "p2", "html": page}]
    inp = tmp_path / "pages.jsonl"
    inp.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    batch = run_batch(inp, tmp_path / "pages-out.jsonl", "--html-field", "html", "--url-field", "url")

    df = spark.createDataFrame(
        [(r["id"], r["html"], r.get("url")) for r in records], "id string, html string, url string"
    )
    out = warta.spark.analyze(df, html_col="html", url_col="url")
    got = _spark_json(out)
    for b in batch:
        assert "metadata" in b and b["text"]
        got[b["id"]]["id"] = b["id"]
    compare(list(got.values()), batch)
    assert got["p1"]["metadata"]["domain"]["value"].endswith("kompas.com")

    # Without a URL column.
    only = warta.spark.analyze(df.drop("url"), html_col="html")
    got = _spark_json(only)
    want = {k: v for k, v in batch[1].items() if k not in ("id", "line")}
    assert diff(drop_nulls(got["p2"]), drop_nulls(want)) is None


def test_char_offsets_and_keywords_match_batch(spark, tmp_path):
    records = corpus_records()[:60]
    inp = tmp_path / "small.jsonl"
    inp.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    batch = run_batch(inp, tmp_path / "small-out.jsonl", "--char-offsets", "--keywords", "3")
    df = spark.createDataFrame([(r["id"], r["text"]) for r in records], "id string, text string")
    got = _spark_json(warta.spark.analyze(df, char_offsets=True, keywords=3, threads=2))
    for i, r in got.items():
        r["id"] = i
    assert all("char_start" in x for b in batch for x in b["entities"])
    compare(list(got.values()), batch)

