"""The entities of the English source: glossary names and model spans merged into one list.

Glossary names are matched first (longest first, on a case-folded copy with offsets kept in the
original), then model spans not covered by the glossary; a one-word person ("Trump") joins the
full name it is the surname of ("Donald Trump"). Each entity keeps its English words, which the
projection matches in other languages, and its mentions in source order.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from ..text.chinese_names import is_chinese_name
from ..text.places import DEMONYMS, acronyms, english_name_code, english_names, normal_name
from ..text.segmentation import ROMAN_NUMERAL
from ..text.transliteration import match_key
from .glossary import GlossaryEntry
from .word_match import WORD

__all__ = ["SourceEntity", "initials", "nationality_mentions", "source_entities", "surname", "without_article"]


@dataclass
class SourceEntity:
    """An entity of the source while it is being built: label, canonical text, words, forms, mentions."""

    label: str
    text: str
    words: list[str]  # English words of the canonical text and its mentions
    forms: Mapping[str, tuple[str, ...]]
    mentions: list[tuple[int, int, int]] = field(default_factory=list)  # (sentence, start, end)


def _aliases(entry: GlossaryEntry) -> list[str]:
    """The entry's text, for a person of several words the surname alone (Trump, Zelensky), for a
    place or body its other English names (the Russian Federation) and short forms (the United
    States: US, U.S., USA; the European Union: EU), and for a body of three words or more its
    initials (ICC)."""
    names = [entry.text]
    words = entry.text.split()
    # A two-letter surname is a name only in a Chinese name (Xi, Li, Hu): elsewhere it is an initial or a word.
    if entry.label == "PER" and len(words) > 1 and (len(surname(entry.text)) >= 3 or is_chinese_name(entry.text)):
        names.append(surname(entry.text))
    code = english_name_code(entry.text) if entry.label != "PER" else None
    for other in english_names(code) if code else ():
        if other != entry.text:
            names.append(other)  # Russia is also the Russian Federation
    for short in acronyms(code) if code else ():
        if short.isascii() and short != entry.text:
            names.append(short)
            if len(short) == 2:
                names.append(f"{short[0]}.{short[1]}.")
    short_form = initials(entry.text) if entry.label in ("ORG", "MISC") else ""
    if short_form and short_form not in names:
        names.append(short_form)  # the International Criminal Court is the ICC
    return names


_SMALL_WORDS = frozenset({"of", "the", "and", "for", "on", "in"})
# The Arabic article before a surname, which other languages drop or write apart (Bashar al-Assad is
# Башар Асад, Bassár el-Aszad; the press says "Assad").
_NAME_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ul)[-\u2011](?=[^\W\d_]{3})", re.IGNORECASE)


def without_article(word: str) -> str:
    """A word of a person's name without an Arabic article joined to it (al-Assad → Assad)."""
    return _NAME_ARTICLE.sub("", word)


def surname(name: str) -> str:
    """What the press calls the person: the last word of the name, without an Arabic article, or the
    first word of a Korean or Chinese name, which comes first (Kim of Kim Jong-un, Xi of Xi Jinping)."""
    words = name.split()
    if len(words) >= 2 and (words[0] in _KOREAN_SURNAMES or is_chinese_name(name)):
        return words[0]
    if len(words) >= 2 and ROMAN_NUMERAL.fullmatch(words[-1]):
        return without_article(words[-2])  # a regnal name: Elizabeth of Elizabeth II, not "II"
    return without_article(words[-1]) if words else ""


# The commonest Korean surnames as English writes them; such a name is written surname first, as a Chinese
# one is (translate.text.chinese_names).
_KOREAN_SURNAMES = frozenset({"Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Moon", "Han", "Ri", "Pak", "Choe"})


def initials(name: str) -> str:
    """The initials of a name of three words or more, small words skipped ("European Court of Human
    Rights" → "ECHR"), or "" when a word is not capitalised."""
    words = [w for w in re.split(r"[\s-]+", name) if w.lower() not in _SMALL_WORDS]
    if len(words) < 3 or not all(w[:1].isupper() and w[:1].isalpha() for w in words):
        return ""
    return "".join(w[0] for w in words)


def _is_acronym(name: str) -> bool:
    return name.replace(".", "").isupper()


def _find_all(text: str, phrase: str) -> list[tuple[int, int]]:
    spans = []
    # Any run of white space between the words: a name may wrap across a line break.
    words = r"\s+".join(re.escape(word) for word in phrase.split(" "))
    pattern = re.compile(r"(?<!\w)" + words + r"(?!\w)")
    for match in pattern.finditer(text):
        spans.append((match.start(), match.end()))
    return spans



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


def _merge_surnames(entities: dict[object, SourceEntity]) -> None:
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
            full.setdefault(surname(norm), key)
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


def _add_spelling_variants(
    sentences: Sequence[str], by_name: dict[str, object], acronym_names: set[str],
    entities: dict[object, SourceEntity], taken: dict[int, list[tuple[int, int]]],
) -> None:
    """Glossary names the English writes in another spelling of the same letters: "Zelenskiy" and
    "Zelenskyy" for a glossary's Zelensky, "Orbàn" for Orbán, "Shoygu" for Shoigu (equal match keys, word
    for word; capitalised; not over a name already found). A near spelling is not enough: Zelenska is
    someone else."""
    keyed = []
    for name in by_name:
        if name in acronym_names:
            continue
        keys = tuple(match_key(word, "en") for word in name.split())
        if all(len(key) >= 4 for key in keys):
            keyed.append((keys, name))
    keyed.sort(key=lambda item: -len(item[0]))
    for sid, text in enumerate(sentences):
        words = [(m.start(), m.end(), match_key(m.group(), "en")) for m in WORD.finditer(text)]
        for keys, name in keyed:
            for at in range(len(words) - len(keys) + 1):
                run = words[at : at + len(keys)]
                start, end = run[0][0], run[-1][1]
                if tuple(key for _s, _e, key in run) != keys or not text[start].isupper():
                    continue
                if any(not text[a:b][:1].isupper() for a, b, _k in run) or any(start < b and a < end for a, b in taken.get(sid, [])):
                    continue
                taken.setdefault(sid, []).append((start, end))
                entities[by_name[name]].mentions.append((sid, start, end))


def source_entities(
    sentences: Sequence[str], glossary: Sequence[GlossaryEntry], found: Sequence[Sequence[tuple[int, int, str]]],
    *, unmentioned: bool = False,
) -> list[SourceEntity]:
    """The entities of ``sentences``: ``glossary`` names, and model spans ``found`` per sentence; in order
    of first mention, each with its ``(sentence, start, end)`` mentions sorted. With ``unmentioned``, the
    glossary's names the sentences do not name follow, without mentions (a watch list's names that only
    other reports of the story may use); a name that is another entry's alias (U.S. of the United States)
    is not one of them."""
    entities: dict[object, SourceEntity] = {}
    by_name: dict[str, object] = {}
    acronym_names: set[str] = set()  # matched in capitals only: "US", never "us"
    dotted: set[str] = set()  # names that end in a dot of their own (U.S.), which the folded key drops
    for index, entry in enumerate(glossary):
        entities[("g", index)] = SourceEntity(entry.label, entry.text, entry.text.split(), entry.forms)
        for name in _aliases(entry):
            by_name.setdefault(normal_name(name), ("g", index))
            if name.endswith("."):
                dotted.add(normal_name(name))
            if _is_acronym(name):
                acronym_names.add(normal_name(name))
    taken: dict[int, list[tuple[int, int]]] = {}

    def lower_case_ok(name: str) -> bool:
        # A body's or a thing's name of several words, as some English styles write it ("Romania's constitutional
        # court", "the investigative committee"); a person's or a place's is a name only capitalised.
        key = by_name[name]
        return " " in name and isinstance(key, tuple) and key[0] == "g" and glossary[key[1]].label in ("ORG", "MISC")

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
                if name in dotted and text[end : end + 1] == ".":
                    end += 1  # "U.S." with its last dot (which may end the sentence too)
                if any(start < b and a < end for a, b in taken.get(sid, [])):
                    continue
                if not text[start : start + 1].isupper() and not text[start : start + 1].isdigit() and not lower_case_ok(name):
                    continue  # "the ukraine" in lower case is not the name
                if name in acronym_names and not _is_acronym(text[start:end]):
                    continue  # "Us" is no acronym of the United States
                taken.setdefault(sid, []).append((start, end))
                entities[by_name[name]].mentions.append((sid, start, end))
    _add_spelling_variants(sentences, by_name, acronym_names, entities, taken)
    # Model spans not covered by the glossary.
    surnames: dict[str, object] = {}
    for sid, spans in enumerate(found):
        text = sentences[sid]
        for start, end, label in spans:
            if any(start < b and a < end for a, b in taken.get(sid, [])):
                continue
            surface = text[start:end]
            norm = normal_name(surface)
            if not norm:
                continue
            key: object = by_name.get(norm)
            if key is None and label == "PER" and " " not in norm:
                key = surnames.get(norm)
            if key is None:
                key = ("n", norm)
                if key not in entities:
                    entities[key] = SourceEntity(label, " ".join(surface.split()), surface.split(), {})
                by_name[norm] = key
                if label == "PER" and " " in norm:
                    surnames.setdefault(surname(norm), key)
            elif isinstance(key, tuple) and key[0] == "n" and label == "PER" and " " in norm:
                surnames.setdefault(surname(norm), key)
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
    if unmentioned:
        result += [
            entities[("g", index)] for index, entry in enumerate(glossary)
            if not entities[("g", index)].mentions and by_name.get(normal_name(entry.text)) == ("g", index)
        ]
    return result



# Nationality words (DEMONYMS) name a country entity of the document (Ukrainian President → президент
# України): such a country is looked for in the translation but never flagged as missing.
_DEMONYM_WORD = re.compile(r"[A-Z][a-z]+")


def nationality_mentions(sentences: Sequence[str], sources: Sequence[SourceEntity]) -> dict[int, set[int]]:
    """Per source sentence, entities named there only through a nationality word."""
    by_name = {normal_name(e.text): i for i, e in enumerate(sources)}
    out: dict[int, set[int]] = {}
    for sid, text in enumerate(sentences):
        for word in _DEMONYM_WORD.findall(text):
            country = DEMONYMS.get(word.lower())
            if country is not None and country in by_name:
                out.setdefault(sid, set()).add(by_name[country])
    return out

