"""Words every language names from CLDR: months, weekdays and languages ("in English", по-английски, angolul).

The Unicode locale data that babel ships spells the months and weekdays of every language, in
their format and stand-alone forms (серпня/серпень, августа/август), and the name of every
language in every other (English, англійська, английский, angol). :func:`cldr_terms` finds them
in a sentence by stem, so inflected forms match (в пятницу, pénteken, по-английски), and names
each by one concept (``month:8``, ``weekday:5``, ``language:en``) shared by the four languages.
Without babel it finds nothing.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["CLDR_LANGUAGES", "cldr_terms", "concept_name"]

CLDR_LANGUAGES = ("en", "uk", "ru", "hu")
# Languages whose names are worth an anchor: those news reports say a statement was made in.
# (Ukrainian, Russian and Hungarian are left out: their names are the adjectives of the places, which
# translate.text.places already reads.)
_NAMED_LANGUAGES = ("en", "de", "fr", "es", "it", "pl", "zh", "ar", "tr", "ja")
_MIN_STEM = 4
_MIN_PREFIX = 6  # a shorter stem begins other words: серед (among), берез (shore), трав (grass)
_MAX_ENDING = 5
_WORD = re.compile(r"[^\W\d_]+")


def _plain(word: str) -> str:
    return unicodedata.normalize("NFC", word).lower().replace("\u02bc", "").replace("\u2019", "").replace("'", "")


def _stem(forms: set[str]) -> str:
    """The longest common prefix of a word's forms, less a final vowel (серпня, серпень → серп)."""
    words = sorted(forms)
    first, last = words[0], words[-1]
    n = 0
    while n < min(len(first), len(last)) and first[n] == last[n]:
        n += 1
    stem = first[:n]
    if len(stem) > _MIN_STEM and stem[-1] in "aeiouáéíóöőúüűаеєиіїоуюяыэ":
        stem = stem[:-1]
    return stem


@lru_cache(maxsize=8)
def _stems(lang: str) -> tuple[tuple[str, str, bool], ...]:
    """(stem, concept, whole word only) for ``lang``, longest stems first."""
    try:
        from babel import Locale
        from babel.dates import get_day_names, get_month_names
    except ImportError:
        return ()
    found: dict[str, tuple[str, bool]] = {}
    named = [(f"month:{m}", get_month_names, m) for m in range(1, 13)] + [(f"weekday:{d + 1}", get_day_names, d) for d in range(7)]
    for concept, names_of, index in named:
        forms = {_plain(names_of("wide", context, lang)[index]) for context in ("format", "stand-alone")}
        stem = _stem(forms)
        # Short stems (серп, трав, May) begin other words (червоний, трава, maybe): only the forms match.
        if len(stem) >= _MIN_PREFIX:
            found[stem] = (concept, False)
        for form in forms:
            found.setdefault(form, (concept, True))
    names = Locale.parse(lang).languages
    for code in _NAMED_LANGUAGES:
        name = _plain(names.get(code, ""))
        if " " not in name and len(name) >= _MIN_STEM:
            # Adjectives of languages inflect (англійська, английски, angolul): the stem less its ending.
            stem = name[:-2] if lang in ("uk", "ru") and len(name) > _MIN_STEM + 2 else name
            found.setdefault(stem, (f"language:{code}", False))
    return tuple(sorted(((s, c, w) for s, (c, w) in found.items()), key=lambda item: -len(item[0])))


def cldr_terms(sentence: str, lang: str) -> set[str]:
    """The months, weekdays and languages ``sentence`` (written in ``lang``) names, as concepts."""
    stems = _stems(lang)
    if not stems:
        return set()
    out: set[str] = set()
    text = unicodedata.normalize("NFC", sentence).replace("\u02bc", "").replace("\u2019", "").replace("'", "")
    for word in _WORD.findall(text):
        if lang == "en" and not word[:1].isupper():
            continue  # English capitalises these names: "may" and "march" are verbs
        word = word.lower()
        for stem, concept, whole in stems:
            if word == stem or (not whole and word.startswith(stem) and len(word) - len(stem) <= _MAX_ENDING):
                out.add(concept)
                break
    return out


@lru_cache(maxsize=64)
def concept_name(concept: str) -> str:
    """A concept in English words, for a reader: ``weekday:2`` → Tuesday, ``month:3`` → March,
    ``language:en`` → English (the concept itself without babel)."""
    kind, _, value = concept.partition(":")
    try:
        from babel import Locale
        from babel.dates import get_day_names, get_month_names
    except ImportError:
        return concept
    if kind == "month" and value.isdigit():
        return str(get_month_names("wide", "stand-alone", "en")[int(value)])
    if kind == "weekday" and value.isdigit():
        return str(get_day_names("wide", "stand-alone", "en")[int(value) - 1])
    if kind == "language":
        return str(Locale.parse("en").languages.get(value, concept))
    return concept

