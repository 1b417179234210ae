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


def test_align_refuses_texts_in_another_language_than_given(short_pair: dict[str, Path]) -> None:
    from support.cli import one_error_line

    swapped = run("align", str(DATA / "summit-talks.uk.txt"), str(DATA / "summit-talks.en.txt"), "--tgt-lang", "uk", "--lines", "--no-model")
    assert swapped.returncode != 0 and one_error_line(swapped).startswith(
        f"error: {DATA / 'summit-talks.uk.txt'} looks Ukrainian (found Ukrainian"
    )
    assert one_error_line(swapped).endswith("not English; give --src-lang uk (the texts in the order SRC TGT); or pass --no-language-check if it is English")
    same = run("align", str(short_pair["en"]), str(short_pair["uk"]), "--tgt-lang", "en")
    assert one_error_line(same) == "error: SRC and TGT are both given as English; --tgt-lang names the translation's language"


def test_align_says_when_the_texts_are_no_translation_of_each_other() -> None:
    # An outlet's own report, forced through the translation aligner: aligned all the same, with a notice.
    story = ROOT / "tests" / "data" / "coverage" / "kursk-incursion-2024"
    result = run("align", str(story / "en.txt"), str(story / "uk-ukrinform.txt"), "--tgt-lang", "uk", "--lines", "--no-model")
    assert result.returncode == 0, result.stderr
    (notice,) = result.stderr.splitlines()
    assert notice.startswith(f"notice: {story / 'uk-ukrinform.txt'} does not read as a translation of {story / 'en.txt'} (")
    assert notice.endswith(f"use translate compare {story / 'en.txt'} --with uk={story / 'uk-ukrinform.txt'}")
