"""News terms by stem in the four languages."""

from __future__ import annotations

import pytest

from translate.alignment.lexicon import TERMS, terms


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Orban urged a quick ceasefire before peace talks.", "en"),
        ("Орбан закликав до припинення вогню перед мирними переговорами.", "uk"),
        ("Орбан призвал к прекращению огня перед мирными переговорами.", "ru"),
        ("Orbán tűzszünetet sürgetett a tárgyalások előtt.", "hu"),
    ],
)
def test_one_statement_names_the_same_terms_in_every_language(sentence: str, lang: str) -> None:
    assert {"ceasefire", "talks"} <= terms(sentence, lang)


def test_every_term_has_stems_in_all_four_languages() -> None:
    for concept, stems in TERMS.items():
        assert set(stems) == {"en", "uk", "ru", "hu"}, concept


def test_stems_need_a_word_start() -> None:
    assert "oil" not in terms("The soil was dry.", "en")
