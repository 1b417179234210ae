"""Rendering a Document: one row, mention and escaping model for every view.

``rows`` (alignment groups), ``mentions`` (marks and colours) and ``escaping`` are shared by the
static exports (``html``, ``tmx``, ``markdown``, ``text``, ``json``) and the web page's markup
(``page``); ``report`` and ``report_html`` are the coverage report's views; ``outputs`` names the
formats and writes the files.
"""

from ..files import prepare_output_folder
from .escaping import escape_html, escape_markdown, xml_safe
from .html import to_html
from .json import to_json
from .markdown import to_markdown
from .mentions import PALETTE, entity_colour, highlight, mention_index
from .outputs import EXTENSIONS, FORMATS, render, write_outputs
from .page import render_document, render_message, render_placeholder, render_progress
from .report import to_report
from .report_html import coverage_fragment
from .rows import Group, alignment_groups, column_keys
from .text import flag_summary, to_side_by_side, to_text
from .tmx import to_tmx

__all__ = [
    "EXTENSIONS", "FORMATS", "PALETTE", "Group", "alignment_groups", "column_keys", "coverage_fragment", "entity_colour", "escape_html",
    "escape_markdown", "flag_summary", "highlight", "mention_index", "prepare_output_folder", "render", "render_document",
    "render_message", "render_placeholder", "render_progress", "to_html",
    "to_json", "to_markdown", "to_report", "to_side_by_side", "to_text", "to_tmx", "write_outputs", "xml_safe",
]
