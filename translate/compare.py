"""Comparison mode: an English article and existing translations of it as one aligned document.

Each provided translation is split into sentences and aligned with the source
(:func:`translate.alignment.align`). With a translator, the tool's own machine translation of
each language is added too, and it also drives the aligner's "model" mode.

Translation keys: a provided translation is keyed by its language (``"uk"``, origin
``"provided"``); the tool's machine translation next to it by ``"<lang>-mt"`` (``"uk-mt"``,
origin ``"machine"``); with ``back_translate``, the tool's English translation of a provided
text ``"ru"`` / ``"ru:RIA"`` by ``"ru-en"`` / ``"ru-en:RIA"`` (origin ``"machine"``, language en,
``back_translation_of`` naming the text). :func:`translate.languages.key_language` maps a key to
its language. Every export writes one column / variant per key.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from .alignment import (
    COVERAGE_PARAMS,
    MODE_COVERAGE,
    MODE_COVERAGE_MODEL,
    Alignment,
    CoverageParams,
    align,
    align_coverage,
    classify_relation,
    coverage_report,
    link_model_id,
)
from .checks import missing_numbers
from .directions import direction_key
from .entities import AUTO_NER, GlossaryEntry, find_entities, ner_choice, phrase_translator
from .errors import InputError, ModelNotAvailableError, UsageError
from .languages import MT_SUFFIX, SOURCE_LANGUAGE, TARGET_LANGUAGES, back_key, key_language, machine_key
from .limits import MAX_TEXT_CHARS
from .pipeline import Translator, build_translation
from .text.segmentation import split_sentences
from .text.validation import check_text
from .types import NUMBER_MISMATCH, RELATION_COVERAGE, Document, Link, Sentence, TargetSentence, Translation
from .version import package_version

__all__ = [
    "MT_SUFFIX", "AUTO_NER", "AlignedTexts", "add_coverage", "align_texts", "back_translation", "back_translations",
    "entity_ids", "compare", "machine_key", "source_document",
]


def source_document(source_text: str, signature: str = "") -> Document:
    """The English source as a document without translations: checked, split into sentences.

    Every comparison starts from this one split of the source (the same one
    :meth:`translate.pipeline.Translator.translate_document` makes); translations are added to it
    with :func:`dataclasses.replace`.
    """
    check_text(source_text)
    sentences: tuple[Sentence, ...] = tuple(split_sentences(source_text, SOURCE_LANGUAGE))
    return Document(SOURCE_LANGUAGE, source_text, sentences, {}, signature)


def check_inputs(source_text: str, provided: Mapping[str, str]) -> None:
    """What :func:`compare` checks of its texts before any work (callers may check it first): each
    within the size of one article, the provided ones non-empty, valid text and of a supported language."""
    for what, text in [("the English article", source_text), *((f"the {key} text", text) for key, text in provided.items())]:
        if isinstance(text, str) and len(text) > MAX_TEXT_CHARS:
            raise InputError(
                f"{what} has {len(text):,} characters; compare takes at most {MAX_TEXT_CHARS:,}; "
                "split it into shorter articles and compare each"
            )
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


# A sentence this long said twice in one text is a paste made twice, not a refrain ("Why?", "Слава Україні!").
_REPEAT_MIN_CHARS = 40


def repeated_sentences_notice(what: str, sentences: Sequence[str]) -> str | None:
    """A notice when a text says long sentences of its own twice (a paste made twice, or several times)."""
    seen: set[str] = set()
    repeats = 0
    for sentence in sentences:
        text = " ".join(sentence.split())
        if len(text) >= _REPEAT_MIN_CHARS:
            repeats += text in seen
            seen.add(text)
    if repeats < 2:
        return None
    # Long sentences said twice tell a paste; the count is then of every sentence said more than once, short ones too.
    counts = Counter(" ".join(sentence.split()) for sentence in sentences)
    repeated = sum(1 for n in counts.values() if n > 1)
    return (f"notice: {what} says {repeated} of its sentences more than once, word for word ({len(sentences)} sentences in all; "
            "pasted more than once?); each copy is read as a sentence of its own: give each article once")


# A line that ends with a letter, a digit or a comma and is followed by a line that starts with a small letter
# was broken inside its sentence.
_WRAPPED = re.compile(r"[^\W_],?[ \t]*\r?\n[ \t]*[^\W\d_]")


def wrapped_lines_notice(what: str, text: str) -> str | None:
    """A notice when a text is hard-wrapped (lines broken inside sentences): each line is read as a sentence."""
    breaks = [m for m in _WRAPPED.finditer(text) if m.group()[-1].islower()]
    if not breaks:
        return None
    lines = f"{len(breaks)} lines" if len(breaks) > 1 else "a line"
    return (f"notice: {what} has {lines} broken inside a sentence (hard-wrapped?); each line is read as a "
            "sentence of its own: join each paragraph's lines into one (blank lines keep paragraphs apart)")


# A report this many times as long as the English (and this long) is more than an article on the story.
_LONG_TEXT_RATIO = 20
_LONG_TEXT_SENTENCES = 200


def long_text_notice(what: str, sentences: int, english: int) -> str | None:
    """A notice when a text has many times the English article's sentences: a whole page or feed pasted."""
    if sentences < _LONG_TEXT_SENTENCES or sentences < _LONG_TEXT_RATIO * max(english, 1):
        return None
    return (f"notice: {what} has {sentences} sentences, {sentences // max(english, 1)} times the English article's {english} "
            "(a whole page or several articles pasted?); it is compared as one article: give the article on the story alone")


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
        sentences = _number_flags(sentences, links, source, lang)
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


def _number_flags(
    sentences: tuple[TargetSentence, ...], links: Sequence[Link], source: Sequence[str], lang: str
) -> tuple[TargetSentence, ...]:
    """A provided translation's sentences with ``number_mismatch`` where a number of their English
    sentences is missing (by value, each side read in its own language), as a machine translation gets it."""
    flagged: set[int] = set()
    for link in links:
        if link.source and link.target:
            english = " ".join(source[i] for i in link.source)
            translated = " ".join(sentences[j].text for j in link.target)
            if missing_numbers(english, translated, lang, SOURCE_LANGUAGE):
                flagged.update(link.target)
    return tuple(replace(s, flags=(*s.flags, NUMBER_MISMATCH)) if s.id in flagged else s for s in sentences)


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
    backs = back_translations(document)
    for key, translation in document.translations.items():
        if translation.relation != RELATION_COVERAGE or translation.back_translation_of:
            continue
        target = [s.text for s in translation.sentences]
        back = document.translations[backs[key]] if key in backs else None
        links = align_coverage(
            source, target, SOURCE_LANGUAGE, key_language(key),
            source_entities=entity_ids(document, document.source_lang, len(source)) if with_entities else None,
            target_entities=entity_ids(document, key, len(target)) if with_entities else None,
            params=params,
            back=[s.text for s in back.sentences] if back is not None else None,
        )
        mode = MODE_COVERAGE_MODEL if back is not None else translation.alignment_mode
        translations[key] = replace(translation, coverage_links=links, alignment_mode=mode)
        if back is not None:  # one for one with its text: the same links
            translations[backs[key]] = replace(back, coverage_links=links)
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
    back_translate: bool = False,
    forward: bool = True,
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
    ``"<lang>-mt"`` and translations are aligned in model mode (``forward=False``: not). With
    ``back_translate`` (a ``translator`` is needed), every provided text gets its English machine
    translation, sentence for sentence, under :func:`translate.languages.back_key` (``"ru-en:RIA"``;
    :func:`back_translation`), and coverage texts are aligned in model mode (``alignment_mode``
    ``"coverage+model"``, each link's evidence with its ``similarity``); the models it needs are
    looked for before anything is translated, all missing ones in one error. With ``ner`` (a hub id or folder;
    ``"none"`` or None for none; ``"auto"`` as :func:`translate.entities.ner_choice` reads it)
    or a ``glossary``, entities are found and projected.
    """
    check_inputs(source_text, provided)
    document = source_document(source_text)
    if not provided and translator is None:
        raise UsageError("nothing to compare; give at least one other text (a translation or another outlet's report) with --with LANG=FILE, or --translate")
    if back_translate:
        if translator is None:
            raise UsageError("back-translation needs a translator; pass translator= (--back-translate on the command line)")
        check_back_models(translator, [key_language(key) for key in provided])
    sentences = document.sentences
    source = [s.text for s in sentences]
    translations: dict[str, Translation] = {}
    machine: dict[str, Translation] = {}
    translate_fns: dict[str, Callable[[list[str]], list[str]]] = {}
    for key in provided:
        lang = key_language(key)
        if translator is not None and forward and lang not in machine:
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
        if back_translate:
            assert translator is not None
            translations[back_key(key)] = back_translation(key, translations[key], translator)
    if log is not None:
        for what, texts in [("the English article", source), *((f"the {key} text", [t.text for t in translations[key].sentences])
                                                                for key in provided)]:
            if (notice := repeated_sentences_notice(what, texts)) is not None:
                log(notice)
        for what, raw in [("the English article", source_text), *((f"the {key} text", provided[key]) for key in provided)]:
            if (notice := wrapped_lines_notice(what, raw)) is not None:
                log(notice)
        for key in provided:
            if (notice := long_text_notice(f"the {key} text", len(translations[key].sentences), len(source))) is not None:
                log(notice)
    for lang, made in machine.items():
        translations[machine_key(lang)] = made
    signature = _signature(provided, translator if forward else None, ner, glossary, translator if back_translate else None)
    document = replace(document, translations=translations, signature=signature)
    coverage = any(t.relation == RELATION_COVERAGE for t in translations.values())
    model = ner_choice(ner, allow_download=allow_download, log=log, glossary=bool(glossary))
    if model is not None or glossary:
        document = find_entities(
            document,
            ner=model,
            glossary=glossary,
            translate=_names_translator(translator) if translator is not None and forward else None,
            allow_download=allow_download,
        )
        named = {entity.text for entity in document.entities if entity.mentions.get(SOURCE_LANGUAGE)}
        # A name the English writes that went to another entry (SBU, the acronym of the Security Service of
        # Ukraine entry) is named too.
        absent = [entry.text for entry in glossary if entry.text not in named
                  and not re.search(rf"(?<!\w){re.escape(entry.text)}(?!\w)", document.source_text)]
        if absent and log is not None:
            # Names are found through the English: one it does not name is looked for in independent reports only.
            quoted = [f"“{name}”" for name in absent[:5]]
            if len(absent) > len(quoted):
                shown = ", ".join(quoted) + f" and {len(absent) - len(quoted)} more"
            else:
                shown = ", ".join(quoted[:-1]) + " and " + quoted[-1] if len(quoted) > 1 else quoted[0]
            where = "looked for in the independent reports only" if coverage else "marked in no text"
            log(f"notice: the English article does not name the glossary's {shown}, so {'it is' if len(absent) == 1 else 'they are'} "
                f"{where}; check the spelling the English uses")
    if coverage:
        document = add_coverage(document)
    return document


def _names_translator(translator: Translator) -> Callable[[list[str], str], list[str]]:
    """The phrase translator of entity projection; English names need none (a back-translation's column)."""
    translate = phrase_translator(translator)

    def run(phrases: list[str], lang: str) -> list[str]:
        return list(phrases) if lang == SOURCE_LANGUAGE else translate(phrases, lang)

    return run


def check_back_models(translator: Translator, languages: Sequence[str]) -> None:
    """Every model that translates ``languages`` into English, found (or downloaded when allowed) before
    anything is translated; all missing ones in one :class:`~translate.errors.ModelNotAvailableError`."""
    problems: list[str] = []
    seen: set[str] = set()
    for lang in dict.fromkeys(languages):
        found = translator.settings.model_for(lang, SOURCE_LANGUAGE)
        if found is not None and found[0] in seen:
            continue  # uk and ru share one model: one line for it
        seen.update([found[0]] if found is not None else [])
        try:
            translator.check_models(lang, [SOURCE_LANGUAGE])
        except ModelNotAvailableError as error:
            problems.append(str(error))
    if len(problems) == 1:
        raise ModelNotAvailableError(problems[0])
    if problems:
        raise ModelNotAvailableError(f"{len(problems)} models are missing: " + "; and ".join(problems))


def back_translation(key: str, translation: Translation, translator: Translator) -> Translation:
    """The English machine translation of the provided text ``key``, one sentence for each of its
    sentences: the same links, relation and coverage links, ``origin="machine"``,
    ``back_translation_of=key``, its model(s) in ``model`` and ``revision``."""
    lang = key_language(key)
    results = translator.translate_sentences([s.text for s in translation.sentences], SOURCE_LANGUAGE, source_lang=lang)
    engines = [translator.engine_for(b, a)[0] for a, b in translator.route(lang, SOURCE_LANGUAGE)]
    sentences = tuple(
        TargetSentence(s.id, out, flags, s.paragraph) for s, (out, flags) in zip(translation.sentences, results, strict=True)
    )
    paragraphs: list[list[str]] = []
    for i, sentence in enumerate(sentences):
        if i == 0 or sentence.paragraph != sentences[i - 1].paragraph:
            paragraphs.append([])
        paragraphs[-1].append(sentence.text)
    return Translation(
        lang=back_key(key),
        text="\n\n".join(" ".join(p) for p in paragraphs),
        sentences=sentences,
        links=translation.links,
        model="+".join(engine.model_id for engine in engines),
        revision="+".join(engine.revision for engine in engines),
        engine=engines[-1].name if engines else "",
        origin="machine",
        relation=translation.relation,
        coverage_links=translation.coverage_links,
        back_translation_of=key,
    )


def back_translations(document: Document) -> dict[str, str]:
    """Provided key -> the key of its back-translation, for the texts of ``document`` that have one."""
    return {t.back_translation_of: key for key, t in document.translations.items() if t.back_translation_of}


def _signature(
    provided: Mapping[str, str], translator: Any, ner: str | None, glossary: Sequence[GlossaryEntry], back: Any = None
) -> str:
    parts = ["compare"] + [f"{key}=provided" for key in provided]
    languages = list(dict.fromkeys(key_language(key) for key in provided))
    if translator is not None:
        parts.append(translator.signature(languages, key=machine_key, version=False))
    elif back is not None:
        parts.append(back.signature([], version=False))  # engine, quantization, beam
    if back is not None:
        for lang in languages:
            steps = [back.engine_for(b, a)[0] for a, b in back.route(lang, SOURCE_LANGUAGE)]
            parts.append(f"{direction_key(lang, SOURCE_LANGUAGE)}=" + "+".join(f"{e.model_id}@{e.revision or 'unknown'}" for e in steps))
    if ner and ner.strip().lower() != "none":
        parts.append(f"ner={ner}")
    if glossary:
        parts.append(f"glossary={len(glossary)}")
    parts.append(f"version={package_version()}")
    parts.append(f"link-model={link_model_id()}")  # refitted between releases: which model drew the coverage links
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
