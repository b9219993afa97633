"""Type stubs of warta's native module. Every dict has the shape of the
`warta` command's JSON (schema version 2, see the README)."""

from os import PathLike
from typing import Any, Optional, Sequence, Union

Json = dict[str, Any]
Path = Union[str, PathLike[str]]

class Analyzer:
    """Analyses articles as `warta analyze` does; reusable and thread-safe.

    gazetteer: a gazetteer TSV merged with the built-in one.
    topic_model: a model written by `warta topics train`.
    keywords: how many keywords to report (10 by default, 0 for none).
    char_offsets: also report `char_start` and `char_end`.
    whole_text: read all of the text as article text (no page anatomy).
    date: the reference date (YYYY-MM-DD) for relative dates, as `--date`.
    prior: "id" for an Indonesian feed, "ms" for a Malay one, as `--prior`.
    Raises ValueError (a bad line or model, with the command's message) or
    OSError (a file that cannot be read).
    """

    def __init__(
        self,
        gazetteer: Optional[Path] = None,
        topic_model: Optional[Path] = None,
        keywords: Optional[int] = None,
        char_offsets: bool = False,
        whole_text: bool = False,
        date: Optional[str] = None,
        prior: Optional[str] = None,
    ) -> None: ...
    def analyze(self, text: str) -> Json:
        """The analysis of one article, as `warta analyze` prints it."""
    def analyze_html(self, html: str, url: Optional[str] = None) -> Json:
        """The analysis of an HTML page, with `text` and `metadata`."""
    def analyze_many(self, texts: Sequence[str], threads: Optional[int] = None) -> list[Json]:
        """The analyses of many articles, in order, on `threads` threads
        (None: WARTA_THREADS, else every core), the GIL released."""
    def analyze_many_json(self, texts: Sequence[str], threads: Optional[int] = None) -> list[str]:
        """As analyze_many, each analysis as a JSON string."""
    def analyze_records_json(
        self,
        lines: Sequence[str],
        text_field: str = "text",
        html: bool = False,
        url_field: Optional[str] = None,
        threads: Optional[int] = None,
    ) -> list[str]:
        """JSONL records to `warta batch`'s output records without `line`:
        `{"id", <analysis>}`, or `{"error", "id"}`."""
    def _records_arrow(
        self,
        offsets: bytes,
        data: bytes,
        offset: int,
        length: int,
        large: bool = False,
        text_field: str = "text",
        html: bool = False,
        url_field: Optional[str] = None,
        threads: Optional[int] = None,
    ) -> tuple[bytes, bytes]:
        """analyze_records_json on an Arrow string array's offset and data
        buffers; returns the output array's offset (int32) and data buffers."""
    def analyze_html_many_json(
        self,
        pages: Sequence[str],
        urls: Optional[Sequence[Optional[str]]] = None,
        threads: Optional[int] = None,
    ) -> list[str]:
        """As analyze_html_many, each analysis as a JSON string."""
    def analyze_html_many(
        self,
        pages: Sequence[str],
        urls: Optional[Sequence[Optional[str]]] = None,
        threads: Optional[int] = None,
    ) -> list[Json]:
        """As analyze_html for many pages, in order."""

def analyze(text: str) -> Json:
    """The analysis of one article with the built-in data."""

def tokenize(text: str) -> list[Json]:
    """Tokens as `warta tokenize --format json` writes them."""

def sentences(text: str) -> list[Json]:
    """Sentences: `start`, `end` (byte offsets) and `text`."""

def stem(word: str, algorithm: str = "default") -> str:
    """The stem of a word; algorithm "default" or "tala"."""

def detect(text: str, prior: Optional[str] = None) -> Json:
    """A snippet's language, as `warta lang --lines` prints it; prior "id"
    (an Indonesian feed), "ms" or "none", as `--prior`."""

def entities(text: str) -> Json:
    """`entities` and `linked`, as `warta entities` prints them."""

def topics(text: str) -> Json:
    """`topics`, as `warta topics` prints them."""

def quotes(text: str) -> Json:
    """`quotes`, as `warta quotes` prints them."""

def schema_version() -> int:
    """The analysis schema's version."""
