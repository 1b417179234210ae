"""The coverage report in words: what each independent text reports of the English article.

One model for every view of :attr:`translate.types.Document.coverage`: the texts with their relation
and its evidence in words (:func:`relation_words`), for each English sentence the outlets' sentences
that report it with the evidence of each link (:func:`report_rows`, :func:`evidence_words`), each
outlet's sentences that report nothing in the English, the numbers that differ and the quotations
one side lacks. :func:`to_report` is the terminal view (``translate compare --format report``);
:mod:`translate.render.report_html` draws the same model as HTML. Sentences are numbered from 1
here, as a reader counts (the JSON's ids start at 0).
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass
from functools import lru_cache

from ..alignment import MODE_COVERAGE_MODEL
from ..alignment.relation import (
    LENGTH_RATIO_RANGE,
    MIN_ALIGNED_SHARE,
    MIN_ANCHOR_AGREEMENT,
    MIN_ONE_TO_ONE_SHARE,
)
from ..languages import key_language, language_name
from ..text.places import english_name_code, english_names, place_code
from ..text.transliteration import match_key
from ..types import (
    ENTITY_MISSING,
    NUMBER_MISMATCH,
    RELATION_COVERAGE,
    CoverageLink,
    Document,
    RelationEvidence,
    Translation,
)
from .flags import flag_label, shown_flags
from .rows import column_keys
from .text import WIDTH

__all__ = [
    "QUOTES_HEADING", "TRANSLATION_CHECKS_HEADING", "QuoteLack", "ReportRow", "coverage_keys", "evidence_words", "provided_keys", "quote_lacks", "relation_label",
    "relation_words", "report_rows", "to_report", "translation_checks",
]

_WORD = re.compile(r"[^\W\d_]+")


def provided_keys(document: Document) -> list[str]:
    """The provided texts (translations and coverage, not the tool's own), in column order."""
    return [key for key in column_keys(document) if document.translations[key].relation and not document.translations[key].back_translation_of]


def coverage_keys(document: Document) -> list[str]:
    """The independent texts (the report's outlets), in column order; their back-translations are none."""
    return [key for key in provided_keys(document) if document.translations[key].relation == RELATION_COVERAGE]


def relation_label(translation: Translation) -> str:
    """``"independent coverage (decided from the evidence)"`` and the like."""
    name = "independent coverage" if translation.relation == RELATION_COVERAGE else "translation"
    evidence = translation.relation_evidence
    if evidence is None or not evidence.overridden:
        return f"{name} (decided from the evidence)"
    measured = "translation" if evidence.score > 0 else "independent coverage"
    agrees = "the evidence agrees" if measured == name else f"the evidence alone says {measured}"
    return f"{name} (as chosen; {agrees})"


def relation_words(evidence: RelationEvidence) -> str:
    """The four measurements behind a relation, each next to what a translation has. They measure the text
    aligned as a translation would be (a test of the relation), not the coverage links: say so, or "96% pair up in order" reads as
    contradicting "linked to 2 of the 12 English sentences"."""
    low, high = LENGTH_RATIO_RANGE
    return (
        f"tested as a translation, {evidence.aligned_share:.0%} of the sentences pair up in order (a translation: {MIN_ALIGNED_SHARE:.0%} or more); "
        f"{evidence.one_to_one_share:.0%} one to one ({MIN_ONE_TO_ONE_SHARE:.0%} or more); "
        f"a name, number or place is shared in {evidence.anchor_agreement:.0%} of the pairs ({MIN_ANCHOR_AGREEMENT:.0%} or more); "
        f"{evidence.length_ratio:.2f} of the length a translation would have ({low:.2f} to {high:.2f})"
    )


@lru_cache(maxsize=1)
def _territories() -> dict[str, str]:
    try:
        from babel import Locale
    except ImportError:  # babel is a dependency; without it place codes show as codes
        return {}
    return dict(Locale.parse("en").territories)


def _place(code: str, english: str = "") -> str:
    """A place code as its English name: "city:the-hague" → The Hague, "org:kremlin" → Kremlin, "RU" → Russia;
    the name the ``english`` sentence writes when the table lists it (Zakarpattya, not Transcarpathia)."""
    if ":" in code:
        listed = english_names(code)
        written = [name for name in listed if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", english)]
        if written:
            return max(written, key=len)
        spelt = [word for word in _WORD.findall(english) if word[:1].isupper() and place_code(word, "en", True) == code]
        if spelt:
            return spelt[0]  # another spelling of a one-word name: Zakarpattya
        return listed[0] if listed else code.split(":", 1)[1].replace("-", " ").replace("_", " ").title()
    return _territories().get(code, code)


def _names(document: Document, source: int, names: tuple[str, ...]) -> list[str]:
    """Entity ids as the entity's name, English name keys as the word of the English sentence."""
    entities = {entity.id: entity.text for entity in document.entities}
    text = document.sentences[source].text if 0 <= source < len(document.sentences) else ""
    words = {match_key(word, document.source_lang): word for word in _WORD.findall(text)}
    shown: list[str] = []
    for name in names:
        display = entities.get(name) or words.get(name) or name
        if not any(display == other or display in other.split() for other in shown):
            shown.append(display)
    return [name for name in shown if not any(name != other and name in other.split() for other in shown)]


def evidence_words(document: Document, link: CoverageLink) -> str:
    """What a link rests on: ``"names Donald Trump, Vladimir Putin · numbers three hours · both quote"``."""
    evidence = link.evidence
    english = document.sentences[link.source].text if 0 <= link.source < len(document.sentences) else ""
    # A body or a named thing of the place table (the SBU, Nord Stream) is a name, not a place.
    bodies = [_place(code, english) for code in evidence.places if code.startswith(("org:", "thing:"))]
    places = [_place(code, english) for code in evidence.places if not code.startswith(("org:", "thing:"))]
    # A name that is one of the places or bodies (U.S., the glossary's IAEA) is said once, as the place or body.
    names = [name for name in _names(document, link.source, evidence.names)
             if name not in places and name not in bodies and english_name_code(name) not in evidence.places]
    names += [body for body in bodies if body not in names]
    parts = []
    for label, values in (
        ("names", names),
        ("numbers", list(evidence.numbers)),
        ("places", places),
        ("terms", list(evidence.terms)),
    ):
        if values:
            parts.append(f"{label} {', '.join(values)}")
    if evidence.quote:
        parts.append("both quote")
    if evidence.similarity is not None:
        parts.append(f"similarity of the back-translation {evidence.similarity:.2f}")
    return " · ".join(parts)


@dataclass(frozen=True)
class ReportRow:
    """One English sentence and, per outlet that reports it, the links from it (sorted by the outlet's sentence)."""

    source: int
    links: dict[str, tuple[CoverageLink, ...]]


def report_rows(document: Document) -> list[ReportRow]:
    """One row per English sentence; an outlet is in a row's ``links`` only when it reports that sentence."""
    keys = coverage_keys(document)
    rows = []
    for i in range(len(document.sentences)):
        links = {}
        for key in keys:
            found = tuple(
                sorted((link for link in document.translations[key].coverage_links if link.source == i), key=lambda link: link.target)
            )
            if found:
                links[key] = found
        rows.append(ReportRow(i, links))
    return rows


@dataclass(frozen=True)
class QuoteLack:
    """A quotation on one side that no quoting sentence of the other side is linked to: the English
    sentence's quote with those outlets (``key`` ""), or an outlet sentence's quote. The other side may
    still quote it in a sentence the aligner left unlinked, so the words say what was found, not that
    the quote is missing."""

    key: str  # "" for an English quote
    sentence: int
    quote: str
    lacking: tuple[str, ...]  # the outlets, for an English quote
    linked: bool = True  # an English sentence some outlet sentence is linked to; an outlet sentence linked to one

    def describe(self) -> str:
        """``English [5] quotes “…”; no linked sentence of ru:ria quotes it`` (plain text)."""
        if self.key and not self.linked:
            return f"{self.key} [{self.sentence + 1}] quotes “{self.quote}”; the sentence is linked to no English sentence"
        if self.key:
            return f"{self.key} [{self.sentence + 1}] quotes “{self.quote}”; no linked English sentence quotes it"
        if not self.linked:
            return f"English [{self.sentence + 1}] quotes “{self.quote}”; no sentence of any text is linked to it"
        return f"English [{self.sentence + 1}] quotes “{self.quote}”; no linked sentence of {', '.join(self.lacking)} quotes it"


QUOTES_HEADING = "Quotations with no quoting sentence linked on the other side"


def quote_lacks(document: Document) -> list[QuoteLack]:
    """The report's quote gaps, each English quote once with every outlet that lacks it."""
    if document.coverage is None:
        return []
    english: dict[tuple[int, str], list[str]] = {}
    outlet: list[QuoteLack] = []
    for gap in document.coverage.quote_gaps:
        if gap.side == "source":
            lacking = english.setdefault((gap.sentence, gap.quote), [])
            if gap.key not in lacking:
                lacking.append(gap.key)
        else:
            targets = {link.target for link in document.translations[gap.key].coverage_links}
            outlet.append(QuoteLack(gap.key, gap.sentence, gap.quote, (), gap.sentence in targets))
    linked = {link.source for key in coverage_keys(document) for link in document.translations[key].coverage_links}
    return [QuoteLack("", i, quote, tuple(keys), i in linked)
            for (i, quote), keys in sorted(english.items(), key=lambda item: item[0][0])] + outlet


def _wrap(text: str, indent: int, first: str | None = None) -> list[str]:
    """``text`` wrapped under an indent of ``indent``; ``first`` (a label) starts the first line, or
    takes a line of its own when it does not fit the indent."""
    lead = " " * indent
    if first is not None and len(first) >= indent:
        return textwrap.wrap(first, WIDTH, subsequent_indent=lead, break_on_hyphens=False) + _wrap(text, indent)
    initial = lead if first is None else first.ljust(indent)
    return textwrap.wrap(" ".join(text.split()), WIDTH, initial_indent=initial, subsequent_indent=lead,
                         break_on_hyphens=False) or [initial.rstrip()]


def _sentence(document: Document, key: str | None, sid: int) -> str:
    sentences = document.sentences if key is None else document.translations[key].sentences
    return sentences[sid].text if 0 <= sid < len(sentences) else ""


TRANSLATION_CHECKS_HEADING = "Translations: sentences the checks flag"


def translation_checks(document: Document, key: str) -> list[tuple[int, list[str]]]:
    """A translation's flagged sentences, each with its flags in words and what they found: the names of the
    source sentence the translation does not give, the source's numbers it lacks."""
    from ..checks import missing_numbers
    from ..entities import FLAGGED_LABELS

    translation = document.translations[key]
    lang = key_language(key)
    out: list[tuple[int, list[str]]] = []
    for sentence in translation.sentences:
        flags = shown_flags(sentence.flags, translation)
        if not flags:
            continue
        link = next((link for link in translation.links if sentence.id in link.target), None)
        source_ids = set(link.source) if link else set()
        target_ids = set(link.target) if link else {sentence.id}
        words = []
        for flag in flags:
            found: list[str] = []
            if flag == ENTITY_MISSING:
                found = [
                    e.text for e in document.entities
                    if e.label in FLAGGED_LABELS and any(m.sentence in source_ids for m in e.mentions.get(document.source_lang, ()))
                    and not any(m.sentence in target_ids for m in e.mentions.get(key, ()))
                ]
            elif flag == NUMBER_MISMATCH and source_ids:
                source = " ".join(document.sentences[i].text for i in sorted(source_ids) if 0 <= i < len(document.sentences))
                target = " ".join(translation.sentences[i].text for i in sorted(target_ids) if 0 <= i < len(translation.sentences))
                found = missing_numbers(source, target, lang, document.source_lang)
            label = "number missing" if flag == NUMBER_MISMATCH else flag_label(flag)
            words.append(f"{label}: {', '.join(found)}" if found else label)
        out.append((sentence.id, words))
    return out


def _translation_lines(document: Document, keys: list[str]) -> list[str]:
    lines = ["", TRANSLATION_CHECKS_HEADING]
    for key in keys:
        checks = translation_checks(document, key)
        lines += ["", f"  {key}: {len(checks) or 'none'}"]
        for sid, words in checks:
            lines += _wrap(f"{'; '.join(words)} · {_sentence(document, key, sid)}", 9, f"    [{sid + 1}]")
    return lines


def to_report(document: Document) -> str:
    """The coverage report for a terminal (lines of at most :data:`WIDTH` columns where words allow)."""
    keys = coverage_keys(document)
    provided = provided_keys(document)
    backs = {t.back_translation_of: k for k, t in document.translations.items() if t.back_translation_of}
    n = len(document.sentences)
    lines = [f"Coverage of the English article ({n} sentence{'s' if n != 1 else ''}) by {len(provided)} text{'s' if len(provided) != 1 else ''}", ""]
    lines.append("Texts")
    width = min(max([4, *(len(k) for k in provided)]), 24) + 2
    for key in provided:
        translation = document.translations[key]
        lines += _wrap(f"{language_name(key)}, {relation_label(translation)}", width + 2, f"  {key}")
        if translation.relation_evidence is not None:
            lines += _wrap(relation_words(translation.relation_evidence), width + 2)
        if translation.relation == RELATION_COVERAGE and document.coverage is not None:
            reported = sum(1 for row in document.coverage.reported_by if key in row)
            alone = len(document.coverage.unreported.get(key, ()))
            # No link is no proof of no coverage: the text may tell the story in other words than the anchors read.
            # --back-translate needs a model this machine may lack: say which, so the hint is no dead end.
            unlinked = (" (what it shares with the English, in names, numbers and news terms, is too little to"
                        " be sure of any link; read it against the English, or link by meaning with --back-translate,"
                        f" which needs the {key_language(key)}-en model: translate models pull {key_language(key)}-en)"
                        ) if reported == 0 else ""
            english = "the English sentence" if n == 1 else f"the {n} English sentences"
            lines += _wrap(
                f"linked to {reported} of {english}; its sentences linked to none: {alone} of "
                f"{len(translation.sentences)}{unlinked}", width + 2,
            )
        if key in backs:
            how = "model mode: anchors and the similarity" if translation.alignment_mode == MODE_COVERAGE_MODEL else "with"
            lines += _wrap(f"aligned in {how} of its English back-translation ({backs[key]})", width + 2)
    translations = [key for key in provided if document.translations[key].relation != RELATION_COVERAGE]
    if not keys or document.coverage is None:
        lines += ["", *textwrap.wrap("No text is independent coverage, so there is no coverage report; every text is read "
                                     "as a translation (see --format side, or --relation coverage).", WIDTH)]
        return "\n".join(lines + _translation_lines(document, translations)) + "\n"
    lines += ["", "English sentences and the texts that report them"]
    for row in report_rows(document):
        lines.append("")
        lines += _wrap(_sentence(document, None, row.source), 7, f"  [{row.source + 1}]")
        if not row.links:
            lines.append("       linked to no text (no link drawn; it may be told in other words)")
        for key, links in row.links.items():
            for link in links:
                lines += _wrap(_sentence(document, key, link.target), 9, f"       {key} [{link.target + 1}]")
                if key in backs:
                    lines += _wrap("(English) " + _sentence(document, backs[key], link.target), 9)
                lines += _wrap(f"score {link.score:.2f} · {evidence_words(document, link)}", 9)
    lines += ["", "Sentences linked to no English sentence"]
    for key in keys:
        ids = document.coverage.unreported.get(key, ())
        count = len(ids) if ids else "none"
        lines += ["", *textwrap.wrap(f"{key}: {count}", WIDTH, initial_indent="  ", subsequent_indent="    ")]
        for sid in ids:
            lines += _wrap(_sentence(document, key, sid), 9, f"    [{sid + 1}]")
    lines += ["", "Numbers that differ between linked sentences"]
    if not document.coverage.number_differences:
        lines.append("  none")
    for difference in document.coverage.number_differences:
        lines += _wrap(
            f"English [{difference.source + 1}] “{difference.source_number}” against {difference.key} "
            f"[{difference.target + 1}] “{difference.target_number}”", 4, "  -",
        )
    lines += ["", QUOTES_HEADING]
    lacks = quote_lacks(document)
    if not lacks:
        lines.append("  none")
    for lack in lacks:
        lines += _wrap(lack.describe(), 4, "  -")
    if translations:
        lines += _translation_lines(document, translations)
    return "\n".join(lines) + "\n"
