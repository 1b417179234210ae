"""What visitors upload: articles, glossaries and saved documents, each read with bounded work.

Size first (from the file system, before anything is read), then the encoding (UTF-16 is named
as such), then, for a glossary, its number of entries, counted by the standard library's linear
readers before the glossary parser runs.
"""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path
from typing import Any

from ..decoding import decode_text, looks_like_utf16
from ..errors import InputError


def read_upload(path: str | os.PathLike[str], what: str, limit: int) -> str:
    """Text of an uploaded file (the temporary path Gradio gives), checked for size and encoding."""
    file = Path(path)
    size = file.stat().st_size
    if size > limit:
        raise InputError(f"{what} is {size / 1024:,.0f} KiB; uploads may be at most {limit // 1024:,} KiB")
    with open(file, "rb") as handle:
        data = handle.read(limit + 1)
    if looks_like_utf16(data):
        raise InputError(f"{what} is not UTF-8 (it looks like UTF-16); save it as UTF-8 and upload it again")
    return decode_text(data, what)


def read_glossary(path: str, *, max_bytes: int, max_entries: int) -> tuple[Any, ...]:
    """Glossary entries from an uploaded .json or .csv file (see translate.entities), within both caps."""
    from ..entities import parse_glossary

    name = Path(path).name
    size = Path(path).stat().st_size
    if size > max_bytes:
        raise InputError(
            f"the glossary {name} is {size / 1024:,.0f} KiB; a glossary on this page may be at most "
            f"{max_bytes // 1024:,} KiB ({max_entries:,} names) — use the CLI for larger watch lists"
        )
    text = read_upload(path, "the glossary", max_bytes)
    fmt = "csv" if name.lower().endswith(".csv") else "json"
    count = count_entries(text, fmt)
    if count is not None and count > max_entries:
        raise InputError(
            f"the glossary has {count:,} entries; the page takes at most {max_entries:,} — use the CLI for larger watch lists"
        )
    try:
        return parse_glossary(text, name, fmt)
    except RecursionError:
        raise InputError(
            f"{name}: the glossary is nested too deeply to read; "
            'write a flat list of objects: [{"text": "…", "label": "PER"}]'
        ) from None
    except csv.Error as error:
        raise InputError(f"{name}: the glossary is not a readable CSV file ({error}); check its quotes and fields") from None


def count_entries(text: str, fmt: str) -> int | None:
    """The number of entries of a glossary, by a linear read; None when the parser must explain the file."""
    if fmt == "json":
        try:
            data = json.loads(text)
        except (ValueError, RecursionError):
            return None
        return len(data) if isinstance(data, list) else None
    try:
        rows = csv.reader(io.StringIO(text))
        next(rows, None)  # the header
        return sum(1 for row in rows if any(field.strip() for field in row))
    except csv.Error:
        return None
