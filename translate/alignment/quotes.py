"""Quotation in news text: the quoted passages of a sentence, and of a text whose quotes run across sentences.

Reports quote the same statement in their own words, and a quotation often spans several
sentences: “We’re not there yet, but we’ve made progress. / There’s no deal until there’s a deal,”
he said. :func:`quoted_passages` follows the marks through a whole text, so the second sentence's
"no deal until there's a deal" is known to be quoted; :func:`quoted_spans` reads one sentence
alone (what the coverage report compares).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["is_statement", "quoted_passages", "quoted_spans", "statements"]

_QUOTE_PAIRS = (
    ("\u201c", "\u201d"), ("\u201e", "\u201d"), ("\u201e", "\u201c"), ("\u00ab", "\u00bb"), ('"', '"'), ("\u201d", "\u201d"),
    ("\u2018", "\u2019"),
)
# Opening mark -> the marks that close it (“…”, „…“ and „…”, «…», "…", ‹…›, and the British ‘…’).
_CLOSERS = {"\u201c": "\u201d", "\u201e": "\u201c\u201d", "\u00ab": "\u00bb", '"': '"', "\u2039": "\u203a", "\u2018": "\u2019"}
# Marks that are also written inside words ("Putin's", "Putin’s"): they open after no letter or digit
# and close before none.
_IN_WORDS = frozenset({'"', "\u2018", "\u2019"})
_DASHES = "\u2013\u2014-"
_MAX_SENTENCES = 4  # a quotation left open longer than this was a stray mark
_CLOSING_PUNCTUATION = ",.!?\u2026"  # before a straight quote mark, it closes: an opening one follows a space
_WORD = re.compile(r"[^\W\d_]+(?:[-'\u2019][^\W\d_]+)*")  # a hyphenated word is one: “counter-measures”
_MAX_NAME_WORDS = 4


def is_statement(quote: str) -> bool:
    """Whether a quotation can be something said: two words or more (a one-word quote, “mayday” or
    «Москва», marks a term or a name), not all of them capitalised (a short quote of capitalised words,
    «Наше Місто» or “Truth Social”, is a name: an outlet, a party, a work)."""
    words = _WORD.findall(quote)
    return len(words) >= 2 and not (len(words) <= _MAX_NAME_WORDS and all(word[:1].isupper() for word in words))


def statements(sentences: Sequence[str]) -> list[list[str]]:
    """Per sentence of a text, its quoted passages that can be statements (:func:`is_statement`), less
    the short ones that are names inside the sentence (:func:`_embedded_name`)."""
    # «— Как вы знаете…»; “"In order to…”: a dash or a stray straight mark opening the passage is no part of it
    cleaned = [[p.lstrip(_DASHES + ' "') for p in passages] for passages in quoted_passages(sentences)]
    return [
        [p for p in passages if is_statement(p) and not _embedded_name(text, p) and not _named_source(text, p) and not _so_called(text, p)]
        for text, passages in zip(sentences, cleaned, strict=True)
    ]


# "…, передає «Європейська правда».": the outlet a Ukrainian or Russian report cites, quoted as its name is.
_CITES = frozenset({
    "передає", "передають", "пише", "пишуть", "повідомляє", "повідомляють", "інформує",
    "передает", "передаёт", "передают", "пишет", "пишут", "сообщает", "сообщают", "информирует",
})
_MAX_SOURCE_WORDS = 3


def _named_source(sentence: str, quote: str) -> bool:
    """A short capitalised quotation right after a comma and a verb of citing: the name of the outlet cited."""
    words = _WORD.findall(quote)
    if not words or len(words) > _MAX_SOURCE_WORDS or not words[0][:1].isupper():
        return False
    at = sentence.find(quote)
    before = sentence[:at].rstrip(" " + "".join(_CLOSERS)).rstrip() if at > 0 else ""
    verb = _WORD.findall(before)[-1:] if before else []
    return bool(verb) and verb[0].lower() in _CITES and before[: -len(verb[0])].rstrip().endswith(",")


# "так звана «донецька народна республіка»", "the so-called 'special military operation'": a name the
# writer distances themselves from, not a statement.
_SO_CALLED = re.compile(r"(?:\bтак\s+зван\w*|\bтак\s+называем\w*|\bso-called|\búgynevezett|\bún\.)\s*$", re.IGNORECASE)
_MAX_SO_CALLED_WORDS = 6


def _so_called(sentence: str, quote: str) -> bool:
    """A short quotation right after "so-called" (так звана, так называемая, úgynevezett): a name."""
    at = sentence.find(quote)
    if at <= 0 or len(_WORD.findall(quote)) > _MAX_SO_CALLED_WORDS:
        return False
    return _SO_CALLED.search(sentence[:at].rstrip(" " + "".join(_CLOSERS)).rstrip() + " ") is not None


_MAX_EMBEDDED_WORDS = 2  # «Турецкому потоку», «Слуга народу», «для профілактики»; «Украина должна уйти» is said
_INTRODUCES = ":,\u2013\u2014-"  # a colon or a dash before a quotation, a comma or a dash after it: a statement


def _embedded_name(sentence: str, quote: str) -> bool:
    """A short quotation that stands inside the sentence as a noun or a phrase of it does ("поставки по
    «Турецкому потоку» выросли", "the ‘Coalition of the willing’ met", "закрили «для профілактики» на
    тиждень"): a name, or a term in scare quotes. A statement is introduced (a colon or dash before it),
    followed by its reporting clause (a comma or dash), ends its sentence ("called the talks “very
    productive”."), or is the sentence itself."""
    words = _WORD.findall(quote)
    if not words or len(words) > _MAX_EMBEDDED_WORDS or quote.rstrip()[-1:] in _CLOSING_PUNCTUATION:
        return False
    at = sentence.find(quote)
    if at <= 0:
        return False
    before = sentence[:at].rstrip(" " + "".join(_CLOSERS)).rstrip()
    after = sentence[at + len(quote) :].lstrip(" " + "".join(_CLOSERS.values())).lstrip()
    return bool(before) and before[-1] not in _INTRODUCES and bool(after) and after[0] not in _INTRODUCES + ".!?\u2026"


def quoted_spans(text: str) -> list[str]:
    """The quoted passages of a sentence (“…”, «…», „…“, "…"); an opening mark without its close runs
    to the end of the sentence (news quotes often continue into the next)."""
    spans: list[str] = []
    i = 0
    while i < len(text):
        for opening, closing in _QUOTE_PAIRS:
            if text.startswith(opening, i) and (opening not in _IN_WORDS or i == 0 or not text[i - 1].isalnum()):
                end = _closing(text, closing, i + 1)
                inner = text[i + 1 : end if end >= 0 else len(text)].strip()
                if len(inner) >= 2:
                    spans.append(inner)
                i = (end if end >= 0 else len(text)) + 1
                break
        else:
            if i == 0 and text[i] in "\u2013\u2014" and _opens_dialogue(text):  # a dialogue dash opens a quote in uk/ru
                spans.append(text[1:].strip())
                break
            i += 1
    return spans


def _closing(text: str, mark: str, start: int) -> int:
    """Where ``mark`` closes a quotation opened before ``start`` (-1 if nowhere): an apostrophe inside a
    word ("don’t") is no close."""
    end = text.find(mark, start)
    while end >= 0 and mark in _IN_WORDS and end + 1 < len(text) and text[end + 1].isalnum():
        end = text.find(mark, end + 1)
    return end


def _opens_dialogue(text: str) -> bool:
    """A line opened by a dash and a capitalised word (— Как вы знаете, …) is a dialogue quotation; one
    opened by a dash and a lower-case word is a list item ("- за Майю Санду проголосували 36,32%,") or
    the reporting clause of the quotation before it ("– заявила Санду")."""
    line = text.lstrip()
    first = line[2:].lstrip()[:1]
    return line[:1] in _DASHES and line[1:2] == " " and first.isalpha() and first.isupper()


def _dialogue(text: str) -> str:
    """A line opened by a dialogue dash (— Как вы знаете, …): the words up to the reporting clause, which
    begins with a word ("— сказал он"; "— 28,95 %" goes on with the statement)."""
    body = text.lstrip()[1:]
    for marker in (" \u2014 ", " \u2013 ", ", - "):
        cut = body.find(marker)
        if cut > 0 and body[cut + len(marker) :][:1].isalpha():
            body = body[:cut]
    return body.strip()


def quoted_passages(sentences: Sequence[str]) -> list[list[str]]:
    """Per sentence of a text, its quoted passages, following a quotation from the sentence that
    opens it to the one that closes it; a closing mark with no opening one before it (in this
    sentence or an open quotation) closes a quotation from the start of its sentence."""
    out: list[list[str]] = []
    closers = ""  # the marks that close the open quotation; empty when none is open
    open_for = 0
    carried: list[tuple[int, str]] = []  # (sentence, passage) of the open quotation after its first sentence

    def stray() -> None:  # the quotation never closed: its mark was stray, the sentences after it are no quotation
        for index, passage in carried:
            out[index] = [p for p in out[index] if p != passage]
        carried.clear()

    for text in sentences:
        passages: list[str] = []
        start = 0
        if closers:
            open_for += 1
            if open_for > _MAX_SENTENCES:
                closers = ""
                stray()
        if not closers and _opens_dialogue(text):
            found = _dialogue(text)
            out.append([found] if len(found) >= 2 else [])
            continue
        depth = 0  # guillemets inside guillemets: «ПКР «Нептун» …»
        for i, ch in enumerate(text):
            if closers:
                if ch == "\u00ab" and closers == "\u00bb":
                    depth += 1
                elif ch == '"' and closers == '"' and 0 < i < len(text) - 1 and text[i - 1] in " (" and text[i + 1].isalnum():
                    depth += 1  # straight marks inside straight marks: "мы говорим "нет" войне"
                elif ch in closers and depth:
                    depth -= 1
                elif (ch in closers and (ch not in _IN_WORDS or i + 1 == len(text) or not text[i + 1].isalnum())) or (
                    # “Кримінформ“: an opening mark typed for the closing one, right after a word and before none
                    ch == "\u201c" and closers == "\u201d" and text[i - 1].isalnum() and (i + 1 == len(text) or not text[i + 1].isalnum())
                ):
                    passages.append(text[start:i].strip())
                    closers = ""
                    carried.clear()
            elif ch == '"' and i > 0 and text[i - 1] in _CLOSING_PUNCTUATION and not passages:
                passages.append(text[:i].strip())  # …in Moscow," the source said: the end of an earlier quotation
            elif ch in _CLOSERS and (ch not in _IN_WORDS or i == 0 or not text[i - 1].isalnum()):
                closers, start, open_for, depth = _CLOSERS[ch], i + 1, 0, 0
                carried.clear()
            elif ch in "\u201d\u00bb" and not passages:
                passages.append(text[:i].strip())
        if closers:
            passages.append(text[start:].strip())
            if open_for and start == 0:
                carried.append((len(out), passages[-1]))
        out.append([p for p in passages if len(p) >= 2])
    if closers:
        stray()
    return out
