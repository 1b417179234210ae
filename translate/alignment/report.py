"""The coverage report: what each independent text reports of the English article, and how it differs.

Built from a document whose coverage texts carry their :class:`~translate.types.CoverageLink` s:
which texts report each English sentence, which sentences of each text report nothing in the
English, the amounts that differ between linked sentences (compared after unit conversion, so
"1,000 miles" and "1,600 km" agree), and the quotations (of two words or more) one side has that the
other does not report.
"""

from __future__ import annotations

from ..languages import key_language
from ..text.numbers import Quantity, amounts
from ..types import RELATION_COVERAGE, CoverageReport, Document, NumberDifference, QuoteGap
from .quotes import statements

__all__ = ["coverage_report"]


def _dates(q: Quantity) -> bool:
    return q.unit == "" and q.value.is_integer() and 1900 <= q.value <= 2100


def number_differences(key: str, source_id: int, target_id: int, source: str, target: str, lang: str) -> list[NumberDifference]:
    """Amounts of one unit that the two sentences both give, one each, and that disagree."""
    found: list[NumberDifference] = []
    src = [q for q in amounts(source, "en") if not _dates(q)]
    tgt = [q for q in amounts(target, lang) if not _dates(q)]
    for unit in sorted({q.unit for q in src} & {q.unit for q in tgt}):
        a = [q for q in src if q.unit == unit]
        b = [q for q in tgt if q.unit == unit]
        if len(a) == 1 and len(b) == 1 and not a[0].same_as(b[0]) and not _given(a[0], tgt) and not _given(b[0], src):
            found.append(NumberDifference(key, source_id, target_id, source[a[0].start : a[0].end], target[b[0].start : b[0].end]))
    return found


def _given(q: Quantity, others: list[Quantity]) -> bool:
    """Does the other sentence give this amount too, in its unit or as a bare figure? Then the two of one
    unit are two facts ("73 people injured, 30 in hospital" against "30 ember került a kórházba";
    "30 killed, 40 missing" against "30-40 ember")."""
    return any(o.same_as(q) or ((not o.unit or not q.unit) and o.value == q.value) for o in others)


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
        for i, quotes in enumerate(source_quotes):
            if quotes and not any(s == i for s, _ in quoted_links):
                gaps.extend(QuoteGap(key, "source", i, q) for q in quotes)
        for j, quotes in enumerate(target_quotes):
            if quotes and not any(t == j for _, t in quoted_links):
                gaps.extend(QuoteGap(key, "target", j, q) for q in quotes)
    return CoverageReport(
        reported_by=tuple({key: tuple(sorted(ids)) for key, ids in row.items()} for row in reported),
        unreported=unreported,
        number_differences=tuple(differences),
        quote_gaps=tuple(gaps),
    )
