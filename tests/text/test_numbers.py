"""One number parser: values, per-language decimal and thousand separators."""

from __future__ import annotations

import pytest

from translate.text.dates import month_numbers
from translate.text.numbers import (
    amounts,
    missing_quantities,
    number_values,
    numbers,
    parse_number,
    quantities,
    unit_of,
)

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
        ("a 984-foot ship of 95,000 tons", "en", [(299.9232, "m"), (95000.0, "t")]),
        ("300-метровий контейнеровоз", "uk", [(300.0, "m")]),
        ("длиной 300 м", "ru", [(300.0, "m")]),
        ("5 more ships", "en", [(5.0, "")]),  # "m" is a unit on its own only
        ("it was 46 °F", "en", [(7.777777, "°C")]),
        ("8 градусів Цельсія", "uk", [(8.0, "°C")]),
        ("8 fok volt", "hu", [(8.0, "°C")]),
        ("було -10 °C", "uk", [(-10.0, "°C")]),  # below zero: a minus sign or the word
        ("mínusz 10 fokra hűlt", "hu", [(-10.0, "°C")]),
        ("7-10 °C", "ru", [(7.0, ""), (10.0, "°C")]),  # a range: the hyphen is no minus
        ("о 02:50 6 червня", "uk", [(2 + 50 / 60, "clock"), (6.0, "")]),  # a time of day, then the date's day
        ("at 2:50 p.m.", "en", [(14 + 50 / 60, "clock")]),
        ("around 3: 20 pm", "en", [(15 + 20 / 60, "clock")]),  # a space typed after the colon
        ("won 3: 1", "en", [(3.0, ""), (1.0, "")]),
        ("в 14:50 по Москве", "ru", [(14 + 50 / 60, "clock")]),
        ("won 3:1", "en", [(3.0, ""), (1.0, "")]),  # a score, not a time
        # a number in two words, or in one Hungarian word
        ("Fifty-three seriously injured people", "en", [(53.0, "")]),
        ("twenty one days", "en", [(21.0, "day")]),
        ("twenty, three", "en", [(20.0, ""), (3.0, "")]),
        ("п'ятдесят три особи", "uk", [(53.0, "")]),
        ("сорок один человек", "ru", [(41.0, "people")]),
        ("ötvenhárom ember, huszonkét nap", "hu", [(53.0, "people"), (22.0, "day")]),
        ("серед них двоє дітей", "uk", [(2.0, "")]),  # a collective numeral
        ("трое суток", "ru", [(3.0, "")]),
        # half a unit, and a number joined to its unit in one adjective
        ("half an hour later", "en", [(0.5, "hour")]),
        ("через полчаса", "ru", [(0.5, "hour")]),
        ("через пів години", "uk", [(0.5, "hour")]),
        ("fél órával később", "hu", [(0.5, "hour")]),
        ("half of them", "en", []),
        ("пятикилометровая зона", "ru", [(5.0, "km")]),
        ("п'ятикілометрову зону", "uk", [(5.0, "km")]),
        ("ötkilométeres zónát", "hu", [(5.0, "km")]),
        ("семинар", "ru", []),
        ("legalább egy tucatnyi robbanás", "hu", [(12.0, "")]),
    ],
)
def test_quantities_have_value_scale_and_unit(text: str, lang: str, expected: list[tuple[float, str]]) -> None:
    found = [(q.value, q.unit) for q in quantities(text, lang)]
    assert [(pytest.approx(v), u) for v, u in expected] == found


def test_same_amount_after_conversion() -> None:
    miles, km = quantities("1,000 miles or 1,600 km", "en")
    assert miles.same_as(km) and not miles.same_as(quantities("1,500 km", "en")[0])
    assert not quantities("3 hours", "en")[0].same_as(quantities("3 days", "en")[0])
    feet, metres = quantities("984 feet", "en")[0], quantities("300 метрів", "uk")[0]
    assert feet.same_as(metres) and quantities("46 °F", "en")[0].same_as(quantities("8 °C", "ru")[0], tolerance=0.05)


def test_unit_of_names_the_unit_a_word_writes() -> None:
    assert unit_of("годин") == ("hour", 1.0) and unit_of("mérföld") == ("km", 1.609344) and unit_of("table") is None


# ---- by value across languages: scale words and month names in dates ----


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
    assert number_values("5 and 5, then 1,6 тыс.", "ru") == [frozenset({"5"}), frozenset({"5"}), frozenset({"1.6", "1600"})]


def test_a_case_ending_after_a_hyphen_is_no_unit() -> None:
    # An ordinal (31-м членом: the 31st member, not 31 metres; 5-й день: the fifth day, not five days).
    assert [(q.value, q.unit) for q in quantities("Финляндия стала 31-м членом альянса на 5-й день.", "ru")] == [(31.0, ""), (5.0, "")]
    # A cardinal's case ending keeps the unit after it; a unit's adjective is still the unit.
    assert [(q.value, q.unit) for q in quantities("В 2-х км от города, 300-метровый мост.", "ru")] == [(2.0, "km"), (300.0, "m")]


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("130-plus billion cubic metres", "en", 130e9),
    ("130+ мільярдів кубометрів", "uk", 130e9),
    ("some 15-hundred troops", "en", 1500.0),
    ("30-plus people", "en", 30.0),
])
def test_a_scale_after_plus_or_hundred_is_read(text: str, lang: str, value: float) -> None:
    assert [q.value for q in amounts(text, lang)] == [value]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Queen Elizabeth II died aged 96.", "en"),
        ("She died at the age of 96.", "en"),
        ("Померла 96-річна королева.", "uk"),
        ("Умерла 96-летняя королева.", "ru"),
        ("Elhunyt a 96 éves királynő.", "hu"),
        # an ordinal year of life is the age before it
        ("Королева умерла на 97-м году жизни.", "ru"),
        ("Королева померла на 97-му році життя.", "uk"),
        ("A királynő 97. életévében hunyt el.", "hu"),
    ],
)
def test_an_age_is_years(text: str, lang: str) -> None:
    assert [(q.value, q.unit) for q in amounts(text, lang)] == [(96.0, "year")]


def test_an_anniversary_is_no_duration() -> None:
    assert [(q.value, q.unit) for q in amounts("Відзначили 30 річницю і 100-річчя УНР.", "uk")] == [(30.0, ""), (100.0, "")]


def test_money_with_a_joined_scale_letter_and_a_half_after_a_number() -> None:
    assert [(q.value, q.unit) for q in amounts("They must pay €16m, not $300k.", "en")] == [(16e6, "EUR"), (300e3, "USD")]
    assert [(q.value, q.unit) for q in amounts("A 16m tower.", "en")] == [(16.0, "m")]
    for text, lang in [("two and a half years", "en"), ("два с половиной года", "ru"), ("два з половиною роки", "uk"), ("két és fél év", "hu")]:
        assert [(q.value, q.unit, text[q.start : q.end]) for q in amounts(text, lang)] == [(2.5, "year", text)]


@pytest.mark.parametrize(("text", "lang"), [
    ("Flight MH17 was shot down.", "en"), ("рейсом МН17", "uk"), ("Su-25, S-400 and COVID-19", "en"), ("Су-34 и Ил-76", "ru"), ("An A320 jet", "en"),
])
def test_the_figures_of_a_code_are_no_amount(text: str, lang: str) -> None:
    assert amounts(text, lang) == []


def test_a_year_is_no_rounding_of_another() -> None:
    (a,), (b,) = amounts("in 2020", "en"), amounts("в 2024 году", "ru")
    assert not a.rounds(b) and not a.same_as(b)


def test_a_space_groups_thousands_only_and_russian_collective_numerals_count() -> None:
    assert [(q.value, q.unit) for q in amounts("May 9, 2025 19:53", "en")][-2:] == [(2025.0, ""), (19 + 53 / 60, "clock")]
    assert [q.value for q in amounts("10 000 людей", "uk")] == [10000.0]
    assert [q.value for q in amounts("Москва вышлет двоих дипломатов.", "ru")] == [2.0]
