"""What makes a read item a good record: the text field, valid Unicode, no clash with the output, a unique id.

Id equality: two ids are the same when their JSON forms (keys sorted) are equal, so ``1`` and ``"1"``
differ, and so do ``1`` and ``1.0`` as written in the input.
"""

from __future__ import annotations

import json
from typing import Any

from ..limits import MAX_TEXT_CHARS
from ..text.validation import SURROGATE, escape_surrogates
from .records import RESULT_FIELD


def surrogate_path(value: Any) -> str | None:
    """The name of the first key holding a lone surrogate (in the key or below it), '' for a bare string, or None."""
    if isinstance(value, str):
        return "" if SURROGATE.search(value) else None
    if isinstance(value, dict):
        for key, item in value.items():
            if SURROGATE.search(str(key)):
                return str(key)
            if surrogate_path(item) is not None:
                return str(key)
    if isinstance(value, list):
        for item in value:
            found = surrogate_path(item)
            if found is not None:
                return found
    return None


def record_problem(fields: dict[str, Any], text_field: str) -> str | None:
    """Why these fields are not a usable record (None when they are)."""
    if text_field not in fields:
        return f"missing text field '{text_field}'"
    value = fields[text_field]
    if not isinstance(value, str):
        kind = "null" if value is None else type(value).__name__
        return f"text field '{text_field}' is not a string (it is {kind})"
    if not value.strip():
        return f"text field '{text_field}' is empty"
    if "\x00" in value:
        return f"text field '{text_field}' contains a NUL character at position {value.index(chr(0))}"
    if len(value) > MAX_TEXT_CHARS:
        return f"text field '{text_field}' has {len(value):,} characters, more than {MAX_TEXT_CHARS:,}"
    if RESULT_FIELD in fields:
        return f"the record already has a field '{RESULT_FIELD}', which the output adds; rename it"
    found = surrogate_path(fields)
    if found is not None:
        return f"field '{escape_surrogates(found)}' contains a lone surrogate (not valid Unicode)"
    return None


def id_key(value: Any) -> str:
    """The form in which two ids are compared (and shown in a duplicate's reason)."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)


class SeenIds:
    """Ids met so far, each with where it was first seen."""

    def __init__(self) -> None:
        self.first: dict[str, str] = {}

    def duplicate(self, value: Any, where: str) -> str | None:
        """The reason ``value`` is a duplicate id, or None (and it is remembered as seen at ``where``)."""
        key = id_key(value)
        first = self.first.setdefault(key, where)
        return None if first == where else f"duplicate id {key} (first seen at {first})"
