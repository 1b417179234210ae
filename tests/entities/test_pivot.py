"""Entities of a non-English source: recognised on the English translation, projected onto the source and the rest."""

from __future__ import annotations

import pytest

from translate.entities import GlossaryEntry, find_entities
from translate.entities.pivot import english_view, from_english_view
from translate.errors import UsageError
from translate.types import ENTITY_MISSING, Document, Link, Sentence, TargetSentence, Translation

SOURCE = "Трамп встретился с Путиным в Будапеште.\n\nЗеленский ждал в Киеве."


def _translation(key: str, texts: list[str], paragraphs: list[int]) -> Translation:
    sentences = tuple(TargetSentence(i, t, (), p) for i, (t, p) in enumerate(zip(texts, paragraphs, strict=True)))
    return Translation(key, " ".join(texts), sentences, tuple(Link((i,), (i,)) for i in range(len(texts))), model="m")


def russian_document() -> Document:
    first, second = SOURCE.split("\n\n")
    sentences = (Sentence(0, first, 0, len(first), 0), Sentence(1, second, len(first) + 2, len(SOURCE), 1))
    english = _translation("en", ["Trump met Putin in Budapest.", "Zelensky waited in Kyiv."], [0, 1])
    # The Ukrainian lost Zelensky in its second sentence.
    ukrainian = _translation("uk", ["Трамп зустрівся з Путіним у Будапешті.", "Він чекав у Києві."], [0, 1])
    return Document("ru", SOURCE, sentences, {"en": english, "uk": ukrainian}, "sig")


GLOSSARY = [GlossaryEntry("Donald Trump", "PER"), GlossaryEntry("Vladimir Putin", "PER"),
            GlossaryEntry("Volodymyr Zelensky", "PER"), GlossaryEntry("Budapest", "LOC"), GlossaryEntry("Kyiv", "LOC")]


def test_names_are_read_in_the_english_and_found_in_the_source_and_every_version() -> None:
    doc = russian_document()
    found = find_entities(doc, ner=None, glossary=GLOSSARY)
    assert found.source_lang == "ru" and found.source_text == SOURCE
    by_name = {e.text: e for e in found.entities}
    assert list(by_name) == ["Donald Trump", "Vladimir Putin", "Budapest", "Volodymyr Zelensky", "Kyiv"]

    def words(entity: str, key: str) -> list[str]:
        sentences = doc.sentences if key == "ru" else doc.translations[key].sentences
        return [sentences[m.sentence].text[m.start : m.end] for m in by_name[entity].mentions.get(key, ())]

    assert list(by_name["Donald Trump"].mentions) == ["ru", "en", "uk"]  # the source first, as for an English article
    assert words("Donald Trump", "ru") == ["Трамп"] and words("Donald Trump", "en") == ["Trump"]
    assert words("Vladimir Putin", "ru") == ["Путиным"] and words("Vladimir Putin", "uk") == ["Путіним"]
    assert words("Kyiv", "ru") == ["Киеве"] and words("Kyiv", "uk") == ["Києві"]
    assert words("Volodymyr Zelensky", "ru") == ["Зеленский"] and words("Volodymyr Zelensky", "uk") == []
    uk = found.translations["uk"].sentences
    assert ENTITY_MISSING in uk[1].flags and ENTITY_MISSING not in uk[0].flags
    assert all(ENTITY_MISSING not in s.flags for s in found.translations["en"].sentences)


def test_the_english_view_ties_every_version_to_the_english_sentences() -> None:
    doc = russian_document()
    view = english_view(doc)
    assert view.source_lang == "en" and [s.text for s in view.sentences] == ["Trump met Putin in Budapest.", "Zelensky waited in Kyiv."]
    assert all(view.source_text[s.start : s.end] == s.text for s in view.sentences) and "\n\n" in view.source_text
    assert list(view.translations) == ["ru", "uk"]
    assert view.translations["ru"].links == (Link((0,), (0,)), Link((1,), (1,)))
    assert from_english_view(doc, view).entities == ()


def test_without_an_english_translation_names_cannot_be_read() -> None:
    doc = russian_document()
    doc = Document(doc.source_lang, doc.source_text, doc.sentences, {"uk": doc.translations["uk"]}, "sig")
    with pytest.raises(UsageError, match=r"^names are found in English text .*add en to the targets \(--to en,uk\)"):
        find_entities(doc, ner=None, glossary=GLOSSARY)
