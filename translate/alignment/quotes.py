"""Quotation in news text: the quoted passages of a sentence, and of a text whose quotes run across sentences.

Reports quote the same statement in their own words, and a quotation often spans several
sentences: “We’re not there yet, but we’ve made progress. / There’s no deal until there’s a deal,”
he said. :func:`quoted_passages` follows the marks through a whole text, so the second sentence's
"no deal until there's a deal" is known to be quoted; :func:`quoted_spans` reads one sentence
alone (what the coverage report compares).
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["quoted_passages", "quoted_spans"]

_QUOTE_PAIRS = (("\u201c", "\u201d"), ("\u201e", "\u201d"), ("\u201e", "\u201c"), ("\u00ab", "\u00bb"), ('"', '"'), ("\u201d", "\u201d"))
# Opening mark -> the marks that close it (“…”, „…“ and „…”, «…», "…", ‹…›).
_CLOSERS = {"\u201c": "\u201d", "\u201e": "\u201c\u201d", "\u00ab": "\u00bb", '"': '"', "\u2039": "\u203a"}
_DASHES = "\u2013\u2014-"
_MAX_SENTENCES = 4  # a quotation left open longer than this was a stray mark


def quoted_spans(text: str) -> list[str]:
    """The quoted passages of a sentence (“…”, «…», „…“, "…"); an opening mark without its close runs
    to the end of the sentence (news quotes often continue into the next)."""
    spans: list[str] = []
    i = 0
    while i < len(text):
        for opening, closing in _QUOTE_PAIRS:
            if text.startswith(opening, i) and (opening != '"' or i == 0 or not text[i - 1].isalnum()):
                end = text.find(closing, i + 1)
                inner = text[i + 1 : end if end >= 0 else len(text)].strip()
                if len(inner) >= 2:
                    spans.append(inner)
                i = (end if end >= 0 else len(text)) + 1
                break
        else:
            if text[i] in "\u2013\u2014" and i == 0:  # a dialogue dash opens a quote in uk/ru
                spans.append(text[1:].strip())
                break
            i += 1
    return spans


def _dialogue(text: str) -> str:
    """A line opened by a dialogue dash (— Как вы знаете, …): the words up to the reporting clause."""
    body = text.lstrip()[1:]
    for marker in (" \u2014 ", " \u2013 ", ", - "):
        cut = body.find(marker)
        if cut > 0:
            body = body[:cut]
    return body.strip()


def quoted_passages(sentences: Sequence[str]) -> list[list[str]]:
    """Per sentence of a text, its quoted passages, following a quotation from the sentence that
    opens it to the one that closes it; a closing mark with no opening one before it (in this
    sentence or an open quotation) closes a quotation from the start of its sentence."""
    out: list[list[str]] = []
    closers = ""  # the marks that close the open quotation; empty when none is open
    open_for = 0
    for text in sentences:
        passages: list[str] = []
        start = 0
        if closers:
            open_for += 1
            if open_for > _MAX_SENTENCES:
                closers = ""
        if not closers and text.lstrip()[:1] in _DASHES and text.lstrip()[1:2] == " ":
            found = _dialogue(text)
            out.append([found] if len(found) >= 2 else [])
            continue
        for i, ch in enumerate(text):
            if closers:
                if ch in closers and (ch != '"' or i + 1 == len(text) or not text[i + 1].isalnum()):
                    passages.append(text[start:i].strip())
                    closers = ""
            elif ch in _CLOSERS and (ch != '"' or i == 0 or not text[i - 1].isalnum()):
                closers, start, open_for = _CLOSERS[ch], i + 1, 0
            elif ch in "\u201d\u00bb" and not passages:
                passages.append(text[:i].strip())
        if closers:
            passages.append(text[start:].strip())
        out.append([p for p in passages if len(p) >= 2])
    return out
