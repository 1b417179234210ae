"""Batching by length under a token budget, and cutting over-long input into pieces that fit.

Both are pure functions of lengths and token counts, so the batch layout (and with beam search,
the output) is the same on every machine for the same settings.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..text.segmentation import clause_cut_points

PLANNED_WORKERS = 2  # batches are planned for two parallel workers whatever the machine has


def batch_size_for(count: int, max_batch_size: int, workers: int) -> int:
    """Batch size for ``count`` sentences: about two batches per parallel worker, 4 to ``max_batch_size``.

    One batch per worker leaves the worker with the short sentences idle while the other finishes
    the long ones; two each, costliest first, balance them (measured on 2 cores with CTranslate2).
    """
    if workers <= 1:
        return max_batch_size
    return max(1, min(max_batch_size, max(4, -(-count // (2 * workers)))))


def plan_batches(lengths: Sequence[int], max_batch_size: int, batch_tokens: int) -> list[list[int]]:
    """Indices sorted by length, cut into batches of at most ``max_batch_size`` and ``batch_tokens`` padded tokens."""
    order = sorted(range(len(lengths)), key=lambda i: (lengths[i], i))
    batches: list[list[int]] = []
    for i in order:
        if batches:
            batch = batches[-1]
            width = max(lengths[i], max(lengths[j] for j in batch))
            if len(batch) < max_batch_size and width * (len(batch) + 1) <= batch_tokens:
                batch.append(i)
                continue
        batches.append([i])
    return batches


def length_cap(source_tokens: int, limit: int) -> int:
    """The most target tokens a sentence of ``source_tokens`` may produce."""
    return min(2 * source_tokens + 10, limit)


def split_to_budget(text: str, count: Callable[[str], int], budget: int) -> list[tuple[str, str]]:
    """Cut ``text`` into pieces that each fit ``budget`` tokens: at clauses, else whitespace, else characters.

    Returns (separator, piece) pairs: the separator is the whitespace that stood before the piece ("" for
    the first piece and after a cut inside a word), so joining them gives back the text with nothing lost.
    """
    if count(text) <= budget:
        return [("", text)]
    pieces: list[tuple[str, str]] = []
    rest, separator = text, ""
    while count(rest) > budget:
        cut = best_cut(rest, count, budget)
        head, tail = rest[:cut], rest[cut:]
        if head.strip():
            pieces.append((separator, head.rstrip()))
        separator = " " if (head[-1:].isspace() or tail[:1].isspace()) else ""
        rest = tail.lstrip()
    if rest:
        pieces.append((separator, rest))
    return pieces


def best_cut(text: str, count: Callable[[str], int], budget: int) -> int:
    """The cut for the first piece: the latest boundary that fits (found by binary search, since a
    prefix never has fewer tokens than a shorter one), a clause boundary if one is not much earlier."""
    points = sorted(set(clause_cut_points(text)))
    low, high = 0, len(points) - 1
    fits = -1
    while low <= high:
        middle = (low + high) // 2
        if count(text[: points[middle]]) <= budget:
            fits, low = middle, middle + 1
        else:
            high = middle - 1
    if fits >= 0:
        latest = points[fits]
        clauses = [p for p in points[: fits + 1] if text[p - 1] in ",;:—–" or text[p - 1 : p + 1].strip() in ("—", "–")]
        return max(clauses) if clauses and max(clauses) >= latest // 2 else latest
    # No boundary fits (e.g. a long run without spaces): binary-search a character position.
    low, high = 1, len(text) - 1
    while low < high:
        middle = (low + high + 1) // 2
        if count(text[:middle]) <= budget:
            low = middle
        else:
            high = middle - 1
    return max(1, low)
