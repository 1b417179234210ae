"""Settings for batch tests: CTranslate2, beam 1, the tiny models."""

from __future__ import annotations

import pytest

from translate.pipeline import Settings


@pytest.fixture(scope="session")
def settings(tiny_settings_models: dict[str, str]) -> Settings:
    return Settings(engine="ctranslate2", beam_size=1, models=tiny_settings_models)
