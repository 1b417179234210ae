"""`translate align` end to end in a subprocess."""

from __future__ import annotations

import json
from pathlib import Path

from support.cli import run
from support.paths import ROOT

DATA = ROOT / "tests" / "data" / "alignment"


def test_align_lines_without_model_prints_the_json_contract() -> None:
    result = run("align", str(DATA / "summit-talks.en.txt"), str(DATA / "summit-talks.uk.txt"), "--tgt-lang", "uk", "--lines", "--no-model")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert list(data) == ["mode", "source_sentences", "target_sentences", "links"]
    assert data["mode"] == "lengths+anchors"
    assert len(data["source_sentences"]) == 21 and len(data["target_sentences"]) == 21
    assert all(len(pair) == 2 and all(isinstance(i, int) for side in pair for i in side) for pair in data["links"])
    assert result.stderr == ""


def test_align_falls_back_without_a_model_offline(short_pair: dict[str, Path]) -> None:
    result = run("align", str(short_pair["en"]), str(short_pair["uk"]), "--tgt-lang", "uk", "--format", "tsv")
    assert result.returncode == 0, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("notice: aligning without a translation model (model Helsinki-NLP/opus-mt-tc-big-en-zle is not cached")
    rows = [row.split("\t") for row in result.stdout.splitlines()]
    assert rows and all(len(row) == 4 for row in rows)
    assert rows[0][:2] == ["0", "0"]


def test_align_rejects_an_unknown_language(short_pair: dict[str, Path]) -> None:
    result = run("align", str(short_pair["en"]), str(short_pair["uk"]), "--tgt-lang", "de")
    assert result.returncode == 2
    assert result.stderr == "error: language 'de' is not supported; choose from: en, uk, ru, hu\n"
