"""The output folder's names, the manifest round trip, unreadable manifests, chunked reading."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from translate.corpus import (
    file_sha256,
    load_manifest,
    read_chunks,
    rejects_name,
    save_manifest,
    shard_name,
    write_file_atomic,
)
from translate.errors import OutputError


def test_names_and_round_trip(tmp_path: Path) -> None:
    assert shard_name(7, "csv") == "shards/part-00007.csv" and rejects_name(123456) == "shards/rejects-123456.jsonl"
    assert load_manifest(tmp_path) is None
    save_manifest(tmp_path, {"job": {"b": 1, "a": "é"}, "shards": {}})
    assert (tmp_path / "manifest.json").read_text(encoding="utf-8") == '{\n "job": {\n  "a": "é",\n  "b": 1\n },\n "shards": {}\n}\n'
    assert load_manifest(tmp_path) == {"job": {"a": "é", "b": 1}, "shards": {}}
    assert not list(tmp_path.glob(".*.tmp"))


def test_unusable_manifests(tmp_path: Path) -> None:
    (tmp_path / "manifest.json").write_text("{half")
    with pytest.raises(OutputError, match=r"manifest\.json cannot be read \(.*\); the folder is not a usable batch output"):
        load_manifest(tmp_path)
    (tmp_path / "manifest.json").write_text("[1]")
    with pytest.raises(OutputError, match=r"manifest\.json is not a batch manifest; choose another -o folder$"):
        load_manifest(tmp_path)


def test_chunks_and_checksum(tmp_path: Path) -> None:
    path = tmp_path / "f"
    write_file_atomic(path, iter([b"head\n", b"one\ntwo\n"]))
    assert b"".join(read_chunks(path, skip_lines=1)) == b"one\ntwo\n"
    assert file_sha256(path) == hashlib.sha256(b"head\none\ntwo\n").hexdigest()
