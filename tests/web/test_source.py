"""The Translate tab's source language: the choice, the targets that follow it, what detection says."""

from __future__ import annotations

import pytest

from translate.errors import InputError, UsageError
from translate.web.source import (
    DETECT,
    SOURCE_CHOICES,
    find_source,
    page_words,
    source_argument,
    source_note,
    source_view,
    target_offer,
    targets_for,
)

RUSSIAN = (
    "Президент Дональд Трамп объявил, что планирует встретиться с президентом России Владимиром Путиным в Будапеште. "
    "Это заявление прозвучало всего за день до визита президента Украины в Белый дом."
)
HUNGARIAN = "Donald Trump elnök bejelentette, hogy Budapesten tervez találkozni Vlagyimir Putyin orosz elnökkel."
MIXED = RUSSIAN + "\n\n" + (
    "President Donald Trump announced that he plans to meet with Russian President Vladimir Putin in Budapest. "
    "This announcement comes just a day before the Ukrainian president visits the White House."
)


def test_detect_comes_first_then_the_four_languages() -> None:
    assert [code for _, code in SOURCE_CHOICES] == [DETECT, "en", "uk", "ru", "hu"]
    assert SOURCE_CHOICES[0][0] == "Detect"


@pytest.mark.parametrize(("value", "code"), [(None, DETECT), ("", DETECT), ("Detect", DETECT), ("auto", DETECT), ("RU", "ru"), ("ukr", "uk")])
def test_the_choice_is_read_as_the_library_reads_from(value: object, code: str) -> None:
    assert source_argument(value) == code


def test_an_unknown_choice_is_refused_with_the_choices() -> None:
    with pytest.raises(UsageError, match=r"^source language 'xx' is not supported; choose one of: auto, en, uk, ru, hu$"):
        source_argument("xx")
    with pytest.raises(UsageError, match=r"^the source language must be text, not int$"):
        source_argument(5)


def test_targets_follow_the_source() -> None:
    assert target_offer("en").choices == ("uk", "ru", "hu") and target_offer("en").ticked == ("uk", "ru", "hu")
    russian = target_offer("ru")
    assert russian.choices == ("en", "uk", "hu") and russian.ticked == ("en",)
    assert russian.labelled()[0] == ("English (en)", "en")


def test_a_detected_source_is_left_out_of_the_targets_a_named_one_is_an_error() -> None:
    assert targets_for(["uk", "ru", "hu"], "ru", detected=True) == ("uk", "hu")
    assert targets_for(["ru"], "ru", detected=True) == ("en",)  # nothing left: the default for the source
    assert targets_for([], "en", detected=True) == ("uk", "ru", "hu")
    assert targets_for("en,hu", "ru", detected=False) == ("en", "hu")
    with pytest.raises(UsageError, match=r"^target language 'ru' is the article's own language; choose from: en, uk, hu$"):
        targets_for(["ru"], "ru", detected=False)
    with pytest.raises(UsageError, match=r"^no target language given; choose from: en, uk, hu$"):
        targets_for(None, "ru", detected=True)


def test_detection_is_said_in_the_words_of_the_cli() -> None:
    lang, guess = find_source(RUSSIAN, DETECT)
    assert lang == "ru" and guess is not None
    assert source_note(lang, guess).startswith("source language: Russian (ru); found Russian ")
    assert source_note("hu", None) == "source language: Hungarian (hu), as chosen"
    assert find_source(RUSSIAN, "ru") == ("ru", None)


def test_a_text_not_clearly_one_of_the_four_gets_the_library_message_in_page_words() -> None:
    with pytest.raises(InputError, match=r"^the article is not clearly in one of en, uk, ru, hu \(found: ") as caught:
        find_source(MIXED, DETECT)
    assert "--from" not in str(caught.value) and "choose its language under 'Source language'" in str(caught.value)
    assert page_words("x; name it with --from LANG") == "x; choose the language under 'Source language'"


def test_the_view_before_translating_offers_targets_only_when_the_source_changes() -> None:
    found = source_view(RUSSIAN, DETECT, "en")
    assert found.note.startswith("source language: Russian (ru); found Russian")
    assert found.offer is not None and found.offer.source == "ru" and found.offer.ticked == ("en",)
    assert source_view(RUSSIAN, DETECT, "ru").offer is None  # the visitor's ticks stay
    assert source_view(HUNGARIAN, DETECT, "ru").offer == target_offer("hu")
    named = source_view(RUSSIAN, "uk", "en")
    assert named.note == "" and named.offer == target_offer("uk")
    assert source_view("   ", DETECT, "en").note == ""
    unclear = source_view(MIXED, DETECT, "en")
    assert unclear.offer is None and "is not clearly in one of" in unclear.note
