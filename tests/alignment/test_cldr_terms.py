"""Months, weekdays and languages by their CLDR names in the four languages."""

from __future__ import annotations

import pytest

from translate.alignment.cldr_terms import cldr_terms


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Putin answered in English on Friday, August 15.", "en"),
        ("У п’ятницю, 15 серпня, Путін відповів англійською.", "uk"),
        ("В пятницу, 15 августа, Путин ответил по-английски.", "ru"),
        ("Putyin pénteken, augusztus 15-én angolul válaszolt.", "hu"),
    ],
)
def test_one_date_and_language_in_every_language(sentence: str, lang: str) -> None:
    assert cldr_terms(sentence, lang) == {"weekday:5", "month:8", "language:en"}


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("He may march on.", "en"),  # verbs, not months: English capitalises month names
        ("Червоний прапор на березі, серед трави.", "uk"),  # червоний is not червень, серед not середа
    ],
)
def test_words_that_only_begin_like_a_name_are_not_it(sentence: str, lang: str) -> None:
    assert cldr_terms(sentence, lang) == set()
