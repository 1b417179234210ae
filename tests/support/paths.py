"""Paths and constants the tests share."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "trump-putin-budapest.txt"
ENGINES = ("transformers", "ctranslate2")
COVERAGE = ROOT / "tests" / "data" / "coverage"


# The stories whose real text trains the tests' tiny models and gives their samples: a fixed list, so that a
# story added to the gold set changes no tiny model (a random model's output, and so the tests that read it,
# depends on every line it was trained on).
SAMPLE_STORIES = (
    "eu-ukraine-accession-talks-2023", "orban-kyiv-visit-2024", "orban-trump-sanctions-exemption",
    "prigozhin-plane-crash-2023", "trump-putin-alaska-summit-2025",
)


def coverage_lines(lang: str) -> list[str]:
    """Every line of real reporting in ``lang`` in the sample stories of the coverage gold set (``en.txt``, ``uk-*.txt``, …)."""
    pattern = "en.txt" if lang == "en" else f"{lang}-*.txt"
    return [
        line.strip()
        for story in SAMPLE_STORIES
        for path in sorted((COVERAGE / story).glob(pattern))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
