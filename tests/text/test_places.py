"""One place table (CLDR through babel): codes for words of any language, local names for English ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from translate.text import places
from translate.text.places import (
    PLACE_LANGUAGES,
    acronym_place,
    acronyms,
    english_name_code,
    listed_places,
    local_names,
    normal_name,
    place_code,
)


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
    assert place_code(word, lang, True) == code


def test_lower_case_words_match_only_whole_names() -> None:
    assert place_code("ukrán", "hu", False) == "UA"  # a listed adjective
    assert place_code("united", "en", False) is None
    assert place_code("Petrenko", "en", True) is None


def test_local_names_of_territories_and_cities() -> None:
    assert local_names("Hungary", "uk") == ("Угорщина",)
    assert "Moszkva" in local_names("Moscow", "hu")
    assert local_names("U.S.", "ru") == local_names("United States", "ru") != ()
    assert local_names("Atlantis", "uk") == ()


def test_normal_name_folds_case_spaces_apostrophes_and_a_final_dot() -> None:
    assert normal_name("  Kyiv\u2019s   Mayor. ") == "kyiv's mayor"


@pytest.mark.parametrize(("name", "code"), [("United States", "US"), ("U.S.", "US"), ("USA", "US"), ("European Union", "EU"),
                                            ("EU", "EU"), ("Hungary", "HU"), ("Atlantis", None)])
def test_english_name_code_reads_names_and_short_forms(name: str, code: str | None) -> None:
    assert english_name_code(name) == code


def test_acronyms_of_a_territory_in_every_language() -> None:
    assert set(acronyms("US")) == {"USA", "US", "США"} and set(acronyms("EU")) == {"EU", "ЄС", "ЕС"} and acronyms("HU") == ()


def test_bodies_and_short_forms_have_local_names_but_adjectives_are_not_names() -> None:
    assert "Євросоюз" in local_names("EU", "uk") and "Европейский союз" in local_names("European Union", "ru")
    assert local_names("European Council", "hu") == ("Európai Tanács",)
    assert "ukrán" not in local_names("Ukraine", "hu")
    assert place_code("Евросоюза", "ru", True) == "EU"


def test_a_body_named_with_its_country_has_the_bodys_local_names() -> None:
    for english in ("Russian defence ministry", "Russia's Defence Ministry", "Ministry of Defence of Russia"):
        assert "Минобороны" in local_names(english, "ru") and "Міноборони" in local_names(english, "uk")
    assert "Külügyminisztérium" in local_names("Ministry of Foreign Affairs of Hungary", "hu")
    # a body of the country's armed forces: the press names the body alone (Генштаб)
    assert "Генштаб" in local_names("General Staff of the Armed Forces of Ukraine", "uk")
    # not a country before the body, or no listed body after it
    assert local_names("Secret defence ministry", "ru") == () and local_names("Russian cabinet office", "ru") == ()


def test_other_english_names_of_territories_and_places_cldr_lacks() -> None:
    assert english_name_code("Turkey") == "TR" and "Туреччина" in local_names("Turkey", "uk")  # CLDR says Türkiye
    assert english_name_code("Russian Federation") == "RU" and "Россия" in local_names("Russian Federation", "ru")
    assert english_name_code("The Hague") == "city:the-hague" and local_names("The Hague", "hu") == ("Hága",)
    assert place_code("Hágában", "hu", True) == "city:the-hague"


def test_acronyms_are_exact_upper_case_words() -> None:
    assert acronym_place("США") == "US" and acronym_place("U.S.") == "US" and acronym_place("ENSZ") == "UN"
    assert acronym_place("Usa") is None and acronym_place("NOPE") is None


def test_the_places_file_is_well_formed() -> None:
    listed = listed_places()
    assert listed.names and listed.acronyms and listed.common_words["uk"]
    for code, spellings in listed.names.items():
        for lang, spelling in spellings:
            assert lang in PLACE_LANGUAGES and spelling == spelling.strip() and spelling, (code, spelling)


def test_a_malformed_places_file_is_one_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "places.tsv"
    bad.write_text("# header\nUS\tUSA\n", encoding="utf-8")
    monkeypatch.setattr(places, "PLACES_FILE", bad)
    listed_places.cache_clear()
    try:
        with pytest.raises(ValueError, match="places.tsv line 2"):
            listed_places()
    finally:
        listed_places.cache_clear()


def test_common_words_that_begin_like_a_place_name_no_place() -> None:
    assert place_code("Крім", "uk", True) is None and place_code("Криму", "uk", True) == "region:crimea"
    assert place_code("Crime", "en", True) is None and place_code("Crimea", "en", True) == "region:crimea"
    assert place_code("román", "hu", True) is None and place_code("Romániában", "hu", True) == "RO"
    assert place_code("Criminal", "en", True) is None  # a Ukrainian name's key is no English word's
    # A name that begins like a country (Pope Francis, Франциск: France) and the Northern of a fleet.
    assert place_code("Francis", "en", True) is None and place_code("Франциска", "uk", True) is None
    assert place_code("Франції", "uk", True) == "FR" and place_code("Northern", "en", True) is None


def test_a_word_is_read_only_against_the_names_of_its_own_language() -> None:
    assert place_code("Війна", "uk", True) is None  # war, not Vienna (Вена in Russian)
    assert place_code("Moszkvában", "hu", True) == "city:moscow"


def test_continents_have_their_local_names_and_a_country_its_other_english_names() -> None:
    assert local_names("Europe", "uk") == ("Європа",) and english_name_code("Europe") == "150"
    assert "Russian Federation" in places.english_names("RU")
    assert place_code("Tatárföld", "hu", True) == place_code("Татарстан", "ru", True) == "region:tatarstan"


def test_named_things_of_the_news_have_their_translated_names() -> None:
    assert english_name_code("Nord Stream") == "thing:nord-stream"
    assert "Északi Áramlat" in local_names("Nord Stream", "hu") and "Запорізька АЕС" in local_names("Zaporizhzhia nuclear power plant", "uk")


def test_a_noun_of_many_names_is_no_place_alone() -> None:
    # "Союз порятунку Румунії" (the Save Romania Union) and "Радянського Союзу" are no European Union.
    assert place_code("Союзу", "uk", True) is None and place_code("Союза", "ru", True) is None
    assert place_code("Szervezete", "hu", True) is None
    assert place_code("Євросоюзу", "uk", True) == place_code("Европейского", "ru", True) == "EU"
