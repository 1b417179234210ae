"""The record rules: text field, NUL, size, surrogates anywhere, the output's own field, duplicate ids."""

from __future__ import annotations

import pytest

from translate.corpus.rules import SeenIds, id_key, record_problem, surrogate_path
from translate.limits import MAX_TEXT_CHARS


@pytest.mark.parametrize(("fields", "problem"), [
    ({"text": "Fine."}, None),
    ({"body": "x"}, "missing text field 'text'"),
    ({"text": 3}, "text field 'text' is not a string (it is int)"),
    ({"text": " \n"}, "text field 'text' is empty"),
    ({"text": "a\x00b"}, "text field 'text' contains a NUL character at position 1"),
    ({"text": "x" * (MAX_TEXT_CHARS + 1)}, f"text field 'text' has {MAX_TEXT_CHARS + 1:,} characters, more than {MAX_TEXT_CHARS:,}"),
    ({"text": "x", "translation": 1}, "the record already has a field 'translation', which the output adds; rename it"),
    ({"text": "x", "meta": [{"k": "\ud800"}]}, "field 'meta' contains a lone surrogate (not valid Unicode)"),
])
def test_record_problem(fields: dict, problem: str | None) -> None:
    assert record_problem(fields, "text") == problem


def test_surrogate_path_and_ids() -> None:
    assert surrogate_path({"a": {"b": ["\udc00"]}}) == "a" and surrogate_path("\ud800") == "" and surrogate_path({"a": 1}) is None
    seen = SeenIds()
    assert seen.duplicate(1, "c:1") is None and seen.duplicate("1", "c:2") is None
    assert seen.duplicate(1, "c:3") == "duplicate id 1 (first seen at c:1)"
    assert id_key({"b": 1, "a": "é"}) == '{"a": "é", "b": 1}'
