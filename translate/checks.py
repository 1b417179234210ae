"""Per-sentence checks on a translation: script, language, numbers, repetition. Pure functions over strings."""

from __future__ import annotations

import re
import unicodedata

from .languages import language
from .text.language_id import is_wrong_language
from .text.numbers import missing_quantities
from .types import NUMBER_MISMATCH, REPETITION, WRONG_LANGUAGE, WRONG_SCRIPT

_WORD = re.compile(r"\w+")
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")


def missing_numbers(source: str, target: str, lang: str = "uk", source_lang: str = "en") -> list[str]:
    """Source numbers that do not appear in the target, by value and with multiplicity.

    Both sides are read by :func:`translate.text.numbers.number_values`, each with its language's
    decimal separator (``3.5`` in English is ``3,5`` in Ukrainian, and neither is ``35``), scale
    words (``1.6 thousand`` = ``1,6 тыс.`` = ``1600``) and month names in dates (``October 16`` =
    ``16.10.``).
    """
    return missing_quantities(source, source_lang, target, lang)


def _letters(text: str) -> list[str]:
    return [c for c in text if c.isalpha()]


def script_ok(text: str, lang: str) -> bool:
    """False when ``text`` clearly is not written in ``lang`` (wrong alphabet or tell-tale letters)."""
    info = language(lang)
    letters = _letters(text)
    if len(letters) < 10:  # too short to judge the alphabet (a name, a brand, an acronym)
        return not (info.foreign_letters and any(c in info.foreign_letters for c in letters))
    in_script = sum(1 for c in letters if unicodedata.name(c, "").startswith(info.script.upper()))
    if in_script / len(letters) < 0.5:
        return False
    if info.foreign_letters and any(c in info.foreign_letters for c in letters):
        return False
    # A long sentence with none of the language's own letters is most likely another language.
    if info.own_letters and len(letters) >= 60 and not any(c in info.own_letters for c in letters):
        return False
    return True


def _longest_runs(words: list[str]) -> dict[int, int]:
    """For n = 1..4: the most times any n-word phrase repeats back to back."""
    runs = {}
    for n in (1, 2, 3, 4):
        best, i = 1, 0
        while i + n <= len(words):
            gram, j = words[i : i + n], i + n
            while words[j : j + n] == gram:
                j += n
            best = max(best, (j - i) // n)
            i = j if j > i + n else i + 1
        runs[n] = best
    return runs


def is_repetitive(source: str, target: str) -> bool:
    """True for a looping output: a word 4+ times or a phrase 3+ times in a row (more than the
    source itself repeats), or a runaway length."""
    target_runs = _longest_runs([w.lower() for w in _WORD.findall(target)])
    source_runs = _longest_runs([w.lower() for w in _WORD.findall(source)])
    for n, run in target_runs.items():
        if run >= (4 if n == 1 else 3) and run > source_runs[n]:
            return True
    letters_source = len(_LETTER_OR_DIGIT.findall(source))
    letters_target = len(_LETTER_OR_DIGIT.findall(target))
    return letters_target > 3 * letters_source + 60


def sentence_flags(source: str, target: str, lang: str, source_lang: str = "en") -> list[str]:
    """The content flags for one translated sentence (the pipeline adds its own, e.g. split input).

    The script and language checks judge the target against ``lang``; numbers are read on each side
    in its own language."""
    flags = []
    if not script_ok(target, lang):
        flags.append(WRONG_SCRIPT)
    elif is_wrong_language(target, lang):  # right alphabet, wrong language: Russian where Ukrainian was asked
        flags.append(WRONG_LANGUAGE)
    if missing_numbers(source, target, lang, source_lang):
        flags.append(NUMBER_MISMATCH)
    if is_repetitive(source, target):
        flags.append(REPETITION)
    return flags
