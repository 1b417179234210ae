"""How values are written out: JSON for anything, text cells for CSV, the row every tabular output gets."""

from __future__ import annotations

import base64
import datetime
import decimal
import json
from typing import Any

from .records import RESULT_FIELD, Record


def json_default(value: Any) -> Any:
    """JSON for values JSON has no type for: dates in ISO 8601, bytes as base64, decimals as their digits."""
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, decimal.Decimal):
        return str(value)
    return str(value)


def dumps(value: Any) -> str:
    """JSON as the outputs write it (UTF-8 text, no ASCII escaping)."""
    return json.dumps(value, ensure_ascii=False, default=json_default)


def csv_cell(value: Any) -> Any:
    """A value as CSV output writes it: text as is, None as an empty cell, bytes as base64, dates in ISO 8601,
    decimals as their digits, anything else (numbers, booleans, lists, dicts) as JSON."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bytes | datetime.datetime | datetime.date | datetime.time | decimal.Decimal):
        return json_default(value)
    return dumps(value)


def output_columns(columns: list[str], targets: tuple[str, ...]) -> list[str]:
    """The columns of a tabular output: the input's, the result as JSON, then one text column per language."""
    return [*columns, RESULT_FIELD, *(f"{RESULT_FIELD}_{lang}" for lang in targets)]


def tabular_row(record: Record, result: dict[str, Any], columns: list[str], typed: bool) -> dict[str, Any]:
    """One row for CSV/Parquet output: the input columns, the result as JSON, one text column per language.

    ``typed``: the values go to Parquet with the input's own schema, unchanged; else they become text (:func:`csv_cell`).
    """
    row: dict[str, Any] = {}
    for name in columns:
        value = record.fields.get(name)
        row[name] = value if typed else csv_cell(value)
    row[RESULT_FIELD] = dumps(result)
    for lang, translation in result["translations"].items():
        row[f"{RESULT_FIELD}_{lang}"] = translation["text"]
    return row
