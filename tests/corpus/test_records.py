"""The plain data: input kinds from the path, rejects as written, excerpts."""

from __future__ import annotations

from pathlib import Path

import pytest

from translate.corpus import InputSpec, Reject, excerpt, input_kind
from translate.errors import InputError


@pytest.mark.parametrize(("name", "kind"), [
    ("a.jsonl", "jsonl"), ("a.ndjson.gz", "jsonl"), ("a.json", "jsonl"), ("a.CSV", "csv"), ("a.tsv.gz", "tsv"),
    ("a.parquet", "parquet"), ("a.pq", "parquet"),
])
def test_input_kind(name: str, kind: str, tmp_path: Path) -> None:
    (tmp_path / name).write_bytes(b"")
    assert input_kind(tmp_path / name) == kind == InputSpec(tmp_path / name).kind


def test_unknown_or_missing_input(tmp_path: Path) -> None:
    assert input_kind(tmp_path) == "folder"
    with pytest.raises(InputError, match=r"does not exist; check the path$"):
        input_kind(tmp_path / "none.jsonl")
    (tmp_path / "a.parquet.gz").write_bytes(b"")
    with pytest.raises(InputError, match=r"has an unknown format; give \.jsonl, \.jsonl\.gz, \.csv"):
        input_kind(tmp_path / "a.parquet.gz")


def test_reject_and_excerpt_escape_what_utf8_cannot_hold() -> None:
    reject = Reject(3, "f\ud800.jsonl", 4, "bad \udfff", "x\ud801")
    assert reject.to_dict() == {"file": "f\\ud800.jsonl", "line": 4, "reason": "bad \\udfff", "excerpt": "x\\ud801"}
    assert excerpt(b"caf\xe9") == "caf\\xe9" and excerpt("a" * 300) == "a" * 200 and excerpt("ab", size=1) == "a"
