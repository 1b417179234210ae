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

from . import __version__
from .alignment import Alignment, align
from .entities import DEFAULT_NER, GlossaryEntry, find_entities, phrase_translator, resolve_ner
from .errors import InputError, ModelNotAvailableError, UsageError
from .languages import MT_SUFFIX, SOURCE_LANGUAGE, TARGET_LANGUAGES, machine_key
from .pipeline import Translator, build_translation
from .text.segmentation import split_sentences
from .text.validation import check_text
from .types import Document, TargetSentence, Translation

__all__ = ["MT_SUFFIX", "AUTO_NER", "AlignedTexts", "align_texts", "compare", "machine_key"]

# ``ner=AUTO_NER``: the default NER model when it can be had, else the glossary alone (with a notice).
AUTO_NER = "auto"


def _provided_translation(key: str, lang: str, text: str, source: Sequence[str], translate: Callable[[list[str]], list[str]] | None) -> Translation:
    pieces = split_sentences(text, lang)
    sentences = tuple(TargetSentence(i, s.text, (), s.paragraph) for i, s in enumerate(pieces))
    alignment = align(list(source), [s.text for s in sentences], SOURCE_LANGUAGE, lang, translate=translate)
    return Translation(
        lang=key,
        text=text,
        sentences=sentences,
        links=alignment.links,
        origin="provided",
        alignment_mode=alignment.mode,
    )


def compare(
    source_text: str,
    provided: Mapping[str, str],
    *,
    translator: Translator | None = None,
    ner: str | None = None,
    glossary: Sequence[GlossaryEntry] = (),
    allow_download: bool = True,
    log: Callable[[str], None] | None = None,
) -> Document:
    """Align ``source_text`` (English) with the ``provided`` translations (lang -> text).

    With ``translator``, the machine translation of every provided language is added under
    ``"<lang>-mt"`` and the alignment runs in model mode. With ``ner`` (a hub id or folder;
    ``"none"`` or None for none) or a ``glossary``, entities are found and projected.
    """
    check_text(source_text)
    if not provided and translator is None:
        raise UsageError("nothing to compare; give at least one translation with --with LANG=FILE, or --translate")
    for lang, text in provided.items():
        if lang not in TARGET_LANGUAGES:
            raise UsageError(f"--with {lang}=…: language '{lang}' is not supported; choose from: {', '.join(TARGET_LANGUAGES)}")
        if not isinstance(text, str) or not text.strip():
            raise InputError(f"the {lang} translation is empty; give a file with the translated article")
        try:
            check_text(text)
        except InputError as error:
            raise InputError(f"the {lang} translation: {error}") from None
    sentences = split_sentences(source_text, SOURCE_LANGUAGE)
    source = [s.text for s in sentences]
    translations: dict[str, Translation] = {}
    machine: dict[str, Translation] = {}
    for lang in provided:
        translate_fn = None
        if translator is not None:
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

        translations[lang] = _provided_translation(lang, lang, provided[lang], source, translate_fn)
    for lang, made in machine.items():
        translations[machine_key(lang)] = made
    document = Document(SOURCE_LANGUAGE, source_text, tuple(sentences), translations, _signature(provided, translator, ner, glossary))
    if ner == AUTO_NER:
        ner = DEFAULT_NER
        try:
            resolve_ner(ner, None, allow_download)
        except ModelNotAvailableError as error:
            if log:
                log(f"notice: {error}; finding entities with the glossary alone")
            ner = None
    use_ner = ner is not None and ner.strip().lower() not in ("", "none")
    if use_ner or glossary:
        document = find_entities(
            document,
            ner=ner if use_ner else None,
            glossary=glossary,
            translate=phrase_translator(translator) if translator is not None else None,
            allow_download=allow_download,
        )
    return document


def _signature(provided: Mapping[str, str], translator: Any, ner: str | None, glossary: Sequence[GlossaryEntry]) -> str:
    parts = ["compare"] + [f"{lang}=provided" for lang in provided]
    if translator is not None:
        parts.append(translator.signature(list(provided), key=machine_key, version=False))
    if ner and ner.strip().lower() != "none":
        parts.append(f"ner={ner}")
    if glossary:
        parts.append(f"glossary={len(glossary)}")
    parts.append(f"version={__version__}")
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
