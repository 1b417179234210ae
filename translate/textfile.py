"""Reading one article from a file or stdin, with a clear error for every way that can fail."""

from __future__ import annotations

import sys
from pathlib import Path

from .errors import InputError

MAX_FILE_BYTES = 8 * 1024 * 1024


def decode_text(data: bytes, name: str) -> str:
    """UTF-8 text from bytes (a BOM is dropped); binary or mis-encoded data raises InputError."""
    if b"\x00" in data:
        raise InputError(f"{name} looks like a binary file (it contains NUL bytes); give a UTF-8 text file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        convert = (
            "… | iconv -f ENCODING -t utf-8 | translate -" if name == "standard input" else f"iconv -f ENCODING -t utf-8 {name} > fixed.txt"
        )
        raise InputError(
            f"{name} is not valid UTF-8 (byte {error.start}, line {line}); convert it first: {convert} "
            "(ENCODING e.g. cp1251 for Cyrillic, latin1 or cp1252 for Western European text)"
        ) from None
    if not text.strip():
        raise InputError(f"{name} is empty; give an article with at least one sentence")
    return text


def output_stem(file: Path) -> str:
    """The name outputs are written under: the file name without its extension and without a
    language tag ('story.en.txt' -> 'story'; '2025.10.16-budapest.txt' keeps its dots)."""
    stem = file.stem.lstrip(".")
    base, _, tag = stem.rpartition(".")
    if base and tag.lower() in ("en", "uk", "ru", "hu"):
        stem = base
    return stem or "article"


def read_article(path: str) -> tuple[str, str]:
    """(text, stem for output names) from a path, or from stdin when path is '-'."""
    if path == "-":
        data = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
        name, stem = "standard input", "stdin"
    else:
        file = Path(path)
        if not file.exists():
            raise InputError(f"file {path} does not exist; check the path")
        if file.is_dir():
            raise InputError(f"{path} is a folder; give one text file (use 'translate batch' for folders)")
        try:
            with open(file, "rb") as handle:
                data = handle.read(MAX_FILE_BYTES + 1)
        except OSError as error:
            raise InputError(f"cannot read {path}: {error.strerror}") from None
        name, stem = path, output_stem(file)
    if len(data) > MAX_FILE_BYTES:
        raise InputError(
            f"{name} is larger than {MAX_FILE_BYTES // (1024 * 1024)} MiB, too long for one article; "
            "split it or use 'translate batch'"
        )
    return decode_text(data, name), stem
