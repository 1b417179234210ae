"""One place table (CLDR through babel): codes for words of any language, local names for English ones."""

from __future__ import annotations

import pytest

from translate.text.places import acronyms, local_names, normal_name, place_code, territory_code
from translate.text.transliteration import match_key


@pytest.mark.parametrize(
    ("word", "lang", "code"),
    [
        ("Ukraine", "en", "UA"),
        ("Україна", "uk", "UA"),
        ("Украины", "ru", "UA"),
        ("Ukrajnában", "hu", "UA"),
        ("Угорщині", "uk", "HU"),
        ("Magyarországon", "hu", "HU"),
        ("Варшаві", "uk", "city:warsaw"),
        ("Moszkvában", "hu", "city:moscow"),
    ],
)
def test_words_of_every_language_name_one_place(word: str, lang: str, code: str) -> None:
    assert place_code(match_key(word, lang), True) == code


def test_lower_case_words_match_only_whole_names() -> None:
    assert place_code(match_key("ukrán", "hu"), False) == "UA"  # a listed adjective
    assert place_code(match_key("united", "en"), False) is None
    assert place_code(match_key("Petrenko", "en"), True) is None


def test_local_names_of_territories_and_cities() -> None:
    assert local_names("Hungary", "uk") == ("Угорщина",)
    assert "Moszkva" in local_names("Moscow", "hu")
    assert local_names("U.S.", "ru") == local_names("United States", "ru") != ()
    assert local_names("Atlantis", "uk") == ()


def test_normal_name_folds_case_spaces_apostrophes_and_a_final_dot() -> None:
    assert normal_name("  Kyiv\u2019s   Mayor. ") == "kyiv's mayor"


@pytest.mark.parametrize(("name", "code"), [("United States", "US"), ("U.S.", "US"), ("USA", "US"), ("European Union", "EU"),
                                            ("EU", "EU"), ("Hungary", "HU"), ("Atlantis", None)])
def test_territory_code_reads_names_and_short_forms(name: str, code: str | None) -> None:
    assert territory_code(name) == code


def test_acronyms_of_a_territory_in_every_language() -> None:
    assert set(acronyms("US")) == {"USA", "US", "США"} and set(acronyms("EU")) == {"EU", "ЄС", "ЕС"} and acronyms("HU") == ()


def test_bodies_and_short_forms_have_local_names_but_adjectives_are_not_names() -> None:
    assert "Євросоюз" in local_names("EU", "uk") and "Европейский союз" in local_names("European Union", "ru")
    assert local_names("European Council", "hu") == ("Európai Tanács",)
    assert "ukrán" not in local_names("Ukraine", "hu")
    assert place_code(match_key("Евросоюза", "ru"), True) == "EU"
