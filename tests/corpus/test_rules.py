"""The record rules: text field, NUL, size, surrogates anywhere, the output's own field, duplicate ids."""

from __future__ import annotations

import pytest

from translate.corpus.rules import SeenIds, id_key, non_finite_path, record_problem, surrogate_path
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


@pytest.mark.parametrize(("first", "second", "same"), [
    (1, 1.0, True), (1, 1e0, True), (0.5, 0.50, True), (-0.0, 0, True), (2**60, float(2**60), True),
    (1, "1", False), (True, 1, False), (None, 0, False), ("a", "A", False), ("é", "e\u0301", False),
    ({"a": 1, "b": [1, 2]}, {"b": [1.0, 2], "a": 1}, True), ([1, 2], [2, 1], False), (2**53 + 1, float(2**53 + 1), False),
])
def test_id_equality(first: object, second: object, same: bool) -> None:
    seen = SeenIds()
    assert seen.duplicate(first, "c:1") is None
    reason = seen.duplicate(second, "c:2")
    assert (reason is not None) == same
    if same:
        assert reason == f"duplicate id {id_key(second)} (first seen at c:1)"


def test_non_finite_numbers_are_found_with_their_path() -> None:
    assert non_finite_path({"a": 1.5, "b": {"c": [0.0, float("nan")]}}) == "b.c[1]"
    assert non_finite_path({"a": float("-inf")}) == "a" and non_finite_path({"a": 1e308}) is None
