"""Is a provided text a translation of the source, or an independent report of the same story?

A translation aligns monotonically almost sentence for sentence, mostly one sentence to one, at the
length the language pair usually has, and the anchors (names, numbers, places) of each aligned pair
agree. An independent report, forced through the same monotone alignment, leaves many sentences
unpaired, pairs them several to one, or pairs sentences whose anchors disagree, and is often much
shorter or longer. :func:`relation_evidence` measures the four on the best monotone alignment
(:func:`translate.alignment.align`) and combines them into one score; a caller may override the
answer (``relation=``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace

from ..types import RELATION_COVERAGE, RELATION_TRANSLATION, RELATIONS, Link, RelationEvidence
from .anchors import token_sets
from .costs import CHARS_PER_ENGLISH_CHAR
from .search import align

__all__ = ["classify_relation", "relation_evidence"]

# A translation has all four (measured: aligned share 0.94-1.00, anchor agreement 0.67-1.00,
# length ratio 0.86-1.01, one-to-one share 0.73-0.86 on the 15 translations of tests/data/alignment;
# every coverage text of tests/data/coverage misses at least one). The score is the least of the
# margins, each scaled to about one at its best. The one-to-one share was added when three new
# coverage texts passed the other three: a report of the same few people pairs up in order through
# merged beads (three sentences to one) with a name in each. It was raised from 0.6 to 0.7 when a wire
# report that follows a government statement point by point (TASS on the Leopard tanks, 0.62) passed all
# four: coverage texts reach 0.62, translations start at 0.73, and a report taken for a translation is
# the worse mistake (its sentences are then paired whatever they say).
MIN_ALIGNED_SHARE = 0.9
MIN_ANCHOR_AGREEMENT = 0.6
LENGTH_RATIO_RANGE = (0.8, 1.25)
MIN_ONE_TO_ONE_SHARE = 0.7
RATIO_PRIOR_CHARS = 200


def relation_evidence(
    source: Sequence[str], target: Sequence[str], src_lang: str, tgt_lang: str, links: Sequence[Link] | None = None
) -> RelationEvidence:
    """The relation of ``target`` to ``source`` with its evidence (``links``: their monotone alignment,
    when the caller has it already)."""
    if links is None:
        links = align(source, target, src_lang, tgt_lang).links
    n, m = len(source), len(target)
    paired = sum(len(link.source) + len(link.target) for link in links if link.source and link.target)
    aligned_share = paired / (n + m) if n + m else 0.0
    one_to_one = sum(2 for link in links if len(link.source) == 1 and len(link.target) == 1) / (n + m) if n + m else 0.0
    src_sets, tgt_sets, _ = token_sets(source, target, src_lang, tgt_lang)
    with_anchors = agreeing = 0
    for link in links:
        if not (link.source and link.target):
            continue
        s = frozenset().union(*(src_sets[i] for i in link.source))
        t = frozenset().union(*(tgt_sets[j] for j in link.target))
        if s or t:
            with_anchors += 1
            agreeing += bool(s & t)
    agreement = agreeing / with_anchors if with_anchors else 1.0
    expected = CHARS_PER_ENGLISH_CHAR.get(tgt_lang, 1.0) / CHARS_PER_ENGLISH_CHAR.get(src_lang, 1.0)
    # Shrunk towards the pair's usual ratio by a few sentences' worth of characters, so that a
    # two-line translation is not judged by the noise of its length.
    source_chars = sum(len(s) for s in source) + RATIO_PRIOR_CHARS
    ratio = (sum(len(t) for t in target) + RATIO_PRIOR_CHARS * expected) / (source_chars * expected)
    low, high = LENGTH_RATIO_RANGE
    margins = (
        (aligned_share - MIN_ALIGNED_SHARE) / (1 - MIN_ALIGNED_SHARE),
        (agreement - MIN_ANCHOR_AGREEMENT) / (1 - MIN_ANCHOR_AGREEMENT),
        min(math.log(ratio / low), math.log(high / ratio)) / math.log(high / low) * 2 if ratio > 0 else -1.0,
        (one_to_one - MIN_ONE_TO_ONE_SHARE) / (1 - MIN_ONE_TO_ONE_SHARE),
    )
    score = min(margins)
    relation = RELATION_TRANSLATION if score > 0 else RELATION_COVERAGE
    return RelationEvidence(relation, score, aligned_share, agreement, ratio, one_to_one_share=one_to_one)


def classify_relation(
    source: Sequence[str],
    target: Sequence[str],
    src_lang: str,
    tgt_lang: str,
    relation: str = "auto",
    links: Sequence[Link] | None = None,
) -> RelationEvidence:
    """:func:`relation_evidence`, or the caller's ``relation`` (``"translation"``/``"coverage"``) with
    the same measurements and ``overridden`` set; ``"auto"`` decides from the evidence."""
    evidence = relation_evidence(source, target, src_lang, tgt_lang, links)
    if relation == "auto":
        return evidence
    if relation not in RELATIONS:
        from ..errors import UsageError

        raise UsageError(f"relation {relation!r} is not known; choose auto, {', '.join(RELATIONS)}")
    return replace(evidence, relation=relation, overridden=True)
