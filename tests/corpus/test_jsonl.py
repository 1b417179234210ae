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


def test_nan_infinity_and_repeated_keys_are_rejected_with_their_field(tmp_path: Path) -> None:
    source = tmp_path / "c.jsonl"
    source.write_text(
        '{"id": 1, "score": NaN, "text": "a"}\n'
        '{"id": 2, "meta": {"w": [1, -Infinity]}, "text": "b"}\n'
        '{"id": 3, "text": "c", "id": 4}\n'
        '{"id": 5, "meta": {"k": 1, "k": 2}, "text": "d"}\n'
        "Infinity\n"
        '{"id": 6, "big": 1e999, "text": "e"}\n',
        encoding="utf-8",
    )
    items = list(read_jsonl(InputSpec(source)))
    assert [(i.line, i.reject.reason if i.reject else i.fields) for i in items] == [
        (1, "field 'score' is NaN, which is not valid JSON (write null or a string)"),
        (2, "field 'meta.w[1]' is -Infinity, which is not valid JSON (write null or a string)"),
        (3, "the key 'id' appears twice in one object (JSON keeps only one)"),
        (4, "the key 'k' appears twice in one object (JSON keeps only one)"),
        (5, "not a JSON object (a NaN or Infinity)"),
        (6, {"id": 6, "big": float("inf"), "text": "e"}),  # valid JSON: the line is kept as written
    ]
    assert items[0].reject is not None and items[0].reject.excerpt == '{"id": 1, "score": NaN, "text": "a"}\n'
