"""Named entities: recognised in the English source, projected onto every aligned translation.

Source side: a token-classification model (``--ner``, default :data:`DEFAULT_NER`) and/or a
glossary (``--entities FILE``). Target side, per alignment link, each entity is looked for in
the target sentences tied to the source sentences that mention it, using, in order of trust:

1. glossary base forms for that language (``forms``), matched with case endings;
2. CLDR names from babel: territories (Ukraine → Україна/Украина/Ukrajna) and the exemplar
   cities of time zones (Kyiv → Київ/Киев/Kijev, Moscow → Moszkva), loaded lazily;
3. the translation model on the entity phrase, when a ``translate`` callable is given;
4. the English words themselves, compared through :mod:`translate.text.transliteration` match keys,
   which fold Hungarian and Slavic spellings (Putyin, Zelenszkij, Vlagyimir, Путіним).

A target word matches a pattern word when it starts with the pattern's stem (its last vowel
dropped) followed by a short case ending (Budapesten, Путина, Fehér Házba), or when their
match keys are close (:func:`translate.text.transliteration.similar`). Adjacent matched words of one
entity make one mention. Every entity gets one id (E1, E2, … in order of first appearance in
the source) shared by all languages.

Model objects (pipelines, tensors) never leave this module: callers get plain data.
"""

from __future__ import annotations

import csv
import io
import json
import re
import threading
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from .errors import InputError, ModelFormatError, UsageError
from .languages import key_language
from .limits import MAX_GLOSSARY_BYTES
from .text.transliteration import match_key, similar
from .types import ENTITY_MISSING, Document, Entity, Mention, TargetSentence, Translation

__all__ = [
    "DEFAULT_NER",
    "LABELS",
    "GlossaryEntry",
    "TranslateFn",
    "find_entities",
    "load_glossary",
    "parse_glossary",
    "recognise",
    "resolve_ner",
    "annotate",
    "phrase_translator",
]

DEFAULT_NER = "dslim/bert-base-NER"
LABELS = ("PER", "LOC", "ORG", "MISC")
GLOSSARY_LANGS = ("uk", "ru", "hu")
# Entities of these labels raise ``entity_missing`` when absent from a translation. MISC is
# mostly nationality adjectives (Ukrainian, Russian), which translations rightly turn into
# lower-case adjectives; flagging them would be noise.
FLAGGED_LABELS = frozenset({"PER", "LOC", "ORG"})

# (phrases, target language) -> one translation per phrase.
TranslateFn = Callable[[list[str], str], list[str]]


def phrase_translator(translator: Any) -> TranslateFn:
    """Wrap a :class:`translate.pipeline.Translator` (duck-typed) as a :data:`TranslateFn`."""

    def run(phrases: list[str], lang: str) -> list[str]:
        return [text for text, _flags in translator.translate_sentences(phrases, lang)]

    return run


# ---- glossary ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class GlossaryEntry:
    """A name to watch for, with optional base forms per target language."""

    text: str
    label: str = "MISC"
    forms: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


def _glossary_error(name: str, line: int, what: str, fix: str) -> InputError:
    return InputError(f"{name} line {line}: {what}; {fix}")


_FIX = 'each entry needs "text" and "label" (PER, LOC, ORG or MISC), e.g. {"text": "Kyiv", "label": "LOC"}'


MAX_NAME_CHARS = 200


def _entry(item: Any, name: str, line: int) -> GlossaryEntry:
    if not isinstance(item, dict):
        raise _glossary_error(name, line, "an entry is not an object", _FIX)
    text = item.get("text")
    if not isinstance(text, str) or not text.strip():
        raise _glossary_error(name, line, 'an entry has no "text"', _FIX)
    if len(text) > MAX_NAME_CHARS:
        raise _glossary_error(
            name, line, f"an entry's text is {len(text):,} characters long", f"a name has at most {MAX_NAME_CHARS} characters"
        )
    label = item.get("label", "MISC")
    if not isinstance(label, str) or label.strip().upper() not in LABELS:
        raise _glossary_error(
            name, line, f"label {label!r} of {text.strip()!r} is not known", f"use one of: {', '.join(LABELS)}"
        )
    raw_forms = item.get("forms") or {}
    if not isinstance(raw_forms, dict):
        raise _glossary_error(
            name, line, f'"forms" of {text.strip()!r} is not an object', 'write e.g. "forms": {"uk": ["Київ"], "hu": ["Kijev"]}'
        )
    forms: dict[str, tuple[str, ...]] = {}
    for lang, values in raw_forms.items():
        if lang not in GLOSSARY_LANGS:
            raise _glossary_error(
                name, line, f"forms of {text.strip()!r} name language {lang!r}", f"use one of: {', '.join(GLOSSARY_LANGS)}"
            )
        if isinstance(values, str):
            values = [values]
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            raise _glossary_error(
                name, line, f"forms of {text.strip()!r} for {lang} are not a list of strings", f'write e.g. "{lang}": ["…", "…"]'
            )
        cleaned = tuple(v.strip() for v in values if v.strip())
        if cleaned:
            forms[lang] = cleaned
    return GlossaryEntry(" ".join(text.split()), label.strip().upper(), forms)


def _line_of(source: str, index: int) -> int:
    """The line of the ``index``-th object of a top-level JSON array (1-based), approximately exact."""
    depth, count, in_string, escape = 0, -1, False, False
    line = 1
    for ch in source:
        if ch == "\n":
            line += 1
        if in_string:
            if escape:
                escape = False
            elif ch == "\\":
                escape = True
            elif ch == '"':
                in_string = False
            continue
        if ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth == 2:
                count += 1
                if count == index:
                    return line
        elif ch in "]}":
            depth -= 1
    return line


def parse_glossary(text: str, name: str, fmt: str) -> tuple[GlossaryEntry, ...]:
    """Entries from the text of a glossary file (``fmt`` is ``"json"`` or ``"csv"``)."""
    entries: list[GlossaryEntry] = []
    if fmt == "json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise _glossary_error(
                name, error.lineno, f"not valid JSON ({error.msg})", 'write a list of objects: [{"text": "…", "label": "PER"}]'
            ) from None
        if not isinstance(data, list):
            raise _glossary_error(name, 1, "the file is not a JSON list", 'write a list of objects: [{"text": "…", "label": "PER"}]')
        for index, item in enumerate(data):
            entries.append(_entry(item, name, _line_of(text, index)))
    elif fmt == "csv":
        reader = csv.DictReader(io.StringIO(text))
        columns = [c.strip() for c in (reader.fieldnames or [])]
        if "text" not in columns:
            raise _glossary_error(
                name, 1, "the header has no 'text' column", "start the file with: text,label,forms_uk,forms_ru,forms_hu"
            )
        unknown = [c for c in columns if c not in ("text", "label", *(f"forms_{lang}" for lang in GLOSSARY_LANGS))]
        if unknown:
            raise _glossary_error(
                name, 1, f"unknown column {unknown[0]!r}", "use only: text, label, forms_uk, forms_ru, forms_hu"
            )
        for row in reader:
            line = reader.line_num
            row = {(k or "").strip(): v for k, v in row.items()}
            if None in row.values() or "" in row and row[""]:
                raise _glossary_error(name, line, "the row has a different number of fields than the header", "quote fields that contain commas")
            if not any((v or "").strip() for v in row.values()):
                continue
            forms = {
                lang: [f for f in (row.get(f"forms_{lang}") or "").split("|")]
                for lang in GLOSSARY_LANGS
                if (row.get(f"forms_{lang}") or "").strip()
            }
            entries.append(_entry({"text": row.get("text"), "label": (row.get("label") or "MISC"), "forms": forms}, name, line))
    else:
        raise UsageError(f"glossary format {fmt!r} is not known; choose json or csv")
    return tuple(entries)


def load_glossary(path: str | Path) -> tuple[GlossaryEntry, ...]:
    """Read a JSON or CSV glossary (by extension: ``.csv`` is CSV, anything else JSON)."""
    file = Path(path)
    name = str(path)
    if not file.is_file():
        raise InputError(f"glossary {name} does not exist or is not a file; check the --entities path")
    data = file.read_bytes()[: MAX_GLOSSARY_BYTES + 1]
    if len(data) > MAX_GLOSSARY_BYTES:
        raise InputError(f"glossary {name} is larger than 4 MiB; keep one entry per entity")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise InputError(f"{name} line {line}: not valid UTF-8; save the glossary as UTF-8") from None
    fmt = "csv" if file.suffix.lower() in (".csv", ".tsv") else "json"
    return parse_glossary(text, name, fmt)


# ---- recognition in the source ------------------------------------------------------------------

_pipelines: dict[str, Any] = {}
_pipelines_lock = threading.Lock()


def resolve_ner(spec: str, revision: str | None, allow_download: bool) -> Path:
    """A local folder for an NER model given as a hub id or path (same rules and messages as translation models)."""
    from .models import NER, resolve

    return resolve(spec, revision=revision, allow_download=allow_download, kind=NER).path


def _pipeline(spec: str, revision: str | None, allow_download: bool) -> Any:
    folder = resolve_ner(spec, revision, allow_download)
    key = str(folder)
    with _pipelines_lock:
        if key not in _pipelines:
            from transformers import AutoModelForTokenClassification, AutoTokenizer, pipeline
            from transformers.utils import logging as hf_logging

            hf_logging.disable_progress_bar()
            tokenizer = AutoTokenizer.from_pretrained(key)
            if not getattr(tokenizer, "is_fast", False):
                raise ModelFormatError(
                    f"NER model {spec} has no fast tokenizer (tokenizer.json); character offsets need one; "
                    "save the model with a fast tokenizer or pass --ner none"
                )
            model = AutoModelForTokenClassification.from_pretrained(key).eval()
            _pipelines[key] = pipeline(
                "token-classification", model=model, tokenizer=tokenizer, aggregation_strategy="simple", device=-1
            )
        return _pipelines[key]


def _label(group: str) -> str:
    group = group.upper().removeprefix("B-").removeprefix("I-")
    return {"PERSON": "PER", "LOCATION": "LOC", "GPE": "LOC", "ORGANIZATION": "ORG"}.get(group, group if group in LABELS else "MISC")


def recognise(
    sentences: Sequence[str], ner: str = DEFAULT_NER, *, revision: str | None = None, allow_download: bool = True
) -> list[list[tuple[int, int, str]]]:
    """Entity spans ``(start, end, label)`` per sentence, from a token-classification model."""
    if not sentences:
        return []
    nlp = _pipeline(ner, revision, allow_download)
    out: list[list[tuple[int, int, str]]] = []
    for text in sentences:
        spans: list[tuple[int, int, str]] = []
        if text.strip():
            for item in nlp(text, stride=32) if len(text) > 1500 else nlp(text):
                start, end = int(item["start"]), int(item["end"])
                start, end = _trim(text, start, end)
                if end > start:
                    label = _label(str(item.get("entity_group", item.get("entity", "MISC"))))
                    if spans and spans[-1][2] == label and not text[spans[-1][1] : start].strip():
                        spans[-1] = (spans[-1][0], end, label)  # word pieces the aggregation left apart
                    else:
                        spans.append((start, end, label))
        out.append(spans)
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop surrounding spaces and punctuation, a possessive 's and a leading 'the'."""
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum() and text[end - 1] != ".":
        end -= 1
    if text[start:end].lower().startswith("the "):
        start += 4
    for suffix in ("'s", "\u2019s"):
        if text[start:end].endswith(suffix) and end - start > len(suffix):
            end -= len(suffix)
    return start, end


# ---- source entities ----------------------------------------------------------------------------


@dataclass
class _SourceEntity:
    label: str
    text: str
    words: list[str]  # English words of the canonical text and its mentions
    forms: Mapping[str, tuple[str, ...]]
    mentions: list[tuple[int, int, int]] = field(default_factory=list)  # (sentence, start, end)


def _aliases(entry: GlossaryEntry) -> list[str]:
    """The entry's text, and for a person of several words, the surname alone (Trump, Zelensky)."""
    names = [entry.text]
    words = entry.text.split()
    if entry.label == "PER" and len(words) > 1 and len(words[-1]) >= 3:
        names.append(words[-1])
    return names


def _find_all(text: str, phrase: str) -> list[tuple[int, int]]:
    spans = []
    # Any run of white space between the words: a name may wrap across a line break.
    words = r"\s+".join(re.escape(word) for word in phrase.split(" "))
    pattern = re.compile(r"(?<!\w)" + words + r"(?!\w)")
    for match in pattern.finditer(text):
        spans.append((match.start(), match.end()))
    return spans


def _normal(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().replace("\u2019", "'").split()).rstrip(".")


def _folded(text: str) -> tuple[str, list[int], list[int]]:
    """``text`` folded as :func:`_normal` folds names, with each folded character's original span.

    Folding may change lengths (casefold turns "ß" into "ss", NFC joins "e" + U+0301), so the
    folded copy cannot be sliced with the original's offsets: ``starts[i]:ends[i]`` is the run of
    original characters (a base character and its combining marks) that folded character ``i``
    came from.
    """
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i = 0
    while i < len(text):
        j = i + 1
        while j < len(text) and unicodedata.combining(text[j]):
            j += 1
        piece = unicodedata.normalize("NFC", text[i:j]).casefold().replace("\u2019", "'")
        chars.append(piece)
        starts.extend([i] * len(piece))
        ends.extend([j] * len(piece))
        i = j
    return "".join(chars), starts, ends


def _merge_surnames(entities: dict[object, _SourceEntity]) -> None:
    """Fold a one-word person the model found ("Trump") into the multi-word one it found whose last
    word it is ("Donald Trump"), whichever came first in the text; the earliest such person wins."""
    people = sorted(
        (
            (key, str(key[1]))
            for key, e in entities.items()
            if isinstance(key, tuple) and key[0] == "n" and e.label == "PER" and e.mentions
        ),
        key=lambda pair: min(entities[pair[0]].mentions),
    )
    full: dict[str, object] = {}
    for key, norm in people:
        if " " in norm:
            full.setdefault(norm.split()[-1], key)
    for key, norm in people:
        target = full.get(norm) if " " not in norm else None
        if target is None:
            continue
        entity, into = entities[key], entities[target]
        into.mentions.extend(entity.mentions)
        for word in entity.words:
            if word not in into.words:
                into.words.append(word)
        entity.mentions = []


def _source_entities(
    sentences: Sequence[str], glossary: Sequence[GlossaryEntry], found: Sequence[Sequence[tuple[int, int, str]]]
) -> list[_SourceEntity]:
    entities: dict[object, _SourceEntity] = {}
    by_name: dict[str, object] = {}
    for index, entry in enumerate(glossary):
        entities[("g", index)] = _SourceEntity(entry.label, entry.text, entry.text.split(), entry.forms)
        for name in _aliases(entry):
            by_name.setdefault(_normal(name), ("g", index))
    taken: dict[int, list[tuple[int, int]]] = {}
    # Glossary matches first, longest names first, so that "Volodymyr Zelensky" wins over "Zelensky".
    names = sorted(by_name, key=lambda n: (-len(n), n))
    for sid, text in enumerate(sentences):
        # Search a folded copy, but keep every offset in the original sentence: folding may change
        # lengths ("ß" -> "ss", NFD accents -> NFC), which must not shift or lose other matches.
        folded, starts, ends = _folded(text)
        for name in names:
            for fstart, fend in _find_all(folded, name):
                if (fstart > 0 and starts[fstart - 1] == starts[fstart]) or (
                    fend < len(folded) and starts[fend] == starts[fend - 1]
                ):
                    continue  # the match starts or ends inside what one original character folded to
                start, end = starts[fstart], ends[fend - 1]
                if any(start < b and a < end for a, b in taken.get(sid, [])):
                    continue
                if not text[start : start + 1].isupper() and not text[start : start + 1].isdigit():
                    continue  # "the ukraine" in lower case is not the name
                taken.setdefault(sid, []).append((start, end))
                entities[by_name[name]].mentions.append((sid, start, end))
    # Model spans not covered by the glossary.
    surnames: dict[str, object] = {}
    for sid, spans in enumerate(found):
        text = sentences[sid]
        for start, end, label in spans:
            if any(start < b and a < end for a, b in taken.get(sid, [])):
                continue
            surface = text[start:end]
            norm = _normal(surface)
            if not norm:
                continue
            key: object = by_name.get(norm)
            if key is None and label == "PER" and " " not in norm:
                key = surnames.get(norm)
            if key is None:
                key = ("n", norm)
                if key not in entities:
                    entities[key] = _SourceEntity(label, " ".join(surface.split()), surface.split(), {})
                by_name[norm] = key
                if label == "PER" and " " in norm:
                    surnames.setdefault(norm.split()[-1], key)
            elif isinstance(key, tuple) and key[0] == "n" and label == "PER" and " " in norm:
                surnames.setdefault(norm.split()[-1], key)
            entity = entities[key]
            for word in surface.split():
                if word not in entity.words:
                    entity.words.append(word)
            taken.setdefault(sid, []).append((start, end))
            entity.mentions.append((sid, start, end))
    _merge_surnames(entities)
    result = [e for e in entities.values() if e.mentions]
    for entity in result:
        entity.mentions.sort()
    result.sort(key=lambda e: e.mentions[0])
    return result


# ---- CLDR place names ---------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _cldr_places() -> dict[str, dict[str, tuple[str, ...]]]:
    """English place name (normalised) -> {lang: local names}. Loaded on first use."""
    try:
        from babel import Locale
        from babel.core import get_global
        from babel.dates import get_timezone_location
    except ImportError:  # babel is optional: without it, only the other sources are used
        return {}
    table: dict[str, dict[str, set[str]]] = {}
    locales = {lang: Locale.parse(lang) for lang in ("en", *GLOSSARY_LANGS)}
    for code, english in locales["en"].territories.items():
        if code.isdigit() or code in ("ZZ", "QO", "EZ", "UN"):
            continue
        for lang in GLOSSARY_LANGS:
            local = locales[lang].territories.get(code)
            if local:
                table.setdefault(_normal(english), {}).setdefault(lang, set()).add(local)
    for zone in get_global("zone_territories"):
        try:
            english = get_timezone_location(zone, locale="en", return_city=True)
            for lang in GLOSSARY_LANGS:
                local = get_timezone_location(zone, locale=lang, return_city=True)
                table.setdefault(_normal(english), {}).setdefault(lang, set()).add(local)
        except Exception:  # a zone babel cannot name: skip it
            continue
    # Common English short forms of territories.
    for alias, full in (("us", "united states"), ("u.s", "united states"), ("uk", "united kingdom"), ("u.k", "united kingdom")):
        if full in table:
            table.setdefault(alias, table[full])
    return {name: {lang: tuple(sorted(v)) for lang, v in langs.items()} for name, langs in table.items()}


def _cldr_names(text: str, lang: str) -> tuple[str, ...]:
    return _cldr_places().get(_normal(text), {}).get(lang, ())


# ---- projection ---------------------------------------------------------------------------------

# Hyphens split words (Kelet-Ukrajnában, Нью-Йорк); adjacent matched parts join again into one mention.
_WORD = re.compile(r"[^\W_]+(?:['\u2019\u02bc][^\W_]+)*")
_VOWEL_END = "aeiouyáéíóöőúüűаеєиіїоуюяыэйь"
_MAX_ENDING = {"uk": 4, "ru": 4, "hu": 7}
_KEY_THRESHOLD = 0.8

# Pattern sources, most trusted first; the score breaks ties between entities claiming one word.
_SCORE_FORM = 1.0
_SCORE_CLDR = 0.97
_SCORE_MODEL = 0.93


@dataclass(frozen=True)
class _PatternWord:
    word: str
    lang: str  # language the word is written in ("en" for the source's own words)
    score: float
    stem_only: bool  # glossary, CLDR and model forms (not the English words themselves)
    single: bool = False  # the word is a whole name on its own (Еврокомиссия), not part of a longer one


def _stems(word: str) -> list[str]:
    """Stems a case ending may follow: the word less up to two final vowels (Україна → україн,
    Білий → біл), and for Ukrainian the і → о/е alternation of closed syllables (дім → дом, Київ → Києв)."""
    lowered = word.lower()
    stems = [lowered]
    stem = lowered
    for _ in range(2):
        if len(lowered) >= 4 and len(stem) > 3 and stem[-1] in _VOWEL_END:
            stem = stem[:-1]
            stems.append(stem)
    extra = []
    for stem in stems:
        at = stem.rfind("і")
        if at > 0 and at >= len(stem) - 3:
            extra += [stem[:at] + "о" + stem[at + 1 :], stem[:at] + "е" + stem[at + 1 :], stem[:at] + "є" + stem[at + 1 :]]
    return stems + extra


def _word_score(target: str, target_key: str, lang: str, pattern: _PatternWord) -> float:
    """How well a target word matches one pattern word (0 when it does not)."""
    if target[:1].isupper() != pattern.word[:1].isupper() and not (target.isupper() and pattern.word.isupper()):
        return 0.0
    lowered = target.lower()
    plain = pattern.word.lower()
    if lowered == plain:
        return pattern.score
    limit = _MAX_ENDING.get(lang, 4)
    if len(plain) <= 3:
        # Short words and acronyms match only as they are, or, inside a base form of this
        # language, followed by a case ending (Fehér Ház → Fehér Házba, дім → домі).
        if pattern.stem_only and pattern.lang == lang and len(plain) == 3:
            for stem in _stems(pattern.word):
                if len(stem) == 3 and lowered.startswith(stem) and 0 < len(lowered) - 3 <= limit:
                    return pattern.score * 0.97
        return 0.0
    for stem in _stems(pattern.word):
        ending = lowered[len(stem) :]
        if lowered.startswith(stem) and len(ending) <= limit and (not ending or ending.isalpha()):
            if lang == "hu" and ending == "i" and pattern.word[-1:] != "i":
                return 0.0  # Hungarian -i makes an adjective (kijevi, brüsszeli), not a case of the name
            return pattern.score * (1.0 - 0.01 * (len(lowered) - len(plain) if len(lowered) > len(plain) else 1))
    pattern_key = match_key(pattern.word, pattern.lang)
    if len(pattern_key) < 3 or not target_key or target_key[0] != pattern_key[0]:
        return 0.0
    if len(target_key) < len(pattern_key) - 1:
        return 0.0  # inflected names are not shorter than their base (ukrán is not Ukraine)
    if target_key.startswith(pattern_key) and len(target_key) - len(pattern_key) <= limit:
        if lang == "hu" and target_key[len(pattern_key) :] == "i":
            return 0.0
        return pattern.score * 0.95
    if len(pattern_key) < 4:
        return 0.0
    value = similar(pattern_key, target_key)
    if value >= _KEY_THRESHOLD:
        return min(pattern.score, 0.9) * value
    return 0.0


def _clean_phrase(text: str) -> str:
    return " ".join(_WORD.findall(text))


def _patterns(entity: _SourceEntity, lang: str, translated: str | None) -> list[_PatternWord]:
    words: list[_PatternWord] = []
    seen: set[tuple[str, str]] = set()

    def add(text: str, word_lang: str, score: float, stem_only: bool) -> None:
        found = _WORD.findall(text)
        for word in found:
            if (word, word_lang) not in seen and (len(word) > 1 or word.isupper()):
                seen.add((word, word_lang))
                words.append(_PatternWord(word, word_lang, score, stem_only, len(found) == 1))

    for form in entity.forms.get(lang, ()):
        add(form, lang, _SCORE_FORM, True)
    if entity.label in ("LOC", "ORG", "MISC") or not entity.forms.get(lang):
        for name in (entity.text, *entity.words):
            for local in _cldr_names(name, lang):
                add(local, lang, _SCORE_CLDR, True)
    if translated:
        cleaned = _clean_phrase(translated)
        # A phrase translation that only echoes English adds nothing; a long one is a sentence, not a name.
        if cleaned and len(cleaned.split()) <= len(entity.text.split()) + 2:
            add(cleaned, lang, _SCORE_MODEL, True)
    for word in entity.words:
        if word[:1].isupper() or word.isupper():
            add(word, "en", 0.9, False)
    return words


def _lone_word_ok(entity: _SourceEntity, pattern: _PatternWord | None) -> bool:
    """May one word alone be a mention? Yes for one-word names, people (surnames) and one-word forms."""
    return len(entity.text.split()) == 1 or entity.label == "PER" or (pattern is not None and pattern.single)


def _project_sentence(
    text: str, lang: str, candidates: Sequence[tuple[int, list[_PatternWord]]], entities: Sequence[_SourceEntity]
) -> list[tuple[int, int, int]]:
    """Mentions ``(entity index, start, end)`` in one target sentence."""
    tokens = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    scores: list[dict[int, tuple[float, _PatternWord]]] = []
    for _start, _end, word in tokens:
        key = match_key(word, lang)
        here: dict[int, tuple[float, _PatternWord]] = {}
        for entity_index, patterns in candidates:
            best: tuple[float, _PatternWord] | None = None
            for pattern in patterns:
                value = _word_score(word, key, lang, pattern)
                if value > 0 and (best is None or value > best[0]):
                    best = (value, pattern)
            if best is not None:
                here[entity_index] = best
        scores.append(here)
    choice = [max(here, key=lambda i: (here[i][0], -i)) if here else -1 for here in scores]

    def joined(a: int, b: int) -> bool:  # tokens a < b are neighbours: only spaces or a hyphen between
        return text[tokens[a][1] : tokens[b][0]].strip() in ("", "-")

    # A word two names share (Володимир: Zelensky and Putin) goes to the name its neighbour belongs to.
    for _ in range(2):
        for position in range(len(tokens)):
            if not scores[position]:
                continue
            for other in (position - 1, position + 1):
                if 0 <= other < len(tokens) and choice[other] >= 0 and joined(min(position, other), max(position, other)):
                    wanted = choice[other]
                    if wanted != choice[position] and wanted in scores[position]:
                        if scores[position][wanted][0] >= 0.9 * scores[position][choice[position]][0]:
                            choice[position] = wanted
    mentions: list[tuple[int, int, int, int]] = []  # (entity, start, end, words)
    for position, (start, end, _word) in enumerate(tokens):
        entity_index = choice[position]
        if entity_index < 0:
            continue
        if mentions and mentions[-1][0] == entity_index and choice[position - 1] == entity_index and joined(position - 1, position):
            mentions[-1] = (entity_index, mentions[-1][1], end, mentions[-1][3] + 1)
            continue
        mentions.append((entity_index, start, end, 1))
    kept: list[tuple[int, int, int]] = []
    for entity_index, start, end, count in mentions:
        if count == 1:
            position = next(i for i, t in enumerate(tokens) if t[0] == start)
            if not _lone_word_ok(entities[entity_index], scores[position][entity_index][1]):
                continue
        kept.append((entity_index, start, end))
    return kept


# Nationality words that name a country entity of the document (Ukrainian President → президент
# України): such a country is looked for in the translation but never flagged as missing.
_DEMONYMS: dict[str, str] = {
    "ukrainian": "ukraine", "russian": "russia", "hungarian": "hungary", "american": "united states",
    "polish": "poland", "serbian": "serbia", "romanian": "romania", "slovak": "slovakia", "german": "germany",
    "french": "france", "british": "united kingdom", "chinese": "china", "israeli": "israel", "iranian": "iran",
    "indian": "india", "turkish": "turkey", "belarusian": "belarus", "moldovan": "moldova", "georgian": "georgia",
}
_DEMONYM_WORD = re.compile(r"[A-Z][a-z]+")


def _optional_candidates(sentences: Sequence[str], sources: Sequence[_SourceEntity]) -> dict[int, set[int]]:
    """Per source sentence, entities named there only through a nationality word."""
    by_name = {_normal(e.text): i for i, e in enumerate(sources)}
    out: dict[int, set[int]] = {}
    for sid, text in enumerate(sentences):
        for word in _DEMONYM_WORD.findall(text):
            country = _DEMONYMS.get(word.lower())
            if country is not None and country in by_name:
                out.setdefault(sid, set()).add(by_name[country])
    return out


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

    ``ner`` is a hub id or folder of a token-classification model, or None / ``"none"`` for the
    glossary alone. ``translate`` (phrases, lang) -> phrases translates entity names.
    """
    sentences = [s.text for s in document.sentences]
    use_model = ner is not None and ner.strip().lower() not in ("", "none")
    found = recognise(sentences, ner, revision=revision, allow_download=allow_download) if use_model else [[] for _ in sentences]  # type: ignore[arg-type]
    sources = _source_entities(sentences, glossary, found)
    optional_by_source = _optional_candidates(sentences, sources)
    mentions: list[dict[str, list[Mention]]] = [
        {document.source_lang: [Mention(s, a, b) for s, a, b in e.mentions]} for e in sources
    ]
    translations: dict[str, Translation] = {}
    phrase_cache: dict[str, dict[str, str]] = {}
    for key, translation in document.translations.items():
        lang = key_language(key)
        if lang not in phrase_cache:
            phrase_cache[lang] = _translate_names(sources, lang, translate)
        translated = phrase_cache[lang]
        patterns = [_patterns(e, lang, translated.get(e.text)) for e in sources]
        by_source: dict[int, list[int]] = {}
        for index, entity in enumerate(sources):
            for sid, _a, _b in entity.mentions:
                by_source.setdefault(sid, [])
                if index not in by_source[sid]:
                    by_source[sid].append(index)
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
            candidates = [(i, patterns[i]) for i in wanted]
            seen: set[int] = set()
            for tid in link.target:
                if not 0 <= tid < len(translation.sentences):
                    continue
                for index, start, end in _project_sentence(translation.sentences[tid].text, lang, candidates, sources):
                    mentions[index].setdefault(key, []).append(Mention(tid, start, end))
                    seen.add(index)
            if any(i not in seen and sources[i].label in FLAGGED_LABELS for i in required[number]):
                for tid in link.target:
                    missing[tid] = True
        translations[key] = _with_flags(translation, missing)
    entities = tuple(
        Entity(
            id=f"E{n}",
            label=entity.label,
            text=entity.text,
            mentions={lang: tuple(sorted(ms, key=lambda m: (m.sentence, m.start))) for lang, ms in mentions[n - 1].items()},
        )
        for n, entity in enumerate(sources, 1)
    )
    return replace(document, translations=translations, entities=entities)


def _translate_names(sources: Sequence[_SourceEntity], lang: str, translate: TranslateFn | None) -> dict[str, str]:
    if translate is None or not sources:
        return {}
    names = list(dict.fromkeys(e.text for e in sources))
    outputs = list(translate(names, lang))
    if len(outputs) != len(names):
        raise UsageError(
            f"the translate function returned {len(outputs)} phrases for {len(names)}; it must return one per phrase"
        )
    return dict(zip(names, outputs, strict=True))


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
    """:func:`find_entities` from command-line values: a NER spec or ``"none"``, a glossary path,
    and a :class:`translate.pipeline.Translator` (or None) for translating entity names."""
    glossary = load_glossary(entities_file) if entities_file else ()
    return find_entities(
        document,
        ner=None if ner is None or ner.strip().lower() == "none" else ner,
        glossary=glossary,
        translate=phrase_translator(translator) if translator is not None else None,
        allow_download=allow_download,
    )
