"""The anchors of each sentence, as the coverage aligner compares them (:mod:`.coverage`).

A sentence's anchors are tokens: entity ids (``e:``), other names as transliteration keys (``s:``),
amounts by value with their unit (``n:``, ``n~`` rounded, ``u:`` the unit alone, ``m:`` a small bare
number), places (``t:``), news terms (``w:``, roles ``r:``), months, weekdays, dates and languages
(``k:``), international words (``c:``), quotation (``q``) and news terms both sides quote (``Q:``).
:func:`pair_facts` reads both texts and rewrites the report's name and international-word keys to
the English ones they match; :func:`fact_count` says how many facts a set of shared tokens is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..text.dates import date_days
from ..text.numbers import CONVERTED_UNITS, Quantity, amounts, unit_of
from ..text.transliteration import match_key
from .anchors import link_names, sentence_anchors
from .cldr_terms import cldr_terms, concept_name
from .cognates import cognate_key, cognate_links, long_words
from .lexicon import ROLES, term_spans, terms
from .quotes import is_statement, quoted_passages, quoted_spans

__all__ = ["PairFacts", "SentenceFacts", "fact_count", "pair_facts", "sentence_facts"]


@dataclass
class SentenceFacts:
    """The anchors of one sentence: token → what it is, as the reader should see it."""

    tokens: dict[str, tuple[str, str]]  # token -> (kind, display)
    amounts: list[Quantity]
    quoted: list[str]


def _amount_tokens(q: Quantity) -> list[str]:
    """An amount is its value with its unit (``n:3hour``), and its unit alone (``u:hour``); a small
    bare number (``m:3``, "three", "три на три") is weak evidence of its own."""
    value = f"{q.value:.6g}"
    bare = "m:" if q.value.is_integer() and 0 <= q.value <= _SMALL else "n:"  # the figure's kind without a unit
    tokens = [(bare if not q.unit else "n:") + value + q.unit]
    if q.unit == "people":  # "the death toll leapt to 115" is "115 людей"; "all 10 people" is "десять загиблих"
        tokens.append(bare + value)
    if q.unit == "°C":  # 46 °F is 7.8 °C, written "8 °C"
        tokens.append(f"n~{round(q.value)}°C")
    elif q.unit in CONVERTED_UNITS or (q.value >= 1000 and not q.year_like):
        # Rounded conversions and round figures ("1,000 miles" = "1,600 km"): two significant digits too.
        tokens.append(f"n~{float(f'{q.value:.2g}'):.6g}{q.unit}")
    if q.unit:
        tokens.append("u:" + q.unit)
    return tokens


_SMALL = 12


# Words that count without a figure ("several hours", "кількох годин", "néhány órán"): the unit still says
# what kind of amount the sentence gives.
_VAGUE = {
    "en": ("several", "few", "many", "hours", "days", "weeks", "months", "years"),
    "uk": ("кілька", "кількох", "декілька", "багато"),
    "ru": ("несколько", "нескольких", "много", "многих"),
    "hu": ("néhány", "több", "sok", "pár"),
}
_WORD = re.compile(r"[^\W\d_]+")


def _vague_units(text: str, lang: str) -> set[str]:
    words = _WORD.findall(text.lower())
    found: set[str] = set()
    quantifiers = _VAGUE.get(lang, ())
    for a, b in zip(words, words[1:], strict=False):
        if a in quantifiers:
            hit = unit_of(b)
            if hit is not None and hit[0] in ("hour", "day", "month", "year"):
                found.add("u:" + hit[0])
    return found


def sentence_facts(
    sentences: Sequence[str], lang: str, entities: Sequence[set[str]] | None = None
) -> list[SentenceFacts]:
    """The anchors of each sentence; ``entities`` (entity ids per sentence) when the caller has them.

    International words are keyed by their own spelling here (``c:`` and the cognate key); the
    aligner rewrites a report's keys to the English ones they match.
    """
    anchors = sentence_anchors(sentences, lang)
    passages = quoted_passages(sentences)
    named = _names_inside(sentences, lang)
    out: list[SentenceFacts] = []
    for index, (text, anchor) in enumerate(zip(sentences, anchors, strict=True)):
        tokens: dict[str, tuple[str, str]] = {}
        for entity in sorted(entities[index]) if entities is not None else ():
            tokens["e:" + entity] = ("names", entity)
        days = date_days(text, lang)
        found = amounts(text, lang)
        for q in found:
            for token in _amount_tokens(q):
                tokens.setdefault(token, ("numbers", text[q.start : q.end]))
        for _start, _end, month, day in days:  # a date's day is the date, one fact with its month
            tokens[f"k:date:{month}-{day}"] = ("terms", f"{concept_name(f'month:{month}')} {day}")
        for token in _vague_units(text, lang):
            tokens.setdefault(token, ("numbers", token[2:]))
        for fixed in anchor.fixed:
            if fixed.startswith("t:"):
                tokens[fixed] = ("places", fixed[2:])
        for concept in terms(text, lang):
            tokens[("r:" if concept in ROLES else "w:") + concept] = ("terms", concept)
        for concept in cldr_terms(text, lang):
            tokens["k:" + concept] = ("terms", concept_name(concept))
        covered = term_spans(text, lang)
        for position, (start, word) in enumerate(long_words(text)):
            if any(a <= start < b for a, b in covered) or cldr_terms(word, lang):
                continue  # a news term, month or weekday already (міністр in прем'єр-міністр, червня)
            # International words, not names: produktív, продуктивной; a first word too, unless the text
            # capitalises it inside a sentence as well (Росавиации … at the start is still the agency),
            # or a capitalised word follows it: a name's first word (Sergei Aksyonov, Сергей Аксенов).
            if word[:1].islower() or (position == 0 and match_key(word, lang) not in named and not _name_follows(text, start + len(word))):
                tokens.setdefault("c:" + cognate_key(word, lang), ("terms", word.lower()))
        quoted = quoted_spans(text)
        if any(is_statement(passage) for passage in (*quoted, *passages[index])):
            tokens["q"] = ("quote", "")  # something said (a one-word «Москва» is a name, not a quotation)
        for concept in terms(" / ".join(passages[index]), lang) - ROLES:
            tokens["Q:" + concept] = ("terms", concept)  # "Немає угоди, поки немає угоди" / "no deal until there's a deal"
        out.append(SentenceFacts(tokens, found, quoted))
    # Names: the capitalised words that are not places, kept as keys for link_names below.
    for facts, anchor, text in zip(out, anchors, sentences, strict=True):
        written = {match_key(word, lang): word for word in _WORD.findall(text) if word[:1].isupper()}
        for key in anchor.names:
            facts.tokens.setdefault("s:" + key, ("names", written.get(key, key)))
        if PAGE_FURNITURE.match(text):
            facts.tokens.clear()  # a photo credit or a "read also" line left in a pasted text states no fact of the story
    return out


# A line of the page, not of the article, by its label: "Photo: …", "Фото: Из открытых источников", "Читайте
# також: …", "Fotó: MTI".
PAGE_FURNITURE = re.compile(
    r"\s*(?:(?:stock |file )?photo(?:graph)?s?|pictures?|image|video|source|credit|read (?:also|more)|see also|related"
    r"|фото|відео|видео|джерело|источник|читайте(?: також| ще| также| еще| ещё)?|дивіться також|смотрите также"
    r"|fotó|fotók|kép|videó|forrás|kapcsolódó|olvassa el)\s*:", re.IGNORECASE)


def _name_follows(text: str, end: int) -> bool:
    """Whether the word after ``end`` (past spaces only) is capitalised: "Sergei| Aksyonov"."""
    rest = text[end:]
    following = rest.lstrip(" ")
    return len(following) < len(rest) and following[:1].isupper()


def _names_inside(sentences: Sequence[str], lang: str) -> set[str]:
    """Match keys of the capitalised words a text has after the first word of a sentence: its names."""
    keys: set[str] = set()
    for text in sentences:
        for _start, word in long_words(text)[1:]:
            if word[:1].isupper():
                keys.add(match_key(word, lang))
    return keys


def _link_tokens(source: list[SentenceFacts], target: list[SentenceFacts], src_lang: str, tgt_lang: str,
                 src_text: Sequence[str], tgt_text: Sequence[str]) -> None:
    """Rewrite the target's name and international-word keys to the source keys they match
    (Зеленський → zelenski, продуктивной → produktiv); unmatched ones are dropped."""
    names = link_names(sentence_anchors(src_text, src_lang), sentence_anchors(tgt_text, tgt_lang))
    src_words = {display for facts in source for token, (_k, display) in facts.tokens.items() if token.startswith("c:")}
    tgt_words = {display for facts in target for token, (_k, display) in facts.tokens.items() if token.startswith("c:")}
    cognates = cognate_links(src_words, tgt_words, src_lang, tgt_lang)
    for facts in target:
        for token in [t for t in facts.tokens if t[:2] in ("s:", "c:")]:
            kind, display = facts.tokens.pop(token)
            matched = names.get(token[2:], ()) if token[0] == "s" else cognates.get(display, ())
            for key in matched:
                facts.tokens.setdefault(token[:2] + key, (kind, key))


def _link_rounded(source: list[SentenceFacts], target: list[SentenceFacts]) -> None:
    """A report's figure that is the English one rounded, or that the English rounds, is that figure: the
    report gets the English amount's token too."""
    amounts = [(q, _amount_tokens(q)[0]) for facts in source for q in facts.amounts]
    for facts in target:
        for q in facts.amounts:
            display = facts.tokens[_amount_tokens(q)[0]][1]
            for p, token in amounts:
                if p.value != q.value and (q.rounds(p) or p.rounds(q)):
                    facts.tokens.setdefault(token, ("numbers", display))


@dataclass(frozen=True)
class PairFacts:
    """The anchors of both texts, the report's names and international words rewritten to the English
    keys they match: everything the scoring needs, independent of the parameters."""

    source: list[SentenceFacts]
    target: list[SentenceFacts]
    with_entities: bool = False  # the caller gave entity ids: they are the names, name keys only add to them
    # Each text's lead: its first sentence, past a headline, byline, dateline or outlet name left before it.
    source_lead: int = 0
    target_lead: int = 0


def pair_facts(
    source: Sequence[str],
    target: Sequence[str],
    src_lang: str,
    tgt_lang: str,
    *,
    source_entities: Sequence[set[str]] | None = None,
    target_entities: Sequence[set[str]] | None = None,
) -> PairFacts:
    src = sentence_facts(source, src_lang, source_entities)
    tgt = sentence_facts(target, tgt_lang, target_entities)
    _link_tokens(src, tgt, src_lang, tgt_lang, source, target)
    _link_rounded(src, tgt)
    return PairFacts(src, tgt, source_entities is not None and target_entities is not None, lead_index(source), lead_index(target))


_SENTENCE_END = re.compile(r"[.!?…][\"'»”’)]*$")
_LEAD_SKIP = 3  # lines before the lead a pasted article may keep: a headline, a byline, a date


def lead_index(sentences: Sequence[str]) -> int:
    """The first sentence that ends as a sentence does, among the first few (a headline, an outlet's name, a
    date or a byline ends with none): the text's lead; 0 when none of them does."""
    for index, text in enumerate(sentences[: _LEAD_SKIP + 1]):
        if _SENTENCE_END.search(text.rstrip()):
            return index
    return 0


def fact_count(shared: frozenset[str]) -> int:
    """How many facts a pair shares: each amount once (``n:3hour`` with ``u:hour`` is one, a rounded
    twin ``n~`` adds nothing to its figure), each news term, date and international word, the cities
    once (a city says where the fact happened; a country is in every sentence of its story; several
    cities shared are one list, "Donetsk, Luhansk, Kherson and Zaporizhzhia" in a quote and in a
    decree), and each news term both quote (``Q:``) once more."""
    # A year alone is the story's time, no fact of one sentence: a dateline's "2025" is in every report.
    figures = {t for t in shared if t[:2] in ("n:", "m:") and not _YEAR_TOKEN.fullmatch(t)}
    people = {t[2 : -len("people")] for t in figures if t.endswith("people")}
    figures -= {kind + value for value in people for kind in ("n:", "m:")}  # "115 people" is one figure with its bare twin
    count = len(figures)
    if not figures and any(t.startswith("n~") for t in shared):
        count += 1
    units = {t[2:] for t in shared if t.startswith("u:")}
    # A unit alone is a fact (both give a duration, a distance), but not "people": every toll counts them.
    count += sum(1 for unit in units if unit != "people" and not any(f.endswith(unit) for f in figures))
    # A date and its month are one fact ("k:date:6-6" with "k:month:6").
    dated = {"k:month:" + t.removeprefix("k:date:").partition("-")[0] for t in shared if t.startswith("k:date:")}
    count += sum(1 for t in shared if t[0] in _WORD_FACT_KINDS and t not in dated)
    count += min(1, sum(1 for t in shared if t.startswith("t:city:")))
    count += sum(1 for t in shared if t[0] == "Q")  # both quote the term: the statement is one fact more

    return count


_YEAR_TOKEN = re.compile(r"n:(?:19|20)\d\d")
_WORD_FACT_KINDS = frozenset("wkc")  # a shared quotation adds weight, not a fact: both may quote different things
