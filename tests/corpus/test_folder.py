"""A folder of text files: one record per .txt/.md file, in path order; the size limit over all files."""

from __future__ import annotations

from pathlib import Path

import pytest

from translate.corpus import InputSpec
from translate.corpus.folder import read_folder, text_files
from translate.errors import InputError


def test_files_in_path_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "x.MD").write_text("Two.", encoding="utf-8")
    (tmp_path / "a.txt").write_bytes(b"\xef\xbb\xbfOne.")
    (tmp_path / "c.bin").write_bytes(b"\x00")
    assert [p.name for p in text_files(tmp_path)] == ["a.txt", "x.MD"]
    items = list(read_folder(InputSpec(tmp_path)))
    assert [(i.file, i.fields) for i in items] == [("a.txt", {"path": "a.txt", "text": "One."}), ("b/x.MD", {"path": "b/x.MD", "text": "Two."})]


def test_empty_folder_and_size_limit(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"has no \.txt or \.md files$"):
        list(read_folder(InputSpec(tmp_path)))
    (tmp_path / "a.txt").write_text("x" * 50)
    with pytest.raises(InputError, match=r"holds more than 10 bytes \(--max-input-bytes\); raise the limit or split it$"):
        list(read_folder(InputSpec(tmp_path, max_input_bytes=10)))
