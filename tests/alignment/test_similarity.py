"""The model mode's similarity: content-word character n-grams of an English sentence and a back-translation."""

from __future__ import annotations

from translate.alignment import similarities
from translate.alignment.similarity import content_grams


def test_function_words_do_not_make_sentences_alike() -> None:
    assert content_grams("the and of said") == frozenset()
    assert similarities(["The talks were said to be over."], ["And the of was said."]) == [[0.0]]


def test_a_paraphrase_scores_above_an_unrelated_sentence() -> None:
    source = ["The negotiations ended without any agreement on a ceasefire.", "Ukrainian officials expressed disappointment."]
    [row] = similarities(source, ["The negotiations ended with no agreement about a ceasefire."])
    assert row[0] > 0.6 > 0.1 > row[1]
    assert similarities(source, ["The negotiations ended without any agreement on a ceasefire."])[0][0] == 1.0


def test_one_row_per_back_translation_one_value_per_english_sentence() -> None:
    out = similarities(["A b c.", "Budapest summit."], ["Budapest.", "", "Summit in Budapest."])
    assert [len(row) for row in out] == [2, 2, 2] and out[1] == [0.0, 0.0]
