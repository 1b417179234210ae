"""The source language of each record: named for the whole job (``--from en``), or identified per record
(``--from auto``: a monitoring feed in mixed languages, each record translated from its own language).

A record is translated into the job's targets other than its own language; one whose language cannot
be identified (too few words, another language, a mix), or that is already in the only target
language, is a reject with its reason. A direction is named by its short key
(:func:`translate.directions.short_key`): ``"uk"`` for en → uk, as batch jobs always wrote it, and
``"ru-en"`` for the others.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..directions import parse_model_key, short_key
from ..languages import (
    AUTO,
    default_targets,
    language_name,
    normalize_code,
    parse_targets,
    unknown_language,
)
from ..text.language_id import LANGS, describe, guess_source


@dataclass(frozen=True)
class RecordSource:
    """The language a record is translated from, the identifier's confidence (None when ``--from`` named it),
    or, when it is not translated, why (``lang`` is None)."""

    lang: str | None
    confidence: float | None = None
    reason: str = ""


def source_choice(value: str) -> str:
    """``--from`` as given (``auto``, ``en``, ``UA``…) in our form; UsageError for anything else."""
    code = normalize_code(str(value))
    if code != AUTO and code not in LANGS:
        raise unknown_language(code, (AUTO, *LANGS), "source language")
    return code


def job_targets(value: str | Sequence[str] | None, source: str) -> tuple[str, ...]:
    """The job's target languages for ``--from source``: the default (en for ``auto`` and for a non-English
    source, uk, ru, hu from English) when ``value`` is None; with ``auto`` any of the four."""
    if value is None:
        return default_targets(source)
    return parse_targets(value if isinstance(value, str) else tuple(value), source)


def possible_sources(source: str) -> tuple[str, ...]:
    """The languages records of a job can be in: the one ``--from`` names, or all four for ``auto``."""
    return LANGS if source == AUTO else (source,)


def targets_of(lang: str, targets: Sequence[str]) -> tuple[str, ...]:
    """The targets a record in ``lang`` is translated into: every target but its own language."""
    return tuple(t for t in targets if t != lang)


def directions(source: str, targets: Sequence[str]) -> list[str]:
    """Every direction a job may translate, by short key, in a fixed order (sources, then targets)."""
    return [short_key(lang, t) for lang in possible_sources(source) for t in targets_of(lang, targets)]


def direction_of(key: str) -> tuple[str, str]:
    """``"uk"`` → ``("en", "uk")``; ``"hu-uk"`` → ``("hu", "uk")``."""
    return parse_model_key(key)


def record_source(text: str, source: str, targets: Sequence[str]) -> RecordSource:
    """The language ``text`` is translated from under ``--from source``, or the reason it is not translated."""
    if source != AUTO:
        return RecordSource(source)
    guess = guess_source(text)
    if guess.lang is None:
        if not guess.scores:
            return RecordSource(None, None, "language not identified: the text has too few words to tell; "
                                            "name the corpus's language with --from LANG to translate such records")
        return RecordSource(None, None, f"language not identified: the text is not clearly one of {', '.join(LANGS)} "
                                        f"(found: {describe(guess)}); name the corpus's language with --from LANG "
                                        "to translate such records")
    lang = str(guess.lang)
    confidence = round(guess.confidence, 4)
    if not targets_of(lang, targets):
        return RecordSource(None, confidence, f"already in {language_name(lang)} ({lang}), the only target language; "
                                              "nothing to translate")
    return RecordSource(lang, confidence)
