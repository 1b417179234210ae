"""One number parser: values, per-language decimal and thousand separators."""

from __future__ import annotations

import pytest

from translate.text.numbers import numbers, parse_number, quantities, unit_of

NUMBERS = [
    ("1,000 km", "en", ["1000"]),
    ("1 000 км", "uk", ["1000"]),
    ("1\u00a0000 км", "ru", ["1000"]),
    ("1.000 km", "hu", ["1000"]),
    ("1000 km", "hu", ["1000"]),
    ("3.5 metres", "en", ["3.5"]),
    ("3,5 метра", "uk", ["3.5"]),
    ("8,61 méter", "hu", ["8.61"]),
    ("1,234,567.50", "en", ["1234567.5"]),
    ("1 234 567,5", "ru", ["1234567.5"]),
    ("in 2024.", "en", ["2024"]),
    ("14.10.2025", "uk", ["14", "10", "2025"]),
    ("in 2019 500 people", "en", ["2019", "500"]),
    ("2025-ben", "hu", ["2025"]),
    ("10:30", "en", ["10", "30"]),
    ("no numbers", "en", []),
]


@pytest.mark.parametrize(("text", "lang", "expected"), NUMBERS)
def test_numbers_are_normalised(text: str, lang: str, expected: list[str]) -> None:
    assert numbers(text, lang) == expected


@pytest.mark.parametrize(
    ("run", "lang", "expected"),
    [
        ("1.500", "en", ["1.5"]),  # English writes a decimal point ...
        ("1.500", "uk", ["1500"]),  # ... the others group thousands with it
        ("1,500", "en", ["1500"]),
        ("1,500", "hu", ["1.5"]),
        ("007", "en", ["7"]),
        ("2.50", "en", ["2.5"]),
        ("1.2.3", "en", ["1", "2", "3"]),
    ],
)
def test_ambiguous_separators_follow_the_language(run: str, lang: str, expected: list[str]) -> None:
    assert parse_number(run, lang) == expected


def test_three_point_five_is_not_thirty_five() -> None:
    # The translation check once read "3.5" as "35" (separators dropped); one parser now reads both sides.
    assert numbers("3.5", "en") == ["3.5"] == numbers("3,5", "uk")
    assert numbers("35", "uk") == ["35"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("about 1,000 miles (1,600 kilometers)", "en", [(1609.344, "km"), (1600.0, "km")]),
        ("aid worth $2.3 billion", "en", [(2.3e9, "USD")]),
        ("на суму 600 мільйонів доларів", "uk", [(6e8, "USD")]),
        ("2,3 млрд долларов", "ru", [(2.3e9, "USD")]),
        ("three hours of talks", "en", [(3.0, "hour")]),
        ("після трьох годин", "uk", [(3.0, "hour")]),
        ("három óra tárgyalás", "hu", [(3.0, "hour")]),
        ("only for one year", "en", [(1.0, "year")]),
        ("протягом одного року", "uk", [(1.0, "year")]),
        ("в 2012 году", "ru", [(2012.0, "")]),  # a date, not a duration
        ("one of them", "en", []),
        ("50 %", "en", [(50.0, "%")]),
        ("a két vezető háromórás tárgyalása", "hu", [(2.0, ""), (3.0, "hour")]),  # number word and unit in one word
        ("hatalmas tömeg", "hu", []),
    ],
)
def test_quantities_have_value_scale_and_unit(text: str, lang: str, expected: list[tuple[float, str]]) -> None:
    found = [(q.value, q.unit) for q in quantities(text, lang)]
    assert [(pytest.approx(v), u) for v, u in expected] == found


def test_same_amount_after_conversion() -> None:
    miles, km = quantities("1,000 miles or 1,600 km", "en")
    assert miles.same_as(km) and not miles.same_as(quantities("1,500 km", "en")[0])
    assert not quantities("3 hours", "en")[0].same_as(quantities("3 days", "en")[0])


def test_unit_of_names_the_unit_a_word_writes() -> None:
    assert unit_of("годин") == ("hour", 1.0) and unit_of("mérföld") == ("km", 1.609344) and unit_of("table") is None
