"""Markdown: golden file; no cell can break the table or form markup."""

from __future__ import annotations

import re

from support.documents import fixed_document
from support.golden import assert_golden

from translate.render.markdown import to_markdown
from translate.types import Document, Sentence


def test_golden() -> None:
    assert_golden("document.md", to_markdown(fixed_document()))


def test_markdown_escapes_pipes_and_markup() -> None:
    md = to_markdown(fixed_document())
    table = [line for line in md.splitlines() if line.startswith("|")]
    assert len(table) == 2 + 3
    for line in table:
        assert len(re.findall(r"(?<!\\)\|", line)) == 5  # 4 columns: only the column separators are bare
    assert r"5% \| A\&B said" in md
    assert "&amp;" not in md


def test_a_source_cell_cannot_form_markup() -> None:
    md = to_markdown(Document("en", "Use `a & b` or *bold* | x", (Sentence(0, "Use `a & b` or *bold* | x", 0, 25, 0),), {}, ""))
    row = md.splitlines()[2]
    assert row == r"| Use \`a \& b\` or \*bold\* \| x |"
    assert len(re.findall(r"(?<!\\)\|", row)) == 2  # one column: only its two borders are bare


def test_markdown_names_the_row_only_the_outlets_have() -> None:
    from support.coverage_documents import coverage_document

    # a report's sentences are numbered as in the report, the English too
    assert "| (linked to no English sentence) | \\[3\\] «В следующий раз в Москве», — сказал Путин. | \\[2\\] Зустріч відбулася в Анкориджі. |  |" in to_markdown(
        coverage_document()
    )


def test_markdown_names_the_other_english_sentence_an_outlet_sentence_reports() -> None:
    from support.coverage_documents import coverage_document

    assert "| \\[1\\] Путин и Трамп провели переговоры на Аляске, соглашения нет. (also reports: \\[4\\] “No deal was reached.”) |" in to_markdown(
        coverage_document()
    )


def test_an_outlets_own_sentences_in_one_cell_are_numbered_as_in_the_report() -> None:
    from support.coverage_documents import coverage_document, with_a_second_outlet_only_sentence

    document, extra = with_a_second_outlet_only_sentence(coverage_document())
    md = to_markdown(document)
    own = next(line for line in md.splitlines() if line.startswith("| (linked to no English sentence)"))
    # Escaped, the brackets show as written: [3] … [4] …
    assert f"\\[{extra.id + 1}\\] Саммит прошёл в формате «три на три»." in own and own.split(" | ")[1].startswith("\\[")
