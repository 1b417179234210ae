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


@pytest.mark.parametrize(
    ("sentence", "lang", "concepts"),
    [
        ("Only a few issues remain unresolved; some are not that significant.", "en", {"remaining", "points", "significant"}),
        ("Залишилося зовсім небагато. Деякі не настільки значущі.", "uk", {"remaining", "significant"}),
        ("В следующий раз в Москве? Осталось несколько пунктов.", "ru", {"next-time", "remaining", "points"}),
        ("Legközelebb Moszkvában találkozunk, néhány lezáratlan kérdésben.", "hu", {"next-time", "remaining", "points"}),
        ("Угорщина отримала безстрокове звільнення від санкцій.", "uk", {"time-limit", "exemption", "sanctions"}),
        ("Putin smiled as the reporters asked about the red carpet.", "en", {"smile", "journalists", "red-carpet"}),
        ("Путин улыбнулся журналистам на красной дорожке.", "ru", {"smile", "journalists", "red-carpet"}),
    ],
)
def test_general_news_vocabulary_matches_inflected_forms(sentence: str, lang: str, concepts: set[str]) -> None:
    assert concepts <= terms(sentence, lang)


def test_first_is_the_word_not_its_compounds() -> None:
    assert "first" in terms("Ez az első látogatása.", "hu")
    assert "first" not in terms("Az elsőszámú útvonal.", "hu")  # number one, not first
    assert "first" not in terms("Первоначально он отказался.", "ru")
