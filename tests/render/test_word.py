"""DOCX: the side-by-side table in Word, with languages, flags, omissions and entity shading."""

from __future__ import annotations

import io

import docx
from hypothesis import given, settings
from hypothesis import strategies as st
from support.documents import fixed_document

from translate.render.word import to_docx
from translate.types import Document, Link, Sentence, TargetSentence, Translation


def _table(data: bytes) -> list[list[str]]:
    table = docx.Document(io.BytesIO(data)).tables[0]
    return [[cell.text for cell in row.cells] for row in table.rows]


def test_one_row_per_alignment_group_in_the_page_s_column_order() -> None:
    rows = _table(to_docx(fixed_document()))
    assert rows[0] == ["English (en)", "Ukrainian (uk) · provided", "Ukrainian (uk-mt) · tiny/en-zle", "Hungarian (hu) · provided"]
    assert rows[1][0] == "Trump met Putin in Budapest.\nThey talked."
    assert rows[2][2] == "Ціни зросли | A&B. [number]"
    assert rows[3][1] == "Зеленського не було.\nТак. [only in this version]"
    assert rows[3][3] == "not in this version: “Zelensky was absent.”"


def test_cells_carry_their_language_and_marks_their_colour() -> None:
    xml = docx.Document(io.BytesIO(to_docx(fixed_document()))).tables[0]._tbl.xml
    assert 'w:lang w:val="uk"' in xml and 'w:lang w:val="hu"' in xml
    assert 'w:fill="8dd3c7"' in xml.lower()  # Trump, the first entity, in the page's first colour


@settings(max_examples=30, deadline=None)
@given(st.text(max_size=40))
def test_any_text_makes_a_valid_file(text: str) -> None:
    source = "Hi " + text
    doc = Document("en", source, (Sentence(0, source, 0, len(source), 0),),
                   {"uk": Translation("uk", text, (TargetSentence(0, text),), (Link((0,), (0,)),))}, "sig\x00")
    assert len(_table(to_docx(doc))) == 2
