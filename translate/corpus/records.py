"""The plain data of corpus I/O: what to read (InputSpec), what was read (Record, Reject), and shards.

Every item of an input is numbered by its position (``ordinal``), good or bad; a shard is a fixed
range of those positions, so the same input always gives the same shards.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..text.validation import escape_surrogates

RESULT_FIELD = "translation"  # the field (or column) each output record gains
DEFAULT_MAX_INPUT_BYTES = 16 * 1024**3


@dataclass(frozen=True)
class Record:
    """A good input record: its fields (in input order), the text to translate and where it came from."""

    ordinal: int
    file: str
    line: int
    fields: dict[str, Any]
    text: str
    raw: str | None = None  # the JSONL line as read, so JSONL output keeps other fields byte for byte


@dataclass(frozen=True)
class Reject:
    """A malformed input record and why it was not translated."""

    ordinal: int
    file: str
    line: int
    reason: str
    excerpt: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The reject as written to rejects.jsonl; lone surrogates (from keys, names, values) are escaped as ``\\uXXXX``."""
        return {
            "file": escape_surrogates(self.file), "line": self.line,
            "reason": escape_surrogates(self.reason), "excerpt": escape_surrogates(self.excerpt),
        }


@dataclass
class Shard:
    """Items ``index * size`` to ``(index + 1) * size - 1`` of the input, split into good and bad."""

    index: int
    records: list[Record] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)

    def digest(self) -> str:
        """A hash of what the input holds in this shard's range, so a shard made from another version is noticed."""
        hashed = hashlib.sha256()
        items: list[Record | Reject] = sorted([*self.records, *self.rejects], key=lambda item: item.ordinal)
        for item in items:
            if isinstance(item, Record):
                body = item.raw if item.raw is not None else json.dumps(item.fields, sort_keys=True, ensure_ascii=False, default=str)
                head = f"record {item.ordinal} {item.file} {item.line}\0"
            else:
                body = f"{item.reason}\0{item.excerpt}"
                head = f"reject {item.ordinal} {item.file} {item.line}\0"
            hashed.update(head.encode("utf-8", "surrogatepass"))
            hashed.update(body.encode("utf-8", "surrogatepass") + b"\0")
        return hashed.hexdigest()


@dataclass(frozen=True)
class InputSpec:
    """Where the input is and how to read it."""

    path: Path
    text_field: str = "text"
    id_field: str = "id"
    max_input_bytes: int = DEFAULT_MAX_INPUT_BYTES

    @property
    def kind(self) -> str:
        return input_kind(self.path)


@dataclass(frozen=True)
class RawItem:
    """One item as a format reader gives it, before the record rules: fields (and the JSONL line), or a Reject."""

    file: str
    line: int
    fields: dict[str, Any] | None = None
    raw: str | None = None
    reject: Reject | None = None


KINDS = (
    (".jsonl", "jsonl"), (".ndjson", "jsonl"), (".json", "jsonl"), (".csv", "csv"),
    (".tsv", "tsv"), (".parquet", "parquet"), (".pq", "parquet"),
)


def input_kind(path: Path) -> str:
    """jsonl, csv, tsv, parquet or folder, from the path; InputError for anything else."""
    if not path.exists():
        raise InputError(f"input {path} does not exist; check the path")
    if path.is_dir():
        return "folder"
    name = path.name.lower().removesuffix(".gz")
    for suffix, kind in KINDS:
        if name.endswith(suffix):
            if kind == "parquet" and path.name.lower().endswith(".gz"):
                break
            return kind
    raise InputError(
        f"input {path} has an unknown format; give .jsonl, .jsonl.gz, .csv, .tsv (optionally .gz), .parquet "
        "or a folder of .txt/.md files"
    )


def excerpt(value: str | bytes, size: int = 200) -> str:
    """A short, printable piece of a bad record for rejects.jsonl (invalid bytes and lone surrogates escaped)."""
    text = value.decode("utf-8", "backslashreplace") if isinstance(value, bytes) else value
    return escape_surrogates(text)[:size]
