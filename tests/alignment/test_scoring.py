"""Scoring alignments as vecalign does: strict and lax precision, recall, F1."""

from __future__ import annotations

import pytest

from translate.alignment import score, score_many
from translate.types import Link


def L(source: list[int], target: list[int]) -> Link:  # noqa: N802
    return Link(tuple(source), tuple(target))


def test_score_by_hand() -> None:
    gold = [L([0], [0]), L([1, 2], [1]), L([3], [])]
    test = [L([0], [0]), L([1], [1]), L([2], []), L([3], [])]
    # Precision over test beads: strict hits 0-0 and 3-; lax adds 1-1 (overlaps gold 1,2-1);
    # 2- overlaps nothing on the target side. Recall over gold beads with both sides, against
    # test beads with both sides: strict 0-0 only; lax both.
    s = score(gold, test)
    assert (s.precision_strict, s.precision_lax) == (0.5, 0.75)
    assert (s.recall_strict, s.recall_lax) == (0.5, 1.0)
    assert s.f1_strict == 0.5
    assert s.f1_lax == pytest.approx(2 * 0.75 / 1.75)


def test_score_identical_and_empty() -> None:
    links = [L([0], [0]), L([1], [1, 2]), L([], [3])]
    perfect = score(links, links)
    assert perfect.f1_strict == perfect.f1_lax == 1.0
    nothing = score([], [])
    assert nothing.f1_strict == nothing.f1_lax == nothing.precision_strict == 0.0


def test_score_many_pools_counts() -> None:
    a_gold = [L([0], [0]), L([1], [1])]
    a_test = [L([0], [0]), L([1], [1])]
    b_gold = [L([0], [0]), L([1], [1])]
    b_test = [L([0, 1], [0, 1])]
    pooled = score_many([(a_gold, a_test), (b_gold, b_test)])
    # precision: 2 strict hits out of 3 test beads; all 3 lax. recall: 2 of 4, 4 of 4.
    assert pooled.precision_strict == pytest.approx(2 / 3)
    assert pooled.precision_lax == 1.0
    assert pooled.recall_strict == 0.5
    assert pooled.recall_lax == 1.0


def test_score_accepts_links_in_any_order_and_ignores_empty_beads() -> None:
    gold = [L([0], [0]), L([1], [1])]
    assert score(gold, [L([1], [1]), L([], []), L([0], [0])]).f1_strict == 1.0
