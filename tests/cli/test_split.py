"""`translate split`."""

from __future__ import annotations

import json

from support.cli import run
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
