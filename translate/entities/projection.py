"""Projecting source entities into another language: matching words through inflection and transliteration.

Each entity is looked for with, in order of trust:

1. glossary base forms for that language (``forms``), matched with case endings;
2. CLDR names (:func:`translate.text.places.local_names`): territories (Ukraine → Україна/Украина/Ukrajna)
   and the exemplar cities of time zones (Kyiv → Київ/Киев/Kijev, Moscow → Moszkva), with the
   short forms of a few (United States → США/USA, European Union → ЄС/ЕС/EU);
3. the translation model on the entity phrase, when a ``translate`` callable is given;
4. the English words themselves, compared through :mod:`translate.text.transliteration` match keys,
   which fold Hungarian and Slavic spellings (Putyin, Zelenszkij, Vlagyimir, Путіним).

A target word matches a pattern word when it starts with the pattern's stem (its last vowel
dropped) followed by a short case ending (Budapesten, Путина, Fehér Házba), or when their
match keys are close (:func:`translate.text.transliteration.similar`). Adjacent matched words of one
entity make one mention.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from ..errors import UsageError
from ..text.places import acronyms, local_names, territory_code
from ..text.transliteration import match_key, similar
from .sources import SourceEntity

__all__ = [
    "PatternWord", "TranslateFn", "names_place_adjective", "patterns", "phrase_translator", "project_sentence",
    "translate_names",
]

# (phrases, target language) -> one translation per phrase.
TranslateFn = Callable[[list[str], str], list[str]]


def phrase_translator(translator: Any) -> TranslateFn:
    """Wrap a :class:`translate.pipeline.Translator` (duck-typed) as a :data:`TranslateFn`."""

    def run(phrases: list[str], lang: str) -> list[str]:
        return [text for text, _flags in translator.translate_sentences(phrases, lang)]

    return run



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
class PatternWord:
    """One word to look for, with where it came from and how much it is trusted."""

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


def _word_score(target: str, target_key: str, lang: str, pattern: PatternWord) -> float:
    """How well a target word matches one pattern word (0 when it does not)."""
    if target[:1].isupper() != pattern.word[:1].isupper() and not (target.isupper() and pattern.word.isupper()):
        return 0.0
    lowered = target.lower()
    plain = pattern.word.lower()
    if lowered == plain:
        return pattern.score
    if target.isupper() and pattern.word.isupper() and len(target) > 1 and target_key == match_key(pattern.word, pattern.lang):
        return pattern.score * 0.95  # one acronym in two scripts: FSB, ФСБ, FSZB; NATO, НАТО
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


def patterns(entity: SourceEntity, lang: str, translated: str | None) -> list[PatternWord]:
    words: list[PatternWord] = []
    seen: set[tuple[str, str]] = set()

    def add(text: str, word_lang: str, score: float, stem_only: bool) -> None:
        found = _WORD.findall(text)
        for word in found:
            if (word, word_lang) not in seen and (len(word) > 1 or word.isupper()):
                seen.add((word, word_lang))
                words.append(PatternWord(word, word_lang, score, stem_only, len(found) == 1))

    for form in entity.forms.get(lang, ()):
        add(form, lang, _SCORE_FORM, True)
    if entity.label in ("LOC", "ORG", "MISC") or not entity.forms.get(lang):
        for name in (entity.text, *entity.words):
            for local in local_names(name, lang):
                add(local, lang, _SCORE_CLDR, True)
        # Short forms: the United States is США, USA or U.S., the European Union ЄС, ЕС or EU.
        code = territory_code(entity.text)
        for short in acronyms(code) if code else ():
            add(short, lang, _SCORE_CLDR, True)
    if translated:
        cleaned = _clean_phrase(translated)
        # A phrase translation that only echoes English adds nothing; a long one is a sentence, not a name.
        if cleaned and len(cleaned.split()) <= len(entity.text.split()) + 2:
            add(cleaned, lang, _SCORE_MODEL, True)
    for word in entity.words:
        if word[:1].isupper() or word.isupper():
            add(word, "en", 0.9, False)
    return words


def names_place_adjective(text: str, lang: str, words: Sequence[PatternWord]) -> bool:
    """Whether ``text`` has the Hungarian -i adjective of one of a place's one-word names
    (``budapesti`` for Budapest, ``kijevi`` for Kijev, ``moszkvai`` for Moszkva): the usual way to say
    "the Budapest meeting", so the place is not missing, though the adjective is no mention of it."""
    if lang != "hu":
        return False
    lowered = text.lower()
    for pattern in words:
        if pattern.single and pattern.lang in (lang, "en") and len(pattern.word) > 2 and not pattern.word.lower().endswith("i"):
            if re.search(rf"(?<!\w){re.escape(pattern.word.lower())}i(?!\w)", lowered):
                return True
    return False


def _lone_word_ok(entity: SourceEntity, pattern: PatternWord | None) -> bool:
    """May one word alone be a mention? Yes for one-word names, people (by the surname: a first name
    alone, "Владимир" of Volodymyr Zelensky before another surname, is someone else) and one-word forms."""
    words = entity.text.split()
    if len(words) > 1 and entity.label == "PER" and pattern is not None and pattern.lang == "en":
        return pattern.word == words[-1]  # a word of the English name itself: the surname only
    return len(words) == 1 or entity.label == "PER" or (pattern is not None and pattern.single)


def project_sentence(
    text: str, lang: str, candidates: Sequence[tuple[int, list[PatternWord]]], entities: Sequence[SourceEntity]
) -> list[tuple[int, int, int]]:
    """Mentions ``(entity index, start, end)`` in one target sentence."""
    tokens = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    scores: list[dict[int, tuple[float, PatternWord]]] = []
    for _start, _end, word in tokens:
        key = match_key(word, lang)
        here: dict[int, tuple[float, PatternWord]] = {}
        for entity_index, patterns in candidates:
            best: tuple[float, PatternWord] | None = None
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



def translate_names(sources: Sequence[SourceEntity], lang: str, translate: TranslateFn | None) -> dict[str, str]:
    if translate is None or not sources:
        return {}
    names = list(dict.fromkeys(e.text for e in sources))
    outputs = list(translate(names, lang))
    if len(outputs) != len(names):
        raise UsageError(
            f"the translate function returned {len(outputs)} phrases for {len(names)}; it must return one per phrase"
        )
    return dict(zip(names, outputs, strict=True))

