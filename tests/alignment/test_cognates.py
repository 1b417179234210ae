"""International words across scripts: keys, and links from a report's words to the English ones."""

from __future__ import annotations

import pytest

from translate.alignment.cognates import cognate_key, cognate_links, long_words


@pytest.mark.parametrize(
    ("english", "word", "lang"),
    [
        ("productive", "продуктивна", "uk"),
        ("productive", "продуктивной", "ru"),
        ("productive", "produktív", "hu"),
        ("conflict", "конфликта", "ru"),
        ("initiative", "ініціативи", "uk"),
        ("diplomacy", "дипломатії", "uk"),
        ("ideological", "идеологический", "ru"),
    ],
)
def test_one_international_word_in_two_scripts_is_linked(english: str, word: str, lang: str) -> None:
    assert cognate_links([english], [word], "en", lang) == {word: {cognate_key(english, "en")}}


@pytest.mark.parametrize(("english", "word", "lang"), [("present", "президента", "ru"), ("government", "gondolja", "hu"),
                                                        ("started", "статистика", "uk")])
def test_unrelated_words_are_not(english: str, word: str, lang: str) -> None:
    assert cognate_links([english], [word], "en", lang) == {}


def test_long_words_have_offsets_and_hyphenated_parts_apart() -> None:
    assert long_words("Прем'єр-міністр and Budapest-based talks") == [(8, "міністр"), (20, "Budapest")]
