"""The costs of the aligner's beads: Gale and Church's length model, bead priors, anchors, and in
model mode the character n-gram overlap of the machine-translated source with the target."""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .anchors import token_sets

__all__ = ["CHARS_PER_ENGLISH_CHAR", "PARAMS", "Costs", "Params"]

@dataclass(frozen=True)
class Params:
    """The aligner's cost parameters (one instance, :data:`PARAMS`)."""

    # -log P(bead type), after Gale and Church (1993).
    prior_11: float = -math.log(0.89)
    # -log(0.011): drops and additions are commoner in news translations than in Hansard.
    prior_null: float = 4.5
    prior_21: float = -math.log(0.089 / 2)
    prior_22: float = -math.log(0.011)
    variance: float = 6.8  # Gale and Church's s^2, per character
    ratio_weight_chars: float = 600.0  # how strongly the pair's prior ratio counts against the document's
    anchor_match: float = 1.0  # reward per unit of shared anchor weight
    anchor_miss: float = 0.6  # cost per unit of unshared anchor weight
    null_anchor_miss: float = 0.0  # the same, in a 1-0 or 0-1 bead
    anchor_miss_cap: float = 5.0  # at most this much unshared weight counts against one bead
    length_weight_model: float = 1.0  # length cost's weight in model mode
    similarity_weight: float = 12.0  # model mode: cost per unit of Dice below the background level
    background_offset: int = 4  # model mode: how far off the diagonal pairs count as unrelated
    background_default: float = 0.15  # model mode: background Dice when the document is too short
    band_min: int = 12
    ratio_spread: float = 1.5  # the document's length ratio stays within this factor of the pair's


PARAMS = Params()

# Characters in a translation per character of English (measured on news text).
CHARS_PER_ENGLISH_CHAR: dict[str, float] = {"en": 1.0, "uk": 1.04, "ru": 1.07, "hu": 1.08}

_SPACES = re.compile(r"\s+")


def _ngrams(text: str) -> frozenset[str]:
    """Character 3- and 4-grams of the lower-cased text, spaces kept as word boundaries."""
    text = " " + _SPACES.sub(" ", unicodedata.normalize("NFC", text).lower()).strip() + " "
    grams = {text[i : i + 3] for i in range(len(text) - 2)}
    grams.update(text[i : i + 4] for i in range(len(text) - 3))
    return frozenset(grams)


def _length_cost(source_chars: int, target_chars: int, ratio: float, variance: float) -> float:
    """Gale and Church's -log P(length ratio | match)."""
    mean = (source_chars + target_chars / ratio) / 2.0
    if mean <= 0:
        return 0.0
    delta = abs(target_chars - source_chars * ratio) / math.sqrt(mean * variance)
    if delta > 25.0:
        return delta * delta / 2.0 + math.log(delta * math.sqrt(2 * math.pi))
    tail = math.erfc(delta / math.sqrt(2.0))
    return -math.log(tail) if tail > 1e-300 else 690.0


def _chars(text: str) -> int:
    return len(_SPACES.sub(" ", text).strip())


def _expected_ratio(src_lang: str, tgt_lang: str, source_chars: int, target_chars: int) -> float:
    prior = CHARS_PER_ENGLISH_CHAR.get(tgt_lang, 1.0) / CHARS_PER_ENGLISH_CHAR.get(src_lang, 1.0)
    k = PARAMS.ratio_weight_chars
    ratio = (target_chars + prior * k) / (source_chars + k)
    # A translation's length rarely strays this far from the pair's usual ratio; a document
    # ratio beyond it comes from sentences one side lacks, which must not stretch every bead.
    spread = PARAMS.ratio_spread
    return min(max(ratio, prior / spread), prior * spread)


class Costs:
    """Everything the programme needs per sentence, merged pairs precomputed."""

    def __init__(
        self,
        source: Sequence[str],
        target: Sequence[str],
        src_lang: str,
        tgt_lang: str,
        translations: Sequence[str] | None,
    ) -> None:
        p = PARAMS
        self.src_len = [_chars(s) for s in source]
        self.tgt_len = [_chars(t) for t in target]
        self.ratio = _expected_ratio(src_lang, tgt_lang, sum(self.src_len), sum(self.tgt_len))
        self.variance = p.variance
        src_sets, tgt_sets, self.weights = token_sets(source, target, src_lang, tgt_lang)
        self.src_tokens = [src_sets, _merge_adjacent(src_sets)]
        self.tgt_tokens = [tgt_sets, _merge_adjacent(tgt_sets)]
        # A merged side's weight is the sum of its sentences' (a token in both counts twice), so
        # that merging two sentences that share an unmatched name does not halve its cost.
        self.src_weight = _side_weights(src_sets, self._sum)
        self.tgt_weight = _side_weights(tgt_sets, self._sum)
        self.model = translations is not None
        self.length_weight = p.length_weight_model if self.model else 1.0
        if translations is not None:
            src_grams = [_ngrams(t) for t in translations]
            tgt_grams = [_ngrams(t) for t in target]
            self.src_grams = [src_grams, _merge_adjacent(src_grams)]
            self.tgt_grams = [tgt_grams, _merge_adjacent(tgt_grams)]
            self.background = _background_dice(src_grams, tgt_grams)
        self.prior = {
            (1, 1): p.prior_11,
            (2, 1): p.prior_21,
            (1, 2): p.prior_21,
            (2, 2): p.prior_22,
        }

    def _sum(self, tokens: frozenset[int]) -> float:
        weights = self.weights
        return sum(weights[t] for t in tokens)

    def null(self, side: str, index: int) -> float:
        # Anchors in a dropped or added sentence are not held against it: they have nothing to
        # match, and a merge that leaves them unmatched pays for them instead.
        weight = self.src_weight[0][index] if side == "s" else self.tgt_weight[0][index]
        return PARAMS.prior_null + PARAMS.null_anchor_miss * weight

    def bead(self, i: int, a: int, j: int, b: int) -> float:
        """Cost of the bead of source sentences [i-a, i) and target sentences [j-b, j)."""
        p = PARAMS
        source_chars = self.src_len[i - 1] + (self.src_len[i - 2] if a == 2 else 0)
        target_chars = self.tgt_len[j - 1] + (self.tgt_len[j - 2] if b == 2 else 0)
        cost = self.prior[(a, b)]
        cost += self.length_weight * _length_cost(source_chars, target_chars, self.ratio, self.variance)
        s_tokens = self.src_tokens[a - 1][i - 1]
        t_tokens = self.tgt_tokens[b - 1][j - 1]
        total = self.src_weight[a - 1][i - 1] + self.tgt_weight[b - 1][j - 1]
        if total:
            shared = s_tokens & t_tokens
            matched = self._sum(shared) if shared else 0.0
            cost += p.anchor_miss * min(total - 2 * matched, p.anchor_miss_cap) - p.anchor_match * matched
        if self.model:
            dice = _dice(self.src_grams[a - 1][i - 1], self.tgt_grams[b - 1][j - 1])
            cost += p.similarity_weight * (self.background - dice)
        return cost


def _side_weights(sets: list[frozenset[int]], weigh: Callable[[frozenset[int]], float]) -> list[list[float]]:
    single = [weigh(s) for s in sets]
    return [single, [0.0] + [single[k - 1] + single[k] for k in range(1, len(single))]]


def _dice(a: frozenset[str], b: frozenset[str]) -> float:
    size = len(a) + len(b)
    return 2 * len(a & b) / size if size else 0.0


def _background_dice(source: list[frozenset[str]], target: list[frozenset[str]]) -> float:
    """The median overlap of sentence pairs well off the diagonal, which are very likely unrelated.

    Beads at this level of similarity neither gain nor lose, so a poor translation (or one in
    the wrong language) leaves the model-free costs in charge instead of favouring merges.
    """
    n, m = len(source), len(target)
    offset = PARAMS.background_offset
    values: list[float] = []
    step = max(1, n // 100)
    for i in range(0, n, step):
        centre = round(i * m / n)
        for j in (centre - offset, centre + offset):
            if 0 <= j < m:
                values.append(_dice(source[i], target[j]))
    if len(values) < 5:
        return PARAMS.background_default
    values.sort()
    return values[len(values) // 2]


def _merge_adjacent(sets: list[frozenset[str]] | list[frozenset[int]]) -> list[frozenset]:  # type: ignore[type-arg]
    """Entry i is the union of entries i-1 and i (entry 0 is empty: no pair ends there)."""
    merged: list[frozenset] = [frozenset()]  # type: ignore[type-arg]
    merged.extend(sets[k - 1] | sets[k] for k in range(1, len(sets)))
    return merged

