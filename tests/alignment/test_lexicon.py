"""News terms by stem in the four languages."""

from __future__ import annotations

import pytest

from translate.alignment.lexicon import ROLES, TERMS, term_spans, terms


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


def test_roles_are_terms_of_the_table() -> None:
    assert ROLES <= set(TERMS)
    assert {"president", "prime-minister"} <= terms("Прем'єр-міністр зустрівся з президентом.", "uk")


def test_term_spans_say_where_the_terms_are() -> None:
    text = "Talks on a ceasefire."
    assert sorted(text[a:b] for a, b in term_spans(text, "en")) == ["Talks", "ceasefire"]
