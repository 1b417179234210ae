"""The aligner's search: a monotone dynamic programme over beads, banded for long documents.

``align`` links source sentences to target sentences with beads of the forms 1-1, 1-2, 2-1,
2-2, 1-0 and 0-1, monotone, each sentence in exactly one bead. It runs a dynamic programme:
over the whole matrix for short documents; for long ones, first over blocks of sentences and
then over a band around the block path (widened and rerun when the best path touches its
edge). The costs of a bead are in :mod:`translate.alignment.costs`.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from ..errors import UsageError
from ..languages import language
from ..types import Link
from .costs import PARAMS, Costs

__all__ = ["BEAD_TYPES", "FULL_DP_CELLS", "MODE_LENGTHS", "MODE_MODEL", "Alignment", "align", "check_links"]

MODE_LENGTHS = "lengths+anchors"
MODE_MODEL = "model"

# (source sentences, target sentences) per bead.
BEAD_TYPES: tuple[tuple[int, int], ...] = ((1, 1), (1, 0), (0, 1), (2, 1), (1, 2), (2, 2))


@dataclass(frozen=True)
class Alignment:
    """The links of one document pair and the mode that made them."""

    links: tuple[Link, ...]
    mode: str



# Up to this many cells the programme runs over the whole matrix; beyond, it first aligns
# blocks of sentences (about this many per side) and then searches a band around that path.
FULL_DP_CELLS = 40_000
_COARSE_BLOCKS = 120
_MAX_WIDENINGS = 3  # when the best path touches the band's edge, double the band up to this often
# A band covering more than this share of the matrix saves little: search the whole matrix.
_BAND_FULL_SHARE = 0.5


def _band(centre_lo: list[int], centre_hi: list[int], width: int, m: int) -> tuple[list[int], list[int]]:
    """Rows' target ranges: the centre path widened by ``width``, connected from (0, 0) to (n, m)."""
    n = len(centre_lo) - 1
    lo = [max(0, c - width) for c in centre_lo]
    hi = [min(m, c + width) for c in centre_hi]
    lo[0], hi[n] = 0, m
    for i in range(1, n + 1):
        # Each row reaches the previous row's last cell, so every row has a reachable cell.
        hi[i] = max(hi[i], hi[i - 1])
        lo[i] = min(lo[i], hi[i - 1])
    return lo, hi


def _coarse_centre(
    source: Sequence[str], target: Sequence[str], src_lang: str, tgt_lang: str
) -> tuple[list[int], list[int], int]:
    """Align blocks of consecutive sentences first (vecalign's idea); the path, per source row.

    Returns the lowest and highest target position of the block path at each source
    position, and the block size, which bounds how far off that path the answer can be.
    Blocks hold the same number of sentences on both sides, so that a block bead compares
    like with like even when one side has many more sentences than the other.
    """
    n, m = len(source), len(target)
    ks = kt = math.ceil(max(n, m) / _COARSE_BLOCKS)
    src_blocks = [" ".join(source[i : i + ks]) for i in range(0, n, ks)]
    tgt_blocks = [" ".join(target[j : j + kt]) for j in range(0, m, kt)]
    rows, cols = len(src_blocks), len(tgt_blocks)
    # Lengths and anchors place blocks well enough; the model's overlap is left to the fine pass.
    costs = Costs(src_blocks, tgt_blocks, src_lang, tgt_lang, None)
    path, _ = _run(costs, rows, cols, [0] * (rows + 1), [cols] * (rows + 1))
    corners = [(0, 0)]
    bi = bj = 0
    for a, b in path:
        bi, bj = bi + a, bj + b
        corners.append((min(bi * ks, n), min(bj * kt, m)))
    centre_lo, centre_hi = [m] * (n + 1), [0] * (n + 1)
    for (x0, y0), (x1, y1) in zip(corners, corners[1:], strict=False):
        if x1 == x0:
            centre_lo[x0], centre_hi[x0] = min(centre_lo[x0], y0), max(centre_hi[x0], y1)
            continue
        for i in range(x0, x1 + 1):
            y = y0 + (y1 - y0) * (i - x0) / (x1 - x0)
            centre_lo[i] = min(centre_lo[i], math.floor(y))
            centre_hi[i] = max(centre_hi[i], math.ceil(y))
    return centre_lo, centre_hi, ks


def _run(costs: Costs, n: int, m: int, lo: list[int], hi: list[int]) -> tuple[list[tuple[int, int]], bool]:
    """The best path of beads through the band ``lo[i] <= j <= hi[i]``; whether it touched the edge."""
    inf = math.inf
    cost_rows: list[list[float]] = []
    back_rows: list[bytearray] = []
    null_src = [costs.null("s", i) for i in range(n)]
    null_tgt = [costs.null("t", j) for j in range(m)]
    bead = costs.bead
    for i in range(n + 1):
        lo_i, hi_i = lo[i], hi[i]
        row = [inf] * (hi_i - lo_i + 1)
        back = bytearray(hi_i - lo_i + 1)
        prev1 = cost_rows[i - 1] if i >= 1 else None
        lo1 = lo[i - 1] if i >= 1 else 0
        hi1 = hi[i - 1] if i >= 1 else -1
        prev2 = cost_rows[i - 2] if i >= 2 else None
        lo2 = lo[i - 2] if i >= 2 else 0
        hi2 = hi[i - 2] if i >= 2 else -1
        for j in range(lo_i, hi_i + 1):
            if i == 0 and j == 0:
                row[0] = 0.0
                continue
            best = inf
            move = 0
            # 0-1 from (i, j-1)
            if j - 1 >= lo_i:
                c = row[j - 1 - lo_i]
                if c < inf:
                    c += null_tgt[j - 1]
                    if c < best:
                        best, move = c, 3
            if prev1 is not None:
                # 1-0 from (i-1, j)
                if lo1 <= j <= hi1:
                    c = prev1[j - lo1]
                    if c < inf:
                        c += null_src[i - 1]
                        if c < best:
                            best, move = c, 2
                # 1-1 from (i-1, j-1)
                if lo1 <= j - 1 <= hi1:
                    c = prev1[j - 1 - lo1]
                    if c < best:
                        c += bead(i, 1, j, 1)
                        if c < best:
                            best, move = c, 1
                # 1-2 from (i-1, j-2)
                if lo1 <= j - 2 <= hi1:
                    c = prev1[j - 2 - lo1]
                    if c < best:
                        c += bead(i, 1, j, 2)
                        if c < best:
                            best, move = c, 5
            if prev2 is not None:
                # 2-1 from (i-2, j-1)
                if lo2 <= j - 1 <= hi2:
                    c = prev2[j - 1 - lo2]
                    if c < best:
                        c += bead(i, 2, j, 1)
                        if c < best:
                            best, move = c, 4
                # 2-2 from (i-2, j-2)
                if lo2 <= j - 2 <= hi2:
                    c = prev2[j - 2 - lo2]
                    if c < best:
                        c += bead(i, 2, j, 2)
                        if c < best:
                            best, move = c, 6
            row[j - lo_i] = best
            back[j - lo_i] = move
        cost_rows.append(row)
        back_rows.append(back)
    steps = {1: (1, 1), 2: (1, 0), 3: (0, 1), 4: (2, 1), 5: (1, 2), 6: (2, 2)}
    path: list[tuple[int, int]] = []
    touched = False
    i, j = n, m
    while i or j:
        move = back_rows[i][j - lo[i]]
        if (j - lo[i] < 2 and lo[i] > 0) or (hi[i] - j < 2 and hi[i] < m):
            touched = True
        a, b = steps[move]
        path.append((a, b))
        i, j = i - a, j - b
    path.reverse()
    return path, touched


def align(
    source: Sequence[str],
    target: Sequence[str],
    src_lang: str,
    tgt_lang: str,
    *,
    translate: Callable[[list[str]], list[str]] | None = None,
) -> Alignment:
    """Align the sentences of a document (``source``) with those of its translation.

    Without ``translate`` the mode is ``"lengths+anchors"``. With it (a function that
    machine-translates a list of source sentences into ``tgt_lang``, one output per input),
    the mode is ``"model"`` and the overlap of each translation with the target side counts
    too. Sentence indices in the links are positions in ``source`` and ``target``.
    """
    language(src_lang)
    language(tgt_lang)
    mode = MODE_MODEL if translate is not None else MODE_LENGTHS
    n, m = len(source), len(target)
    if n == 0 or m == 0:
        nulls = [Link((i,), ()) for i in range(n)] + [Link((), (j,)) for j in range(m)]
        return Alignment(tuple(nulls), mode)
    translations: list[str] | None = None
    if translate is not None:
        translations = list(translate(list(source)))
        if len(translations) != n:
            raise UsageError(
                f"the translate function returned {len(translations)} sentences for {n}; "
                "it must return exactly one translation per source sentence, in order"
            )
    costs = Costs(source, target, src_lang, tgt_lang, translations)
    if n * m <= FULL_DP_CELLS:
        path, _ = _run(costs, n, m, [0] * (n + 1), [m] * (n + 1))
    else:
        centre_lo, centre_hi, block = _coarse_centre(source, target, src_lang, tgt_lang)
        width = PARAMS.band_min + block
        for _ in range(_MAX_WIDENINGS + 1):
            lo, hi = _band(centre_lo, centre_hi, width, m)
            if sum(b - a + 1 for a, b in zip(lo, hi, strict=True)) > _BAND_FULL_SHARE * (n + 1) * (m + 1):
                path, _ = _run(costs, n, m, [0] * (n + 1), [m] * (n + 1))
                break
            path, touched = _run(costs, n, m, lo, hi)
            if not touched:
                break
            width *= 2
    links: list[Link] = []
    i = j = 0
    for a, b in path:
        links.append(Link(tuple(range(i, i + a)), tuple(range(j, j + b))))
        i, j = i + a, j + b
    return Alignment(tuple(links), mode)


# ---- checking and scoring --------------------------------------------------------------------


def check_links(links: Iterable[Link], n_source: int, n_target: int) -> None:
    """Raise ``ValueError`` unless the links are monotone and cover both sides exactly once."""
    next_source = next_target = 0
    for number, link in enumerate(links):
        for side, ids, expected in (
            ("source", link.source, next_source),
            ("target", link.target, next_target),
        ):
            if list(ids) != list(range(expected, expected + len(ids))):
                raise ValueError(
                    f"link {number} has {side} ids {list(ids)}; expected consecutive ids from {expected} "
                    "(links must be monotone and cover every sentence exactly once)"
                )
        if not link.source and not link.target:
            raise ValueError(f"link {number} is empty on both sides; drop it")
        next_source += len(link.source)
        next_target += len(link.target)
    if (next_source, next_target) != (n_source, n_target):
        raise ValueError(
            f"links cover {next_source} source and {next_target} target sentences; "
            f"the texts have {n_source} and {n_target}"
        )
