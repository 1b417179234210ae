"""The one row model of every side-by-side view (page, HTML, TMX, Markdown, terminal).

A row is an *alignment group*: the smallest run of source sentences that no link of any
language splits, with every target sentence linked to it. Merged (2-1) and split (1-2)
sentences therefore sit side by side. Target sentences linked to no source sentence (0-1)
join the row of the source sentence before them (the first row when nothing comes before).
Ids that do not name a sentence of the document are left out, never trusted.

An independent report (a coverage text) is no translation, so its rows come from its coverage
links instead (:func:`row_links`): each of its sentences sits next to the first English sentence it
reports (:func:`also_reports` names the others), and the sentences that report nothing in the
English come last, in a row of their own without English (:data:`ONLY_IN_OUTLET`).

Each row also says, per key, which of its source sentences that version leaves out (linked to
no target sentence) and which of its target sentences only that version has (linked to no
source sentence), so that no view can hide an omission or an addition inside a merged row
(a coverage text omits nothing: not reporting a sentence is what coverage is).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from ..languages import key_language
from ..types import PIVOTED, RELATION_COVERAGE, Document, Link, Translation

# How every view names the row of sentences that only the outlets have.
ONLY_IN_OUTLET = "linked to no English sentence"

# How every reading view names a row's omission and addition.
NOT_IN_VERSION = "not in this version"
ONLY_IN_VERSION = "only in this version"


@dataclass(frozen=True)
class Group:
    """One row: source sentence ids and, per translation key, target sentence ids (sorted, unique).

    ``paragraph_start``: the row's first source sentence begins a new paragraph of the source.
    ``omitted``: per key, the row's source sentences that version has no counterpart for.
    ``added``: per key, the row's target sentences linked to no source sentence.
    """

    source: tuple[int, ...]
    targets: dict[str, tuple[int, ...]]
    paragraph_start: bool = False
    omitted: dict[str, tuple[int, ...]] = field(default_factory=dict)
    added: dict[str, tuple[int, ...]] = field(default_factory=dict)

    def marked(self, document: Document, ignore: Collection[str] = ()) -> bool:
        """The row has a flag, an omission or an addition in some version (the ``pivoted`` flag of the
        keys in ``ignore`` does not count: their column says it)."""
        return any(self.omitted.values()) or any(self.added.values()) or any(
            [flag for flag in flags_of(document, key, ids) if not (key in ignore and flag == PIVOTED)]
            for key, ids in self.targets.items()
        )


def column_keys(document: Document) -> list[str]:
    """Translation keys in column order: the document's order, a variant (``uk-mt``) right after its
    language's first key (``uk``), a back-translation (``ru-en:RIA``) right after its text."""
    keys = list(document.translations)

    def place(index: int) -> tuple[int, bool, int, int]:
        key = keys[index]
        of = document.translations[key].back_translation_of
        if of in keys:
            return (*place(keys.index(of))[:3], 1)
        base = next(i for i, other in enumerate(keys) if key_language(other) == key_language(key))
        return base, key != key_language(key), index, 0

    return [keys[i] for i in sorted(range(len(keys)), key=place)]


def _first_reported(translation: Translation, n: int) -> dict[int, int]:
    """A coverage text's sentence -> the first English sentence it reports."""
    first: dict[int, int] = {}
    for link in translation.coverage_links:
        if 0 <= link.source < n and 0 <= link.target < len(translation.sentences):
            first[link.target] = min(first.get(link.target, link.source), link.source)
    return first


def row_links(translation: Translation, n: int) -> tuple[Link, ...]:
    """The links a text's rows are built from (``n`` English sentences): a translation's own; for a
    coverage text, each English sentence with the sentences that report it first (no sentence twice)."""
    if translation.relation != RELATION_COVERAGE:
        return translation.links
    first = _first_reported(translation, n)
    return tuple(Link((i,), tuple(sorted(t for t, s in first.items() if s == i))) for i in range(n))


def only_in_outlet(translation: Translation, n: int) -> tuple[int, ...]:
    """A coverage text's sentences that report nothing in the English (() for a translation)."""
    if translation.relation != RELATION_COVERAGE:
        return ()
    first = _first_reported(translation, n)
    return tuple(t for t in range(len(translation.sentences)) if t not in first)


def also_reports(translation: Translation, target: int) -> tuple[int, ...]:
    """The English sentences a coverage text's sentence reports besides the first (its row's)."""
    sources = sorted({link.source for link in translation.coverage_links if link.target == target})
    return tuple(sources[1:])


def alignment_groups(document: Document, keys: Sequence[str] | None = None) -> list[Group]:
    """The rows shared by all languages (see the module docstring); targets for ``keys`` (default: all)."""
    n = len(document.sentences)
    keys = list(document.translations) if keys is None else [k for k in keys if k in document.translations]
    # A source sentence joins the one before it when some link of any language holds both.
    joined = [False] * n
    for translation in document.translations.values():
        for link in row_links(translation, n):
            ids = [i for i in link.source if 0 <= i < n]
            if len(ids) > 1:
                for i in range(min(ids) + 1, max(ids) + 1):
                    joined[i] = True
    spans: list[list[int]] = []
    group_of = [0] * n
    for i in range(n):
        if not spans or not joined[i]:
            spans.append([])
        spans[-1].append(i)
        group_of[i] = len(spans) - 1
    if not spans:
        spans = [[]]
    per_key: dict[str, list[set[int]]] = {}
    covered: dict[str, set[int]] = {}
    alone: dict[str, set[int]] = {}
    for key in keys:
        translation = document.translations[key]
        found: list[set[int]] = [set() for _ in spans]
        covered[key], alone[key] = set(), set()
        current = 0
        for link in row_links(translation, n):
            ids = [i for i in link.source if 0 <= i < n]
            linked = [t for t in link.target if 0 <= t < len(translation.sentences)]
            if ids:
                current = group_of[ids[0]]
                if linked:
                    covered[key].update(ids)
            else:
                alone[key].update(linked)
            found[current].update(linked)
        per_key[key] = found
    groups = []
    previous_paragraph: int | None = None
    for index, span in enumerate(spans):
        start = False
        if span:
            start = previous_paragraph is not None and document.sentences[span[0]].paragraph != previous_paragraph
            previous_paragraph = document.sentences[span[-1]].paragraph
        targets = {key: tuple(sorted(per_key[key][index])) for key in keys}
        # An outlet that does not report a sentence has not "left it out": no omission for coverage.
        omitted = {
            key: () if document.translations[key].relation == RELATION_COVERAGE else tuple(i for i in span if i not in covered[key])
            for key in keys
        }
        added = {key: tuple(t for t in targets[key] if t in alone[key]) for key in keys}
        groups.append(Group(tuple(span), targets, start, omitted, added))
    only = {key: only_in_outlet(document.translations[key], n) for key in keys}
    if any(only.values()):
        groups.append(Group((), only, False, {key: () for key in keys}, only))
    return groups


def flags_of(document: Document, key: str, ids: Sequence[int]) -> list[str]:
    """The flags raised on any of a key's target sentences, sorted and unique."""
    sentences = document.translations[key].sentences
    return sorted({flag for i in ids for flag in sentences[i].flags})


def joined_text(document: Document, key: str | None, ids: Sequence[int]) -> str:
    """The sentences ``ids`` of the source (``key`` None) or of a translation, joined by spaces."""
    sentences = document.sentences if key is None else document.translations[key].sentences
    return " ".join(sentences[i].text for i in ids)


def reported_text(document: Document, key: str, ids: Sequence[int]) -> str:
    """:func:`joined_text` of a translation's sentences; a coverage text's sentence that reports more than
    its row's English sentence is followed by the others' beginnings, so that no view hides a link."""
    translation = document.translations[key]
    if translation.relation != RELATION_COVERAGE:
        return joined_text(document, key, ids)
    parts = []
    for i in ids:
        # each with its number, as the English sentences are numbered in these views and the report
        others = [f"[{s + 1}] “{excerpt(document.sentences[s].text, 40)}”" for s in also_reports(translation, i) if 0 <= s < len(document.sentences)]
        note = f" (also reports: {'; '.join(others)})" if others else ""
        parts.append(translation.sentences[i].text + note)
    return " ".join(parts)


def excerpt(text: str, limit: int = 60) -> str:
    """The start of a sentence a view quotes (for an omission), cut at a word with "…"."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] or text[:limit]
    return cut.rstrip(",;:") + "…"


TITLE_CHARS = 80


def document_title(document: Document) -> str:
    """The heading of an export: what it is and the start of the article's first sentence (its headline, usually)."""
    kind = "Coverage" if document.coverage is not None else "Side by side"
    first = excerpt(document.sentences[0].text, TITLE_CHARS) if document.sentences else ""
    return f"{kind}: {first}" if first else kind
