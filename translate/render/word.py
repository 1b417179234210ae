"""DOCX: the side-by-side table as a Word document (python-docx, imported only when used).

Landscape A4, one column per version in the page's order, one row per alignment group; entity
mentions shaded in their page colour, flags after their sentence in brackets, omissions and
additions written out, every cell's text tagged with its language (spelling checks stay right).
"""

from __future__ import annotations

import io
from typing import Any

from ..errors import EngineNotAvailableError
from ..languages import key_language, language_name
from ..types import Document
from .escaping import INVISIBLE, control_name, xml_safe
from .flags import flag_label, pivot_note, shown_flags
from .mentions import entity_colour, mention_index
from .rows import NOT_IN_VERSION, ONLY_IN_VERSION, alignment_groups, column_keys, document_title, excerpt


def _docx() -> Any:
    try:
        import docx
    except ImportError:
        raise EngineNotAvailableError(
            "the DOCX export needs python-docx; install it with: pip install 'newsalign-translate[web]'"
        ) from None
    return docx


def _shade(run: Any, colour: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), colour.lstrip("#"))
    run._r.get_or_add_rPr().append(shading)


def _language(paragraph: Any, lang: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for run in paragraph.runs:
        tag = OxmlElement("w:lang")
        tag.set(qn("w:val"), lang)
        run._r.get_or_add_rPr().append(tag)


def _visible(text: str) -> str:
    """Document text for Word: forbidden characters dropped, invisible controls written as their code."""
    return INVISIBLE.sub(lambda m: f"[{control_name(m.group()).split(' ', 1)[0]}]", xml_safe(text))


def _sentence(paragraph: Any, text: str, spans: Any) -> None:
    cursor = 0
    for start, end, number in spans:
        if not 0 <= start < end <= len(text) or start < cursor:
            continue
        paragraph.add_run(_visible(text[cursor:start]))
        run = paragraph.add_run(_visible(text[start:end]))
        colour = entity_colour(number)
        _shade(run, colour if colour.startswith("#") else "FFF2CC")
        cursor = end
    paragraph.add_run(_visible(text[cursor:]))


def to_docx(document: Document) -> bytes:
    """The DOCX file's bytes."""
    docx = _docx()
    from docx.enum.section import WD_ORIENT
    from docx.shared import Pt, RGBColor

    word = docx.Document()
    section = word.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    word.styles["Normal"].font.size = Pt(9.5)
    word.add_heading(_visible(document_title(document)), level=1)
    keys = column_keys(document)
    mentions = mention_index(document)
    table = word.add_table(rows=1, cols=1 + len(keys))
    table.style = "Table Grid"
    header = [f"{language_name(document.source_lang)} ({document.source_lang})"]
    for key in keys:
        translation = document.translations[key]
        note = f" · {pivot_note(translation)}" if pivot_note(translation) else ""
        header.append(f"{language_name(key)} ({key}) · {translation.model or translation.origin}{note}")
    for cell, title in zip(table.rows[0].cells, header, strict=True):
        cell.text = xml_safe(title)
        for run in cell.paragraphs[0].runs:
            run.bold = True
    for group in alignment_groups(document, keys):
        cells = table.add_row().cells
        first = True
        for sid in group.source:
            paragraph = cells[0].paragraphs[0] if first else cells[0].add_paragraph()
            first = False
            _sentence(paragraph, document.sentences[sid].text, mentions.get((document.source_lang, sid), ()))
            _language(paragraph, document.source_lang)
        for column, key in enumerate(keys, 1):
            translation = document.translations[key]
            sentences = translation.sentences
            first = True
            for tid in group.targets[key]:
                paragraph = cells[column].paragraphs[0] if first else cells[column].add_paragraph()
                first = False
                _sentence(paragraph, sentences[tid].text, mentions.get((key, tid), ()))
                _language(paragraph, key_language(key))
                if tid in group.added[key]:
                    paragraph.add_run(f" [{ONLY_IN_VERSION}]").italic = True
                for flag in shown_flags(sentences[tid].flags, translation):
                    paragraph.add_run(f" [{flag_label(flag)}]").font.color.rgb = RGBColor(0x6B, 0x45, 0x00)
            for sid in group.omitted[key]:
                paragraph = cells[column].paragraphs[0] if first else cells[column].add_paragraph()
                first = False
                run = paragraph.add_run(f"{NOT_IN_VERSION}: “{_visible(excerpt(document.sentences[sid].text))}”")
                run.italic = True
                run.font.color.rgb = RGBColor(0x9B, 0x1C, 0x1C)
    if document.signature:
        word.add_paragraph(xml_safe(document.signature)).runs[0].font.size = Pt(7.5)
    out = io.BytesIO()
    word.save(out)
    return out.getvalue()
