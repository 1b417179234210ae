"""The texts a visitor compares on the page: (language, name, text) slots to named keys, each checked to
be in the language it is given as, and the summary line.

Names follow :func:`translate.languages.provided_keys`, as on the command line, except that a
language's several texts have no file names to fall back on: each needs its name.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from ..errors import InputError, UsageError
from ..languages import SOURCE_LANGUAGE, TARGET_LANGUAGES, key_language, language_name, provided_keys
from ..text.language_id import check_declared_language
from ..types import RELATION_COVERAGE, Document

MAX_COMPARE_TEXTS = 12  # texts one comparison on the page takes
RELATION_CHOICES = ("auto", "translation", "coverage")
NAME_HOW = "type a name (e.g. RIA, TASS) into the name box of each {lang} text"


def named_texts(texts: Sequence[tuple[Any, Any, Any]], check: Callable[[str, str], str]) -> dict[str, str]:
    """Key -> text for the (language, name, text) slots; empty slots are skipped, each text goes
    through ``check(text, what)`` (the page's limits)."""
    given = []
    for lang, name, text in texts:
        if text is None or (isinstance(text, str) and not text.strip()):
            continue
        if not all(isinstance(value, str) or value is None for value in (lang, name, text)):
            raise UsageError("a text, its language and its name must each be plain text")
        given.append((str(lang or "").strip().lower(), str(name or ""), str(text)))
    if not given:
        raise InputError("no text given; paste at least one translation, or another outlet's report of the story")
    if len(given) > MAX_COMPARE_TEXTS:
        raise InputError(f"{len(given)} texts were given; this page compares at most {MAX_COMPARE_TEXTS} at once")
    for lang, _name, _text in given:
        if lang not in TARGET_LANGUAGES:
            raise UsageError(f"language '{lang}' is not supported; choose from: {', '.join(TARGET_LANGUAGES)}")
    keys = provided_keys([(lang, name, "") for lang, name, _ in given], NAME_HOW)
    return {key: check(text, text_label(key)) for key, (_, _, text) in zip(keys, given, strict=True)}


def text_label(key: str) -> str:
    """How a message names a text: ``uk`` → "The Ukrainian text", ``ru:RIA`` → "The Russian text 'RIA'"."""
    name = key.partition(":")[2]
    return f"The {language_name(key_language(key))} text" + (f" '{name}'" if name else "")


def compared_message(document: Document, keys: Sequence[str]) -> str:
    """``"Compared 3 texts with the English source: 2 independent coverage, 1 translation."``"""
    coverage = sum(1 for key in keys if document.translations[key].relation == RELATION_COVERAGE)
    parts = [f"{coverage} independent coverage"] if coverage else []
    if len(keys) - coverage:
        parts.append(f"{len(keys) - coverage} translation{'s' if len(keys) - coverage > 1 else ''}")
    return f"Compared {len(keys)} text{'s' if len(keys) > 1 else ''} with the English source: {', '.join(parts)}."


def check_languages(source: str, provided: Mapping[str, str]) -> None:
    """InputError when the English source or a text is clearly in another of the four languages than
    it is given as (the check of `translate compare`), with what to choose instead."""
    check_declared_language(source, SOURCE_LANGUAGE, "The English source", lambda found: "paste the English article here")
    for key, text in provided.items():
        lang = key_language(key)
        check_declared_language(
            text, lang, text_label(key),
            lambda found: f"choose {language_name(found)} ({found}) as its language" if found in TARGET_LANGUAGES
            else "paste the English article as the source",
        )
