"""The Python API gives what the command gives, for the same text."""
import json
import multiprocessing
import threading

import pytest

import warta

PAGE = """<!DOCTYPE html><html><head><title>Harga Beras Naik - Contoh</title>
<meta property="article:published_time" content="2026-02-03T09:12:00+07:00">
<meta name="author" content="Rina Kartika"></head>
<body><nav><a href="/">Beranda</a> <a href="/ekonomi">Ekonomi</a></nav>
<h1>Harga Beras Naik</h1><div class="read__content">
<p>JAKARTA, Contoh.com - Harga beras di pasar tradisional naik untuk pekan ketiga
berturut-turut, menurut pantauan pedagang di Pasar Induk Cipinang.</p>
<div class="baca-juga">Baca juga: Harga Cabai Turun</div>
<p>Bank Indonesia memperkirakan inflasi pangan mereda setelah panen raya.</p>
</div><footer>© 2026 Contoh. Hak cipta dilindungi undang-undang.</footer></body></html>"""


def test_analyze_equals_the_command(cli, article):
    assert warta.analyze(article) == json.loads(cli(["analyze", "-"], article))
    assert warta.analyze("")["stats"]["bytes"] == 0


def test_layers_equal_the_commands(cli, article):
    assert warta.entities(article) == json.loads(cli(["entities", "-"], article))
    assert warta.topics(article) == json.loads(cli(["topics", "-"], article))
    assert warta.quotes(article) == json.loads(cli(["quotes", "-"], article))
    assert warta.values(article) == json.loads(cli(["values", "-"], article))
    line = "Harga cabai naik 12 persen menjadi Rp45.000 per kilogram kemarin."
    got = warta.values(line, date="2026-02-05")
    assert got == json.loads(cli(["values", "--date", "2026-02-05", "-"], line))
    assert [(v["kind"], v["value"], v["unit"]) for v in got["values"]] == [
        ("percent", 12, "%"),
        ("money", 45000, "IDR"),
        ("date", "2026-02-04", None),
    ]
    assert got["values"][1]["per"] == "kg"
    with pytest.raises(ValueError, match="not a date"):
        warta.values(line, date="5 Februari")
    assert warta.tokenize(article) == json.loads(cli(["tokenize", "--format", "json", "-"], article))
    line = "Pemerintah menaikkan harga BBM bersubsidi mulai pekan depan."
    assert warta.detect(line) == json.loads(cli(["lang", "--lines", "-"], line))
    # A prior: the same answer as the command's --prior.
    line = "Menteri itu akan bertolak ke Beijing."
    for prior in ("id", "ms"):
        want = json.loads(cli(["lang", "--lines", "--prior", prior, "-"], line))
        assert warta.detect(line, prior=prior) == want
        assert want["lang"] == prior
    with pytest.raises(ValueError, match="expected id, ms or none"):
        warta.detect(line, prior="jv")


def test_small_functions():
    assert warta.stem("penyelidikan") == "selidik"
    assert warta.stem("mempermainkan", algorithm="tala") == "main"
    with pytest.raises(ValueError, match="unknown algorithm"):
        warta.stem("kata", algorithm="porter")
    text = "Harga naik. \"Kami optimistis,\" kata direkturnya."
    sents = warta.sentences(text)
    assert [s["text"] for s in sents] == ["Harga naik.", "\"Kami optimistis,\" kata direkturnya."]
    assert all(text.encode()[s["start"]:s["end"]].decode() == s["text"] for s in sents)
    toks = warta.tokenize("Rumahnya besar.")
    assert toks[0]["words"] == ["Rumah", "nya"] and "words" not in toks[1]
    assert warta.detect("")["lang"] is None
    assert warta.schema_version() == warta.analyze("Ya.")["version"]


def test_analyzer_options(tmp_path):
    text = "Bank Indonesia dan PT Maju Jaya Tbk bertemu di Jakarta membahas ekspor kopi."
    a = warta.Analyzer(keywords=2, char_offsets=True)
    out = a.analyze(text)
    assert len(out["keywords"]) <= 2
    assert "char_start" in out["entities"][0]
    gaz = tmp_path / "mine.tsv"
    gaz.write_text("org:maju\tcompany\tPT Maju Jaya\tMaju Jaya\t\n", encoding="utf-8")
    mine = warta.Analyzer(gazetteer=str(gaz)).analyze(text)
    assert any(e["id"] == "org:maju" for e in mine["linked"])


def test_errors_are_exceptions_with_the_command_messages(tmp_path, warta_bin):
    import subprocess

    bad = tmp_path / "bad.tsv"
    bad.write_text("org:a\tcompany\tA\tA\t\nnot enough fields\n", encoding="utf-8")
    with pytest.raises(ValueError) as err:
        warta.Analyzer(gazetteer=str(bad))
    r = subprocess.run([warta_bin, "entities", "--gazetteer", str(bad)], input=b"x", capture_output=True)
    assert r.returncode != 0
    assert str(err.value) in r.stderr.decode()
    model = tmp_path / "model.json"
    model.write_text("{not json", encoding="utf-8")
    with pytest.raises(ValueError, match="model.json"):
        warta.Analyzer(topic_model=str(model))
    with pytest.raises(OSError):
        warta.Analyzer(gazetteer=str(tmp_path / "missing.tsv"))


def test_analyze_many_is_analyze_in_order(varied):
    texts = varied[:120] + ["", "Ya."]
    a = warta.Analyzer()
    one = [a.analyze(t) for t in texts]
    assert a.analyze_many(texts, threads=1) == one
    assert a.analyze_many(texts, threads=2) == one
    assert a.analyze_many(texts) == one
    assert [json.loads(j) for j in a.analyze_many_json(texts[:20], threads=2)] == one[:20]
    assert a.analyze_many([]) == []
    # The cyclic collector, paused while the results are built, is back.
    import gc

    assert gc.isenabled()
    gc.disable()
    a.analyze_many(texts[:3])
    assert not gc.isenabled()
    gc.enable()


def test_html(cli):
    url = "https://ekonomi.contoh.id/read/2026/02/03/harga-beras"
    a = warta.Analyzer()
    got = a.analyze_html(PAGE, url=url)
    assert got == json.loads(cli(["analyze", "--html", "--url", url, "-"], PAGE))
    assert got["metadata"]["authors"][0]["value"] == "Rina Kartika"
    assert "Baca juga" not in got["text"]
    assert a.analyze_html_many([PAGE, PAGE], urls=[url, None], threads=2)[0] == got
    with pytest.raises(ValueError, match="one entry per page"):
        a.analyze_html_many([PAGE], urls=[])


def test_the_gil_is_released_while_analysing(varied):
    a = warta.Analyzer()
    ticks = 0
    done = threading.Event()

    def work():
        a.analyze_many(varied * 2, threads=1)
        done.set()

    t = threading.Thread(target=work)
    t.start()
    while not done.is_set():
        ticks += 1
    t.join()
    assert ticks > 1000, ticks


SHARED = warta.Analyzer()


def _child(q):
    # The parent's analyzer, whose pool's threads do not exist here.
    q.put(len(SHARED.analyze_many(["Harga beras naik.", "Ya."], threads=2)))


def test_a_forked_process_gets_its_own_pool():
    SHARED.analyze_many(["Satu.", "Dua."], threads=2)
    ctx = multiprocessing.get_context("fork")
    q = ctx.Queue()
    p = ctx.Process(target=_child, args=(q,))
    p.start()
    p.join(60)
    assert p.exitcode == 0 and q.get(timeout=5) == 2


def test_records_from_arrow_buffers_are_the_json_records(varied):
    """The Spark records path's Rust call reads an Arrow string array's
    buffers (also a slice of one, and large_string) and writes the output
    array's, record for record as analyze_records_json."""
    pa = pytest.importorskip("pyarrow")
    from warta.spark import _records_batch

    lines = [json.dumps({"id": i, "text": t}) for i, t in enumerate(varied[:40])]
    lines += ['{"id": "x", "text": 3}', "not json", json.dumps({"id": "é", "text": "Ya."})]
    a = warta.Analyzer()
    want = a.analyze_records_json(lines, threads=1)
    assert any('"error"' in r for r in want)
    for typ in (pa.string(), pa.large_string()):
        arr = pa.array(["pad"] + lines + ["pad"], type=typ).slice(1, len(lines))
        assert arr.offset == 1
        batch = pa.RecordBatch.from_arrays([arr], names=["value"])
        out = _records_batch(a, batch, 0, "record", "text", False, None, 2)
        assert out.schema.names == ["value", "record"]
        assert out.column(1).to_pylist() == want
    # A null line gives a null record; the others are unchanged.
    arr = pa.array([lines[0], None, lines[1]])
    out = _records_batch(a, pa.RecordBatch.from_arrays([arr], names=["value"]), 0, "r", "text", False, None, 1)
    assert out.column(1).to_pylist() == [want[0], None, want[1]]
    empty = pa.RecordBatch.from_arrays([pa.array([], type=pa.string())], names=["value"])
    assert _records_batch(a, empty, 0, "r", "text", False, None, 1).num_rows == 0
    # Offsets that do not fit the buffers are an error, not a crash.
    with pytest.raises(ValueError, match="Arrow offsets"):
        a._records_arrow(b"\x00\x00\x00\x00\xff\x00\x00\x00", b"abc", 0, 1)
    with pytest.raises(ValueError, match="Arrow offsets"):
        a._records_arrow(b"\x00\x00\x00\x00", b"", 0, 1)
