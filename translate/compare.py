"""Comparison mode: an English article and existing translations of it as one aligned document.

Each provided translation is split into sentences and aligned with the source
(:func:`translate.alignment.align`). With a translator, the tool's own machine translation of
each language is added too, and it also drives the aligner's "model" mode.

Translation keys: a provided translation is keyed by its language (``"uk"``, origin
``"provided"``); the tool's machine translation next to it by ``"<lang>-mt"`` (``"uk-mt"``,
origin ``"machine"``). :func:`translate.languages.key_language` maps a key to its language.
Every export writes one column / variant per key.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from .alignment import (
    COVERAGE_PARAMS,
    MODE_COVERAGE,
    Alignment,
    CoverageParams,
    align,
    align_coverage,
    classify_relation,
    coverage_report,
)
from .entities import AUTO_NER, GlossaryEntry, find_entities, ner_choice, phrase_translator
from .errors import InputError, ModelNotAvailableError, UsageError
from .languages import MT_SUFFIX, SOURCE_LANGUAGE, TARGET_LANGUAGES, key_language, machine_key
from .pipeline import Translator, build_translation
from .text.segmentation import split_sentences
from .text.validation import check_text
from .types import RELATION_COVERAGE, Document, Link, Sentence, TargetSentence, Translation
from .version import package_version

__all__ = ["MT_SUFFIX", "AUTO_NER", "AlignedTexts", "add_coverage", "align_texts", "entity_ids", "compare", "machine_key", "source_document"]


def source_document(source_text: str, signature: str = "") -> Document:
    """The English source as a document without translations: checked, split into sentences.

    Every comparison starts from this one split of the source (the same one
    :meth:`translate.pipeline.Translator.translate_document` makes); translations are added to it
    with :func:`dataclasses.replace`.
    """
    check_text(source_text)
    sentences: tuple[Sentence, ...] = tuple(split_sentences(source_text, SOURCE_LANGUAGE))
    return Document(SOURCE_LANGUAGE, source_text, sentences, {}, signature)


def _provided_translation(
    key: str,
    lang: str,
    text: str,
    source: Sequence[str],
    translate: Callable[[list[str]], list[str]] | None,
    relation: str = "auto",
) -> Translation:
    """One provided text split, aligned monotonically, and classified (translation or coverage).

    A translation keeps its monotone links (today's behaviour). A coverage text's links tie no
    sentences (each alone); its coverage links are added once the entities are known.
    """
    pieces = split_sentences(text, lang)
    sentences = tuple(TargetSentence(i, s.text, (), s.paragraph) for i, s in enumerate(pieces))
    target = [s.text for s in sentences]
    alignment = align(list(source), target, SOURCE_LANGUAGE, lang, translate=translate)
    evidence = classify_relation(list(source), target, SOURCE_LANGUAGE, lang, relation, alignment.links)
    if evidence.relation == RELATION_COVERAGE:
        links = tuple(Link((i,), ()) for i in range(len(source))) + tuple(Link((), (j,)) for j in range(len(target)))
        mode = MODE_COVERAGE
    else:
        links, mode = alignment.links, alignment.mode
    return Translation(
        lang=key,
        text=text,
        sentences=sentences,
        links=links,
        origin="provided",
        alignment_mode=mode,
        relation=evidence.relation,
        relation_evidence=evidence,
    )


def _relation_for(relation: str | Mapping[str, str], key: str) -> str:
    if isinstance(relation, str):
        return relation
    return relation.get(key, "auto")


def entity_ids(document: Document, key: str, count: int) -> list[set[str]]:
    """Per sentence of the text ``key`` (the source language for the source), the ids of the entities it mentions."""
    ids: list[set[str]] = [set() for _ in range(count)]
    for entity in document.entities:
        for mention in entity.mentions.get(key, ()):
            if 0 <= mention.sentence < count:
                ids[mention.sentence].add(entity.id)
    return ids


def add_coverage(document: Document, params: CoverageParams = COVERAGE_PARAMS) -> Document:
    """Coverage links for every coverage text of ``document`` (its entities, when it has them, as
    anchors) and its coverage report. :func:`compare` calls it; it is public for callers that build
    documents from their own sentence units (``bench/eval_coverage.py`` reads one sentence per line)
    and choose the aligner's ``params``."""
    source = [s.text for s in document.sentences]
    with_entities = bool(document.entities)
    translations = dict(document.translations)
    for key, translation in document.translations.items():
        if translation.relation != RELATION_COVERAGE:
            continue
        target = [s.text for s in translation.sentences]
        links = align_coverage(
            source, target, SOURCE_LANGUAGE, key_language(key),
            source_entities=entity_ids(document, document.source_lang, len(source)) if with_entities else None,
            target_entities=entity_ids(document, key, len(target)) if with_entities else None,
            params=params,
        )
        translations[key] = replace(translation, coverage_links=links)
    document = replace(document, translations=translations)
    return replace(document, coverage=coverage_report(document))


def compare(
    source_text: str,
    provided: Mapping[str, str],
    *,
    translator: Translator | None = None,
    ner: str | None = None,
    glossary: Sequence[GlossaryEntry] = (),
    allow_download: bool = True,
    log: Callable[[str], None] | None = None,
    relation: str | Mapping[str, str] = "auto",
) -> Document:
    """Align ``source_text`` (English) with the ``provided`` texts: translations of it, or independent coverage.

    ``provided`` maps a key to a text. A key is a language (``"uk"``) or a language and a name
    (``"ru:RIA"``, :func:`translate.languages.text_key`), so one language may have several texts;
    :func:`translate.languages.key_language` gives a key's language.

    ``relation`` is ``"auto"`` (each text is classified from its best monotone alignment,
    :func:`translate.alignment.classify_relation`), ``"translation"`` or ``"coverage"`` for every
    text, or a mapping key -> relation (missing keys: auto). Each provided text records
    ``relation`` and ``relation_evidence``. A translation is aligned as it always was. A coverage text gets
    ``coverage_links`` (many-to-many, with evidence and score; :func:`translate.alignment.align_coverage`),
    its entities are found in every sentence, it gets no ``entity_missing`` flags, and the document gets
    a :class:`~translate.types.CoverageReport` (``document.coverage``; JSON ``"coverage"``).

    With ``translator``, the machine translation of every provided language is added under
    ``"<lang>-mt"`` and translations are aligned in model mode. With ``ner`` (a hub id or folder;
    ``"none"`` or None for none; ``"auto"`` as :func:`translate.entities.ner_choice` reads it)
    or a ``glossary``, entities are found and projected.
    """
    document = source_document(source_text)
    if not provided and translator is None:
        raise UsageError("nothing to compare; give at least one translation with --with LANG=FILE, or --translate")
    for key, text in provided.items():
        lang = key_language(key)
        if lang not in TARGET_LANGUAGES:
            raise UsageError(f"--with {key}=…: language '{lang}' is not supported; choose from: {', '.join(TARGET_LANGUAGES)}")
        if not isinstance(text, str) or not text.strip():
            raise InputError(f"the {key} translation is empty; give a file with the translated article")
        try:
            check_text(text)
        except InputError as error:
            raise InputError(f"the {key} translation: {error}") from None
    sentences = document.sentences
    source = [s.text for s in sentences]
    translations: dict[str, Translation] = {}
    machine: dict[str, Translation] = {}
    translate_fns: dict[str, Callable[[list[str]], list[str]]] = {}
    for key in provided:
        lang = key_language(key)
        if translator is not None and lang not in machine:
            results = translator.translate_sentences(source, lang)
            engine, _ = translator.engine_for(lang)
            made = build_translation(source_text, sentences, results, lang, engine)
            machine[lang] = replace(made, lang=machine_key(lang), origin="machine")
            outputs = [text for text, _flags in results]
            cache = dict(zip(source, outputs, strict=True))

            def translate_fn(texts: list[str], lang: str = lang, cache: dict[str, str] = cache) -> list[str]:
                missing = [t for t in texts if t not in cache]
                if missing:
                    assert translator is not None
                    for text, (out, _f) in zip(missing, translator.translate_sentences(missing, lang), strict=True):
                        cache[text] = out
                return [cache[t] for t in texts]

            translate_fns[lang] = translate_fn
        translations[key] = _provided_translation(
            key, lang, provided[key], source, translate_fns.get(lang), _relation_for(relation, key)
        )
    for lang, made in machine.items():
        translations[machine_key(lang)] = made
    document = replace(document, translations=translations, signature=_signature(provided, translator, ner, glossary))
    model = ner_choice(ner, allow_download=allow_download, log=log)
    if model is not None or glossary:
        document = find_entities(
            document,
            ner=model,
            glossary=glossary,
            translate=phrase_translator(translator) if translator is not None else None,
            allow_download=allow_download,
        )
    if any(t.relation == RELATION_COVERAGE for t in document.translations.values()):
        document = add_coverage(document)
    return document


def _signature(provided: Mapping[str, str], translator: Any, ner: str | None, glossary: Sequence[GlossaryEntry]) -> str:
    parts = ["compare"] + [f"{key}=provided" for key in provided]
    if translator is not None:
        languages = list(dict.fromkeys(key_language(key) for key in provided))
        parts.append(translator.signature(languages, key=machine_key, version=False))
    if ner and ner.strip().lower() != "none":
        parts.append(f"ner={ner}")
    if glossary:
        parts.append(f"glossary={len(glossary)}")
    parts.append(f"version={package_version()}")
    return "|".join(parts)



@dataclass(frozen=True)
class AlignedTexts:
    """Two texts split into sentences and aligned; plain data for the ``align`` command."""

    source_sentences: tuple[str, ...]
    target_sentences: tuple[str, ...]
    alignment: Alignment

    def to_dict(self) -> dict[str, Any]:
        return {
            "mode": self.alignment.mode,
            "source_sentences": list(self.source_sentences),
            "target_sentences": list(self.target_sentences),
            "links": [link.to_list() for link in self.alignment.links],
        }


def _units(text: str, lang: str, lines: bool) -> list[str]:
    if lines:
        return [line.strip() for line in text.splitlines() if line.strip()]
    return [s.text for s in split_sentences(text, lang)]


def align_texts(
    source_text: str,
    target_text: str,
    src_lang: str,
    tgt_lang: str,
    *,
    lines: bool = False,
    translator: Translator | None = None,
    model_required: bool = False,
    log: Callable[[str], None] | None = None,
) -> AlignedTexts:
    """Split both texts (or take their non-blank lines with ``lines``) and align them.

    With a ``translator`` serving ``src_lang``→``tgt_lang`` the aligner runs in model mode; if
    its model is not available offline and ``model_required`` is false, the alignment runs
    without it and ``log`` gets a one-line notice.
    """
    source = _units(source_text, src_lang, lines)
    target = _units(target_text, tgt_lang, lines)
    translate_fn = None
    if translator is not None and src_lang == SOURCE_LANGUAGE and tgt_lang in TARGET_LANGUAGES:
        try:
            translator.engine_for(tgt_lang)
        except ModelNotAvailableError as error:
            if model_required:
                raise
            if log:
                log(f"notice: aligning without a translation model ({error})")
        else:

            def translate_fn(texts: list[str]) -> list[str]:
                assert translator is not None
                return [text for text, _flags in translator.translate_sentences(texts, tgt_lang)]

    return AlignedTexts(tuple(source), tuple(target), align(source, target, src_lang, tgt_lang, translate=translate_fn))
