"""The page's compared texts: slots to named keys, limits, and the summary line."""

from __future__ import annotations

import pytest
from support.coverage_documents import coverage_document

from translate.errors import InputError, UsageError
from translate.web.texts import MAX_COMPARE_TEXTS, compared_message, named_texts


def _keep(text: str, what: str) -> str:
    return text


def test_slots_become_named_keys_and_empty_slots_are_skipped() -> None:
    slots = [("uk", "", "Текст."), ("ru", "RIA", "Текст РИА."), ("hu", "", "  "), ("RU", " TASS ", "Текст ТАСС."), ("hu", "x", None)]
    assert named_texts(slots, _keep) == {"uk": "Текст.", "ru:RIA": "Текст РИА.", "ru:TASS": "Текст ТАСС."}


def test_each_text_goes_through_the_page_check_with_its_key() -> None:
    seen = []
    named_texts([("ru", "RIA", "a"), ("uk", "", "b")], lambda text, what: seen.append(what) or text)
    assert seen == ["The Russian text 'RIA'", "The Ukrainian text"]


@pytest.mark.parametrize(
    ("slots", "error", "message"),
    [
        ([("uk", "", " ")], InputError, r"^no text given; paste at least one translation, or another outlet's report of the story$"),
        ([("ru", "", "a"), ("ru", "", "b")], UsageError,
         r"^there are 2 Russian texts; name each one: type a name \(e\.g\. RIA, TASS\) into the name box of each ru text$"),
        ([("ru", "RIA", "a"), ("ru", "ria", "b"), ("ru", "RIA", "c")], UsageError, r"^two texts are named ru:RIA; give each text"),
        ([("de", "", "a")], UsageError, r"^language 'de' is not supported; choose from: uk, ru, hu$"),
        ([("uk", ["x"], "a")], UsageError, r"^a text, its language and its name must each be plain text$"),
        ([("uk", "<b>", "a")], UsageError, r"^the name '<b>' cannot name a text"),
        ([("uk", str(i), "a") for i in range(MAX_COMPARE_TEXTS + 1)], InputError, r"^13 texts were given; this page compares at most 12 at once$"),
    ],
)
def test_what_cannot_be_compared_is_said_in_words(slots: list[tuple[object, object, object]], error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        named_texts(slots, _keep)  # type: ignore[arg-type]


def test_the_summary_counts_coverage_and_translations() -> None:
    document = coverage_document()
    assert compared_message(document, ["ru:RIA", "uk:Pravda", "hu"]) == "Compared 3 texts with the English source: 2 independent coverage, 1 translation."
    assert compared_message(document, ["hu"]) == "Compared 1 text with the English source: 1 translation."


def test_a_text_clearly_in_another_language_is_refused_with_what_to_choose() -> None:
    import pytest

    from translate.errors import InputError
    from translate.web.texts import check_languages

    russian = ("Премьер-министр Венгрии Виктор Орбан прибыл в Киев с первым визитом за последние годы, "
               "чтобы обсудить с президентом Украины условия прекращения огня и будущие переговоры.")
    english = "Hungary's prime minister arrived in Kyiv on his first visit in years to discuss a ceasefire."
    with pytest.raises(InputError, match=r"^The Ukrainian text 'RIA' looks Russian .*not Ukrainian; choose Russian \(ru\) as its language"):
        check_languages(english, {"uk:RIA": russian})
    with pytest.raises(InputError, match=r"^The English source looks Russian"):
        check_languages(russian, {"ru": russian})
    check_languages(english, {"ru": russian, "uk": "Короткий текст."})  # right, or too short to judge
