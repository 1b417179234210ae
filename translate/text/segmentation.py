"""Paragraphs and sentences with character offsets, for English, Ukrainian, Russian and Hungarian.

One rule set for all four languages, with a table of abbreviations and sentence starters per
language. The text is never normalised: every offset points into the string as given, and the
sentences, with the whitespace between them, give back the input exactly (NUL bytes, lone
surrogates, zero-width and bidi characters, CRLF and NFD text included).

Rules, in short:

* Whitespace is what ``str.isspace`` says it is. A sentence only ends at whitespace, so dots
  inside a token (``3.5``, ``16.10.2025``, ``U.S.-made``, URLs, e-mail addresses) never end one.
* Every line break ends a sentence (line breaks are those of ``str.splitlines``: ``\\n``,
  ``\\r\\n``, ``\\r``, ``\\v``, ``\\f``, ``\\x1c``-``\\x1e``, ``\\x85``, U+2028, U+2029). A headline
  without a full stop is its own sentence, and no sentence spans two lines. This is predictable
  for news text; text hard-wrapped inside sentences is split at each line end.
* A paragraph is a run of non-blank lines; blank (whitespace-only) lines separate paragraphs.
* ``!`` or ``?`` (in any mix) ends a sentence unless the next word starts in lower case
  (``“Why?” he asked.``). An ellipsis (``…``, ``...``) ends one only before an upper-case word.
* A single full stop ends a sentence unless the next word starts in lower case (Hungarian
  ordinals: ``a 4. évben``, ``2025. október``), or the word before it is an abbreviation that
  never ends a sentence (``Mr.``, ``ім.``, ``т. зв.``, ``pl.``), an initial (``D. Trump``), a
  numbered-list marker at the start of a sentence, or (Hungarian) a Roman numeral (``XIV. Lajos``)
  or a number right after the article ``a``/``az`` (``a 2. Orbán-kormány``). Spaced two-part
  abbreviations (``т. ч.``, ``т. к.``) are looked up as one (``т.ч``). A currency abbreviation
  before an all-caps acronym (``млн дол. США``) does not end a sentence.
  Before a digit, a known abbreviation, a number or a single letter does not end a sentence.
  Ambiguous abbreviations (``U.S.``, ``Inc.``, ``р.``, ``г.``) end a sentence only when the next
  word is a common sentence starter of the language (``in the U.S. The``, not ``U.S. President``).
* Closing quotes and brackets after the final mark stay with their sentence (``«no.»``, ``.)``).

Everything runs in linear time: one regex (``\\S+``) finds the tokens, and each token is looked
at a bounded number of times.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ..languages import language
from ..types import Sentence

__all__ = ["clause_cut_points", "split_paragraphs", "split_sentences"]

_TOKEN = re.compile(r"\S+")
_LINE_BREAK = re.compile("\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")

_STRONG = frozenset("!?‼⁇⁈⁉‽！？。")
_DOTS = frozenset(".．")
_ELLIPSIS = "…"
_TERMINATORS = _STRONG | _DOTS | {_ELLIPSIS}
_ROMAN = frozenset("IVXLCDM")


@dataclass(frozen=True)
class _Rules:
    never: frozenset[str]  # abbreviations that never end a sentence (lower-cased, no final dot)
    maybe: frozenset[str]  # end a sentence only before a common sentence starter
    known: frozenset[str]  # other abbreviations: end before upper case, not before a digit
    starters: frozenset[str]  # common first words of a sentence (lower-cased)
    roman_ordinals: bool = False  # "XIV. Lajos": a Roman numeral with a dot is an ordinal
    currencies: frozenset[str] = frozenset()  # "дол. США": no end before an all-caps acronym
    articles: frozenset[str] = frozenset()  # "a 2. Orbán-kormány": a number after these is an ordinal


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_RULES: dict[str, _Rules] = {
    "en": _Rules(
        never=_words(
            "mr mrs ms messrs dr prof st gen sen rep gov lt col capt sgt maj adm cmdr rev hon pres "
            "supt mt ft e.g i.e vs cf viz approx ca fig figs nos nr pp p art vol sec ch"
        ),
        maybe=_words("inc corp ltd co jr sr bros llc plc a.m p.m"),
        known=_words(
            "etc al no est dept ave blvd rd jan feb mar apr jun jul aug sep sept oct nov dec "
            "mon tue tues wed thu thur thurs fri sat sun"
        ),
        starters=_words(
            "the a an he she it they we i you this that these those there here but and or so yet "
            "in on at as after before when while if his her its their our my your meanwhile however "
            "still since for with what why how who where which some many most one all no not both "
            "each then now today yesterday also although though because by from to of under during "
            "despite according instead such other more several two three only even just later earlier"
        ),
    ),
    "uk": _Rules(
        never=_words(
            "ім вул просп пл пров бульв акад проф доц д-р ген св т т.зв зв т.я т.ч напр див "
            "ун-т нац держ п-т пос смт"
        ),
        maybe=_words("р рр ст м с обл р-н"),
        known=_words("д ін п пп рис т.д т.п т.ін млн млрд тис грн дол коп км кг год хв стор ч н.е"),
        starters=_words(
            "а але в у вже він вона воно вони ви ми я ти це цей ця ці цього того тому там тоді тут "
            "так також та і й із з зі за на до по від для при після через під над між як коли якщо "
            "хоча проте однак втім утім крім окрім тож отже що хто де чому його її їх наразі зараз "
            "відтоді потім далі раніше пізніше згодом нині сьогодні вчора завтра водночас натомість "
            "зокрема наприклад саме ще лише тільки не ні усі всі кожен багато деякі один одна чи "
            "щоб бо адже ось щодо серед понад близько"
        ),
        currencies=_words("дол долл"),
    ),
    "ru": _Rules(
        never=_words(
            "им ул пер просп пл бул акад проф доц ген св т т.е т.н т.к т.ч е н напр см ср тов гр ун-т пос пгт"
        ),
        maybe=_words("г гг в вв обл р-н р с"),
        known=_words("д др пр п пп ст гл рис т.д т.п млн млрд тыс руб долл коп км кг мин стр ч н.э"),
        starters=_words(
            "а но и в во на с со по к из за до от для при после через под над между он она оно они "
            "мы вы я ты это этот эта эти этого того тогда там тут так также тоже как когда если "
            "хотя однако впрочем кроме поэтому итак что кто где почему его ее её их сейчас теперь "
            "сегодня вчера завтра далее ранее позже затем потом например именно еще ещё лишь только "
            "не ни все всё каждый многие некоторые один одна ли чтобы ведь вот уже впервые среди "
            "около более свыше"
        ),
        currencies=_words("долл дол"),
    ),
    "hu": _Rules(
        never=_words("dr ifj id özv prof pl kb ill ún vö ld szt sz u krt tel"),
        maybe=_words(""),
        known=_words(
            "stb ford kft zrt nyrt bt o old évf jan febr márc ápr máj jún júl aug szept okt nov dec ker mrd"
        ),
        starters=_words(
            "a az egy ez ezt azt ezzel ezért azért de és is ha hogy amikor miután mielőtt most ma "
            "tegnap holnap akkor azonban viszont továbbá emellett ugyanakkor közben majd később "
            "korábban így tehát pedig mert mivel bár ő ők mi ti én te nem sem már még csak minden "
            "sok néhány több ki mit miért hol hogyan mikor szerinte erről arról ebben abban itt ott"
        ),
        roman_ordinals=True,
        articles=_words("a az"),
    ),
}


def _tokens(text: str) -> list[tuple[int, int, int]]:
    """(start, end, line breaks in the whitespace before it) for each run of non-whitespace."""
    out: list[tuple[int, int, int]] = []
    prev_end = 0
    for m in _TOKEN.finditer(text):
        start, end = m.span()
        breaks = len(_LINE_BREAK.findall(text, prev_end, start)) if start > prev_end else 0
        out.append((start, end, breaks))
        prev_end = end
    return out


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
    rules = _RULES[language(lang).code]
    tokens = _tokens(text)
    sentences: list[Sentence] = []
    paragraph = 0
    first = 0  # index of the first token of the current sentence
    for i in range(1, len(tokens)):
        breaks = tokens[i][2]
        if breaks >= 1 or _ends_sentence(text, tokens, i - 1, i - 1 == first, rules):
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
    return any(ch.isdigit() for ch in word) and all(ch.isdigit() or ch in ".,:/-" for ch in word)


def _is_roman(word: str) -> bool:
    return 0 < len(word) <= 8 and all(ch in _ROMAN for ch in word.upper())


def _is_initialism(word: str) -> bool:
    """``U.S``, ``J.R.R``, ``a.m``: letters in groups of one or two, joined by dots."""
    parts = word.split(".")
    return len(parts) >= 2 and all(0 < len(p) <= 2 and p.isalpha() for p in parts)


def _next_word(text: str, tokens: list[tuple[int, int, int]], i: int) -> tuple[str, str, bool]:
    """(case class, lower-cased leading word, whether it is an all-caps acronym) of what follows
    token ``i`` on its line.

    The case class is "upper", "lower", "digit" or "other". A token of punctuation alone (a dash
    before the speaker in ``«Куда?» — спросил он.``) is skipped, once.
    """
    for j in (i + 1, i + 2):
        if j >= len(tokens) or tokens[j][2] > 0:
            break
        rest = _lstrip_openers(text[tokens[j][0] : tokens[j][1]])
        if not rest:
            continue
        ch = rest[0]
        k = 0
        while k < len(rest) and rest[k].isalpha():
            k += 1
        word = rest[:k]
        acronym = k >= 2 and word.isupper()
        word = word.lower()
        if ch.isupper() or ch.istitle():
            return "upper", word, acronym
        if ch.islower():
            # "iPhone", "eBay": a capital letter second is still a capitalised name.
            return ("upper" if len(rest) > 1 and rest[1].isupper() else "lower"), word, acronym
        if ch.isdigit():
            return "digit", word, False
        return "other", word, False
    return "other", "", False


def _previous_word(text: str, tokens: list[tuple[int, int, int]], i: int) -> str:
    """Token ``i - 1`` lower-cased, openers stripped, when it is on the same line as token ``i``."""
    if i == 0 or tokens[i][2] > 0:
        return ""
    return _lstrip_openers(text[tokens[i - 1][0] : tokens[i - 1][1]]).lower()


def _ends_sentence(
    text: str, tokens: list[tuple[int, int, int]], i: int, first_in_sentence: bool, rules: _Rules
) -> bool:
    """Whether a sentence ends after token ``i`` (the next token is on the same line)."""
    body, kind = _end_kind(text[tokens[i][0] : tokens[i][1]])
    if not kind:
        return False
    case, next_word, acronym = _next_word(text, tokens, i)
    if kind == "strong":
        return case != "lower"
    if kind == "ellipsis":
        return case == "upper"
    if case == "lower":
        return False
    key = body.lower()
    previous = _previous_word(text, tokens, i)
    if previous == "т." and "." not in key:
        # Spaced two-part abbreviations: "т. ч.", "т. к." are looked up as "т.ч", "т.к".
        pair = "т." + key
        if pair in rules.never or pair in rules.maybe or pair in rules.known:
            key = pair
    if key in rules.never:
        return False
    if acronym and key in rules.currencies:  # "3 млн дол. США"
        return False
    if previous in rules.articles and _is_numeric(body):  # "a 2. Orbán-kormány": an ordinal
        return False
    if len(body) == 1 and body.isupper():  # an initial: D. Trump, В. Зеленський
        return False
    if rules.roman_ordinals and body.isupper() and _is_roman(body):
        return False
    if first_in_sentence and (_is_numeric(body) or _is_roman(body) or (len(body) == 1 and body.isalpha())):
        return False  # a numbered-list marker: "1. Introduction"
    if case == "digit":
        known = key in rules.maybe or key in rules.known
        return not (known or _is_numeric(body) or len(body) == 1 or _is_initialism(body))
    if key in rules.known:
        return True
    if key in rules.maybe or _is_initialism(body):
        return next_word in rules.starters
    return True


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
