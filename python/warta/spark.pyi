"""Type stub for warta.spark: Spark DataFrames analysed by warta."""

from typing import Optional

from pyspark.sql import DataFrame
from pyspark.sql.types import StructType

__all__ = ["analyze", "analyze_records", "schema"]

def schema(char_offsets: bool = ...) -> StructType:
    """The StructType of one analysis: the fields of `warta analyze`'s JSON."""
    ...

def analyze(
    df: DataFrame,
    text_col: str = ...,
    output_col: str = ...,
    html_col: Optional[str] = ...,
    url_col: Optional[str] = ...,
    threads: int = ...,
    keywords: Optional[int] = ...,
    char_offsets: bool = ...,
) -> DataFrame:
    """`df` with `output_col`: each row's analysis as a struct of `schema()`."""
    ...

def analyze_records(
    df: DataFrame,
    value_col: str = ...,
    output_col: str = ...,
    text_field: str = ...,
    html: bool = ...,
    url_field: Optional[str] = ...,
    threads: int = ...,
    keywords: Optional[int] = ...,
) -> DataFrame: ...
