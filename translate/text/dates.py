"""Dates written with a month name in running text: "16 October", "16-го жовтня", "2025. október 16-án".

A date's month is a fact of its own (the aligner's date anchors, the translation check), and its day
is part of the date, not an amount (the number reader leaves it out of the amounts).
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["date_days", "date_phrases", "month_numbers", "month_years"]

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


# A year next to a date: "6 February 1952", "6 лютого 1952 року", "February 6, 1952" after it;
# "1952. február 6." before it in Hungarian.
_YEAR_AFTER = re.compile(r",?\s+((?:1[89]|20)\d\d)(?!\d)")
_YEAR_BEFORE = re.compile(r"(?<!\d)((?:1[89]|20)\d\d)\.?\s+$")
# Dates in figures, day first as Ukrainian, Russian and Hungarian news write them (06.02.1953), and the
# Hungarian year first (1953.02.06., 1953. 02. 06.); English is left out: its 02/06 order varies.
_DAY_FIRST = re.compile(r"(?<![\d.,])(\d{1,2})\.(\d{1,2})\.((?:1[89]|20)\d\d)(?!\d|\.\d)")
_YEAR_FIRST = re.compile(r"(?<![\d.,])((?:1[89]|20)\d\d)\.\s?(\d{1,2})\.\s?(\d{1,2})(?!\d|\.\d)")

# A date found: the span of its month (name or figures), the span of its day's figures, month, day, and
# the span of its year's figures when it gives one.
_Dated = tuple[tuple[int, int], tuple[int, int], int, int, "tuple[int, int] | None"]


def _dated(text: str, lang: str) -> list[_Dated]:
    """Every date with a month (a name, or figures in a date written in figures) and a day."""
    pattern = _month_pattern(lang)
    found: list[_Dated] = []
    for match in pattern.finditer(text) if pattern is not None else ():
        month = int(next(name for name, value in match.groupdict().items() if value)[1:])
        window = max(0, match.start() - 12)
        before = _DAY_NUMBER_BEFORE.search(text[window : match.start()])
        day = (window + before.start(1), window + before.end(1)) if before else None
        after_day = match.end()
        if day is None and (after := _DAY_NUMBER_AFTER.match(text, match.end())) is not None:
            day, after_day = after.span(1), after.end(1)
        if day is None or not 1 <= int(text[day[0] : day[1]]) <= 31:
            continue
        year: tuple[int, int] | None = None
        if lang == "hu":
            window = max(0, match.start() - 8)
            if (earlier := _YEAR_BEFORE.search(text[window : match.start()])) is not None:
                year = (window + earlier.start(1), window + earlier.end(1))
        elif (later := _YEAR_AFTER.match(text, after_day)) is not None:
            year = later.span(1)
        found.append((match.span(), day, month, int(text[day[0] : day[1]]), year))
    if lang != "en":
        for figures in _DAY_FIRST.finditer(text):
            day_text, month_text, _year = figures.groups()
            if 1 <= int(month_text) <= 12 and 1 <= int(day_text) <= 31:
                found.append((figures.span(2), figures.span(1), int(month_text), int(day_text), figures.span(3)))
    if lang == "hu":
        for figures in _YEAR_FIRST.finditer(text):
            _year, month_text, day_text = figures.groups()
            if 1 <= int(month_text) <= 12 and 1 <= int(day_text) <= 31:
                found.append((figures.span(2), figures.span(3), int(month_text), int(day_text), figures.span(1)))
    return sorted(found)


def date_days(text: str, lang: str) -> list[tuple[int, int, int, int]]:
    """The days of the dates written with a month name or in figures: (start, end of the day's digits,
    month, day); "6 червня", "June 6", "2024. február 16-án", "06.02.1953" (a date's day is part of the
    date, not an amount)."""
    return [(day[0], day[1], month, number) for _month, day, month, number, _year in _dated(text, lang)]


def date_phrases(text: str, lang: str) -> list[tuple[int, int, int, int, int | None]]:
    """The same dates as :func:`date_days`, each as (start, end of the whole date, month, day, year or None):
    "December 8", "15 декабря", "6 February 1952", "06.02.1953"."""
    out: list[tuple[int, int, int, int, int | None]] = []
    for month_span, day, month, number, year in _dated(text, lang):
        spans = (month_span, day, year) if year is not None else (month_span, day)
        start, end = min(a for a, _b in spans), max(b for _a, b in spans)
        out.append((start, end, month, number, int(text[year[0] : year[1]]) if year is not None else None))
    return out


# A month with its year and no day: "September 2024", "у вересні 2024 року", "в сентябре 2023 года", "2024 szeptemberében".
_MONTH_YEAR_AFTER = re.compile(r",?\s+((?:1[89]|20)\d\d)(?!\d)")


def month_years(text: str, lang: str) -> list[tuple[int, int, int, int]]:
    """The months given with a year but no day: (start, end, month, year)."""
    pattern = _month_pattern(lang)
    if pattern is None:
        return []
    days = {month_span for month_span, *_rest in _dated(text, lang)}
    found = []
    for match in pattern.finditer(text):
        if match.span() in days:
            continue
        month = int(next(name for name, value in match.groupdict().items() if value)[1:])
        if lang == "hu":
            window = max(0, match.start() - 8)
            if (year := _YEAR_BEFORE.search(text[window : match.start()])) is not None:
                found.append((window + year.start(1), match.end(), month, int(year.group(1))))
        elif (year := _MONTH_YEAR_AFTER.match(text, match.end())) is not None:
            found.append((match.start(), year.end(1), month, int(year.group(1))))
    return found
