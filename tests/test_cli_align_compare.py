"""`translate align`, `translate compare` and the new `translate --format` choices, end to end in subprocesses."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data" / "alignment"
ROOT = Path(__file__).resolve().parents[1]


def cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, HF_HUB_OFFLINE="1", PYTHONIOENCODING="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "translate", *args], capture_output=True, text=True, input=stdin, env=env, cwd=ROOT, timeout=300
    )


@pytest.fixture(scope="module")
def short_pair(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("pair")
    files = {}
    for lang in ("en", "uk", "hu"):
        lines = (DATA / f"summit-talks.{lang}.txt").read_text(encoding="utf-8").splitlines()[:2]
        files[lang] = folder / f"summit.{lang}.txt"
        files[lang].write_text("\n".join(lines) + "\n", encoding="utf-8")
    glossary = folder / "names.json"
    glossary.write_text(
        json.dumps([{"text": "Volodymyr Zelensky", "label": "PER", "forms": {"uk": ["Зеленський"]}}, {"text": "Kyiv", "label": "LOC"}]),
        encoding="utf-8",
    )
    files["glossary"] = glossary
    # Short sentences for the runs with a random tiny model, which runs to its length cap.
    for lang, text in (("en", "Zelensky met Trump.\nKyiv waited."), ("hu", "Zelenszkij Trumppal találkozott.\nKijev várt.")):
        files[f"short-{lang}"] = folder / f"short.{lang}.txt"
        files[f"short-{lang}"].write_text(text + "\n", encoding="utf-8")
    return files


def test_align_lines_without_model_prints_the_json_contract() -> None:
    result = cli("align", str(DATA / "summit-talks.en.txt"), str(DATA / "summit-talks.uk.txt"), "--tgt-lang", "uk", "--lines", "--no-model")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert list(data) == ["mode", "source_sentences", "target_sentences", "links"]
    assert data["mode"] == "lengths+anchors"
    assert len(data["source_sentences"]) == 21 and len(data["target_sentences"]) == 21
    assert all(len(pair) == 2 and all(isinstance(i, int) for side in pair for i in side) for pair in data["links"])
    assert result.stderr == ""


def test_align_falls_back_without_a_model_offline(short_pair: dict[str, Path]) -> None:
    result = cli("align", str(short_pair["en"]), str(short_pair["uk"]), "--tgt-lang", "uk", "--format", "tsv")
    assert result.returncode == 0, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("notice: aligning without a translation model (model Helsinki-NLP/opus-mt-tc-big-en-zle is not cached")
    rows = [row.split("\t") for row in result.stdout.splitlines()]
    assert rows and all(len(row) == 4 for row in rows)
    assert rows[0][:2] == ["0", "0"]


def test_align_rejects_an_unknown_language(short_pair: dict[str, Path]) -> None:
    result = cli("align", str(short_pair["en"]), str(short_pair["uk"]), "--tgt-lang", "de")
    assert result.returncode == 1
    assert result.stderr == "error: language 'de' is not supported; choose from: en, uk, ru, hu\n"


@pytest.mark.parametrize("fmt", ["json", "html", "md", "tmx", "text"])
def test_compare_provided_translations_in_every_format(short_pair: dict[str, Path], fmt: str) -> None:
    result = cli(
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
    result = cli(
        "compare", str(short_pair["short-en"]), "--with", f"hu={short_pair['short-hu']}", "--translate", "--format", "tmx",
        "-o", str(out), "--ner", "none", "--beam", "1", "--engine", "transformers", *model_args,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert sorted(p.name for p in out.iterdir()) == ["short.hu-mt.txt", "short.hu.txt", "short.json", "short.tmx"]
    data = json.loads((out / "short.json").read_text(encoding="utf-8"))
    assert data["translations"]["hu"]["alignment_mode"] == "model"
    assert data["translations"]["hu-mt"]["origin"] == "machine"


def test_compare_reports_a_bad_glossary_in_one_line(short_pair: dict[str, Path], tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('[\n{"text": "Kyiv", "label": "CITY"}\n]', encoding="utf-8")
    result = cli("compare", str(short_pair["en"]), "--with", f"uk={short_pair['uk']}", "--entities", str(bad))
    assert result.returncode == 1
    assert result.stderr == f"error: {bad} line 2: label 'CITY' of 'Kyiv' is not known; use one of: PER, LOC, ORG, MISC\n"
    result = cli("compare", str(short_pair["en"]), "--with", f"uk{short_pair['uk']}")
    assert result.returncode == 1
    assert result.stderr.startswith("error: --with 'uk") and result.stderr.endswith("is not LANG=FILE; write e.g. --with uk=article.uk.txt\n")


def test_translate_command_html_with_entities(short_pair: dict[str, Path], model_args: list[str]) -> None:
    result = cli(
        "translate", str(short_pair["short-en"]), "--to", "uk", "--format", "html", "--entities", str(short_pair["glossary"]),
        "--beam", "1", "--engine", "transformers", "-q", *model_args,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("<!DOCTYPE html>")
    assert 'data-entity="E1"' in result.stdout  # at least the English column is highlighted


def test_compare_with_a_local_ner_model(short_pair: dict[str, Path], tmp_path: Path) -> None:
    from support.tiny_ner import build_tiny_ner

    folder = build_tiny_ner(tmp_path / "ner", seed=3)
    result = cli("compare", str(short_pair["short-en"]), "--with", f"hu={short_pair['short-hu']}", "--ner", str(folder), "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert f"ner={folder}" in data["signature"]
    source = data["source"]["sentences"]
    for entity in data.get("entities", []):
        for sentence, start, end in entity["mentions"].get("en", []):
            assert 0 <= start < end <= len(source[sentence]["text"])
    result = cli("compare", str(short_pair["short-en"]), "--with", f"hu={short_pair['short-hu']}", "--ner", str(tmp_path / "nothing"))
    assert result.returncode == 1
    assert result.stderr == f"error: NER model folder {tmp_path / 'nothing'} does not exist; pass --ner HUB_ID, --ner PATH or --ner none\n"
