"""warta: fast analysis of Indonesian news text.

The same Rust core as the ``warta`` command, through PyO3. Every function
returns plain Python objects (dicts and lists) shaped exactly like the
command's JSON, so ``warta.analyze(text)`` equals ``warta analyze`` on the
same text. ``Analyzer.analyze_many`` releases the GIL and runs on a pool of
threads (``threads=None``: the ``WARTA_THREADS`` environment variable, else
every core). ``warta.spark`` analyses Spark DataFrames.
"""

from ._warta import (
    Analyzer,
    analyze,
    detect,
    entities,
    quotes,
    values,
    schema_version,
    sentences,
    stem,
    tokenize,
    topics,
)

__all__ = [
    "Analyzer",
    "analyze",
    "detect",
    "entities",
    "quotes",
    "values",
    "schema_version",
    "sentences",
    "stem",
    "tokenize",
    "topics",
]
__version__ = "0.1.0"
