"""One name per output format, and the files a run writes (each atomically, through translate.files)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from ..errors import UsageError
from ..files import file_name_part, prepare_output_folder, write_all_atomic
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


def text_paths(folder: Path, stem: str, keys: Iterable[str]) -> dict[str, Path]:
    """The file of each translation key: ``STEM.KEY.txt``, with ``:`` and spaces spelled so that every
    file system holds the name (``ru:Ukrainska Pravda`` -> ``STEM.ru-Ukrainska_Pravda.txt``, see
    :func:`translate.files.file_name_part`). Two keys that would share a file (also by case, as on
    Windows) are a UsageError."""
    paths: dict[str, Path] = {}
    taken: dict[str, str] = {}
    for key in keys:
        name = f"{stem}.{file_name_part(key)}.txt"
        other = taken.setdefault(name.casefold(), key)
        if other != key:
            by_case = f"{stem}.{file_name_part(other)}.txt" != name  # the names differ in case only
            raise UsageError(
                f"the texts {other} and {key} would both be written as {name}"
                f"{' (file names ignore case on Windows)' if by_case else ''}; give one of them another name"
            )
        paths[key] = folder / name
    return paths


def output_paths(folder: Path, stem: str, keys: Iterable[str], formats: Sequence[str] = ()) -> list[Path]:
    """The files :func:`write_outputs` writes for these translation keys and formats, in its order."""
    paths = list(text_paths(folder, stem, keys).values())
    paths.append(folder / f"{stem}.json")
    paths += [folder / f"{stem}.{EXTENSIONS[fmt]}" for fmt in dict.fromkeys(formats) if fmt in EXTENSIONS and fmt != "json"]
    return paths


def write_outputs(document: Document, folder: Path, stem: str, formats: Sequence[str] = ()) -> list[Path]:
    """One text file per language plus the JSON document (and any of html, tmx, md, side, report asked for):
    all rendered first, then written together, all or none (a full disk leaves no part of the set)."""
    texts = text_paths(folder, stem, document.translations)
    prepare_output_folder(folder)
    contents = [(texts[key], translation.text) for key, translation in document.translations.items()]
    contents.append((folder / f"{stem}.json", to_json(document)))
    for fmt in dict.fromkeys(formats):
        if fmt in EXTENSIONS and fmt != "json":
            contents.append((folder / f"{stem}.{EXTENSIONS[fmt]}", render(document, fmt)))
    write_all_atomic(contents)
    return [path for path, _ in contents]
