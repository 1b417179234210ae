"""Quantities in running text, for comparing a sentence with its translation by value.

:func:`translate.text.numbers.numbers` reads the digits; this module adds what each language
writes around them, so that the same value matches across languages:

- scale words: ``1,6 тыс.`` is 1.6 or 1600 (a translation may write either), ``2,5 млрд`` is 2.5 or
  2500000000, as are ``2.5 billion`` and ``2,5 milliárd``;
- month names in dates: ``October 16, 2025``, ``16 жовтня 2025``, ``2025. október 16.`` and
  ``16.10.2025`` all hold 16, 10 and 2025. A month name counts only next to a day or a year, so
  "Theresa May said" holds no 5.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

from .numbers import NUMBER, parse_number

__all__ = ["month_numbers", "missing_quantities", "quantities"]

_TRAILING = " '\u2019\u00a0\u202f\u2009.,"

# Scale words after a number, by language; the value is the factor.
_SCALES: dict[str, tuple[tuple[str, int], ...]] = {
    "en": (("thousand", 10**3), ("million", 10**6), ("mln", 10**6), ("billion", 10**9), ("bn", 10**9), ("trillion", 10**12)),
    "uk": (("тис", 10**3), ("тисяч", 10**3), ("тисячі", 10**3), ("мільйон", 10**6), ("млн", 10**6), ("мільярд", 10**9),
           ("млрд", 10**9), ("трильйон", 10**12), ("трлн", 10**12)),
    "ru": (("тыс", 10**3), ("тысяч", 10**3), ("тысячи", 10**3), ("миллион", 10**6), ("млн", 10**6), ("миллиард", 10**9),
           ("млрд", 10**9), ("триллион", 10**12), ("трлн", 10**12)),
    "hu": (("ezer", 10**3), ("millió", 10**6), ("millio", 10**6), ("milliárd", 10**9), ("mrd", 10**9), ("billió", 10**12)),
}

# Month names (with their case endings) by language, January first.
_MONTHS: dict[str, tuple[str, ...]] = {
    "en": ("Jan(?:uary)?", "Feb(?:ruary)?", "Mar(?:ch)?", "Apr(?:il)?", "May", "June?", "July?", "Aug(?:ust)?",
           "Sep(?:t(?:ember)?)?", "Oct(?:ober)?", "Nov(?:ember)?", "Dec(?:ember)?"),
    "uk": ("січ(?:ень|ня|ні)", "лют(?:ий|ого|ому|ім)", "берез(?:ень|ня|ні)", "квіт(?:ень|ня|ні)", "трав(?:ень|ня|ні)",
           "черв(?:ень|ня|ні)", "лип(?:ень|ня|ні)", "серп(?:ень|ня|ні)", "верес(?:ень|ня|ні)", "жовт(?:ень|ня|ні)",
           "листопад(?:а|і|у)?", "груд(?:ень|ня|ні)"),
    "ru": ("январ[ьяею]", "феврал[ьяею]", "март(?:а|е|у)?", "апрел[ьяею]", "ма[йяею]", "июн[ьяею]", "июл[ьяею]",
           "август(?:а|е|у)?", "сентябр[ьяею]", "октябр[ьяею]", "ноябр[ьяею]", "декабр[ьяею]"),
    "hu": ("jan(?:uár)?", "febr?(?:uár)?", "márc(?:ius)?", "ápr(?:ilis)?", "máj(?:us)?", "jún(?:ius)?", "júl(?:ius)?",
           "aug(?:usztus)?", "szept(?:ember)?", "okt(?:óber)?", "nov(?:ember)?", "dec(?:ember)?"),
}


def _month_pattern(lang: str) -> re.Pattern[str] | None:
    names = _MONTHS.get(lang)
    if not names:
        return None
    group = "|".join(f"(?P<m{i}>{name})" for i, name in enumerate(names, 1))
    flags = 0 if lang == "en" else re.IGNORECASE  # "march" and "may" are English verbs
    suffix = r"\w*" if lang == "hu" else ""  # októberben, május 9-én
    return re.compile(rf"(?<!\w)(?:{group}){suffix}\.?(?!\w)", flags)


_MONTH_PATTERNS: dict[str, re.Pattern[str] | None] = {}
# A month name is a date's when a day or year stands next to it: "16 October", "16-го жовтня",
# "2025. október", "16th of October" before it; "October 16", "May, 2025" after it.
_DAY_BEFORE = re.compile(r"\d[\w.\-]{0,4}\s+(?:of\s+)?$")
_DAY_AFTER = re.compile(r",?\s+\d")


def month_numbers(text: str, lang: str) -> list[str]:
    """The month of every date in ``text`` written with a month name, as a number string (``"10"``)."""
    if lang not in _MONTH_PATTERNS:
        _MONTH_PATTERNS[lang] = _month_pattern(lang)
    pattern = _MONTH_PATTERNS[lang]
    if pattern is None:
        return []
    found = []
    for match in pattern.finditer(text):
        if not (_DAY_BEFORE.search(text, max(0, match.start() - 12), match.start()) or _DAY_AFTER.match(text, match.end())):
            continue
        month = next(name for name, value in match.groupdict().items() if value)
        found.append(month[1:])
    return found


def _scale_after(text: str, end: int, lang: str) -> int:
    """The factor of a scale word right after a number (``тыс.``, ``million``, ``milliárdos``), else 1."""
    rest = text[end : end + 16].lstrip(" \u00a0\u202f\u2009").lower()
    for word, factor in _SCALES.get(lang, ()):
        # an abbreviation must end there (тис. but not тисk…); a long word may inflect (мільйона, millions)
        if rest.startswith(word) and (len(word) > 4 or not rest[len(word) : len(word) + 1].isalpha()):
            return factor
    return 1


def _scaled(value: str, factor: int) -> str:
    try:
        number = Decimal(value) * factor
    except InvalidOperation:
        return value
    text = format(number.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def quantities(text: str, lang: str) -> list[frozenset[str]]:
    """Every quantity of ``text`` as the set of values it may be written as in a translation:
    ``{"1.6", "1600"}`` for ``1,6 тыс.``, ``{"10"}`` for the month of ``16 жовтня``."""
    found: list[frozenset[str]] = []
    for match in NUMBER.finditer(text):
        run = match.group().rstrip(_TRAILING)
        values = parse_number(run, lang)
        factor = _scale_after(text, match.start() + len(run), lang)
        for i, value in enumerate(values):
            last = i == len(values) - 1
            found.append(frozenset({value, _scaled(value, factor)}) if last and factor > 1 else frozenset({value}))
    found.extend(frozenset({month}) for month in month_numbers(text, lang))
    return found


def missing_quantities(source: str, source_lang: str, target: str, lang: str) -> list[str]:
    """Source quantities with no counterpart of the same value in the target, with multiplicity;
    each is reported as written in the source (its smallest value: ``"1.6"`` for 1.6 thousand)."""
    left: list[frozenset[str]] = quantities(target, lang)
    missing = []
    for quantity in quantities(source, source_lang):
        match = _first_overlap(quantity, left)
        if match is None:
            missing.append(min(quantity, key=lambda v: (len(v), v)))
        else:
            del left[match]
    return missing


def _first_overlap(quantity: frozenset[str], candidates: Sequence[frozenset[str]]) -> int | None:
    # A plain match first, so "1.6 thousand … 1600" does not take the 1600 that another number needs.
    for index, candidate in enumerate(candidates):
        if candidate == quantity:
            return index
    for index, candidate in enumerate(candidates):
        if candidate & quantity:
            return index
    return None
