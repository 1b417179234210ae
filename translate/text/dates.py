"""Dates written with a month name in running text: "16 October", "16-го жовтня", "2025. október 16-án".

A date's month is a fact of its own (the aligner's date anchors, the translation check), and its day
is part of the date, not an amount (the number reader leaves it out of the amounts).
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["date_days", "date_phrases", "month_numbers"]

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


@lru_cache(maxsize=8)
def _month_pattern(lang: str) -> re.Pattern[str] | None:
    names = _MONTHS.get(lang)
    if not names:
        return None
    group = "|".join(f"(?P<m{i}>{name})" for i, name in enumerate(names, 1))
    flags = 0 if lang == "en" else re.IGNORECASE  # "march" and "may" are English verbs
    suffix = r"\w*" if lang == "hu" else ""  # októberben, május 9-én
    return re.compile(rf"(?<!\w)(?:{group}){suffix}\.?(?!\w)", flags)


# A month name is a date's when a day or year stands next to it: "16 October", "16-го жовтня",
# "2025. október", "16th of October" before it; "October 16", "May, 2025" after it.
_DAY_BEFORE = re.compile(r"\d[\w.\-]{0,4}\s+(?:of\s+)?$")
_DAY_AFTER = re.compile(r",?\s+\d")


def month_numbers(text: str, lang: str) -> list[str]:
    """The month of every date in ``text`` written with a month name, as a number string (``"10"``)."""
    pattern = _month_pattern(lang)
    if pattern is None:
        return []
    found = []
    for match in pattern.finditer(text):
        if not (_DAY_BEFORE.search(text, max(0, match.start() - 12), match.start()) or _DAY_AFTER.match(text, match.end())):
            continue
        month = next(name for name, value in match.groupdict().items() if value)
        found.append(month[1:])
    return found


_DAY_NUMBER_BEFORE = re.compile(r"(?<!\d)(\d{1,2})(?:-?(?:го|е|th|st|nd|rd))?\.?\s+(?:of\s+)?$")
_DAY_NUMBER_AFTER = re.compile(r",?\s+(\d{1,2})(?!\d)")


def _dated(text: str, lang: str) -> list[tuple[tuple[int, int], tuple[int, int], int, int]]:
    """Per date with a month name and a day: the month name's span, the day's digits' span, month, day."""
    pattern = _month_pattern(lang)
    found: list[tuple[tuple[int, int], tuple[int, int], int, int]] = []
    for match in pattern.finditer(text) if pattern is not None else ():
        month = int(next(name for name, value in match.groupdict().items() if value)[1:])
        window = max(0, match.start() - 12)
        before = _DAY_NUMBER_BEFORE.search(text[window : match.start()])
        day = (window + before.start(1), window + before.end(1)) if before else None
        if day is None and (after := _DAY_NUMBER_AFTER.match(text, match.end())) is not None:
            day = after.span(1)
        if day is not None and 1 <= int(text[day[0] : day[1]]) <= 31:
            found.append((match.span(), day, month, int(text[day[0] : day[1]])))
    return found


def date_days(text: str, lang: str) -> list[tuple[int, int, int, int]]:
    """The days of the dates written with a month name: (start, end of the day's digits, month, day);
    "6 червня", "June 6", "2024. február 16-án" (a date's day is part of the date, not an amount)."""
    return [(day[0], day[1], month, number) for _name, day, month, number in _dated(text, lang)]


def date_phrases(text: str, lang: str) -> list[tuple[int, int, int, int]]:
    """The same dates as :func:`date_days`, each as (start, end of the day and month together, month, day):
    "December 8", "15 декабря"."""
    return [(min(name[0], day[0]), max(name[1], day[1]), month, number) for name, day, month, number in _dated(text, lang)]
