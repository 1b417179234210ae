"""Entity mentions in views: which spans of which sentence are marked, and in which colour.

One entity has one colour in every column of every view (page and HTML export alike).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..types import Document
from .escaping import escape_html

# ColorBrewer's Set3, a qualitative palette made for telling twelve categories apart (a new user found
# the earlier pastels' blues and greens alike), its grey last; each light enough for dark text (contrast
# 4.9 to 14.2 with #1f2933, AA); then golden-angle hues.
PALETTE = (
    "#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462",
    "#b3de69", "#fccde5", "#bc80bd", "#ccebc5", "#ffed6f", "#d9d9d9",
)

Spans = Sequence[tuple[int, int, int]]  # (start, end, entity number), in order, not overlapping


def entity_colour(number: int) -> str:
    """The colour of the entity at ``number`` in ``document.entities``."""
    if number < len(PALETTE):
        return PALETTE[number]
    return f"hsl({(number * 137.508) % 360:.0f}, 80%, 82%)"


def mention_index(document: Document) -> dict[tuple[str, int], list[tuple[int, int, int]]]:
    """(language key, sentence id) -> [(start, end, entity number)], sorted; a span overlapping
    an earlier one is dropped."""
    index: dict[tuple[str, int], list[tuple[int, int, int]]] = {}
    for number, entity in enumerate(document.entities):
        for lang, mentions in entity.mentions.items():
            for mention in mentions:
                index.setdefault((lang, mention.sentence), []).append((mention.start, mention.end, number))
    for key, spans in index.items():
        spans.sort()
        kept: list[tuple[int, int, int]] = []
        for span in spans:
            if not kept or span[0] >= kept[-1][1]:
                kept.append(span)
        index[key] = kept
    return index


def highlight(
    text: str,
    spans: Spans,
    mark: Callable[[int, str], str],
    escape: Callable[[str], str] = escape_html,
) -> str:
    """``text`` escaped, each span wrapped by ``mark(entity number, escaped span text)``.

    Offsets that do not fit the sentence are ignored, never trusted.
    """
    out: list[str] = []
    cursor = 0
    for start, end, number in spans:
        if not 0 <= start < end <= len(text) or start < cursor:
            continue
        out.append(escape(text[cursor:start]))
        out.append(mark(number, escape(text[start:end])))
        cursor = end
    out.append(escape(text[cursor:]))
    return "".join(out)
