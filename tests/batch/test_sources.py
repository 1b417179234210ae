"""The source language of each record: --from as given, the job's targets, directions, and per-record verdicts."""

from __future__ import annotations

import pytest
from support.paths import coverage_lines

from translate.batch import RecordSource, job_targets, record_source, source_choice
from translate.batch.sources import direction_of, directions, targets_of
from translate.errors import UsageError


def test_from_and_the_default_targets() -> None:
    assert [source_choice(v) for v in ("auto", "EN", "ua", "rus", " hu ")] == ["auto", "en", "uk", "ru", "hu"]
    with pytest.raises(UsageError, match=r"^source language 'de' is not supported; choose from: auto, en, uk, ru, hu$"):
        source_choice("de")
    assert job_targets(None, "en") == ("uk", "ru", "hu")
    assert job_targets(None, "ru") == ("en",) and job_targets(None, "auto") == ("en",)
    assert job_targets("en,uk,en", "auto") == ("en", "uk") and job_targets(["hu"], "uk") == ("hu",)
    with pytest.raises(UsageError, match=r"target language 'ru' is the article's own language"):
        job_targets("ru", "ru")
    with pytest.raises(UsageError, match=r"target language 'de' is not supported; choose from: en, uk, ru, hu"):
        job_targets("en,de", "auto")
    with pytest.raises(UsageError, match=r"no target language given"):
        job_targets(",", "auto")


def test_directions_by_short_key() -> None:
    assert directions("en", ("uk", "hu")) == ["uk", "hu"]  # the keys batch jobs always wrote
    assert directions("auto", ("en", "uk")) == ["uk", "uk-en", "ru-en", "ru-uk", "hu-en", "hu-uk"]
    assert directions("auto", ("en",)) == ["uk-en", "ru-en", "hu-en"]
    assert direction_of("uk") == ("en", "uk") and direction_of("hu-uk") == ("hu", "uk")
    assert targets_of("uk", ("en", "uk", "hu")) == ("en", "hu")


def test_a_named_source_is_taken_as_given() -> None:
    assert record_source("Anything at all.", "ru", ("en",)) == RecordSource("ru")


@pytest.mark.parametrize("lang", ["en", "uk", "ru", "hu"])
def test_auto_identifies_real_news(lang: str) -> None:
    found = record_source(" ".join(coverage_lines(lang)[:2]), "auto", ("en", "uk", "ru", "hu"))
    assert found.lang == lang and found.confidence is not None and 0.75 <= found.confidence <= 1 and not found.reason


def test_auto_rejects_with_a_reason() -> None:
    german = record_source("Die Regierung in Berlin hat am Montag neue Sanktionen gegen Russland angekündigt.", "auto", ("en",))
    assert german.lang is None and german.reason.startswith(
        "language not identified: the text is not clearly one of en, uk, ru, hu (found: German 100%)"
    )
    assert "--from LANG" in german.reason
    short = record_source("Так.", "auto", ("en",))
    assert short.lang is None and short.reason.startswith("language not identified: the text has too few words to tell")
    mixed = record_source(f"{coverage_lines('ru')[0]}\n\n{coverage_lines('en')[0]}", "auto", ("en",))
    assert mixed.lang is None and mixed.reason.startswith("language not identified: the text is not clearly one of")
    assert "Russian" in mixed.reason and "English" in mixed.reason
    english = record_source(coverage_lines("en")[0], "auto", ("en",))
    assert english.lang is None and english.confidence == 1.0
    assert english.reason == "already in English (en), the only target language; nothing to translate"
    assert record_source(coverage_lines("en")[0], "auto", ("en", "uk")).lang == "en"  # translated into uk only
