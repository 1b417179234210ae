"""Settings: validation and the model for each language."""

from __future__ import annotations

import pytest

from translate.errors import UsageError
from translate.pipeline import Settings, Translator


def test_bad_settings_are_refused() -> None:
    with pytest.raises(UsageError, match="engine 'fast' is not known"):
        Translator(Settings(engine="fast"))
    with pytest.raises(UsageError, match="beam size 0 is out of range"):
        Translator(Settings(beam_size=0))


def test_model_spec_uses_the_default_table_or_the_override() -> None:
    assert Settings().model_spec("uk") == ("Helsinki-NLP/opus-mt-tc-big-en-zle", ">>ukr<<")
    assert Settings(models={"uk": "./mine"}).model_spec("uk") == ("./mine", None)
    with pytest.raises(UsageError, match=r"no default model for 'de'; pass --model de=HUB_ID_OR_PATH"):
        Settings().model_spec("de")


def test_device_and_quantization_are_checked() -> None:
    Settings(device="cuda:1").validate()
    with pytest.raises(UsageError, match=r"device 'gpu' is not known; choose cpu, cuda, cuda:N or auto"):
        Settings(device="gpu").validate()
    with pytest.raises(UsageError, match=r"quantization 'fp16' is not known; choose int8 or none"):
        Settings(quantization="fp16").validate()


def test_the_engine_defaults_to_the_registry_default() -> None:
    from translate.engines import default_engine

    assert Settings().resolved_engine() == default_engine()
    assert Settings(engine="transformers").resolved_engine() == "transformers"
