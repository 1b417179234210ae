"""Glossaries (watch lists) of names: JSON or CSV files of English names, labels and base forms.

JSON: ``[{"text": "Kyiv", "label": "LOC", "forms": {"uk": ["Київ"], "hu": ["Kijev"]}}, …]``.
CSV: a header ``text,label,forms_uk,forms_ru,forms_hu`` with forms separated by ``|``.
Every message names the file, the line and the fix. Reading is linear in the size of the file,
and a cap on the number of entries (``max_entries``) is checked before any entry is built.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError, UsageError
from ..languages import normalize_code
from ..limits import MAX_GLOSSARY_BYTES

__all__ = [
    "GLOSSARY_LANGS",
    "LABELS",
    "MAX_NAME_CHARS",
    "GlossaryEntry",
    "TooManyEntries",
    "load_glossary",
    "parse_glossary",
]

LABELS = ("PER", "LOC", "ORG", "MISC")
GLOSSARY_LANGS = ("uk", "ru", "hu")


class TooManyEntries(InputError):
    """A glossary with more entries than the caller's cap (``count`` entries, ``cap`` allowed)."""

    def __init__(self, name: str, count: int, cap: int) -> None:
        super().__init__(f"{name}: the glossary has {count:,} entries; at most {cap:,} are accepted")
        self.count = count
        self.cap = cap


@dataclass(frozen=True)
class GlossaryEntry:
    """A name to watch for, with optional base forms per target language."""

    text: str
    label: str = "MISC"
    forms: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


def _glossary_error(name: str, line: int, what: str, fix: str) -> InputError:
    return InputError(f"{name} line {line}: {what}; {fix}")


_FIX = 'each entry needs "text" and "label" (PER, LOC, ORG or MISC), e.g. {"text": "Kyiv", "label": "LOC"}'


MAX_NAME_CHARS = 200
# An entry's keys; "id" and "mentions" are those of a JSON document's entities, which may serve as a glossary.
_ENTRY_KEYS = frozenset({"text", "label", "forms", "id", "mentions"})


def _guessed_label(text: str) -> str | None:
    """The label of a name the place table knows (a country, town or region is LOC, a body ORG, a named
    thing MISC); None for any other name."""
    from ..text.places import english_name_code, local_names

    name = " ".join(text.split())
    code = english_name_code(name)
    if code is None:
        # A city CLDR names (a time zone's: Kuala Lumpur, Lisbon) is a place too.
        return "LOC" if local_names(name, "uk") else None
    return "ORG" if code.startswith("org:") else "MISC" if code.startswith("thing:") else "LOC"


def _entry(item: Any, name: str, line: int, unlabelled: list[str] | None = None) -> GlossaryEntry:
    if not isinstance(item, dict):
        raise _glossary_error(name, line, "an entry is not an object", _FIX)
    unknown = [key for key in item if key not in _ENTRY_KEYS]
    if unknown:  # a misspelt "forms" would lose the forms without a word
        what = repr(item["text"].strip()) if isinstance(item.get("text"), str) else "an entry"
        raise _glossary_error(name, line, f"unknown key {unknown[0]!r} in {what}", "use only: text, label, forms")
    text = item.get("text")
    if not isinstance(text, str) or not text.strip():
        raise _glossary_error(name, line, 'an entry has no "text"', _FIX)
    if not any(ch.isalnum() for ch in text):
        raise _glossary_error(name, line, f"the entry {text.strip()!r} has no letter or digit", "write the name itself, e.g. \"Kyiv\"")
    if len(text) > MAX_NAME_CHARS:
        raise _glossary_error(
            name, line, f"an entry's text is {len(text):,} characters long", f"a name has at most {MAX_NAME_CHARS} characters"
        )
    # A watch list may have only its names (a CSV of one column): a name the place table knows takes its
    # kind, any other is MISC and named in a note, since a person needs PER for the surname alone ("Trump").
    label = item.get("label")
    if label is None or label == "":
        label = _guessed_label(text)
        if label is None:
            label = "MISC"
            if unlabelled is not None:
                unlabelled.append(" ".join(text.split()))
    if not isinstance(label, str) or label.strip().upper() not in LABELS:
        raise _glossary_error(
            name, line, f"label {label!r} of {text.strip()!r} is not known", f"use one of: {', '.join(LABELS)}"
        )
    raw_forms = item.get("forms") or {}
    if not isinstance(raw_forms, dict):
        raise _glossary_error(
            name, line, f'"forms" of {text.strip()!r} is not an object', 'write e.g. "forms": {"uk": ["Київ"], "hu": ["Kijev"]}'
        )
    forms: dict[str, tuple[str, ...]] = {}
    for typed, values in raw_forms.items():
        lang = normalize_code(typed) if isinstance(typed, str) else typed  # "ua" is uk, as on the command line
        if lang not in GLOSSARY_LANGS:
            raise _glossary_error(
                name, line, f"forms of {text.strip()!r} name language {typed!r}", f"use one of: {', '.join(GLOSSARY_LANGS)}"
            )
        if isinstance(values, str):
            values = [values]
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            raise _glossary_error(
                name, line, f"forms of {text.strip()!r} for {lang} are not a list of strings", f'write e.g. "{lang}": ["…", "…"]'
            )
        cleaned = tuple(v.strip() for v in values if v.strip())
        if cleaned:
            forms[lang] = forms.get(lang, ()) + cleaned
    return GlossaryEntry(" ".join(text.split()), label.strip().upper(), forms)



def _item_lines(source: str) -> list[int]:
    """The line (1-based) on which each item of a top-level JSON array starts, in one pass."""
    lines: list[int] = []
    depth, line = 0, 1
    in_string = escape = False
    expecting = False  # inside the top-level array, the next non-space character starts an item
    for ch in source:
        if ch == "\n":
            line += 1
        if in_string:
            if escape:
                escape = False
            elif ch == "\\":
                escape = True
            elif ch == '"':
                in_string = False
            continue
        if expecting and not ch.isspace():
            if ch != "]":
                lines.append(line)
            expecting = False
        if ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth == 1 and ch == "[":
                expecting = True
        elif ch in "]}":
            depth -= 1
        elif ch == "," and depth == 1:
            expecting = True
    return lines


def _check_cap(name: str, count: int, max_entries: int | None) -> None:
    if max_entries is not None and count > max_entries:
        raise TooManyEntries(name, count, max_entries)


def parse_glossary(
    text: str, name: str, fmt: str, *, max_entries: int | None = None, log: Callable[[str], None] | None = None
) -> tuple[GlossaryEntry, ...]:
    """Entries from the text of a glossary file (``fmt`` is ``"json"`` or ``"csv"``).

    With ``max_entries``, a file with more entries raises :class:`TooManyEntries` (an
    :class:`~translate.errors.InputError` that carries ``count`` and ``cap``) before any entry is checked.
    An entry without a label takes the kind the place table knows for it, else MISC; ``log`` is told
    which names got MISC so.
    """
    entries: list[GlossaryEntry] = []
    unlabelled: list[str] = []
    if fmt == "json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise _glossary_error(
                name, error.lineno, f"not valid JSON ({error.msg})", 'write a list of objects: [{"text": "…", "label": "PER"}]'
            ) from None
        if not isinstance(data, list):
            raise _glossary_error(name, 1, "the file is not a JSON list", 'write a list of objects: [{"text": "…", "label": "PER"}]')
        _check_cap(name, len(data), max_entries)
        lines = _item_lines(text)
        for index, item in enumerate(data):
            entries.append(_entry(item, name, lines[index] if index < len(lines) else 1, unlabelled))
    elif fmt == "csv":
        # Commas, or the semicolons of a spreadsheet saved where the comma is the decimal mark, or tabs (.tsv).
        header = text.split("\n", 1)[0]
        delimiter = max((",", ";", "\t"), key=header.count) if any(d in header for d in ",;\t") else ","
        reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
        columns = [c.strip() for c in (reader.fieldnames or [])]
        if "text" not in columns:
            raise _glossary_error(
                name, 1, "the header has no 'text' column", "start the file with: text,label,forms_uk,forms_ru,forms_hu"
            )
        unknown = [c for c in columns if c not in ("text", "label", *(f"forms_{lang}" for lang in GLOSSARY_LANGS))]
        if unknown:
            raise _glossary_error(
                name, 1, f"unknown column {unknown[0]!r}", "use only: text, label, forms_uk, forms_ru, forms_hu"
            )
        rows: list[tuple[int, dict[str, Any]]] = []
        for row in reader:
            rows.append((reader.line_num, row))
            if max_entries is not None and len(rows) > max_entries:
                # Count the rest without checking them, so that the message says how many there are.
                _check_cap(name, len(rows) + sum(1 for _ in reader), max_entries)
        for line, raw in rows:
            row = {(k or "").strip(): v for k, v in raw.items()}
            if None in row.values() or "" in row and row[""]:
                raise _glossary_error(name, line, "the row has a different number of fields than the header", "quote fields that contain commas")
            if not any((v or "").strip() for v in row.values()):
                continue
            forms = {
                lang: [f for f in (row.get(f"forms_{lang}") or "").split("|")]
                for lang in GLOSSARY_LANGS
                if (row.get(f"forms_{lang}") or "").strip()
            }
            entries.append(_entry({"text": row.get("text"), "label": (row.get("label") or "").strip(), "forms": forms}, name, line, unlabelled))
    else:
        raise UsageError(f"glossary format {fmt!r} is not known; choose json or csv")
    if unlabelled and log is not None:
        shown = ", ".join(unlabelled[:3]) + (f" and {len(unlabelled) - 3} more" if len(unlabelled) > 3 else "")
        log(f"notice: {name}: {shown} {'has' if len(unlabelled) == 1 else 'have'} no label and {'is' if len(unlabelled) == 1 else 'are'} "
            "taken as MISC (a thing); label a person PER, so that the surname alone is found")
    return tuple(entries)


def load_glossary(
    path: str | Path, *, max_entries: int | None = None, log: Callable[[str], None] | None = None
) -> tuple[GlossaryEntry, ...]:
    """Read a JSON or CSV glossary (by extension: ``.csv`` is CSV, anything else JSON)."""
    file = Path(path)
    name = str(path)
    if not file.is_file():
        raise InputError(f"glossary {name} does not exist or is not a file; check the --entities path")
    data = file.read_bytes()[: MAX_GLOSSARY_BYTES + 1]
    if len(data) > MAX_GLOSSARY_BYTES:
        raise InputError(f"glossary {name} is larger than 4 MiB; keep one entry per entity")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise InputError(f"{name} line {line}: not valid UTF-8; save the glossary as UTF-8") from None
    fmt = "csv" if file.suffix.lower() in (".csv", ".tsv") else "json"
    return parse_glossary(text, name, fmt, max_entries=max_entries, log=log)

