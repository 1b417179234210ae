"""`translate split`."""

from __future__ import annotations

import json
from pathlib import Path

from support.cli import one_error_line, run
from support.paths import ROOT

DATA = ROOT / "tests" / "data" / "alignment"


def test_split_text_and_json(tmp_path) -> None:
    file = tmp_path / "uk.txt"
    file.write_text("Президент В. Зеленський прибув до Будапешта. Це сталося 16.10.2025 р. вранці.\nНовий рядок", encoding="utf-8")
    result = run("split", "--lang", "uk", str(file))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "Президент В. Зеленський прибув до Будапешта.",
        "Це сталося 16.10.2025 р. вранці.",
        "Новий рядок",
    ]
    result = run("split", "--lang", "uk", "--format", "json", str(file))
    items = json.loads(result.stdout)
    text = file.read_text(encoding="utf-8")
    assert [text[i["start"] : i["end"]] for i in items] == [i["text"] for i in items]


def test_another_encoding_is_named_and_read_with_encoding(tmp_path: Path, model_args: list[str]) -> None:
    file = tmp_path / "cp1251.txt"
    file.write_bytes("Президент Трамп зустрівся з Путіним у Будапешті в четвер увечері.".encode("cp1251"))
    result = run("split", "--lang", "uk", str(file))
    assert result.returncode == 1
    assert "it looks like cp1251: pass --encoding cp1251" in one_error_line(result)
    result = run("split", "--lang", "uk", "--encoding", "cp1251", str(file))
    assert result.returncode == 0 and result.stdout.startswith("Президент Трамп")
    result = run("split", "--lang", "uk", "--encoding", "klingon", str(file))
    assert result.returncode == 2 and "encoding 'klingon' is not known" in one_error_line(result)
