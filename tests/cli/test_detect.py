"""`translate detect FILE|-`: the language and its confidence, as text or JSON, for a text or per line."""

from __future__ import annotations

import json

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
    assert [row[0] for row in rows] == ["uk", "und", "en", "hu", "und", "ru"]
    assert [row[2] for row in rows] == LINES


def test_one_json_object_per_line() -> None:
    result = run("detect", "-", "--lines", "--format", "json", stdin="\n".join(LINES))
    assert result.returncode == 0, result.stderr
    verdicts = [json.loads(row) for row in result.stdout.splitlines()]
    assert [v["line"] for v in verdicts] == list(range(len(LINES)))
    assert [v["lang"] for v in verdicts] == ["uk", None, "en", "hu", None, "ru"]
