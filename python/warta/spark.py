"""Analyse Spark DataFrames with warta.

``analyze(df)`` adds a column (``analysis`` by default) holding, for each
row, the analysis of its ``text`` column as a struct with exactly the fields
and nesting of the JSON that ``warta analyze`` prints and ``warta batch``
writes (without ``id`` and ``line``). The work is done on Arrow batches: an
iterator ``pandas_udf`` hands each batch of texts to ONE ``warta.Analyzer``
per Python worker process (cached at module level, so it is built once per
executor process, not once per batch or row), which returns one JSON string
per row (``Analyzer.analyze_many_json``, the GIL released while the Rust
core runs); the JVM then turns the strings into the struct with
``pyspark.sql.functions.from_json(..., schema())``. Rows never pass through
Python dicts one by one. A null text gives a null analysis.

``schema()`` is that struct (``LONG`` for every count and byte offset,
``DOUBLE`` for every score)::

    version     int
    text        string        HTML pages only: the article's text, which
                              every offset refers to
    metadata    struct        HTML pages only:
        headline, published, modified, section, url, site_name, domain:
                    struct<value string, source string>
        authors, desks, tags:
                    array<struct<value string, source string>>
        outlet      string    a gazetteer outlet id (outlet:...)
        next_page   string
    language    struct<lang string, name string, confidence double,
                       reliable boolean>
    languages   array<struct<lang string, share double>>
    body        struct<start long, end long>
    anatomy     array<struct<kind string, start long, end long, text string,
                             value string, entity string>>
    sentences   array<struct<start long, end long,
                             language struct<...as language...>,
                             in_body boolean>>
    entities    array<struct<start long, end long, text string,
                             class string, id string, kind string,
                             name string, source string>>
    linked      array<struct<id string, name string, kind string,
                             class string, attrs map<string,string>,
                             source string, count long, first long,
                             salience double, mentions array<long>,
                             quotes array<long>>>
    quotes      array<struct<start long, end long, text string, kind string,
                             speaker struct<start long, end long,
                                            text string, entity string>,
                             verb string, about array<string>>>
    reference_date string     the date relative dates were resolved against
    values      array<struct<start long, end long, text string, kind string,
                             value string, unit string, per string,
                             min string, max string>>
                              (``value``, ``min``, ``max``: the JSON's number,
                              ISO date or ``HH:MM`` as text; cast a money or
                              quantity column to double)
    signature   struct<minhash string, shingles long, sentences string>
                              (the body's MinHash, 64 values of 8 hex
                              digits, and its sentence hashes, 16 hex
                              digits each: ``warta dedup``'s input)
    topics      array<struct<label string, score double,
                             evidence array<string>>>
    keywords    array<struct<stem string, term string, count long,
                             score double>>
    stats       struct<bytes long, chars long, words long, sentences long>

With ``char_offsets=True`` every span (``body``, ``anatomy``,
``sentences``, ``entities``, ``quotes`` and their speakers) also has ``char_start`` and ``char_end``
(character offsets, after ``start`` and ``end``), as ``warta analyze
--char-offsets`` writes them.

Offsets are UTF-8 byte offsets into the analysed text (the ``text`` column,
or for an HTML page the ``text`` field). ``to_json`` on the struct gives the
command's JSON with null fields left out (Spark drops nulls when it writes
JSON).

Example::

    from pyspark.sql import SparkSession
    import warta.spark

    spark = SparkSession.builder.getOrCreate()
    df = spark.read.json("articles.jsonl")          # id, text
    out = warta.spark.analyze(df)                    # + analysis
    out.select("id", "analysis.*").write.json("out/")

The executors need ``warta`` (and ``pyarrow``, ``pandas``) installed in the
Python that Spark runs (``PYSPARK_PYTHON``).
"""

import threading
from typing import Any, Dict, Iterator, List, Optional, Tuple

__all__ = ["analyze", "analyze_records", "schema"]


def _types():
    from pyspark.sql import types as T

    return T


def schema(char_offsets: bool = False):
    """The ``StructType`` of one analysis (see the module's docstring)."""
    T = _types()

    def f(name, dtype):
        return T.StructField(name, dtype, True)

    def span(*rest):
        fields = [f("start", T.LongType()), f("end", T.LongType())]
        if char_offsets:
            fields += [f("char_start", T.LongType()), f("char_end", T.LongType())]
        return fields

    s = T.StringType()
    field = T.StructType([f("value", s), f("source", s)])
    fields_list = T.ArrayType(field, True)
    metadata = T.StructType(
        [
            f("headline", field),
            f("published", field),
            f("modified", field),
            f("authors", fields_list),
            f("desks", fields_list),
            f("section", field),
            f("tags", fields_list),
            f("url", field),
            f("site_name", field),
            f("domain", field),
            f("outlet", s),
            f("next_page", s),
        ]
    )
    language = T.StructType(
        [
            f("lang", s),
            f("name", s),
            f("confidence", T.DoubleType()),
            f("reliable", T.BooleanType()),
        ]
    )
    languages = T.ArrayType(T.StructType([f("lang", s), f("share", T.DoubleType())]), True)
    body = T.StructType(span())
    anatomy = T.ArrayType(
        T.StructType(
            [f("kind", s)]
            + span()
            + [f("text", s), f("value", s), f("entity", s)]
        ),
        True,
    )
    sentences = T.ArrayType(
        T.StructType(span() + [f("language", language), f("in_body", T.BooleanType())]),
        True,
    )
    entities = T.ArrayType(
        T.StructType(
            span()
            + [
                f("text", s),
                f("class", s),
                f("id", s),
                f("kind", s),
                f("name", s),
                f("source", s),
            ]
        ),
        True,
    )
    linked = T.ArrayType(
        T.StructType(
            [
                f("id", s),
                f("name", s),
                f("kind", s),
                f("class", s),
                f("attrs", T.MapType(s, s, True)),
                f("source", s),
                f("count", T.LongType()),
                f("first", T.LongType()),
                f("salience", T.DoubleType()),
                f("mentions", T.ArrayType(T.LongType(), True)),
                f("quotes", T.ArrayType(T.LongType(), True)),
            ]
        ),
        True,
    )
    quotes = T.ArrayType(
        T.StructType(
            span()
            + [
                f("text", s),
                f("kind", s),
                f("speaker", T.StructType(span() + [f("text", s), f("entity", s)])),
                f("verb", s),
                f("about", T.ArrayType(s, True)),
            ]
        ),
        True,
    )
    values = T.ArrayType(
        T.StructType(
            span()
            + [
                f("text", s),
                f("kind", s),
                f("value", s),
                f("unit", s),
                f("per", s),
                f("min", s),
                f("max", s),
            ]
        ),
        True,
    )
    topics = T.ArrayType(
        T.StructType(
            [
                f("label", s),
                f("score", T.DoubleType()),
                f("evidence", T.ArrayType(s, True)),
            ]
        ),
        True,
    )
    keywords = T.ArrayType(
        T.StructType(
            [
                f("stem", s),
                f("term", s),
                f("count", T.LongType()),
                f("score", T.DoubleType()),
            ]
        ),
        True,
    )
    stats = T.StructType(
        [
            f("bytes", T.LongType()),
            f("chars", T.LongType()),
            f("words", T.LongType()),
            f("sentences", T.LongType()),
        ]
    )
    return T.StructType(
        [
            f("version", T.IntegerType()),
            f("text", s),
            f("metadata", metadata),
            f("language", language),
            f("languages", languages),
            f("body", body),
            f("anatomy", anatomy),
            f("sentences", sentences),
            f("entities", entities),
            f("linked", linked),
            f("quotes", quotes),
            f("reference_date", s),
            f("values", values),
            f(
                "signature",
                T.StructType(
                    [f("minhash", s), f("shingles", T.LongType()), f("sentences", s)]
                ),
            ),
            f("topics", topics),
            f("keywords", keywords),
            f("stats", stats),
        ]
    )


# One Analyzer per worker process and configuration. Spark reuses Python
# workers across tasks (spark.python.worker.reuse, on by default), so the
# gazetteer and models load once per executor process.
_ANALYZERS: Dict[Tuple[Any, ...], Any] = {}
_LOCK = threading.Lock()


def _analyzer(keywords: Optional[int], char_offsets: bool):
    key = (keywords, char_offsets)
    a = _ANALYZERS.get(key)
    if a is None:
        with _LOCK:
            a = _ANALYZERS.get(key)
            if a is None:
                from . import Analyzer

                a = Analyzer(keywords=keywords, char_offsets=char_offsets)
                _ANALYZERS[key] = a
    return a


def _present(series) -> Tuple[List[int], List[str]]:
    """The positions and values of the non-null strings of a pandas Series."""
    values = series.tolist()
    at = [i for i, v in enumerate(values) if isinstance(v, str)]
    return at, [values[i] for i in at]


def _texts_to_json(batches, threads: int, keywords: Optional[int], char_offsets: bool):
    """Iterator of pandas Series of texts -> iterator of Series of JSON."""
    import pandas as pd

    analyzer = _analyzer(keywords, char_offsets)
    for texts in batches:
        out: List[Optional[str]] = [None] * len(texts)
        at, present = _present(texts)
        if present:
            for i, j in zip(at, analyzer.analyze_many_json(present, threads)):
                out[i] = j
        yield pd.Series(out, index=texts.index, dtype=object)


def _pages_to_json(
    batches, with_urls: bool, threads: int, keywords: Optional[int], char_offsets: bool
):
    """Iterator of Series of HTML pages (or of (pages, urls) tuples) ->
    iterator of Series of JSON."""
    import pandas as pd

    analyzer = _analyzer(keywords, char_offsets)
    for batch in batches:
        if with_urls:
            pages, urls = batch
        else:
            pages, urls = batch, None
        out: List[Optional[str]] = [None] * len(pages)
        at, present = _present(pages)
        if present:
            page_urls = None
            if urls is not None:
                all_urls = urls.tolist()
                page_urls = [u if isinstance(u, str) else None for u in (all_urls[i] for i in at)]
            for i, j in zip(at, analyzer.analyze_html_many_json(present, page_urls, threads)):
                out[i] = j
        yield pd.Series(out, index=pages.index, dtype=object)


def analyze(
    df,
    text_col: str = "text",
    output_col: str = "analysis",
    html_col: Optional[str] = None,
    url_col: Optional[str] = None,
    threads: int = 1,
    keywords: Optional[int] = None,
    char_offsets: bool = False,
):
    """``df`` with ``output_col``: the analysis of each row as a struct of
    type ``schema(char_offsets)``.

    ``text_col`` is the article's plain text. With ``html_col`` the rows
    are HTML pages instead (``text_col`` is not read), with their URLs in
    ``url_col`` when given; their analyses carry ``text`` and ``metadata``.
    ``threads`` is the number of threads each Python worker analyses a
    batch on (1 fits Spark's one task per core); ``keywords`` the number
    of keywords per article (``None``: warta's default); ``char_offsets``
    adds character offsets to every span. A null text or page gives a null
    analysis.
    """
    import pandas as pd
    from pyspark.sql import functions as F
    from pyspark.sql.functions import pandas_udf

    if threads is not None and threads < 1:
        raise ValueError("threads must be at least 1")
    threads = threads if threads is not None else 1

    if html_col is None:

        @pandas_udf("string")
        def warta_analyze(batches: Iterator[pd.Series]) -> Iterator[pd.Series]:
            return _texts_to_json(batches, threads, keywords, char_offsets)

        json_col = warta_analyze(F.col(text_col))
    elif url_col is None:

        @pandas_udf("string")
        def warta_analyze_html(
            batches: Iterator[pd.Series],
        ) -> Iterator[pd.Series]:
            return _pages_to_json(batches, False, threads, keywords, char_offsets)

        json_col = warta_analyze_html(F.col(html_col))
    else:

        @pandas_udf("string")
        def warta_analyze_html_url(
            batches: Iterator[Tuple[pd.Series, pd.Series]],
        ) -> Iterator[pd.Series]:
            return _pages_to_json(batches, True, threads, keywords, char_offsets)

        json_col = warta_analyze_html_url(F.col(html_col), F.col(url_col).cast("string"))

    return df.withColumn(output_col, F.from_json(json_col, schema(char_offsets)))


def _records_batch(analyzer, batch, index: int, output_col: str, text_field, html, url_field, threads):
    """One Arrow record batch with ``output_col`` appended: the records of
    the JSONL lines in column ``index``, made by warta from the column's
    buffers and returned as the new column's buffers (no row becomes a
    Python object)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    lines = batch.column(index)
    large = pa.types.is_large_string(lines.type)
    if not (large or pa.types.is_string(lines.type)):
        raise TypeError(f"analyze_records needs a string column, not {lines.type}")
    n = len(lines)
    if n == 0:
        out = pa.array([], type=pa.string())
    else:
        _, offsets, data = lines.buffers()
        offsets_out, data_out = analyzer._records_arrow(
            offsets.to_pybytes(),
            data.to_pybytes() if data is not None else b"",
            lines.offset,
            n,
            large,
            text_field,
            html,
            url_field,
            threads,
        )
        out = pa.Array.from_buffers(
            pa.string(), n, [None, pa.py_buffer(offsets_out), pa.py_buffer(data_out)]
        )
        if lines.null_count:
            out = pc.if_else(lines.is_null(), pa.scalar(None, pa.string()), out)
    return pa.RecordBatch.from_arrays(
        list(batch.columns) + [out], names=list(batch.schema.names) + [output_col]
    )


def analyze_records(
    df,
    value_col: str = "value",
    output_col: str = "record",
    text_field: str = "text",
    html: bool = False,
    url_field: Optional[str] = None,
    threads: int = 1,
    keywords: Optional[int] = None,
):
    """JSONL lines to output records: ``df`` (such as ``spark.read.text``
    gives, one JSON object a line in ``value_col``) with ``output_col``, the
    record ``warta batch`` writes for that line without ``line``: ``{"id",
    <the analysis>}``, or ``{"error", "id"}`` for a line that cannot be
    analysed; a null line gives a null record. The lines are parsed and the
    records written by warta (Rust) straight from and into the Arrow
    batches' buffers (``mapInArrow``): no row passes through Python objects
    and the JVM parses no JSON, so this is the fast path from a JSONL feed
    to a JSONL feed (``.write.text``). With ``html`` the ``text_field``
    holds an HTML page and ``url_field`` its URL.
    """
    from pyspark.sql import types as T

    if threads is None or threads < 1:
        raise ValueError("threads must be at least 1")
    names = df.schema.names
    if value_col not in names:
        raise ValueError(f"no column {value_col!r} in {names}")
    if output_col in names:
        raise ValueError(f"the DataFrame already has a column {output_col!r}")
    index = names.index(value_col)
    out_schema = T.StructType(
        list(df.schema.fields) + [T.StructField(output_col, T.StringType(), True)]
    )

    def warta_records(batches):
        analyzer = _analyzer(keywords, False)
        for batch in batches:
            yield _records_batch(
                analyzer, batch, index, output_col, text_field, html, url_field, threads
            )

    return df.mapInArrow(warta_records, out_schema)
