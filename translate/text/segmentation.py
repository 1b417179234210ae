"""Paragraphs and sentences with character offsets, for English, Ukrainian, Russian and Hungarian.

One rule set for all four languages; what each language knows (abbreviations by class, common
sentence starters) is data in ``abbreviations/<code>.txt``, read by :mod:`.sentence_rules`. The
text is never normalised: every offset points into the string as given, and the sentences, with
the whitespace between them, give back the input exactly (NUL bytes, lone surrogates, zero-width
and bidi characters, CRLF and NFD text included).

Rules, in short; each decision looks at both sides of the end mark:

* Whitespace is what ``str.isspace`` says it is. A sentence only ends at whitespace, so dots
  inside a token (``3.5``, ``16.10.2025``, ``U.S.-made``, URLs, e-mail addresses, ``house...is``)
  never end one, and two sentences never touch.
* Every line break ends a sentence (line breaks are those of ``str.splitlines``: ``\\n``,
  ``\\r\\n``, ``\\r``, ``\\v``, ``\\f``, ``\\x1c``-``\\x1e``, ``\\x85``, U+2028, U+2029). A headline
  without a full stop is its own sentence, and no sentence spans two lines. This is predictable
  for news text; text hard-wrapped inside sentences is split at each line end.
* A paragraph is a run of non-blank lines; blank (whitespace-only) lines separate paragraphs.
* Punctuation alone (``)``, ``.``, ``»``, the dots of ``. . .``) never starts a sentence.
* ``!`` or ``?`` (in any mix) ends a sentence, also before a lower-case word when it is the last
  character of its word (``where? just in the water?``), unless a closing quote or a dash ties the
  next words to it (``“Why?” he asked.``, ``«Куди?» — спитав він``) or it belongs to a name
  (``Yahoo! and AOL``). An ellipsis (``…``, ``...``) ends one only before an upper-case word.
* A full stop before a lower-case word ends a sentence only after a plain word that is no known
  abbreviation, and (Ukrainian, Russian, Hungarian, which abbreviate by cutting any word short)
  only when that word is a common sentence starter (``i am. you are``, ``іменем. ані``).
* Before a capitalised word a full stop ends a sentence unless the word before it never ends one
  (``Mr.``, ``ім.``, ``вул.``, ``т. зв.``, ``pl.``), is an initial (``D. Trump``), a numbered-list
  marker at the start of a sentence, a Hungarian ordinal (``XIV. Lajos``, ``a 2. Orbán-kormány``),
  or an abbreviation before a dash, a bracketed acronym (``Bank Rt. (MFB)``) or, for currencies
  and regions, an acronym (``млн дол. США``). Ambiguous abbreviations (``U.S.``, ``Inc.``) end a
  sentence only before a common sentence starter (``in the U.S. The``, not ``U.S. President``).
  Year, century and unit abbreviations after a number (``1905 гг.``, ``XX ст.``, ``11 млн т.``)
  end one unless the sentence opened with a function word (``В 1991 г. Украина``); elsewhere the
  same letters are a town or a river (``г. Москва``, ``р. Дніпро``) and end nothing.
  Spaced two-part abbreviations (``т. ч.``, ``т. к.``) are looked up as one (``т.ч``).
* Before a digit, an abbreviation, a number or a single letter does not end a sentence
  (``No. 10``, ``ст. 111``, ``kb. 40``); nor does a Hungarian number before anything but a
  capitalised word (``65. §``).
* Closing quotes and brackets after the final mark stay with their sentence (``«no.»``, ``.)``).

Everything runs in linear time: one regex (``\\S+``) finds the tokens, and each token is looked
at a bounded number of times.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from ..languages import language
from ..types import Sentence
from .sentence_rules import SentenceRules, sentence_rules

__all__ = ["ROMAN_NUMERAL", "clause_cut_points", "split_paragraphs", "split_sentences"]

_TOKEN = re.compile(r"\S+")
_LINE_BREAK = re.compile("\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")

_STRONG = frozenset("!?‼⁇⁈⁉‽！？。")
_DOTS = frozenset(".．")
_ELLIPSIS = "…"
_TERMINATORS = _STRONG | _DOTS | {_ELLIPSIS}
# A Roman numeral as written in names and ordinals: Elizabeth II, XIV. Lajos (entity matching compares them as written).
ROMAN_NUMERAL = re.compile(r"[IVXLCDM]{1,8}")


# Two sentences run together without a space, as pasted text has them ("правления.Она умерла"): a word
# of three lower-case letters or more, its end mark, a capitalised word. Outlet names (Lenta.Ru,
# Цензор.НЕТ) have no lower-case word after the dot; addresses and e-mails are left whole.
_RUN_TOGETHER = re.compile(r"(?<=[^\W\d_]{3})[.!?](?=[^\W\d_]{3})")
_ADDRESS = re.compile(r"[/@]|www\.", re.IGNORECASE)


def _tokens(text: str) -> list[tuple[int, int, int]]:
    """(start, end, line breaks in the whitespace before it) for each run of non-whitespace; a run that
    holds two sentences written together is two."""
    out: list[tuple[int, int, int]] = []
    prev_end = 0
    for m in _TOKEN.finditer(text):
        start, end = m.span()
        breaks = len(_LINE_BREAK.findall(text, prev_end, start)) if start > prev_end else 0
        if "." in m.group() or "!" in m.group() or "?" in m.group():
            for cut in _run_together(text, start, end):
                out.append((start, cut, breaks))
                start, breaks = cut, 0
        out.append((start, end, breaks))
        prev_end = end
    return out


def _run_together(text: str, start: int, end: int) -> list[int]:
    """Where a run of non-whitespace is two sentences: after the end mark of each join."""
    if _ADDRESS.search(text, start, end):
        return []
    return [
        m.end() for m in _RUN_TOGETHER.finditer(text, start, end)
        if text[m.start() - 3 : m.start()].islower() and text[m.end()].isupper() and text[m.end() + 1 : m.end() + 3].islower()
    ]


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph; blank lines separate them; spans exclude outer whitespace."""
    spans: list[tuple[int, int]] = []
    for i, (start, end, breaks) in enumerate(_tokens(text)):
        if i == 0 or breaks >= 2:
            spans.append((start, end))
        else:
            spans[-1] = (spans[-1][0], end)
    return spans


def split_sentences(text: str, lang: str) -> list[Sentence]:
    """Sentences of ``text`` with offsets and paragraph index; raises ``UsageError`` for unknown ``lang``."""
    rules = sentence_rules(language(lang).code)
    tokens = _tokens(text)
    sentences: list[Sentence] = []
    paragraph = 0
    first = 0  # index of the first token of the current sentence
    for i in range(1, len(tokens)):
        breaks = tokens[i][2]
        if breaks >= 1 or _ends_sentence(text, tokens, i - 1, first, rules):
            _append(sentences, text, tokens[first][0], tokens[i - 1][1], paragraph)
            first = i
        if breaks >= 2:
            paragraph += 1
    if tokens:
        _append(sentences, text, tokens[first][0], tokens[-1][1], paragraph)
    return sentences


def _append(sentences: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    sentences.append(Sentence(len(sentences), text[start:end], start, end, paragraph))


def _is_closer(ch: str) -> bool:
    """Closing quotes and brackets, straight quotes, and invisible format characters."""
    return ch in "\"'" or unicodedata.category(ch) in ("Pe", "Pf", "Pi", "Cf")


def _is_opener(ch: str) -> bool:
    """What may come before the first letter of a word: any punctuation or format character."""
    cat = unicodedata.category(ch)
    return cat[0] == "P" or cat == "Cf"


def _lstrip_openers(token: str) -> str:
    i = 0
    while i < len(token) and _is_opener(token[i]):
        i += 1
    return token[i:]


def _end_kind(token: str) -> tuple[str, str]:
    """Split a token into (body, kind); kind is "strong", "ellipsis", "dot" or "" (no end mark)."""
    i = len(token)
    while i > 0 and (token[i - 1] in _TERMINATORS or _is_closer(token[i - 1])):
        i -= 1
    suffix = token[i:]
    body = _lstrip_openers(token[:i])
    if any(ch in _STRONG for ch in suffix):
        return body, "strong"
    if _ELLIPSIS in suffix or ".." in suffix:
        return body, "ellipsis"
    if any(ch in _DOTS for ch in suffix):
        return body, "dot"
    return body, ""


def _is_numeric(word: str) -> bool:
    return any(ch.isdigit() for ch in word) and all(ch.isdigit() or ch in ".,:/-–—" for ch in word)


def _is_roman(word: str) -> bool:
    return ROMAN_NUMERAL.fullmatch(word.upper()) is not None


def _is_initialism(word: str) -> bool:
    """``U.S``, ``J.R.R``, ``a.m``: letters in groups of one or two, joined by dots."""
    parts = word.split(".")
    return len(parts) >= 2 and all(0 < len(p) <= 2 and p.isalpha() for p in parts)


def _is_plain_word(word: str, shortest: int) -> bool:
    """Letters (with inner apostrophes and hyphens), at least ``shortest`` of them: not a code."""
    letters = sum(1 for ch in word if ch.isalpha())
    return letters >= shortest and all(ch.isalpha() or ch in "'’-" for ch in word) and word[0].isalpha()


def _is_punctuation(token: str) -> bool:
    return not any(ch.isalnum() for ch in token)


def _attaches(token: str) -> bool:
    """Punctuation that closes what comes before it (``)``, ``.``, ``»``, ``. . .``): a token made of
    end marks and closing brackets and quotes only; it never starts a sentence."""
    if not token or token[0].isalnum():
        return False
    return all(ch in _TERMINATORS or unicodedata.category(ch) in ("Pe", "Pf") for ch in token)


class _Next(NamedTuple):
    """What follows a token on its line."""

    case: str  # "upper", "lower", "digit" or "other"
    word: str  # its leading letters, lower-cased
    acronym: bool  # an all-caps word of two letters or more
    between: str  # a token of punctuation alone came first and was skipped: "dash", "other" or ""
    bracketed: bool  # the word follows an opening bracket: "(MFB)"
    attached: bool  # the next token is punctuation that closes this sentence


_NOTHING = _Next("other", "", False, "", False, False)


def _next_word(text: str, tokens: list[tuple[int, int, int]], i: int) -> _Next:
    """What follows token ``i`` on its line. A token of punctuation alone (a dash before the
    speaker in ``«Куда?» — спросил он.``, ``/`` in ``13 чел. / км2``) is skipped, once."""
    between = ""
    for j in (i + 1, i + 2):
        if j >= len(tokens) or tokens[j][2] > 0:
            break
        token = text[tokens[j][0] : tokens[j][1]]
        if j == i + 1 and _attaches(token):
            return _NOTHING._replace(attached=True)
        rest = _lstrip_openers(token)
        if not rest:
            between = "dash" if all(unicodedata.category(ch) == "Pd" for ch in token) else "other"
            continue
        ch = rest[0]
        k = 0
        while k < len(rest) and rest[k].isalpha():
            k += 1
        word = rest[:k]
        acronym = k >= 2 and word.isupper()
        bracketed = "(" in token[: len(token) - len(rest)]
        if ch.isupper() or ch.istitle():
            case = "upper"
        elif ch.islower():
            # "iPhone", "eBay", "mTOR": a capital letter second is still a capitalised name.
            # Latin only: "кВт" is a unit, not a name.
            camel = k >= 3 and rest[1].isupper() and ch.isascii()
            case = "upper" if camel else "lower"
        elif ch.isdigit():
            case = "digit"
        else:
            case = "other"
        return _Next(case, word.lower(), acronym, between, bracketed, False)
    return _NOTHING._replace(between=between)


def _previous_word(text: str, tokens: list[tuple[int, int, int]], i: int) -> str:
    """Token ``i - 1``, openers stripped, when it is on the same line as token ``i``."""
    if i == 0 or tokens[i][2] > 0:
        return ""
    return _lstrip_openers(text[tokens[i - 1][0] : tokens[i - 1][1]])


def _counts(word: str, rules: SentenceRules) -> bool:
    """A number, a Roman numeral or a multiplier (``1905``, ``1990-х``, ``XX``, ``млн``), with
    nothing after it (``105, м. Київ`` is an address, not 105 metres)."""
    if word.endswith(".") and word[:-1].lower() in rules.multipliers:  # "12,5 тыс. т."
        return True
    return (
        bool(word)
        and word[-1].isalnum()
        and (word[0].isdigit() or (word.isupper() and _is_roman(word)) or word.lower() in rules.multipliers)
    )


def _ends_sentence(
    text: str, tokens: list[tuple[int, int, int]], i: int, first: int, rules: SentenceRules
) -> bool:
    """Whether a sentence ends after token ``i`` (the next token is on the same line); the
    current sentence began at token ``first``."""
    token = text[tokens[i][0] : tokens[i][1]]
    body, kind = _end_kind(token)
    if not kind:
        if i == 0 or tokens[i][2] > 0 or not _attaches(token):
            return False
        # Closing punctuation on its own after the end mark: "« так . » Потім".
        body, kind = "", _end_kind(text[tokens[i - 1][0] : tokens[i - 1][1]])[1]
        if not kind:
            return False
    after = _next_word(text, tokens, i)
    if after.attached:
        return False
    if kind == "strong":
        return after.case != "lower" or _strong_ends_before_lower_case(token, body, after, rules)
    if kind == "ellipsis":
        return after.case == "upper"
    key = body.lower()
    previous = _previous_word(text, tokens, i)
    if previous.lower() == "т." and "." not in key:
        # Spaced two-part abbreviations: "т. ч.", "т. к." are looked up as "т.ч", "т.к".
        pair = "т." + key
        if rules.is_abbreviation(pair):
            key = pair
    abbreviation = rules.is_abbreviation(key)
    if after.case == "lower":
        return token[-1] in _DOTS and _ends_before_lower_case(body, key, abbreviation, after, rules)
    if abbreviation and (after.between or (after.bracketed and after.acronym)):
        return False  # "по альбому 2002 г. — «…»", "Bank Rt. (MFB) a": the name or phrase goes on
    if after.between == "dash" and rules.is_abbreviation(after.word) and after.word not in rules.starters:
        return False  # an editor's note: "(наступного року. — Ред.)"
    if key in rules.after_number and _counts(previous, rules):
        # A year, century or unit: "войну 1904-1905 гг. Популяции" ends, "В 1991 г. Украина" and
        # "В конце XIX в. Берлинский" do not: an opening phrase alone is no sentence.
        if after.case != "upper":
            return False
        start, end = tokens[first][0], tokens[first][1]
        opener = _lstrip_openers(text[start:end]).lower() if end - start <= 32 else ""  # bounded work
        return not (opener in rules.prepositions and i - first <= 6)
    if key in rules.never:
        return False
    if after.acronym and key in rules.before_acronym:  # "3 млн дол. США", "Гомельской обл. БССР"
        return False
    if previous.lower() in rules.ordinal_after and _is_numeric(body):  # "a 2. Orbán-kormány": an ordinal
        return False
    if len(body) == 1 and body.isupper():  # an initial: D. Trump, В. Зеленський
        return False
    if rules.ordinal_dots and body.isupper() and _is_roman(body):
        return False
    if rules.ordinal_dots and _is_numeric(body) and (after.case != "upper" or after.between == "other"):
        # "65. §", "a 4. évben": an ordinal
        return False
    if i == first and _is_numeric(body) and not rules.ordinal_dots and after.case == "upper" and after.between != "other":
        # A clause or list number before a capitalised sentence is a unit of its own ("1." / "Затвердити
        # Порядок…"), as treebank annotators mark it; it has no words, so the pipeline copies it.
        # Hungarian keeps it: "1." there is as often an ordinal ("1. helyezett", "2. Orbán-kormány").
        return True
    if i == first and (_is_numeric(body) or _is_roman(body) or (len(body) == 1 and body.isalpha())):
        return False  # a numbered-list marker kept with its item: "IV. Conclusions", "a. first"
    if after.case == "digit":
        return not (abbreviation or _is_numeric(body) or len(body) == 1 or _is_initialism(body))
    if key in rules.ambiguous or (_is_initialism(body) and not abbreviation):
        return after.word in rules.starters
    return True


def _strong_ends_before_lower_case(token: str, body: str, after: _Next, rules: SentenceRules) -> bool:
    """``?`` or ``!`` before a lower-case word: "where did you grow up? india?" ends; "“Why?” he
    asked", "«Куди?» — спитав він" (a quote or a dash ties the words after to it) and names
    with an exclamation mark ("Yahoo! and AOL", "Jó estét, Magyarország! című") do not."""
    if token[-1] not in _STRONG or after.between or not any(ch.isalpha() for ch in body):
        return False
    if body[0].isupper() and "?" not in token:
        return False
    return rules.closed_abbreviations or after.word in rules.starters


def _ends_before_lower_case(
    body: str, key: str, abbreviation: bool, after: _Next, rules: SentenceRules
) -> bool:
    """A full stop right before a lower-case word ends a sentence only after a plain word, in
    informal text ("i am not kidding. i want it"). Abbreviations, initials, ordinals ("a 4. évben")
    and a closing bracket or quote after the stop ("(Asian, etc.) equals") never do."""
    if abbreviation or after.between or _is_initialism(body):
        return False
    if rules.closed_abbreviations:
        return _is_plain_word(body, 2) or (_is_numeric(body) and len(body) > 1)
    return _is_plain_word(body, 4) and len(after.word) >= 2 and after.word in rules.starters


_CLAUSE_RANK = {";": 0, ":": 1, "—": 2, "–": 2, ",": 3}
_SPACE_RANK = 4


def clause_cut_points(text: str) -> list[int]:
    """Offsets where an over-long sentence may be cut, best first.

    First the points after ``;``, then ``:``, then ``—``/``–``, then ``,`` (each followed by
    whitespace, closing quotes allowed in between; an em dash also unspaced), then the start of
    every run of whitespace. Within a rank, the point nearest the middle comes first. Every point
    has non-whitespace text on both sides, so ``0 < p < len(text)``.
    """
    n = len(text)
    first = 0
    while first < n and text[first].isspace():
        first += 1
    last = n - 1
    while last >= 0 and text[last].isspace():
        last -= 1
    best: dict[int, int] = {}

    def add(point: int, rank: int) -> None:
        if first < point <= last and rank < best.get(point, _SPACE_RANK + 1):
            best[point] = rank

    for i, ch in enumerate(text):
        rank = _CLAUSE_RANK.get(ch)
        if rank is not None:
            j = i + 1
            while j < n and _is_closer(text[j]) and not text[j].isspace():
                j += 1
            if j < n and text[j].isspace():
                add(j, rank)
            elif ch == "—" and j == i + 1:
                add(j, rank)
        elif ch.isspace() and (i == 0 or not text[i - 1].isspace()):
            add(i, _SPACE_RANK)
    return sorted(best, key=lambda p: (best[p], abs(2 * p - n), p))
