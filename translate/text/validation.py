"""Is this usable text? One check for every way text enters the tool (file, paste, batch record)."""

from __future__ import annotations

import re

from ..errors import InputError
from ..limits import MAX_TEXT_CHARS

SURROGATE = re.compile("[\ud800-\udfff]")


def escape_surrogates(text: str) -> str:
    """``text`` with each lone surrogate written as ``\\uXXXX``, so it can be encoded as UTF-8."""
    return SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def check_text(text: str) -> None:
    """Raise InputError unless ``text`` is non-empty, valid Unicode and within the size limit."""
    if not isinstance(text, str):
        raise InputError("the input must be text (str)")
    if not text.strip():
        raise InputError("the input text is empty; give an article with at least one sentence")
    surrogate = SURROGATE.search(text)
    if surrogate:
        line = text.count("\n", 0, surrogate.start()) + 1
        raise InputError(
            f"the input has a lone surrogate (U+{ord(surrogate.group()):04X}) at character {surrogate.start()}, "
            f"line {line}: it is not valid Unicode text; fix or remove that character"
        )
    if len(text) > MAX_TEXT_CHARS:
        raise InputError(
            f"the input has {len(text):,} characters, more than the {MAX_TEXT_CHARS:,} one article may have; "
            "split it into articles and use 'translate batch'"
        )
