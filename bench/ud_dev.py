"""Reading the Universal Dependencies dev paragraphs of ../shared/ud-dev for the language benches.

Real en, uk, ru and hu text, read where it lies and never copied into the repository (two of its
licences are non-commercial). Only the dev splits: the test splits are kept for scoring the project.
"""

from __future__ import annotations

import json
from pathlib import Path

TREEBANKS = {"en": ["en_ewt"], "uk": ["uk_iu"], "ru": ["ru_gsd", "ru_taiga"], "hu": ["hu_szeged"]}


def ud_texts(folder: Path, lang: str, unit: str, limit: int) -> list[str]:
    """The first ``limit`` sentences (``unit="sentence"``) or paragraphs of ``lang``'s dev treebanks."""
    found: list[str] = []
    for name in TREEBANKS[lang]:
        paragraphs = json.loads((folder / f"{name}-ud-dev.paragraphs.json").read_text(encoding="utf-8"))
        if unit == "sentence":
            found.extend(s for p in paragraphs for s in p)
        else:
            found.extend(" ".join(p) for p in paragraphs if p)
    return found[:limit]


def bucket(n: int, buckets: tuple[tuple[int, int], ...]) -> str:
    """The name of the (lo, hi) range holding ``n``: ``"20-49"``, or ``"100+"`` for the open last one."""
    for lo, hi in buckets:
        if lo <= n < hi:
            return f"{lo}-{hi - 1}" if hi < 10**9 else f"{lo}+"
    return "?"
