"""Corpus I/O for batch jobs: one reader/writer per format, the records, the manifest and the job lock.

Readers turn JSONL (also .gz), CSV/TSV (also .gz), Parquet or a folder of .txt/.md files into a
stream of :class:`Record` (good) and :class:`Reject` (malformed, with file, line and reason), each
numbered by its position in the input. A shard is a fixed range of those positions, so the same
input always gives the same shards: that is what makes resuming exact.

CSV is read with strict RFC 4180 quoting (a malformed row is rejected; a quote that would swallow later
lines stops the job with its line); TSV has no quoting at all, so quotes are kept as text. A header with
a repeated name or invalid UTF-8 is refused.

Unicode rule: text is read as strict UTF-8 (a leading BOM is dropped). Invalid UTF-8, lone
surrogates (from ``\\ud800`` escapes) anywhere in a record, and NUL characters in the text field
are rejected with their location; everything else (bidi controls, zero-width characters, NFD
forms) is kept as given.
"""

from .delimited import FIELD_LIMIT, StrictReader, encode_csv_rows
from .encoding import csv_cell, dumps, json_default, output_columns, tabular_row
from .fingerprint import fingerprint
from .folder import TEXT_SUFFIXES
from .jsonl import MAX_LINE_BYTES, jsonl_line
from .lock import LOCK, JobLock
from .manifest import (
    CORPUS_FIX,
    MANIFEST,
    SHARDS,
    SUCCESS,
    file_sha256,
    load_manifest,
    read_chunks,
    rejects_name,
    save_manifest,
    sentences_name,
    shard_name,
    write_file_atomic,
)
from .parquet import arrow_schema, encode_parquet_rows, merge_parquet, parquet_schema
from .reading import first_item, iter_shards, read_items
from .records import (
    DEFAULT_MAX_INPUT_BYTES,
    RESULT_FIELD,
    InputSpec,
    RawItem,
    Record,
    Reject,
    Shard,
    excerpt,
    input_kind,
)
from .rules import id_identity, non_finite_path

FORMATS = ("jsonl", "parquet", "csv")  # output formats

__all__ = [
    "CORPUS_FIX", "DEFAULT_MAX_INPUT_BYTES", "FIELD_LIMIT", "FORMATS", "LOCK", "MANIFEST", "MAX_LINE_BYTES", "RESULT_FIELD",
    "SHARDS", "SUCCESS", "TEXT_SUFFIXES", "InputSpec", "JobLock", "RawItem", "Record", "Reject", "Shard", "StrictReader",
    "arrow_schema", "csv_cell", "dumps", "encode_csv_rows", "encode_parquet_rows", "excerpt", "file_sha256", "fingerprint",
    "first_item", "id_identity", "input_kind", "iter_shards", "json_default", "jsonl_line", "load_manifest", "merge_parquet", "non_finite_path", "output_columns",
    "parquet_schema", "read_chunks", "read_items", "rejects_name", "save_manifest", "sentences_name", "shard_name", "tabular_row",
    "write_file_atomic",
]
