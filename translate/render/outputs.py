"""One name per output format, and the files a run writes (each atomically, through translate.files)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from ..errors import UsageError
from ..files import prepare_output_folder, write_atomic
from ..types import Document
from .html import to_html
from .json import to_json
from .markdown import to_markdown
from .report import to_report
from .text import to_side_by_side, to_text
from .tmx import to_tmx

RENDERERS: dict[str, Callable[[Document], str]] = {
    "text": to_text, "side": to_side_by_side, "json": to_json, "html": to_html, "tmx": to_tmx, "md": to_markdown,
}
FORMATS = tuple(RENDERERS)
# Views of a comparison's coverage report (``translate compare --format report``), not of every document.
REPORT_RENDERERS: dict[str, Callable[[Document], str]] = {"report": to_report}
EXTENSIONS = {"json": "json", "html": "html", "tmx": "tmx", "md": "md", "side": "side.txt", "report": "report.txt"}


def render(document: Document, fmt: str) -> str:
    """The document in one of :data:`FORMATS`, or its coverage report (:data:`REPORT_RENDERERS`)."""
    renderer = RENDERERS.get(fmt) or REPORT_RENDERERS.get(fmt)
    if renderer is None:
        raise UsageError(f"format '{fmt}' is not known; choose one of: {', '.join(FORMATS)}")
    return renderer(document)


def write_outputs(document: Document, folder: Path, stem: str, formats: Sequence[str] = ()) -> list[Path]:
    """One text file per language plus the JSON document (and any of html, tmx, md, side asked for), each atomic."""
    prepare_output_folder(folder)
    written = []
    for lang, translation in document.translations.items():
        path = folder / f"{stem}.{lang}.txt"
        write_atomic(path, translation.text)
        written.append(path)
    path = folder / f"{stem}.json"
    write_atomic(path, to_json(document))
    written.append(path)
    for fmt in formats:
        if fmt in EXTENSIONS and fmt != "json":
            path = folder / f"{stem}.{EXTENSIONS[fmt]}"
            write_atomic(path, render(document, fmt))
            written.append(path)
    return written
