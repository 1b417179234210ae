"""A folder of .txt/.md files in: each file is one record ``{"path": ..., "text": ...}``, sorted by path."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError
from .records import InputSpec, RawItem, Reject, excerpt

TEXT_SUFFIXES = (".txt", ".md")


def text_files(folder: Path) -> list[Path]:
    """The folder's text files at any depth, in the order of their relative paths."""
    return sorted(
        (p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES),
        key=lambda p: p.relative_to(folder).as_posix(),
    )


def read_folder(spec: InputSpec) -> Iterator[RawItem]:
    """One item per file; a file that is not UTF-8 is a Reject at the line of its first bad byte."""
    files = text_files(spec.path)
    if not files:
        raise InputError(f"folder {spec.path} has no .txt or .md files")
    total = 0
    for path in files:
        rel = path.relative_to(spec.path).as_posix()
        data = path.read_bytes()
        total += len(data)
        if total > spec.max_input_bytes:
            raise InputError(
                f"{spec.path} holds more than {spec.max_input_bytes:,} bytes (--max-input-bytes); raise the limit or split it"
            )
        if data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as error:
            line = data[: error.start].count(b"\n") + 1
            shown = excerpt(data[max(0, error.start - 40) : error.start + 40])
            yield RawItem(rel, line, reject=Reject(0, rel, line, f"invalid UTF-8 at byte {error.start}", shown))
            continue
        yield RawItem(rel, 0, {"path": rel, "text": text})
