"""Any input as one numbered stream of Records and Rejects, cut into shards."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import settings as settings_hypothesis
from hypothesis import strategies as st

from translate.corpus import InputSpec, Record, Reject, first_item, iter_shards, read_items
from translate.corpus.reading import READERS


@settings_hypothesis(max_examples=60, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=40), st.integers(), st.none(), st.binary(max_size=20)), max_size=12))
def test_reader_accounts_for_every_line(tmp_path_factory: pytest.TempPathFactory, values: list[object]) -> None:
    """Whatever the lines hold, each becomes exactly one Record or Reject, in order, and good text is kept exactly."""
    path = tmp_path_factory.mktemp("prop") / "c.jsonl"
    lines = []
    for value in values:
        if isinstance(value, bytes):
            lines.append(value.replace(b"\n", b" ").replace(b"\r", b" ") or b"x")
        else:
            lines.append(json.dumps({"text": value}).encode())
    path.write_bytes(b"".join(line + b"\n" for line in lines))
    items = list(read_items(InputSpec(path, id_field="")))
    nonblank = [i + 1 for i, line in enumerate(lines) if line.strip() and not (i == 0 and line.strip() == b"\xef\xbb\xbf")]
    assert [item.ordinal for item in items] == list(range(len(items)))
    assert [item.line for item in items] == nonblank[: len(items)] and len(items) == len(nonblank)
    for item, value in zip(items, [v for i, v in enumerate(values) if i + 1 in nonblank], strict=True):
        if isinstance(item, Record):
            assert item.text == value


def test_shards_are_fixed_ranges_of_items(tmp_path: Path) -> None:
    source = tmp_path / "c.jsonl"
    source.write_text('{"id": 1, "text": "A."}\n{bad\n{"id": 1, "text": "B."}\n{"id": 2, "text": "C."}\n{"id": 3, "text": "D."}\n')
    shards = list(iter_shards(InputSpec(source), 2))
    assert [(s.index, [r.ordinal for r in s.records], [r.ordinal for r in s.rejects]) for s in shards] == [
        (0, [0], [1]), (1, [3], [2]), (2, [4], []),
    ]
    assert shards[1].rejects[0].reason == "duplicate id 1 (first seen at c.jsonl:1)"
    first = first_item(InputSpec(source))
    assert isinstance(first, Record) and first.text == "A."
    assert isinstance(next(read_items(InputSpec(source, text_field="body"))), Reject)


def test_one_reader_per_kind() -> None:
    assert sorted(READERS) == ["csv", "folder", "jsonl", "parquet", "tsv"]


def test_ids_equal_as_json_values_are_duplicates(tmp_path: Path) -> None:
    source = tmp_path / "c.jsonl"
    source.write_text('{"id": 1, "text": "A."}\n{"id": 1.0, "text": "B."}\n{"id": "1", "text": "C."}\n{"id": true, "text": "D."}\n')
    items = list(read_items(InputSpec(source)))
    assert [getattr(item, "reason", None) for item in items] == [None, "duplicate id 1.0 (first seen at c.jsonl:1)", None, None]
