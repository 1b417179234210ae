"""`translate detect FILE|-`: the language and its confidence, as text or JSON, for a text or per line."""

from __future__ import annotations

import json
from pathlib import Path

from support.cli import run
from support.paths import COVERAGE


def test_a_text_gets_its_language_and_confidence() -> None:
    result = run("detect", str(COVERAGE / "orban-kyiv-visit-2024" / "uk-expres.txt"))
    assert result.returncode == 0, result.stderr
    lang, confidence, found = result.stdout.rstrip("\n").split("\t")
    assert lang == "uk" and float(confidence) >= 0.8 and found.startswith("Ukrainian ")


def test_json_for_tools() -> None:
    result = run("detect", "-", "--format", "json", stdin=(COVERAGE / "orban-kyiv-visit-2024" / "ru-tvc.txt").read_text("utf-8"))
    assert result.returncode == 0, result.stderr
    verdict = json.loads(result.stdout)
    assert verdict["lang"] == "ru" and verdict["confidence"] >= 0.8 and verdict["letters"] > 100
    assert set(verdict["scores"]) <= {"uk", "ru"} and verdict["other"] is None


def test_a_text_in_another_language_is_undetermined_and_named() -> None:
    german = "Der Bundeskanzler hat am Donnerstag in Berlin mit dem französischen Präsidenten gesprochen."
    result = run("detect", "-", stdin=german)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("und\t") and "German" in result.stdout


def test_a_word_alone_is_too_short_to_tell_and_says_so() -> None:
    result = run("detect", "-", stdin="Путин\n")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "und\t0.00\ttoo few words to tell\n"


LINES = [
    "Віктор Орбан у Києві попросив Зеленського про припинення вогню.",
    "",
    "Trump met Putin in Budapest.",  # lingua alone calls this Hungarian; the letters say it is not
    "Orbán Viktor hétfőn Kijevbe utazott, ahol Zelenszkijjel tárgyalt.",
    "Ok",
    "Путин заявил, что переговоры с Украиной продолжатся на следующей неделе.",
]


def test_one_verdict_per_line_in_order() -> None:
    result = run("detect", "-", "--lines", stdin="\n".join(LINES) + "\n")
    assert result.returncode == 0, result.stderr
    rows = [row.split("\t") for row in result.stdout.splitlines()]
    assert [row[0] for row in rows] == ["uk", "en", "hu", "und", "ru"]  # a blank line prints nothing
    assert [row[2] for row in rows] == [line for line in LINES if line]


def test_one_json_object_per_line() -> None:
    result = run("detect", "-", "--lines", "--format", "json", stdin="\n".join(LINES))
    assert result.returncode == 0, result.stderr
    verdicts = [json.loads(row) for row in result.stdout.splitlines()]
    assert [v["line"] for v in verdicts] == [0, 2, 3, 4, 5]  # numbered as in the input; the blank line 1 is left out
    assert [v["lang"] for v in verdicts] == ["uk", "en", "hu", None, "ru"]


def test_several_files_one_line_each_named(tmp_path) -> None:
    story = COVERAGE / "orban-kyiv-visit-2024"
    files = [str(story / "uk-expres.txt"), str(story / "ru-tvc.txt"), str(story / "en.txt")]
    result = run("detect", *files)
    assert result.returncode == 0, result.stderr
    rows = [row.split("\t") for row in result.stdout.splitlines()]
    assert [(row[0], row[1]) for row in rows] == list(zip(files, ["uk", "ru", "en"], strict=True))
    result = run("detect", *files[:2], "--format", "json")
    assert [(v["file"], v["lang"]) for v in map(json.loads, result.stdout.splitlines())] == [(files[0], "uk"), (files[1], "ru")]
    result = run("detect", *files[:2], "--lines")
    assert all(row.split("\t")[0] in files[:2] for row in result.stdout.splitlines())
    result = run("detect", files[0], str(tmp_path / "missing.txt"))
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr == f"error: file {tmp_path / 'missing.txt'} does not exist; check the path\n"


def test_encoding_is_the_fallback_for_files_that_are_not_utf8(tmp_path) -> None:
    russian = tmp_path / "ru.txt"
    russian.write_bytes("Путин заявил, что переговоры с Украиной продолжатся на следующей неделе.".encode("cp1251"))
    english = tmp_path / "en.txt"
    english.write_text("Zelensky met Orbán in Kyiv on Tuesday, and they talked about a ceasefire.", encoding="utf-8")
    result = run("detect", str(russian), str(english), "--encoding", "cp1251")
    assert result.returncode == 0, result.stderr
    assert [row.split("\t")[1] for row in result.stdout.splitlines()] == ["ru", "en"]
    result = run("detect", str(russian))
    assert result.returncode == 1 and "pass --encoding cp1251" in result.stderr


def test_a_verdict_only_the_letters_decided_says_so(tmp_path: Path) -> None:
    names = tmp_path / "names.txt"
    names.write_text("Maia Sandu\nAlexandr Stoianoglo\nIlan Shor\n", encoding="utf-8")
    result = run("detect", str(names))
    assert result.returncode == 0, result.stderr
    lang, confidence, found = result.stdout.rstrip("\n").split("\t")
    assert lang == "en" and float(confidence) < 0.5 and found.startswith("the only one of the four its letters allow (found: ")
