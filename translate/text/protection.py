"""Spans a translation model would lose or mangle (URLs, e-mail addresses, emoji, characters it
cannot encode), found so the pipeline can carry them through untouched."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

# The e-mail branch may only start where a run of address characters starts: otherwise the engine
# retries it at every position of a long run ("a." * 50000) and the scan turns quadratic.
_URL = re.compile(r"(?:https?://|www\.)[^\s<>«»\"]+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL_TRAILING = ".,;:!?)]}'’”"
_JOINERS = {"\u200d", "\ufe0f", "\ufe0e", "\u20e3"}


def is_emoji(char: str) -> bool:
    if char in _JOINERS:
        return True
    code = ord(char)
    if 0x1F000 <= code <= 0x1FAFF or 0x2600 <= code <= 0x27BF or 0x1F1E6 <= code <= 0x1F1FF:
        return True
    return unicodedata.category(char) == "So"


def protected_spans(text: str, unknown: Callable[[str], set[str]] | None = None) -> list[tuple[int, int]]:
    """Sorted, non-overlapping (start, end) spans to keep verbatim; adjacent spans are merged."""
    spans: list[tuple[int, int]] = []
    for match in _URL.finditer(text):
        start, end = match.span()
        while end > start and text[end - 1] in _URL_TRAILING:
            end -= 1
        if end > start:
            spans.append((start, end))
    unknown_chars = unknown(text) if unknown else set()
    for index, char in enumerate(text):
        if is_emoji(char) or char in unknown_chars:
            spans.append((index, index + 1))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def has_words(text: str) -> bool:
    """True when ``text`` has letters for a model to translate (not only numbers, punctuation, symbols)."""
    return any(c.isalpha() for c in text)
