"""Assembling one language's Translation from per-sentence results."""

from __future__ import annotations

from support.scripted import ScriptedEngine

from translate.pipeline import build_translation
from translate.types import Link, Sentence


def test_text_is_rebuilt_with_the_source_separators_and_links_are_one_to_n() -> None:
    text = "One here.  Two here.\n\nThree."
    sentences = [Sentence(0, "One here.", 0, 9, 0), Sentence(1, "Two here.", 11, 20, 0), Sentence(2, "Three.", 22, 28, 1)]
    results = [("Egy.", ()), ("Kettő. Kettő és fél.", ("repetition",)), ("", ())]
    translation = build_translation(text, sentences, results, "hu", ScriptedEngine())
    assert translation.text == "Egy.  Kettő. Kettő és fél.\n\n"
    assert [s.text for s in translation.sentences] == ["Egy.", "Kettő.", "Kettő és fél."]
    assert [s.flags for s in translation.sentences] == [(), ("repetition",), ("repetition",)]
    assert translation.links == (Link((0,), (0,)), Link((1,), (1, 2)), Link((2,), ()))
    assert (translation.model, translation.revision, translation.engine) == ("scripted-model", "r1", "scripted")


def test_without_an_engine_the_recipe_is_empty() -> None:
    translation = build_translation("Hi.", [Sentence(0, "Hi.", 0, 3, 0)], [("Szia.", ())], "hu", None)
    assert (translation.model, translation.engine) == ("", "")
