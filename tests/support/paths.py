"""Paths and constants the tests share."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "trump-putin-budapest.txt"
ENGINES = ("transformers", "ctranslate2")
COVERAGE = ROOT / "tests" / "data" / "coverage"


def coverage_lines(lang: str) -> list[str]:
    """Every line of real reporting in ``lang`` in the coverage gold set (``en.txt``, ``uk-*.txt``, …)."""
    pattern = "en.txt" if lang == "en" else f"{lang}-*.txt"
    return [
        line.strip()
        for path in sorted(COVERAGE.glob(f"*/{pattern}"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
