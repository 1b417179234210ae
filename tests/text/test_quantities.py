"""Quantities compared by value across languages: scale words and month names in dates."""

from __future__ import annotations

import pytest

from translate.text.quantities import missing_quantities, month_numbers, quantities


@pytest.mark.parametrize(
    ("source", "source_lang", "target", "lang"),
    [
        ("Погибли 1,6 тыс. человек", "ru", "1.6 thousand people died", "en"),
        ("Погибли 1,6 тыс. человек", "ru", "1,600 people died", "en"),
        ("2,5 млрд долларов", "ru", "$2.5 billion", "en"),
        ("€2.5bn", "en", "2,5 milliárd euró", "hu"),
        ("1.5 million", "en", "1,5 мільйона", "uk"),
        ("3 тисячі", "uk", "3,000", "en"),
        ("16.10.2025", "ru", "October 16, 2025", "en"),
        ("2025. október 16.", "hu", "October 16, 2025", "en"),
        ("16 жовтня 2025 року", "uk", "on 16 October 2025", "en"),
        ("16-го жовтня", "uk", "October 16", "en"),
        ("október 23-án", "hu", "on October 23", "en"),
        ("in March 2022", "en", "у березні 2022 року", "uk"),
        ("May 9", "en", "9 мая", "ru"),
        ("the 16th of October 2025", "en", "16.10.2025", "uk"),
    ],
)
def test_the_same_value_written_two_ways_matches_both_ways(source: str, source_lang: str, target: str, lang: str) -> None:
    assert missing_quantities(source, source_lang, target, lang) == []
    assert missing_quantities(target, lang, source, source_lang) == []


@pytest.mark.parametrize(
    ("source", "source_lang", "target", "lang", "missing"),
    [
        ("Погибли 1,6 тыс. человек 16.10.2025", "ru", "1.6 thousand people died in October 2025", "en", ["16"]),
        ("2,5 млрд долларов", "ru", "$25 billion", "en", ["2.5"]),
        ("October 16", "en", "16 листопада", "uk", ["10"]),
        ("1,500 tonnes", "en", "1,5 tonna", "hu", ["1500"]),  # Hungarian 1,5 is one and a half
    ],
)
def test_a_different_value_is_missing(source: str, source_lang: str, target: str, lang: str, missing: list[str]) -> None:
    assert missing_quantities(source, source_lang, target, lang) == missing


def test_a_month_name_counts_only_in_a_date() -> None:
    assert month_numbers("Theresa May said it in March.", "en") == []
    assert month_numbers("On May 9 and 16 March.", "en") == ["5", "3"]
    assert month_numbers("в мае 2024 года и 1 марта", "ru") == ["5", "3"]
    assert month_numbers("We march on 5 fronts.", "en") == []  # English month names are capitalised


def test_quantities_keep_their_order_and_multiplicity() -> None:
    assert quantities("5 and 5, then 1,6 тыс.", "ru") == [frozenset({"5"}), frozenset({"5"}), frozenset({"1.6", "1600"})]
