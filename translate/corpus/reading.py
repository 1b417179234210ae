"""Any input as one numbered stream of Records and Rejects, and that stream cut into shards.

Each format has its reader (a table, by kind); the record rules (:mod:`.rules`) are applied here,
once, for all of them.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Generator, Iterator

from .delimited import read_delimited
from .folder import read_folder
from .jsonl import read_jsonl
from .parquet import read_parquet
from .records import InputSpec, RawItem, Record, Reject, Shard, excerpt
from .rules import SeenIds, record_problem

READERS: dict[str, Callable[[InputSpec], Iterator[RawItem]]] = {
    "jsonl": read_jsonl,
    "csv": lambda spec: read_delimited(spec, ","),
    "tsv": lambda spec: read_delimited(spec, "\t"),
    "parquet": read_parquet,
    "folder": read_folder,
}


def read_items(spec: InputSpec) -> Generator[Record | Reject, None, None]:
    """Every input item, in input order, numbered from 0: a Record, or a Reject with its reason."""
    kind = spec.kind
    text_field = "text" if kind == "folder" else spec.text_field
    seen = SeenIds()
    for ordinal, item in enumerate(READERS[kind](spec)):
        if item.reject is not None:
            bad = item.reject
            yield Reject(ordinal, bad.file, bad.line, bad.reason, bad.excerpt)
            continue
        fields = item.fields or {}
        problem = record_problem(fields, text_field)
        if problem is None and spec.id_field and fields.get(spec.id_field) is not None:
            problem = seen.duplicate(fields[spec.id_field], f"{item.file}:{item.line}")
        if problem is not None:
            shown = item.raw or json.dumps(fields, ensure_ascii=False, default=str)
            yield Reject(ordinal, item.file, item.line, problem, excerpt(shown))
            continue
        yield Record(ordinal, item.file, item.line, fields, fields[text_field], item.raw)


def first_item(spec: InputSpec) -> Record | Reject | None:
    """The input's first item (reading stops there), so header and column errors show before a job starts."""
    items = read_items(spec)
    try:
        return next(items, None)
    finally:
        items.close()  # closes the input file now


def iter_shards(spec: InputSpec, shard_size: int) -> Iterator[Shard]:
    """The input cut into shards of ``shard_size`` items (records and rejects together), in order."""
    shard = Shard(0)
    for item in read_items(spec):
        index = item.ordinal // shard_size
        if index != shard.index:
            yield shard
            shard = Shard(index)
        if isinstance(item, Reject):
            shard.rejects.append(item)
        else:
            shard.records.append(item)
    if shard.records or shard.rejects:
        yield shard
