"""The per-sentence checks as tables of cases, plus the data types' JSON round trip."""

from __future__ import annotations

import pytest

from translate.checks import is_repetitive, missing_numbers, script_ok, sentence_flags
from translate.text.numbers import numbers
from translate.types import (
    NUMBER_MISMATCH,
    Document,
    Entity,
    Link,
    Mention,
    Sentence,
    TargetSentence,
    Translation,
)


@pytest.mark.parametrize(
    ("text", "lang", "ok"),
    [
        ("Президент оголосив, що планує зустрітися з Путіним у Будапешті.", "uk", True),
        ("Президент объявил, что планирует встретиться с Путиным в Будапеште.", "uk", False),  # ы/ъ/э/ё absent, but long and no і/ї/є/ґ
        ("Съезд отложен.", "uk", False),  # ъ
        ("Трамп і Путін.", "uk", True),
        ("Трамп и Путин.", "uk", True),  # too short to judge
        ("Президент объявил, что планирует встретиться с Путиным в Будапеште.", "ru", True),
        ("Президент оголосив, що планує зустріч.", "ru", False),  # і/є
        ("Trump announced a meeting in Budapest with Putin.", "ru", False),
        ("Trump bejelentette, hogy Budapesten találkozik Putyinnal.", "hu", True),
        ("Трамп объявил о встрече в Будапеште.", "hu", False),
        ("Trump announced that he plans to meet with the Russian president in Budapest soon.", "hu", False),
        ("Tomahawk", "uk", True),
        ("1,600", "hu", True),
    ],
)
def test_script_check(text: str, lang: str, ok: bool) -> None:
    assert script_ok(text, lang) is ok


@pytest.mark.parametrize(
    ("source", "target", "missing"),
    [
        ("about 1,000 miles (1,600 kilometers)", "близько 1000 миль (1600 км)", []),
        ("about 1,000 miles", "близько 1 000 миль", []),
        ("in 1991", "у 1991 році", []),
        ("3.5 percent", "3,5 відсотка", []),
        ("on 16.10.2025", "16.10.2025-án", []),
        ("1,000 and 1,600", "1000 és 1500", ["1600"]),
        ("two 5s: 5 and 5", "5", ["5", "5"]),
        ("no numbers", "без чисел", []),
        # the same amount in other words: a number word, another unit, the 24-hour clock, a half hour
        ("At 3:20 pm there were 12 explosions.", "О 15:20 пролунало дванадцять вибухів.", []),
        ("It flew 150 miles.", "Він пролетів 240 км.", []),
        ("30 minutes later", "через пів години", []),
        ("12 explosions", "10 вибухів", ["12"]),
        ("12 and 12 explosions", "дванадцять вибухів", ["12"]),  # one number word stands for one figure
    ],
)
def test_number_check(source: str, target: str, missing: list[str]) -> None:
    assert missing_numbers(source, target) == missing


def test_numbers_are_values_not_digit_strings() -> None:
    # The check once dropped every separator ("€18.10" was 1810); it now shares the aligner's parser.
    assert numbers("€18.10, 1 600 and 2025", "en") == ["18.1", "1600", "2025"]


@pytest.mark.parametrize(
    ("source", "target", "lang", "missing"),
    [
        ("3.5 percent", "35 відсотків", "uk", ["3.5"]),  # was read as 35 = 35: no flag
        ("35 percent", "3,5 відсотка", "uk", ["35"]),  # likewise
        ("1.5 million", "1,5 мільйона", "ru", []),
        ("1.500 tonnes", "1,5 тонни", "uk", []),  # English 1.500 is one and a half (was 1500 vs 15: flagged)
        ("1,500 tonnes", "1500 tonna", "hu", []),
        ("1,500 tonnes", "1,5 tonna", "hu", ["1500"]),  # Hungarian 1,5 is one and a half
    ],
)
def test_number_check_compares_values_with_each_language_s_decimal_separator(
    source: str, target: str, lang: str, missing: list[str]
) -> None:
    assert missing_numbers(source, target, lang) == missing
    assert (NUMBER_MISMATCH in sentence_flags(source, target, lang)) is bool(missing)


@pytest.mark.parametrize(
    ("source", "target", "looping"),
    [
        ("No.", "ні, ні, ні, ні", True),
        ("No.", "Ні.", False),
        ("He said it.", "він сказав це сказав це сказав це", True),
        ("Very, very, very, very good.", "Дуже, дуже, дуже, дуже добре.", False),  # the source repeats too
        ("Hi.", "Привіт " + "а" * 200, True),  # runaway length
        ("The cat sat on the mat.", "Кіт сидів на килимку.", False),
    ],
)
def test_repetition_check(source: str, target: str, looping: bool) -> None:
    assert is_repetitive(source, target) is looping


def test_document_round_trips_through_dicts() -> None:
    doc = Document(
        source_lang="en",
        source_text="Hi. Bye.",
        sentences=(Sentence(0, "Hi.", 0, 3, 0), Sentence(1, "Bye.", 4, 8, 0)),
        translations={
            "uk": Translation(
                "uk", "Привіт. Бувай.", (TargetSentence(0, "Привіт.", ("repetition",)), TargetSentence(1, "Бувай.")),
                (Link((0,), (0,)), Link((1,), (1,))), "m", "r", "ctranslate2",
            )
        },
        signature="engine=x",
        entities=(Entity("E1", "PER", "Hi", {"en": (Mention(0, 0, 2),), "uk": ()}),),
    )
    assert Document.from_dict(doc.to_dict()) == doc


def test_russian_without_tell_tale_letters_is_the_wrong_language_for_ukrainian() -> None:
    from translate.checks import sentence_flags

    # short enough (under 60 letters) that the letter check cannot judge a missing і/ї/є
    source = "The Hungarian prime minister called for a ceasefire."
    russian = "Премьер-министр Венгрии призвал к прекращению огня."  # no ы/э/ъ/ё
    ukrainian = "Прем'єр-міністр Угорщини закликав до припинення вогню."
    assert sentence_flags(source, russian, "uk") == ["wrong_language"]
    assert sentence_flags(source, ukrainian, "uk") == []
    assert sentence_flags(source, russian, "ru") == []


def test_a_number_kept_in_the_source_s_writing_is_no_mismatch() -> None:
    # "1,600" copied as it was reads 1.6 by Ukrainian rules, yet it is the same 1600 (copied segments are checked too)
    assert missing_numbers("1,600", "1,600", "uk") == []
    assert missing_numbers("about 1,600 km", "близько 1,600 км", "uk") == []
    assert missing_numbers("5 and 5", "5", "uk") == ["5"]
