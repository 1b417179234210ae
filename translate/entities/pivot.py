"""Entities of a document whose source is not English: recognised on its English translation.

The NER model reads English and a glossary names people and places in English, so for a Russian,
Ukrainian or Hungarian article the English translation plays the source: :func:`english_view` makes
a document whose source is that translation and whose translations are the real source and every
other version, each tied to the English sentences through the source sentences they share;
entities are found and projected on it as for an English article, and :func:`from_english_view`
puts the result back on the real document (mention sentence ids are the same sentences in both).
"""

from __future__ import annotations

from dataclasses import replace

from ..errors import UsageError
from ..languages import SOURCE_LANGUAGE
from ..types import ENTITY_MISSING, Document, Entity, Link, Sentence, TargetSentence, Translation

__all__ = ["english_view", "from_english_view", "needs_english_view"]


def needs_english_view(document: Document) -> bool:
    """True when the source is not English (UsageError when there is no English translation to read)."""
    if document.source_lang == SOURCE_LANGUAGE:
        return False
    if SOURCE_LANGUAGE not in document.translations:
        raise UsageError(
            "names are found in English text (the NER model and the glossary are English); "
            f"add en to the targets (--to en,{','.join(document.translations) or 'hu'}): names are found in the English "
            "translation and projected onto the source and the other versions"
        )
    return True


def english_view(document: Document) -> Document:
    """The document with its English translation as the source (see the module docstring)."""
    english = document.translations[SOURCE_LANGUAGE]
    text_parts: list[str] = []
    sentences: list[Sentence] = []
    cursor = 0
    for i, sentence in enumerate(english.sentences):
        if i:
            separator = "\n\n" if sentence.paragraph != english.sentences[i - 1].paragraph else " "
            text_parts.append(separator)
            cursor += len(separator)
        text_parts.append(sentence.text)
        sentences.append(Sentence(sentence.id, sentence.text, cursor, cursor + len(sentence.text), sentence.paragraph))
        cursor += len(sentence.text)
    # English sentences of each source sentence.
    english_of: dict[int, list[int]] = {}
    for link in english.links:
        for sid in link.source:
            english_of.setdefault(sid, []).extend(link.target)
    source = Translation(
        lang=document.source_lang,
        text=document.source_text,
        sentences=tuple(TargetSentence(s.id, s.text, (), s.paragraph) for s in document.sentences),
        links=tuple(Link(link.target, link.source) for link in english.links),
        origin="provided",
    )
    translations = {document.source_lang: source}
    for key, translation in document.translations.items():
        if key == SOURCE_LANGUAGE:
            continue
        links = tuple(
            Link(tuple(sorted({e for sid in link.source for e in english_of.get(sid, ())})), link.target)
            for link in translation.links
        )
        translations[key] = replace(translation, links=links)
    return Document(SOURCE_LANGUAGE, "".join(text_parts), tuple(sentences), translations, document.signature)


def from_english_view(document: Document, view: Document) -> Document:
    """``document`` with the entities found on its :func:`english_view` and the ``entity_missing`` flags of
    its versions other than English (the English is where the names were read)."""
    keys = [document.source_lang, *document.translations]
    entities = tuple(
        Entity(e.id, e.label, e.text, {key: e.mentions[key] for key in keys if key in e.mentions}, e.in_source)
        for e in view.entities
    )
    translations = dict(document.translations)
    for key, translation in document.translations.items():
        if key == SOURCE_LANGUAGE or key not in view.translations:
            continue
        flagged = view.translations[key].sentences
        sentences = tuple(
            replace(s, flags=tuple(sorted((set(s.flags) - {ENTITY_MISSING}) | ({ENTITY_MISSING} & set(f.flags)))))
            for s, f in zip(translation.sentences, flagged, strict=True)
        )
        translations[key] = replace(translation, sentences=sentences)
    return replace(document, translations=translations, entities=entities)
