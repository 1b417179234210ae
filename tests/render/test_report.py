"""The coverage report in words and for the terminal: golden file, evidence in words, texts without coverage."""

from __future__ import annotations

from dataclasses import replace

from support.coverage_documents import coverage_document
from support.documents import fixed_document
from support.golden import assert_golden

from translate.render import render
from translate.render.report import (
    QuoteLack,
    coverage_keys,
    evidence_words,
    provided_keys,
    quote_lacks,
    relation_label,
    relation_words,
    report_rows,
    to_report,
)
from translate.types import CoverageLink, LinkEvidence, RelationEvidence


def test_golden() -> None:
    assert_golden("coverage.report.txt", to_report(coverage_document()))
    assert render(coverage_document(), "report") == to_report(coverage_document())


def test_keys_rows_and_quotes_follow_the_document() -> None:
    document = coverage_document()
    assert provided_keys(document) == ["ru:RIA", "uk:Pravda", "hu"]
    assert coverage_keys(document) == ["ru:RIA", "uk:Pravda"]
    rows = report_rows(document)
    assert [sorted(row.links) for row in rows] == [["ru:RIA"], ["ru:RIA"], ["uk:Pravda"], ["ru:RIA"]]
    assert [link.target for link in rows[0].links["ru:RIA"]] == [0]
    lacks = quote_lacks(document)
    assert [(lack.key, lack.sentence, lack.lacking) for lack in lacks] == [("", 2, ("ru:RIA",)), ("ru:RIA", 2, ())]


def test_evidence_reads_as_names_numbers_places_and_terms() -> None:
    document = coverage_document()
    link = document.translations["ru:RIA"].coverage_links[0]
    # Entity ids become their names; an English name key becomes the word of the sentence, once.
    assert evidence_words(document, link) == "names Donald Trump, Vladimir Putin · places United States · terms talks"
    quoted = CoverageLink(2, 0, 0.5, LinkEvidence(("trump",), ("2",), ("city:moscow", "UA"), (), True))
    assert evidence_words(replace(document, entities=()), quoted) == "names Trump · numbers 2 · places Moscow, Ukraine · both quote"
    bodies = CoverageLink(2, 0, 0.5, LinkEvidence((), (), ("org:kremlin", "city:the-hague"), (), False))
    # names, never the table's codes; a body of the place table is a name, not a place
    assert evidence_words(document, bodies) == "names Kremlin · places The Hague"
    # A body the glossary names (the entity IAEA) is said once, by the table's name (org:iaea, the agency's full name).
    from translate.types import Entity

    agency = replace(document, entities=(*document.entities, Entity("E9", "ORG", "IAEA", {})))
    both = CoverageLink(2, 0, 0.5, LinkEvidence(("E9",), (), ("org:iaea", "city:the-hague"), (), False))
    assert evidence_words(agency, both) == "names International Atomic Energy Agency · places The Hague"
    # a place the table has several English names for is said as the English sentence writes it
    zakarpattya = replace(document, sentences=(replace(document.sentences[2], text="Two agents were arrested in Zakarpattya."), *document.sentences[3:]))
    region = CoverageLink(0, 0, 0.5, LinkEvidence((), (), ("region:transcarpathia",), (), False))
    assert evidence_words(zakarpattya, region) == "places Zakarpattya"


def test_relations_in_words() -> None:
    document = coverage_document()
    assert relation_label(document.translations["ru:RIA"]) == "independent coverage (decided from the evidence)"
    assert relation_label(document.translations["uk:Pravda"]) == "independent coverage (as chosen; the evidence alone says translation)"
    assert relation_label(document.translations["hu"]) == "translation (decided from the evidence)"
    assert relation_words(RelationEvidence("coverage", -1.0, 0.5, 0.25, 0.4, one_to_one_share=0.3)) == (
        "tested as a translation, 50% of the sentences pair up in order (a translation: 90% or more); 30% one to one (70% or more); "
        "a name, number or place is shared in 25% "
        "of the pairs (60% or more); 0.40 of the length a translation would have (0.80 to 1.25)"
    )


def test_a_document_without_coverage_says_so() -> None:
    out = to_report(fixed_document())  # the tool's own and provided texts without a relation: nothing to list
    assert out.startswith("Coverage of the English article (4 sentences) by 0 texts\n")
    assert "No text is independent coverage, so there is no coverage report" in out
    assert all(len(line) <= 100 for line in out.splitlines())


def test_lines_fit_a_terminal() -> None:
    long = coverage_document(payload=" and a long tail of words" * 8)
    assert all(len(line) <= 100 for line in to_report(long).splitlines())


def test_an_english_quote_no_text_is_linked_to_says_so() -> None:
    assert QuoteLack("", 4, "All these people were shot", ("uk:a", "ru:b"), linked=False).describe() == (
        "English [5] quotes “All these people were shot”; no sentence of any text is linked to it")
    assert QuoteLack("", 4, "All these people were shot", ("uk:a",)).describe() == (
        "English [5] quotes “All these people were shot”; no linked sentence of uk:a quotes it")
    # The gold document's English quote (sentence 3) has a linked RIA sentence: "no linked sentence of ru:RIA".
    assert quote_lacks(coverage_document())[0].linked


def test_a_text_linked_to_nothing_is_said_to_be_unlinked_not_silent() -> None:
    from translate.alignment import coverage_report

    document = coverage_document()
    pravda = replace(document.translations["uk:Pravda"], coverage_links=())
    unlinked = replace(document, translations={**document.translations, "uk:Pravda": pravda})
    unlinked = replace(unlinked, coverage=coverage_report(unlinked))
    out = " ".join(to_report(unlinked).split())
    assert "linked to 0 of the 4 English sentences; its sentences linked to none: 2 of 2 (what it shares with the English, in names, numbers and news terms, is too little" in out
    assert "or link by meaning with --back-translate, which needs the uk-en model: translate models pull uk-en)" in out
    assert "(no sentence of it" not in to_report(document).split("uk:Pravda")[0]  # RIA has links


def test_the_report_lists_what_the_checks_found_in_each_translation() -> None:
    from translate.compare import compare
    from translate.entities import GlossaryEntry

    glossary = [GlossaryEntry("Viktor Orbán", "PER"), GlossaryEntry("Budapest", "LOC")]
    document = compare(
        "Viktor Orbán met Donald Trump in Budapest on Friday.\nThe talks lasted three hours and 40 minutes.\n",
        {"uk": "Віктор Орбан зустрівся з Трампом у п'ятницю.\nПереговори тривали три години і 45 хвилин.\n"},
        ner=None, glossary=glossary, relation="translation",
    )
    report = to_report(document)
    assert "Translations: sentences the checks flag" in report
    assert "[1]  name missing: Budapest · Віктор Орбан" in report and "[2]  number missing: 40 · Переговори" in report
