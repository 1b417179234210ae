"""Fixtures of the CLI tests: a short article with its translations and a glossary."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support.paths import ROOT

DATA = ROOT / "tests" / "data" / "alignment"


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


SHORT = "Trump met Putin in Budapest.\n\nThey talked about the war."


@pytest.fixture()
def article(tmp_path: Path) -> Path:
    """A two-paragraph English article, named as the README names articles (article.en.txt)."""
    file = tmp_path / "article.en.txt"
    file.write_text(SHORT, encoding="utf-8")
    return file
