"""Paths and constants the tests share."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "trump-putin-budapest.txt"
ENGINES = ("transformers", "ctranslate2")
