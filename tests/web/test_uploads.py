"""Uploads: size, encoding and glossary caps before any parsing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from translate.errors import InputError
from translate.web.uploads import count_entries, looks_like_utf16, read_glossary, read_upload


def test_utf16_is_recognised_with_or_without_a_bom() -> None:
    text = "Ein Artikel über Budapest. " * 20
    for encoding in ("utf-16", "utf-16-le", "utf-16-be"):
        assert looks_like_utf16(text.encode(encoding)), encoding
    assert not looks_like_utf16(text.encode("utf-8"))
    assert not looks_like_utf16(b"\x00\x01\x02\x03" * 100)  # binary, not text


def test_size_and_encoding(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"x" * 3000)
    with pytest.raises(InputError, match=r"^a.txt is 3 KiB; uploads may be at most 2 KiB$"):
        read_upload(path, "a.txt", 2048)
    path.write_bytes("Hello.".encode("utf-16"))
    with pytest.raises(InputError, match=r"^a.txt is not UTF-8 \(it looks like UTF-16\)"):
        read_upload(path, "a.txt", 2048)
    path.write_bytes(b"\x00\x01binary")
    with pytest.raises(InputError, match=r"looks like a binary file"):
        read_upload(path, "a.txt", 2048)


def test_entries_are_counted_linearly_before_parsing() -> None:
    assert count_entries(json.dumps([{"text": "A"}] * 5), "json") == 5
    assert count_entries("{not json", "json") is None  # the parser explains it
    assert count_entries('{"text": "A"}', "json") is None
    assert count_entries("text,label\nA,PER\n\n,\nB,LOC\n", "csv") == 2


def test_glossary_caps(tmp_path: Path) -> None:
    path = tmp_path / "names.json"
    path.write_text(json.dumps([{"text": f"N{i}", "label": "PER"} for i in range(11)]), encoding="utf-8")
    with pytest.raises(InputError, match=r"^the glossary has 11 entries; the page takes at most 10"):
        read_glossary(str(path), max_bytes=10_000, max_entries=10)
    with pytest.raises(InputError, match=r"^the glossary names.json is 0 KiB; a glossary on this page may be at most 0 KiB"):
        read_glossary(str(path), max_bytes=100, max_entries=10)
    assert len(read_glossary(str(path), max_bytes=10_000, max_entries=11)) == 11


def test_cyrillic_utf16_without_a_bom_and_random_binary() -> None:
    import random

    assert looks_like_utf16(("Президент оголосив, що зустрінеться з Путіним. " * 10).encode("utf-16-le"))
    noise = random.Random(7)
    assert not looks_like_utf16(bytes(noise.randrange(256) for _ in range(4096)))
