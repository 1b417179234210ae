"""The coverage report as HTML: golden files of the export and the page, escaping, ids from integers only."""

from __future__ import annotations

import re

import pytest
from support.coverage_documents import coverage_document
from support.documents import fixed_document
from support.golden import assert_golden
from support.markup import parse

from translate.render.html import to_html
from translate.render.page import render_document
from translate.render.report_html import COVERAGE_SCRIPT, also_note, coverage_fragment

PAYLOADS = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "' onmouseover='alert(1)", "</td></tr><svg/onload=alert(1)>"]


def test_golden_export_and_page() -> None:
    assert_golden("coverage.html", to_html(coverage_document()))
    assert_golden("coverage.page.html", coverage_fragment(coverage_document(), interactive=True) + render_document(coverage_document()))


def test_documents_without_coverage_have_no_report() -> None:
    assert coverage_fragment(fixed_document(), interactive=True) == ""
    assert 'class="coverage"' not in to_html(fixed_document())


def test_the_matrix_has_a_cell_per_english_sentence_and_outlet() -> None:
    markup = parse(coverage_fragment(coverage_document(), interactive=True))
    cells = [dict(attrs) for tag, attrs in markup.tags if tag == "button"]
    assert [c["data-cell"] for c in cells] == ["0-0", "0-1", "1-2", "0-3"]  # outlet number - English sentence id
    panels = {dict(attrs)["data-panel"]: dict(attrs) for _tag, attrs in markup.tags if "data-panel" in dict(attrs)}
    assert set(panels) == {c["data-cell"] for c in cells}
    assert all("hidden" in panel for panel in panels.values())
    assert all(c["aria-controls"] == "cov-" + c["data-cell"] and c["aria-expanded"] == "false" for c in cells)
    heads = [dict(attrs).get("lang") for tag, attrs in markup.tags if tag == "th" and dict(attrs).get("scope") == "col"]
    assert heads == [None, "ru", "uk"]  # the translation (hu) is no column of the matrix
    static = coverage_fragment(coverage_document(), interactive=False)
    assert [dict(a)["href"] for t, a in parse(static).tags if t == "a"] == ["#cov-0-0", "#cov-0-1", "#cov-1-2", "#cov-0-3"]
    assert " hidden" not in static and "<button" not in static


def test_rows_of_coverage_texts_name_their_other_sentences_and_the_outlet_only_row() -> None:
    document = coverage_document()
    assert also_note(document.translations["ru:RIA"], 0).endswith(">also reports English [4]</span>")
    assert also_note(document.translations["ru:RIA"], 1) == also_note(document.translations["hu"], 0) == ""
    page = render_document(document)
    assert page.count("also reports English [4]") == 1
    assert "linked to no English sentence (no link drawn; it may be told in other words)" in page
    assert page.count(">independent coverage</span>") == 2 and ">provided translation</span>" in page
    export = to_html(document)
    assert export.count("also reports English [4]") == 1 and "linked to no English sentence" in export


@pytest.mark.parametrize("payload", PAYLOADS)
def test_every_string_is_escaped_and_ids_are_numbers(payload: str) -> None:
    document = coverage_document(payload)
    for fragment in (coverage_fragment(document, interactive=True), to_html(document), render_document(document)):
        assert "<script" not in fragment.lower() and not re.search(r"<(img|svg)", fragment)
        assert not re.search(r"\son\w+\s*=", fragment, re.IGNORECASE)
        for _tag, attrs in parse(fragment).tags:
            for name, value in attrs:
                assert not name.startswith("on")
                if name in ("data-cell", "data-panel"):
                    assert re.fullmatch(r"[0-9]+-[0-9]+", value or "")
                if name in ("id", "aria-controls"):
                    assert re.fullmatch(r"cov-[0-9]+-[0-9]+", value or "")
                if name == "href":
                    assert re.fullmatch(r"#cov-[0-9]+-[0-9]+", value or "")


def test_the_script_reads_only_numeric_cell_ids() -> None:
    assert "/^[0-9]+-[0-9]+$/.test(id)" in COVERAGE_SCRIPT and "innerHTML" not in COVERAGE_SCRIPT


def test_the_lists_fold_on_the_page_and_stay_open_in_the_export() -> None:
    page = parse(coverage_fragment(coverage_document(), interactive=True))
    export = parse(coverage_fragment(coverage_document(), interactive=False))
    assert [dict(a).get("class") for t, a in page.tags if t == "details"] == ["cov-only-list", "cov-numbers", "cov-quotes"]
    assert all("open" not in dict(a) for t, a in page.tags if t == "details")
    assert all("open" in dict(a) for t, a in export.tags if t == "details")
    summaries = "".join(export.text)
    assert "Sentences linked to no English sentence (2)" in summaries and "Numbers that differ between linked sentences (1)" in summaries
