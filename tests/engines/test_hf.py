"""The transformers engine."""

from __future__ import annotations

import pytest

from translate.engines import engine_class
from translate.errors import ModelFormatError
from translate.models import resolve


def test_transformers_engine_refuses_a_ct2_folder(tiny_models, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("TRANSLATE_CACHE", str(tmp_path))
    from translate.models import ensure_ct2

    folder = ensure_ct2(resolve(str(tiny_models["hu"])), "int8")
    with pytest.raises(ModelFormatError, match="is a CTranslate2 model; use --engine ctranslate2"):
        engine_class("transformers")(resolve(str(folder)))
