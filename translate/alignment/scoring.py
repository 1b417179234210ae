"""Alignment scores as vecalign computes them: strict and lax precision, recall and F1 over beads."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..types import Link

__all__ = ["AlignmentScore", "score", "score_many"]

_Bead = tuple[tuple[int, ...], tuple[int, ...]]

@dataclass(frozen=True)
class AlignmentScore:
    precision_strict: float
    recall_strict: float
    f1_strict: float
    precision_lax: float
    recall_lax: float
    f1_lax: float




def _as_beads(links: Iterable[Link]) -> list[_Bead]:
    return [(tuple(link.source), tuple(link.target)) for link in links]


def _precision_counts(gold: list[_Bead], test: list[_Bead]) -> tuple[int, int, int, int]:
    """tp strict, fp strict, tp lax, fp lax: vecalign's ``_precision``."""
    tp_strict = fp_strict = tp_lax = fp_lax = 0
    test_set = {(x, y) for x, y in test if len(x) or len(y)}
    gold_set = {(x, y) for x, y in gold if len(x) or len(y)}
    gold_targets: dict[int, set[int]] = {}
    for gold_src, gold_tgt in gold_set:
        for s in gold_src:
            gold_targets.setdefault(s, set()).update(gold_tgt)
    for test_src, test_tgt in test_set:
        if (test_src, test_tgt) in gold_set:
            tp_strict += 1
            tp_lax += 1
            continue
        target_ids: set[int] = set()
        for s in test_src:
            target_ids.update(gold_targets.get(s, ()))
        fp_strict += 1
        if set(test_tgt) & target_ids:
            tp_lax += 1
        else:
            fp_lax += 1
    return tp_strict, fp_strict, tp_lax, fp_lax


def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score_many(pairs: Iterable[tuple[Sequence[Link], Sequence[Link]]]) -> AlignmentScore:
    """Strict and lax scores over several documents, counts pooled: vecalign's ``score_multiple``.

    Each pair is ``(gold, test)``. Precision counts every test bead (insertions and deletions
    included); recall counts gold 1-1/m-n beads only, against test beads with both sides.
    """
    p_counts = [0, 0, 0, 0]
    r_counts = [0, 0, 0, 0]
    for gold_links, test_links in pairs:
        gold = _as_beads(gold_links)
        test = _as_beads(test_links)
        for k, v in enumerate(_precision_counts(gold, test)):
            p_counts[k] += v
        test_no_null = [(x, y) for x, y in test if len(x) and len(y)]
        gold_no_null = [(x, y) for x, y in gold if len(x) and len(y)]
        for k, v in enumerate(_precision_counts(test_no_null, gold_no_null)):
            r_counts[k] += v
    p_strict = _ratio(p_counts[0], p_counts[0] + p_counts[1])
    p_lax = _ratio(p_counts[2], p_counts[2] + p_counts[3])
    r_strict = _ratio(r_counts[0], r_counts[0] + r_counts[1])
    r_lax = _ratio(r_counts[2], r_counts[2] + r_counts[3])
    return AlignmentScore(
        precision_strict=p_strict,
        recall_strict=r_strict,
        f1_strict=_f1(p_strict, r_strict),
        precision_lax=p_lax,
        recall_lax=r_lax,
        f1_lax=_f1(p_lax, r_lax),
    )


def score(gold: Sequence[Link], test: Sequence[Link]) -> AlignmentScore:
    """Strict and lax precision, recall and F1 of ``test`` against ``gold`` (as vecalign)."""
    return score_many([(gold, test)])
