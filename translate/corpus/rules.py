"""What makes a read item a good record: the text field, valid Unicode, no clash with the output, a unique id.

Id equality: two ids are the same when they are the same JSON value. Numbers compare by value, so
``1``, ``1.0`` and ``1e0`` are one id (and so are an int64 ``1`` and a double ``1.0`` from Parquet);
strings compare exactly, character by character (no case folding, no Unicode normalisation), so
``"1"`` and ``1`` are two ids; ``true`` is not ``1``; lists and objects compare item by item (an
object's key order does not matter). CSV and TSV cells are always strings: ``1`` and ``1.0`` there
are two ids. A JSON number too long for a double (``12345678901234567890.0``) is compared as the
double it reads as.
"""

from __future__ import annotations

import decimal
import json
import math
from fractions import Fraction
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


class NotJson:
    """A ``NaN``, ``Infinity`` or ``-Infinity`` read from a JSON line (Python's json accepts them; JSON does not)."""

    def __init__(self, name: str) -> None:
        self.name = name


def not_json_path(value: Any, prefix: str = "") -> tuple[str, str] | None:
    """(field path, constant) of the first NotJson in ``value`` (``meta.scores[2]``), or None."""
    if isinstance(value, NotJson):
        return prefix, value.name
    if isinstance(value, dict):
        for key, item in value.items():
            found = not_json_path(item, f"{prefix}.{key}" if prefix else str(key))
            if found is not None:
                return found
    if isinstance(value, list):
        for index, item in enumerate(value):
            found = not_json_path(item, f"{prefix}[{index}]")
            if found is not None:
                return found
    return None


def non_finite_path(value: Any, prefix: str = "") -> str | None:
    """The field path of the first NaN or infinite float in ``value`` (from Parquet), or None."""
    if isinstance(value, float) and not math.isfinite(value):
        return prefix
    if isinstance(value, dict):
        for key, item in value.items():
            found = non_finite_path(item, f"{prefix}.{key}" if prefix else str(key))
            if found is not None:
                return found
    if isinstance(value, list | tuple):
        for index, item in enumerate(value):
            found = non_finite_path(item, f"{prefix}[{index}]")
            if found is not None:
                return found
    return None


def id_identity(value: Any) -> Any:
    """What two equal ids have in common (see the module's doc): a hashable canonical form."""
    if isinstance(value, bool) or value is None:
        return ("literal", value)
    if isinstance(value, int | float | decimal.Decimal):
        try:
            return ("number", Fraction(value))
        except (ValueError, OverflowError):  # NaN or infinity
            return ("number", repr(value))
    if isinstance(value, str):
        return ("string", value)
    if isinstance(value, dict):
        return ("object", frozenset((str(k), id_identity(v)) for k, v in value.items()))
    if isinstance(value, list | tuple):
        return ("list", tuple(id_identity(v) for v in value))
    return ("other", json.dumps(value, sort_keys=True, ensure_ascii=False, default=str))


def id_key(value: Any) -> str:
    """An id as a duplicate's reason shows it."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)


class SeenIds:
    """Ids met so far, each with where it was first seen."""

    def __init__(self) -> None:
        self.first: dict[Any, str] = {}

    def duplicate(self, value: Any, where: str) -> str | None:
        """The reason ``value`` is a duplicate id, or None (and it is remembered as seen at ``where``)."""
        first = self.first.setdefault(id_identity(value), where)
        return None if first == where else f"duplicate id {id_key(value)} (first seen at {first})"
