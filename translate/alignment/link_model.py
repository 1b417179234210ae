"""Is a candidate pair a coverage link? A logistic model over what the pair shares, fitted on the gold stories.

:func:`translate.alignment.coverage.candidates` scores each English sentence for each sentence of a
report (the cosine of their weighted anchors). Whether the best of them is a link, and whether the
next ones are too, depends on more than that score: how many facts the pair shares and of which
kinds, how far it stands above the report sentence's next candidate, whether the anchors are the
story's setting. A hand rule on a few of these (a threshold, a margin, two facts) found one sure
pair in five on the development stories; this model weighs all of them together and finds about
one in three at the same precision (docs/coverage.md, round 6).

The model is data: ``link_model.json`` beside this module, written by ``bench/eval_coverage.py
--fit`` (L2-regularised logistic regression on the candidates of the development stories, each
labelled by the gold links; its threshold chosen there by the bench's precision rule). Applying it
is a dot product; only the bench needs numpy to fit it.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from .facts import fact_count

__all__ = ["CANDIDATES", "FEATURES", "LinkModel", "features", "link_model", "link_model_id"]

MODEL_FILE = Path(__file__).with_name("link_model.json")

# A report sentence is weighed against its best few English sentences only: weighing eight found no
# more links on the gold stories (round 6), and each further one shares less than the best.
CANDIDATES = 4

# One count per anchor kind of translate.alignment.facts (role, entity, name, number, small number,
# unit, place, news term, calendar, international word, quotation, quoted term).
_KINDS = "resnmutwkcqQ"

FEATURES: tuple[str, ...] = (
    "score",  # the cosine of the weighted anchors
    "log score",
    "best",  # the report sentence's best English sentence
    "second",  # ... its second
    "share of best",  # score / the best candidate's score
    "lead",  # score minus the next candidate's
    "facts",  # facts shared outside the story's setting (translate.alignment.facts.fact_count)
    "facts with setting",
    "anchors",  # anchors shared outside the setting
    "leads",  # the pair is both texts' first sentence: a news lead tells the story's main fact
    *(f"kind {kind}" for kind in _KINDS),
)


def features(
    scores: Sequence[float], rank: int, shared: frozenset[str], background: frozenset[str], *, leads: bool = False
) -> tuple[float, ...]:
    """The :data:`FEATURES` of the candidate at ``rank`` among one report sentence's ``scores`` (best
    first), sharing the anchors ``shared``; ``background``: the anchors of the story's setting;
    ``leads``: whether the pair is the first sentence of both texts."""
    score = scores[rank]
    best = scores[0]
    following = scores[rank + 1] if rank + 1 < len(scores) else 0.0
    own = shared - background
    return (
        score,
        math.log(score + 1e-3),
        float(rank == 0),
        float(rank == 1),
        score / best if best else 0.0,
        score - following,
        float(fact_count(own)),
        float(fact_count(shared)),
        float(len(own)),
        float(leads),
        *(float(sum(1 for token in shared if token[0] == kind)) for kind in _KINDS),
    )


@dataclass(frozen=True)
class LinkModel:
    """Logistic regression on standardised :data:`FEATURES`; a candidate whose probability reaches
    ``threshold`` is a link."""

    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float
    threshold: float
    fitted_on: str = ""

    def probability(self, row: Sequence[float]) -> float:
        z = self.bias + sum(w * (x - m) / s for w, x, m, s in zip(self.weights, row, self.mean, self.scale, strict=True))
        return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0

    def to_dict(self) -> dict[str, object]:
        return {
            "features": list(FEATURES),
            "mean": [round(x, 6) for x in self.mean],
            "scale": [round(x, 6) for x in self.scale],
            "weights": [round(x, 6) for x in self.weights],
            "bias": round(self.bias, 6),
            "threshold": self.threshold,  # exact: one of the probabilities it was chosen among
            "fitted_on": self.fitted_on,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LinkModel:
        if tuple(data["features"]) != FEATURES:
            raise ValueError(
                f"{MODEL_FILE.name} was fitted on other features than this version computes; "
                "refit it with: python bench/eval_coverage.py --fit"
            )

        def floats(key: str) -> tuple[float, ...]:
            return tuple(float(x) for x in data[key])

        return cls(floats("mean"), floats("scale"), floats("weights"), float(data["bias"]), float(data["threshold"]),
                   str(data.get("fitted_on", "")))


@lru_cache(maxsize=1)
def link_model_id() -> str:
    """A short fingerprint of the shipped model's file: two runs of one version with different links say
    which model drew them (the file is refitted between releases)."""
    return hashlib.sha256(MODEL_FILE.read_bytes()).hexdigest()[:12]


@lru_cache(maxsize=1)
def link_model() -> LinkModel:
    """The fitted model shipped with the package (read once, on first use)."""
    return LinkModel.from_dict(json.loads(MODEL_FILE.read_text(encoding="utf-8")))
