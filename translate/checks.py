"""Per-sentence checks on a translation: script, numbers, repetition. Pure functions over strings."""

from __future__ import annotations

import re
import unicodedata

from .languages import language
from .types import NUMBER_MISMATCH, REPETITION, WRONG_SCRIPT

# A number: digits with optional group/decimal separators between digit groups (linear: no nesting).
_NUMBER = re.compile(r"\d+(?:[.,\u00a0\u202f ]\d+)*")
_WORD = re.compile(r"\w+")
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")


def numbers(text: str) -> list[str]:
    """Numbers in ``text`` as digit strings, separators removed (1,000 / 1 000 / 1.000 -> 1000)."""
    found = []
    for match in _NUMBER.finditer(text):
        digits = re.sub(r"\D", "", match.group())
        found.append(digits)
    return found


def missing_numbers(source: str, target: str) -> list[str]:
    """Source numbers that do not appear in the target (compared as digit strings, with multiplicity)."""
    target_numbers = numbers(target)
    target_joined = "".join(target_numbers)
    missing = []
    for number in numbers(source):
        if number in target_numbers:
            target_numbers.remove(number)
        elif number not in target_joined:  # a separator the regex did not join (e.g. "1 600" vs "1600")
            missing.append(number)
    return missing


def _letters(text: str) -> list[str]:
    return [c for c in text if c.isalpha()]


def script_ok(text: str, lang: str) -> bool:
    """False when ``text`` clearly is not written in ``lang`` (wrong alphabet or tell-tale letters)."""
    info = language(lang)
    letters = _letters(text)
    if len(letters) < 4:
        return True
    in_script = sum(1 for c in letters if unicodedata.name(c, "").startswith(info.script.upper()))
    if in_script / len(letters) < 0.5:
        return False
    if info.foreign_letters and any(c in info.foreign_letters for c in letters):
        return False
    # A long sentence with none of the language's own letters is most likely another language.
    if info.own_letters and len(letters) >= 60 and not any(c in info.own_letters for c in letters):
        return False
    return True


def is_repetitive(source: str, target: str) -> bool:
    """True for a looping output: a word 4+ times or a phrase 3+ times in a row, or a runaway length."""
    words = [w.lower() for w in _WORD.findall(target)]
    source_words = [w.lower() for w in _WORD.findall(source)]
    for n in (1, 2, 3, 4):
        needed = 4 if n == 1 else 3
        i = 0
        while i + n * needed <= len(words):
            gram = words[i : i + n]
            j = i + n
            while words[j : j + n] == gram:
                j += n
            if (j - i) // n >= needed and not _source_repeats(source_words, gram):
                return True
            i = j if j > i + n else i + 1
    letters_source = len(_LETTER_OR_DIGIT.findall(source))
    letters_target = len(_LETTER_OR_DIGIT.findall(target))
    return letters_target > 3 * letters_source + 60


def _source_repeats(source_words: list[str], gram: list[str]) -> bool:
    n = len(gram)
    count = sum(1 for i in range(len(source_words) - n + 1) if source_words[i : i + n] == gram)
    return count >= 3


def sentence_flags(source: str, target: str, lang: str) -> list[str]:
    """The content flags for one translated sentence (the pipeline adds its own, e.g. split input)."""
    flags = []
    if not script_ok(target, lang):
        flags.append(WRONG_SCRIPT)
    if missing_numbers(source, target):
        flags.append(NUMBER_MISMATCH)
    if is_repetitive(source, target):
        flags.append(REPETITION)
    return flags
