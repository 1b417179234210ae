"""Shared fixtures: tiny real Marian models built once per test session, offline settings."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from hypothesis import settings

# CI must not fail on an example drawn by chance: there, every run draws the same examples.
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

sys.path.insert(0, str(Path(__file__).parent))

from support.paths import ENGINES, ROOT, SEED, coverage_lines  # noqa: E402,F401
from support.tiny_marian import SOURCE_LINES, build_tiny_marian  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def _offline_caches(tmp_path_factory: pytest.TempPathFactory) -> None:
    """No test may reach a hub or write to the user's caches."""
    cache = tmp_path_factory.mktemp("cache")
    os.environ["TRANSLATE_CACHE"] = str(cache / "translate")
    os.environ["HF_HOME"] = str(cache / "hf")
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


@pytest.fixture(scope="session")
def tiny_models(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Folders of tiny models: 'zle' (multi-target, >>ukr<< >>rus<< >>bel<<), 'hu' (single target),
    'short' (positions limited to 24 tokens, to exercise splitting of long sentences)."""
    root = tmp_path_factory.mktemp("models")
    return {
        "zle": build_tiny_marian(
            root / "tiny-en-zle", target_tokens=(">>bel<<", ">>rus<<", ">>ukr<<"), seed=1
        ),
        "hu": build_tiny_marian(root / "tiny-en-hu", seed=2),
        "short": build_tiny_marian(root / "tiny-en-short", max_positions=24, seed=3),
    }


@pytest.fixture(scope="session")
def direction_models(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Tiny models for translating into English, laid out like OPUS-MT's: 'zle-en' (multi-source
    uk/ru → en, no target token, like opus-mt-tc-big-zle-en), 'hu-en', and 'en-uk' (English into
    whole Ukrainian words, so that its output is identified as Ukrainian). Their English output is
    whole English words too."""
    root = tmp_path_factory.mktemp("direction-models")
    english = coverage_lines("en") + SOURCE_LINES
    return {
        "zle-en": build_tiny_marian(
            root / "tiny-zle-en", source_lines=coverage_lines("uk") + coverage_lines("ru"), target_lines=english,
            target_vocab_size=400, whole_words=True, seed=4,
        ),
        "hu-en": build_tiny_marian(
            root / "tiny-hu-en", source_lines=coverage_lines("hu"), target_lines=english,
            target_vocab_size=400, whole_words=True, seed=5,
        ),
        "en-uk": build_tiny_marian(
            root / "tiny-en-uk", target_lines=coverage_lines("uk"), target_vocab_size=400, whole_words=True, seed=1,
            end_bias=4.0,
        ),
    }


@pytest.fixture(scope="session")
def model_args(tiny_models: dict[str, Path]) -> list[str]:
    """CLI options that point every target language at a tiny model."""
    return [
        "--model",
        f"uk={tiny_models['zle']}",
        "--model",
        f"ru={tiny_models['zle']}",
        "--model",
        f"hu={tiny_models['hu']}",
    ]


@pytest.fixture(scope="session")
def tiny_settings_models(tiny_models: dict[str, Path]) -> dict[str, str]:
    return {"uk": str(tiny_models["zle"]), "ru": str(tiny_models["zle"]), "hu": str(tiny_models["hu"])}


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")
