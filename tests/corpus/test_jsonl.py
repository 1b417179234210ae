"""JSON Lines: one item per non-blank line, bad lines rejected with their line, output keeps the record's bytes."""

from __future__ import annotations

from pathlib import Path

from translate.corpus import MAX_LINE_BYTES, InputSpec, Record, jsonl_line
from translate.corpus.jsonl import read_jsonl


def test_items_per_line(tmp_path: Path) -> None:
    source = tmp_path / "c.jsonl"
    source.write_bytes(b'\xef\xbb\xbf{"text": "a"}\n\n  \n[1]\n{bad\n\xff\n{"text": "b"}')
    items = list(read_jsonl(InputSpec(source)))
    assert [(i.line, i.fields, i.raw) for i in items if i.reject is None] == [(1, {"text": "a"}, '{"text": "a"}'), (7, {"text": "b"}, '{"text": "b"}')]
    assert [(i.line, i.reject.reason) for i in items if i.reject is not None] == [
        (4, "not a JSON object (a list)"),
        (5, "bad JSON: Expecting property name enclosed in double quotes (column 2)"),
        (6, "invalid UTF-8 at byte 0 of the line"),
    ]


def test_an_over_long_line_is_skipped_whole(tmp_path: Path) -> None:
    source = tmp_path / "c.jsonl"
    with open(source, "wb") as handle:
        handle.write(b'{"text": "' + b"x" * (MAX_LINE_BYTES + 10) + b'"}\n{"text": "after"}\n')
    items = list(read_jsonl(InputSpec(source)))
    assert items[0].reject is not None and items[0].reject.reason == f"line longer than {MAX_LINE_BYTES:,} bytes"
    assert len(items[0].reject.excerpt) == 200
    assert (items[1].line, items[1].fields) == (2, {"text": "after"})


def test_output_line_keeps_the_input_bytes() -> None:
    raw = '{"id": 1, "n": 1.50 }'
    record = Record(0, "c.jsonl", 1, {"id": 1, "n": 1.5}, "t", raw)
    assert jsonl_line(record, {"k": "é"}) == '{"id": 1, "n": 1.50, "translation": {"k": "é"}}\n'
    from_table = Record(0, "c.csv", 2, {"id": "1"}, "t")
    assert jsonl_line(from_table, {"k": 1}) == '{"id": "1", "translation": {"k": 1}}\n'
