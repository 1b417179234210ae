"""Model mode of the coverage aligner: how alike an English sentence and the English back-translation
of a report sentence are.

A chrF-like overlap: the Dice coefficient of the character 3- and 4-grams of the content words
(four letters or more, no function words), so that "the", "of" and "said" do not make every pair of
news sentences look alike, and inflected or re-ordered wording ("negotiations ended" / "the end
of the negotiations") still overlaps. No model is loaded here: the caller gives the translations.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

__all__ = ["content_grams", "similarities"]

_STOP = frozenset(
    "the and that this with from have has had were was are been will would could should their there they them "
    "than then into over about after before also more most such which while what when where said says".split()
)
_WORDS = re.compile(r"[^\W_]+")


def content_grams(text: str) -> frozenset[str]:
    """Character 3- and 4-grams of the content words (four letters or more, no function words), lower-cased."""
    words = [w for w in _WORDS.findall(unicodedata.normalize("NFC", text).lower()) if len(w) >= 4 and w not in _STOP]
    padded = " " + " ".join(words) + " "
    grams = {padded[i : i + 3] for i in range(len(padded) - 2)}
    grams.update(padded[i : i + 4] for i in range(len(padded) - 3))
    return frozenset(g for g in grams if g.strip())


def similarities(source: Sequence[str], back: Sequence[str]) -> list[list[float]]:
    """``out[j][i]``: the Dice overlap (chrF-like, 0–1) of the content-word character n-grams of English
    sentence ``i`` and the English back-translation ``back[j]`` of a report sentence."""
    src = [content_grams(t) for t in source]
    out: list[list[float]] = []
    for text in back:
        grams = content_grams(text)
        row = []
        for other in src:
            size = len(grams) + len(other)
            row.append(2 * len(grams & other) / size if size else 0.0)
        out.append(row)
    return out
