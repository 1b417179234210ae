"""The coverage report: what each independent text reports of the English article, and how it differs.

Built from a document whose coverage texts carry their :class:`~translate.types.CoverageLink` s:
which texts report each English sentence, which sentences of each text report nothing in the
English, the amounts that differ between linked sentences (compared after unit conversion, so
"1,000 miles" and "1,600 km" agree), and the quotations (of two words or more) one side has that the
other does not report.
"""

from __future__ import annotations

import re

from ..languages import key_language
from ..text.dates import date_phrases, month_years
from ..text.numbers import CURRENCIES, Quantity, amounts
from ..types import RELATION_COVERAGE, CoverageReport, Document, NumberDifference, QuoteGap
from .lexicon import term_matches
from .quotes import statements

__all__ = ["coverage_report"]


def _dates(q: Quantity, text: str, lang: str) -> bool:
    """A bare whole number of 1900-2100 is a year, unless a news term follows it at once ("2000 солдат",
    "2000 soldiers": a count)."""
    if not q.year_like:
        return False
    follows = q.end + 1 if text[q.end : q.end + 1].isspace() else q.end  # the next word, one space on
    return not any(start == follows for _c, start, _e in term_matches(text, lang))


def number_differences(key: str, source_id: int, target_id: int, source: str, target: str, lang: str) -> list[NumberDifference]:
    """Amounts of one kind that the two sentences give for the same thing and that disagree.

    Two amounts are for the same thing when they are the only ones of their unit (or both money, in
    any currency) on each side, or when each is the only one of its kind on its side that counts the same
    news term ("17 killed, 36 wounded" against "39 погибших": the killed). Two amounts that count
    different terms ("17 killed" against "36 wounded") are never compared."""
    found: list[NumberDifference] = []
    src_amounts, tgt_amounts = amounts(source, "en"), amounts(target, lang)
    src = _counted([q for q in src_amounts if not _dates(q, source, "en")], source, "en")
    tgt = _counted([q for q in tgt_amounts if not _dates(q, target, lang)], target, lang)
    for kind in sorted({_kind(q) for q, _t, _n in src} & {_kind(q) for q, _t, _n in tgt}):
        a = [item for item in src if _kind(item[0]) == kind]
        b = [item for item in tgt if _kind(item[0]) == kind]
        for x, y in _same_things(a, b):
            if not x.same_as(y) and not _given(x, [q for q, _t, _n in tgt]) and not _given(y, [q for q, _t, _n in src]):
                found.append(NumberDifference(key, source_id, target_id, source[x.start : x.end], target[y.start : y.end]))
    # A date is no amount, but two linked sentences that give one date each give it for the same thing:
    # "set for December 8" against "назначен на 15 декабря"; a year differs only where both give one
    # ("6 February 1952" against "06.02.1953", not against "6 лютого").
    src_dates, tgt_dates = date_phrases(source, "en"), date_phrases(target, lang)
    if len(src_dates) == 1 and len(tgt_dates) == 1 and _other_date(src_dates[0][2:], tgt_dates[0][2:]):
        (a_start, a_end, *_a), (b_start, b_end, *_b) = src_dates[0], tgt_dates[0]
        found.append(NumberDifference(key, source_id, target_id, source[a_start:a_end].rstrip("."), target[b_start:b_end].rstrip(".")))
    # So are two years, one on each side, where neither gives a date with its day ("in 2014", "в 2015 году"),
    # and two months of a year ("activated in September 2024", "активирован в сентябре 2023 года").
    src_years = [q for q in src_amounts if _dates(q, source, "en")]
    tgt_years = [q for q in tgt_amounts if _dates(q, target, lang)]
    src_months, tgt_months = month_years(source, "en"), month_years(target, lang)
    if len(src_years) == 1 and len(tgt_years) == 1 and not src_dates and not tgt_dates and src_years[0].value != tgt_years[0].value:
        (x,), (y,) = src_years, tgt_years
        found.append(NumberDifference(key, source_id, target_id, source[x.start : x.end], target[y.start : y.end]))
    elif len(src_months) == 1 and len(tgt_months) == 1 and src_months[0][2:] != tgt_months[0][2:]:
        (a_start, a_end, *_a), (b_start, b_end, *_b) = src_months[0], tgt_months[0]
        found.append(NumberDifference(key, source_id, target_id, source[a_start:a_end], target[b_start:b_end]))
    return found


def _other_date(a: tuple[int, int, int | None], b: tuple[int, int, int | None]) -> bool:
    """Month, day and year (or None): another day, or another year where both give a year."""
    return a[:2] != b[:2] or (a[2] is not None and b[2] is not None and a[2] != b[2])


def _kind(q: Quantity) -> str:
    """Money in any currency is one kind; so are a bare count and a count of people ("39", "39 людей")."""
    return "money" if q.unit in CURRENCIES else "count" if q.unit in ("", "people") else q.unit


def _same_things(a: list[_Counted], b: list[_Counted]) -> list[tuple[Quantity, Quantity]]:
    if len(a) == 1 and len(b) == 1:
        (x, x_term, x_near), (y, y_term, y_near) = a[0], b[0]
        if x_term and y_term:
            # The nearest terms, or any two near ("3,000 soldiers were killed", "погибли 2000 солдат").
            return [(x, y)] if x_term == y_term or x_near & y_near else []
        if (x_term or y_term) and _kind(x) == "count":
            return []  # "30 were hospitalized" and "két hullámban" (in two waves): a count of something against a bare figure
        return [(x, y)] if x.unit == y.unit or _kind(x) == "money" else []
    pairs = []
    for term in sorted({t for _, t, _n in a if t} & {t for _, t, _n in b if t}):
        xs = [q for q, t, _n in a if t == term]
        ys = [q for q, t, _n in b if t == term]
        if len(xs) == 1 and len(ys) == 1:
            pairs.append((xs[0], ys[0]))
    return pairs


# How far (characters between them) a news term may stand from the amount that counts it: "17 killed",
# "погибли 17 человек", "a halálos áldozatok száma 39".
_COUNTED_WITHIN = 24
# Terms that qualify an amount rather than name what it counts ("at least 39", "the number rose to 41").
_NOT_COUNTED = frozenset({
    "amount", "approximately", "at-least", "average", "decrease", "dozens", "estimate", "exact", "half", "hundreds",
    "in-total", "increase", "majority", "number", "part", "partial", "period", "record",
})


# A clause boundary between an amount and a term: the term belongs to the other clause ("one was killed
# and five were injured": the five are the injured; "погиб 1 человек, пострадали 7").
_CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:and|but|while|і|й|та|а|и|но|és|de|míg)\b", re.IGNORECASE)

# An amount, the news term nearest to it, and every term near it.
_Counted = tuple[Quantity, "str | None", frozenset[str]]


def _counted(quantities: list[Quantity], text: str, lang: str) -> list[_Counted]:
    """Each amount with the news term nearest to it (None when none is near, or another amount stands
    between them), and all the terms near it so."""
    matches = [m for m in term_matches(text, lang) if m[0] not in _NOT_COUNTED]
    out: list[_Counted] = []
    for q in quantities:
        best: tuple[int, str] | None = None
        near: set[str] = set()
        for concept, start, end in matches:
            gap = start - q.end if start >= q.end else q.start - end if end <= q.start else 0
            low, high = (q.end, start) if start >= q.end else (end, q.start)
            if gap <= _COUNTED_WITHIN and not any(o is not q and low <= o.start < high for o in quantities) and not _CLAUSE_BREAK.search(text, low, high):
                near.add(concept)
                if best is None or gap < best[0]:
                    best = (gap, concept)
        out.append((q, best[1] if best else None, frozenset(near)))
    return out


def _given(q: Quantity, others: list[Quantity]) -> bool:
    """Does the other sentence give this amount too, in its unit or as a bare figure? Then the two of one
    unit are two facts ("73 people injured, 30 in hospital" against "30 ember került a kórházba";
    "30 killed, 40 missing" against "30-40 ember")."""
    return any(o.same_as(q) or ((not o.unit or not q.unit) and o.value == q.value) for o in others)


# What may stand around a quotation at a sentence's edge: marks, dashes, the final stop.
_EDGE = " \"'«»“”„‟‘’‚‹›—–-.,;:!?…"
_CLOSING_MARKS = frozenset("»”\"’›")
_OPENING_MARKS = frozenset("«“„\"‘‹")


def _one_per_quotation(gaps: list[QuoteGap], sentences: list[str]) -> list[QuoteGap]:
    """Gaps of one side, a quotation that runs on over several sentences listed once, at its first
    sentence: its part that ends one sentence and the part that begins the next are one quotation."""
    out: list[QuoteGap] = []
    reaches = -1  # the sentence the last listed quotation runs on to
    for gap in gaps:
        last = out[-1] if out else None
        if (
            last is not None and reaches == gap.sentence - 1
            # still open at the end of one sentence (no closing mark), going on at the start of the next (no opening one)
            and sentences[reaches].rstrip(" .!?…")[-1:] not in _CLOSING_MARKS
            and sentences[gap.sentence].lstrip()[:1] not in _OPENING_MARKS
            and sentences[reaches].rstrip(_EDGE).endswith(last.quote.rsplit(" ", 1)[-1].rstrip(_EDGE))
            and sentences[gap.sentence].lstrip(_EDGE).startswith(gap.quote.lstrip(_EDGE)[:20])
        ):
            out[-1] = QuoteGap(last.key, last.side, last.sentence, f"{last.quote} {gap.quote}")
        else:
            out.append(gap)
        reaches = gap.sentence
    return out


def coverage_report(document: Document) -> CoverageReport | None:
    """The report over the document's coverage texts (None when it has none)."""
    keys = [key for key, t in document.translations.items() if t.relation == RELATION_COVERAGE and not t.back_translation_of]
    if not keys:
        return None
    reported: list[dict[str, list[int]]] = [{} for _ in document.sentences]
    unreported: dict[str, tuple[int, ...]] = {}
    differences: list[NumberDifference] = []
    gaps: list[QuoteGap] = []
    source_quotes = statements([s.text for s in document.sentences])
    for key in keys:
        translation = document.translations[key]
        lang = key_language(key)
        target_quotes = statements([s.text for s in translation.sentences])
        linked_targets: set[int] = set()
        quoted_links: set[tuple[int, int]] = set()
        for link in translation.coverage_links:
            reported[link.source].setdefault(key, []).append(link.target)
            linked_targets.add(link.target)
            differences.extend(
                number_differences(key, link.source, link.target, document.sentences[link.source].text,
                                   translation.sentences[link.target].text, lang)
            )
            if source_quotes[link.source] and target_quotes[link.target]:
                quoted_links.add((link.source, link.target))
        unreported[key] = tuple(j for j in range(len(translation.sentences)) if j not in linked_targets)
        source_gaps = [QuoteGap(key, "source", i, q) for i, quotes in enumerate(source_quotes)
                       if quotes and not any(s == i for s, _ in quoted_links) for q in quotes]
        target_gaps = [QuoteGap(key, "target", j, q) for j, quotes in enumerate(target_quotes)
                       if quotes and not any(t == j for _, t in quoted_links) for q in quotes]
        gaps += _one_per_quotation(source_gaps, [s.text for s in document.sentences])
        gaps += _one_per_quotation(target_gaps, [s.text for s in translation.sentences])
    return CoverageReport(
        reported_by=tuple({key: tuple(sorted(ids)) for key, ids in row.items()} for row in reported),
        unreported=unreported,
        number_differences=tuple(differences),
        quote_gaps=tuple(gaps),
    )
