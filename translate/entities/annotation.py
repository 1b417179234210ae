"""A document's entities: recognised in the source, projected onto every translation, flagged where missing.

Every entity gets one id (E1, E2, … in order of first appearance in the source) shared by all
languages. Target side, per alignment link, each entity is looked for in the target sentences
tied to the source sentences that mention it (:mod:`translate.entities.projection`); a
translated sentence that lacks a person, place or organisation of its source gets ``entity_missing``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..errors import ModelNotAvailableError, UsageError
from ..languages import key_language
from ..types import ENTITY_MISSING, RELATION_COVERAGE, Document, Entity, Mention, TargetSentence, Translation
from .glossary import GlossaryEntry, load_glossary
from .pivot import english_view, from_english_view, needs_english_view
from .projection import (
    TranslateFn,
    defined_acronyms,
    names_place_adjective,
    patterns,
    phrase_translator,
    project_sentence,
    translate_names,
    without_others_names,
)
from .recognition import DEFAULT_NER, ner_choice, recognise, wants_model
from .sources import nationality_mentions, source_entities

__all__ = ["FLAGGED_LABELS", "annotate", "find_entities"]

# Entities of these labels raise ``entity_missing`` when absent from a translation. MISC is
# mostly nationality adjectives (Ukrainian, Russian), which translations rightly turn into
# lower-case adjectives; flagging them would be noise.
FLAGGED_LABELS = frozenset({"PER", "LOC", "ORG"})


def find_entities(
    document: Document,
    *,
    ner: str | None = DEFAULT_NER,
    glossary: Sequence[GlossaryEntry] = (),
    translate: TranslateFn | None = None,
    revision: str | None = None,
    allow_download: bool = True,
) -> Document:
    """A copy of ``document`` with its entities (source and every translation) and ``entity_missing`` flags.

    A translation tied by links is searched sentence by sentence in the sentences linked to those
    that name each entity; a text whose ``relation`` is coverage is searched for every entity in
    every sentence, and gets no ``entity_missing`` flags.

    ``ner`` is a hub id or folder of a token-classification model, or None / ``"none"`` for the
    glossary alone. ``translate`` (phrases, lang) -> phrases translates English entity names.

    A source in another language than English is read through its English translation (which the
    document must have; :mod:`translate.entities.pivot`): names are recognised there and projected
    onto the source and the other versions; a language whose names ``translate`` cannot translate
    (no en → X model here) is searched with the names' other forms.
    """
    if needs_english_view(document):
        view = english_view(document)
        tolerant = _tolerant(translate) if translate is not None else None
        found_view = find_entities(
            view, ner=ner, glossary=glossary, translate=tolerant, revision=revision, allow_download=allow_download
        )
        return from_english_view(document, found_view)
    sentences = [s.text for s in document.sentences]
    found = (
        recognise(sentences, ner, revision=revision, allow_download=allow_download)
        if ner is not None and wants_model(ner)
        else [[] for _ in sentences]
    )
    # Independent reports may name the watch list's names the English does not: they are looked for there too.
    coverage = any(t.relation == RELATION_COVERAGE for t in document.translations.values())
    sources = source_entities(sentences, glossary, found, unmentioned=coverage)
    optional_by_source = nationality_mentions(sentences, sources)
    mentions: list[dict[str, list[Mention]]] = [
        {document.source_lang: [Mention(s, a, b) for s, a, b in e.mentions]} for e in sources
    ]
    translations: dict[str, Translation] = {}
    phrase_cache: dict[str, dict[str, str]] = {}
    for key, translation in document.translations.items():
        lang = key_language(key)
        if lang not in phrase_cache:
            phrase_cache[lang] = translate_names(sources, lang, translate)
        translated = phrase_cache[lang]
        word_patterns = without_others_names([patterns(e, lang, translated.get(e.text)) for e in sources], sources)
        by_source: dict[int, list[int]] = {}
        for index, entity in enumerate(sources):
            for sid, _a, _b in entity.mentions:
                by_source.setdefault(sid, [])
                if index not in by_source[sid]:
                    by_source[sid].append(index)
        if translation.relation == RELATION_COVERAGE:
            # Independent coverage: every entity is looked for in every sentence, and nothing is
            # flagged (an outlet that does not name someone has not lost a name).
            everything = list(enumerate(word_patterns))
            texts = [sentence.text for sentence in translation.sentences]
            projected = [(index, tid, start, end) for tid, text in enumerate(texts)
                         for index, start, end in project_sentence(text, lang, everything, sources)]
            for index, tid, start, end in projected + defined_acronyms(texts, projected):
                mentions[index].setdefault(key, []).append(Mention(tid, start, end))
            translations[key] = _with_flags(translation, {})
            continue
        missing: dict[int, bool] = {}
        links = list(translation.links)
        required = [sorted({i for sid in link.source for i in by_source.get(sid, ())}) for link in links]
        for number, link in enumerate(links):
            if not link.target:
                continue
            optional = {i for sid in link.source for i in optional_by_source.get(sid, ())}
            if not link.source:  # a sentence the translator added: names of the sentences around it
                for other in (number - 1, number + 1):
                    if 0 <= other < len(links):
                        optional.update(required[other])
            wanted = sorted(set(required[number]) | optional)
            if not wanted:
                continue
            candidates = [(i, word_patterns[i]) for i in wanted]
            seen: set[int] = set()
            for tid in link.target:
                if not 0 <= tid < len(translation.sentences):
                    continue
                for index, start, end in project_sentence(translation.sentences[tid].text, lang, candidates, sources):
                    mentions[index].setdefault(key, []).append(Mention(tid, start, end))
                    seen.add(index)
            for i in required[number]:
                if i not in seen and sources[i].label == "LOC" and any(
                    names_place_adjective(translation.sentences[tid].text, lang, word_patterns[i])
                    for tid in link.target
                    if 0 <= tid < len(translation.sentences)
                ):
                    seen.add(i)  # "a budapesti csúcs": the place is said, as an adjective (not highlighted)
            if any(i not in seen and sources[i].label in FLAGGED_LABELS for i in required[number]):
                for tid in link.target:
                    missing[tid] = True
        translations[key] = _with_flags(translation, missing)
    named = [(entity, found) for entity, found in zip(sources, mentions, strict=True) if any(found.values())]
    entities = tuple(
        Entity(
            id=f"E{n}",
            label=entity.label,
            text=entity.text,
            mentions={lang: tuple(sorted(ms, key=lambda m: (m.sentence, m.start))) for lang, ms in found.items() if ms},
        )
        for n, (entity, found) in enumerate(named, 1)
    )
    return replace(document, translations=translations, entities=entities)


def _tolerant(translate: TranslateFn) -> TranslateFn:
    """``translate``, with the names unchanged for a language it has no model for (a Russian article read
    through English rarely has the en → ru model at hand)."""

    def run(phrases: list[str], lang: str) -> list[str]:
        try:
            return list(translate(phrases, lang))
        except (ModelNotAvailableError, UsageError):
            return list(phrases)

    return run


def _with_flags(translation: Translation, missing: Mapping[int, bool]) -> Translation:
    sentences: list[TargetSentence] = []
    for sentence in translation.sentences:
        flags = set(sentence.flags) - {ENTITY_MISSING}
        if missing.get(sentence.id):
            flags.add(ENTITY_MISSING)
        sentences.append(replace(sentence, flags=tuple(sorted(flags))))
    return replace(translation, sentences=tuple(sentences))


def annotate(
    document: Document,
    *,
    ner: str | None = None,
    entities_file: str | Path | None = None,
    translator: Any = None,
    allow_download: bool = True,
) -> Document:
    """:func:`find_entities` from command-line values: a NER spec as :func:`ner_choice` reads it
    (``"auto"``, ``"none"``, a hub id or folder), a glossary path, and a
    :class:`translate.pipeline.Translator` (or None) for translating entity names."""
    glossary = load_glossary(entities_file) if entities_file else ()
    return find_entities(
        document,
        ner=ner_choice(ner, allow_download=allow_download),
        glossary=glossary,
        translate=phrase_translator(translator) if translator is not None else None,
        allow_download=allow_download,
    )

