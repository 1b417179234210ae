"""`translate compare` end to end in a subprocess."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from support.cli import one_error_line, run
from support.paths import ROOT

DATA = ROOT / "tests" / "data" / "alignment"


@pytest.mark.parametrize("fmt", ["json", "html", "md", "tmx", "text"])
def test_compare_provided_translations_in_every_format(short_pair: dict[str, Path], fmt: str) -> None:
    result = run(
        "compare", str(short_pair["en"]), "--with", f"uk={short_pair['uk']}", "--with", f"hu={short_pair['hu']}",
        "--ner", "none", "--entities", str(short_pair["glossary"]), "--format", fmt,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    if fmt == "json":
        data = json.loads(out)
        assert list(data["translations"]) == ["uk", "hu"]
        assert data["translations"]["uk"]["origin"] == "provided"
        assert data["entities"][0]["id"] == "E1" and "uk" in data["entities"][0]["mentions"]
    elif fmt == "html":
        assert out.startswith("<!DOCTYPE html>") and 'data-entity="E1"' in out and "<script" not in out
    elif fmt == "tmx":
        assert len(ET.fromstring(out).findall("./body/tu")) == 2
    elif fmt == "md":
        assert out.startswith("| English (en) | Ukrainian (uk) | Hungarian (hu) |")
    else:
        assert "=== Ukrainian (uk) · provided ===" in out


def test_compare_with_machine_translation_writes_files(short_pair: dict[str, Path], model_args: list[str], tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run(
        "compare", str(short_pair["short-en"]), "--with", f"hu={short_pair['short-hu']}", "--translate", "--format", "tmx",
        "-o", str(out), "--ner", "none", "--beam", "1", "--engine", "transformers", *model_args,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert sorted(p.name for p in out.iterdir()) == [".translate-written.json", "short.hu-mt.txt", "short.hu.txt", "short.json", "short.tmx"]
    data = json.loads((out / "short.json").read_text(encoding="utf-8"))
    keys = [part.partition("=")[0] for part in data["signature"].split("|")]
    assert len(keys) == len(set(keys)) and "hu-mt" in keys, data["signature"]  # no key twice
    assert data["translations"]["hu"]["alignment_mode"] == "model"
    assert data["translations"]["hu-mt"]["origin"] == "machine"


def test_compare_reports_a_bad_glossary_in_one_line(short_pair: dict[str, Path], tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('[\n{"text": "Kyiv", "label": "CITY"}\n]', encoding="utf-8")
    result = run("compare", str(short_pair["en"]), "--with", f"uk={short_pair['uk']}", "--entities", str(bad))
    assert result.returncode == 1
    assert result.stderr == f"error: {bad} line 2: label 'CITY' of 'Kyiv' is not known; use one of: PER, LOC, ORG, MISC\n"
    result = run("compare", str(short_pair["en"]), "--with", f"uk{short_pair['uk']}")
    assert result.returncode == 2
    assert result.stderr.startswith("error: --with 'uk") and result.stderr.endswith("is not LANG=FILE; write e.g. --with uk=article.uk.txt\n")


def test_compare_with_a_local_ner_model(short_pair: dict[str, Path], tmp_path: Path) -> None:
    from support.tiny_ner import build_tiny_ner

    folder = build_tiny_ner(tmp_path / "ner", seed=3)
    result = run("compare", str(short_pair["short-en"]), "--with", f"hu={short_pair['short-hu']}", "--ner", str(folder), "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert f"ner={folder}" in data["signature"]
    source = data["source"]["sentences"]
    for entity in data.get("entities", []):
        for sentence, start, end in entity["mentions"].get("en", []):
            assert 0 <= start < end <= len(source[sentence]["text"])
    result = run("compare", str(short_pair["short-en"]), "--with", f"hu={short_pair['short-hu']}", "--ner", str(tmp_path / "nothing"))
    assert result.returncode == 1
    assert result.stderr == f"error: NER model folder {tmp_path / 'nothing'} does not exist; pass --ner HUB_ID, --ner PATH or --ner none\n"


def test_compare_never_writes_over_its_own_input(tmp_path: Path) -> None:
    source = tmp_path / "article.en.txt"
    source.write_text("Zelensky met Trump.\nKyiv waited.\n", encoding="utf-8")
    provided = tmp_path / "article.uk.txt"
    provided.write_bytes("\ufeffЗеленський зустрівся з Трампом.\nКиїв чекав.\n".encode())
    before = provided.read_bytes()
    result = run("compare", str(source), "--with", f"uk={provided}", "--ner", "none", "-o", str(tmp_path), "--force")
    assert result.returncode == 1
    assert one_error_line(result) == (
        f"error: refusing to write {provided}: it is an input of this run and would be overwritten; choose another -o folder"
    )
    assert provided.read_bytes() == before  # BOM and all
