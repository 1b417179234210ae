"""International words shared across scripts: productive, продуктивна, продуктивной, produktív.

News in Ukrainian, Russian and Hungarian borrows much of its political and economic vocabulary
from the same Latin and Greek roots as English (conflict, конфлікт, konfliktus; initiative,
ініціатива, kezdeményezés is not one, but iniciatíva is). Such a word, romanised through
:func:`translate.text.transliteration.match_key`, keeps its English stem. :func:`cognate_links`
pairs the long words of a foreign text with the English words whose keys are close, so the
aligner can count them as shared vocabulary without any dictionary.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from ..text.transliteration import match_key

__all__ = ["COGNATE_MIN_LETTERS", "cognate_key", "cognate_links", "long_words"]

COGNATE_MIN_LETTERS = 6  # shorter words are too often unrelated (pres, mir, vote)
_KEY_LENGTH = 9  # compared on their first letters: endings and suffixes differ across languages
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# Slavic з and English s, Hungarian z and English s fall together (президент, president, prezidens).
_FOLD = str.maketrans({"z": "s"})


def long_words(text: str) -> list[tuple[int, str]]:
    """The words of ``text`` (after NFC) long enough to be compared as international words, with
    their offsets; the parts of a hyphenated word apart."""
    found: list[tuple[int, str]] = []
    for match in _WORD.finditer(unicodedata.normalize("NFC", text)):
        start = match.start()
        for part in match.group().split("-"):
            if len(part) >= COGNATE_MIN_LETTERS:
                found.append((start, part))
            start += len(part) + 1
    return found


def cognate_key(word: str, lang: str) -> str:
    """The key two spellings of one international word share (``produktiv`` for productive and продуктивна)."""
    return match_key(word, lang).translate(_FOLD)[:_KEY_LENGTH]


def cognate_links(source_words: Iterable[str], target_words: Iterable[str], src_lang: str, tgt_lang: str) -> dict[str, set[str]]:
    """For each target word, the source cognate keys it matches (an empty result when none do).

    Keys are compared on their first letters, which forgives a different ending (see :func:`_close`).
    """
    by_start: dict[str, set[str]] = {}
    for word in source_words:
        key = cognate_key(word, src_lang)
        if len(key) >= COGNATE_MIN_LETTERS:
            by_start.setdefault(key[:3], set()).add(key)
    out: dict[str, set[str]] = {}
    for word in target_words:
        key = cognate_key(word, tgt_lang)
        if len(key) < COGNATE_MIN_LETTERS:
            continue
        matched = {k for k in by_start.get(key[:3], ()) if _close(k, key)}
        if matched:
            out[word] = matched
    return out


def _close(a: str, b: str) -> bool:
    """The shorter key less its last letter (a changed ending is forgiven) against as many letters
    of the longer: equal, or one letter apart when that is six letters or more (initiativ, iniciativ)."""
    n = min(len(a), len(b)) - 1
    a, b = a[:n], b[:n]
    return a == b or (n >= 6 and sum(x != y for x, y in zip(a, b, strict=True)) == 1)
