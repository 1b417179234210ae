"""Batching by length under a token budget and cutting over-long input (pure functions)."""

from __future__ import annotations

from translate.pipeline import split_to_budget


def test_split_to_budget_handles_text_without_spaces() -> None:
    text = "x" * 1000
    pieces = split_to_budget(text, len, 64)
    assert "".join(sep + piece for sep, piece in pieces) == text and all(len(p) <= 64 for _, p in pieces)


def test_split_prefers_clause_boundaries() -> None:
    text = "alpha beta gamma delta, epsilon zeta eta theta iota kappa"
    pieces = split_to_budget(text, lambda t: len(t.split()), 6)
    assert pieces[0] == ("", "alpha beta gamma delta,")
    assert " ".join(p for _, p in pieces) == text


def test_splitting_a_huge_sentence_is_not_cubic() -> None:
    words = " ".join(f"word{i % 97}" for i in range(6000))
    pieces = split_to_budget(words, lambda t: len(t.split()) + 1, 512)
    assert " ".join(p for _, p in pieces) == words and all(len(p.split()) <= 511 for _, p in pieces)


def test_plan_batches_sorts_by_length_and_respects_both_limits() -> None:
    from translate.pipeline import plan_batches

    lengths = [9, 1, 5, 1, 9, 3]
    batches = plan_batches(lengths, max_batch_size=2, batch_tokens=100)
    assert batches == [[1, 3], [5, 2], [0, 4]]
    assert plan_batches(lengths, max_batch_size=10, batch_tokens=10) == [[1, 3, 5], [2], [0], [4]]
    assert plan_batches([], 4, 100) == []


def test_batch_size_for_plans_two_batches_per_worker() -> None:
    from translate.pipeline import batch_size_for

    assert batch_size_for(100, 12, 1) == 12
    assert batch_size_for(100, 12, 2) == 12
    assert batch_size_for(20, 12, 2) == 5
    assert batch_size_for(3, 12, 2) == 4


def test_length_cap_grows_with_the_source_and_stops_at_the_model_limit() -> None:
    from translate.pipeline.batching import length_cap

    assert length_cap(5, 512) == 20
    assert length_cap(400, 512) == 512
