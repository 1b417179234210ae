"""Output values: JSON for anything, text cells for CSV, the tabular row."""

from __future__ import annotations

import datetime
import decimal

from translate.corpus import Record, csv_cell, dumps, output_columns, tabular_row


def test_values() -> None:
    assert dumps({"a": "é", "d": datetime.date(2025, 10, 16), "b": b"hi", "x": decimal.Decimal("1.50")}) == (
        '{"a": "é", "d": "2025-10-16", "b": "aGk=", "x": "1.50"}'
    )
    assert [csv_cell(v) for v in (None, "t", 1, True, [1], b"hi", decimal.Decimal("2.0"))] == [None, "t", "1", "true", "[1]", "aGk=", "2.0"]


def test_tabular_row() -> None:
    record = Record(0, "c.csv", 2, {"id": 7, "text": "A."}, "A.")
    result = {"translations": {"uk": {"text": "А."}}, "flagged": False}
    assert output_columns(["id", "text"], ("uk",)) == ["id", "text", "translation", "translation_uk"]
    assert tabular_row(record, result, ["id", "text"], typed=False) == {
        "id": "7", "text": "A.", "translation": dumps(result), "translation_uk": "А.",
    }
    assert tabular_row(record, result, ["id"], typed=True)["id"] == 7
