"""Where models come from: local folders, the caches, CTranslate2 copies."""

from __future__ import annotations

import pytest

from translate.engines import engine_class
from translate.errors import ModelFormatError
from translate.models import resolve


def test_ct2_conversion_is_cached_and_reused(tiny_models, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("TRANSLATE_CACHE", str(tmp_path))
    from translate.models import ensure_ct2

    model = resolve(str(tiny_models["hu"]))
    messages: list[str] = []
    first = ensure_ct2(model, "int8", log=messages.append)
    second = ensure_ct2(model, "int8", log=messages.append)
    assert first == second and (first / "model.bin").is_file()
    assert len(messages) == 1 and "converting" in messages[0]
    # The converted folder is itself a model folder users can point --model at.
    again = resolve(str(first))
    assert again.is_ct2
    engine = engine_class("ctranslate2")(again)
    assert engine.count_tokens("Trump") >= 2


def test_a_local_model_replaced_in_place_is_converted_again(tmp_path, monkeypatch) -> None:
    from support.tiny_marian import build_tiny_marian

    from translate.models import ct2_folder_for

    monkeypatch.setenv("TRANSLATE_CACHE", str(tmp_path / "cache"))
    folder = build_tiny_marian(tmp_path / "m", seed=0)
    before = ct2_folder_for(resolve(str(folder)), "int8")
    build_tiny_marian(tmp_path / "m", seed=1)
    import os

    os.utime(folder / "model.safetensors", ns=(1, 1))  # a different time even on coarse file systems
    assert ct2_folder_for(resolve(str(folder)), "int8") != before


def test_a_local_folder_resolves_as_local(tiny_models) -> None:
    model = resolve(str(tiny_models["hu"]))
    assert model.revision == "local" and not model.is_ct2 and model.path == tiny_models["hu"].resolve()


def test_a_missing_or_incomplete_folder_says_what_is_missing(tmp_path) -> None:
    from translate.errors import ModelNotAvailableError

    with pytest.raises(ModelNotAvailableError, match=r"model folder .*nope does not exist; pass --model LANG=PATH"):
        resolve(str(tmp_path / "nope"))
    (tmp_path / "half").mkdir()
    (tmp_path / "half" / "config.json").write_text("{}")
    with pytest.raises(ModelFormatError, match=r"is incomplete \(source.spm, target.spm, vocab.json, model.safetensors missing\)"):
        resolve(str(tmp_path / "half"))


def test_an_uncached_hub_id_offline_names_the_fix(monkeypatch, tmp_path) -> None:
    from translate.errors import ModelNotAvailableError

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path))
    with pytest.raises(ModelNotAvailableError, match=r"model Helsinki-NLP/opus-mt-en-hu is not cached and HF_HUB_OFFLINE is set; .*--model hu=PATH"):
        resolve("Helsinki-NLP/opus-mt-en-hu", lang="hu")


def test_cache_root_follows_the_environment(monkeypatch, tmp_path) -> None:
    from translate.models import cache_root

    monkeypatch.setenv("TRANSLATE_CACHE", str(tmp_path / "t"))
    assert cache_root() == tmp_path / "t"
    monkeypatch.delenv("TRANSLATE_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "x"))
    assert cache_root() == tmp_path / "x" / "newsalign-translate"


def test_max_positions_reads_the_config(tiny_models, tmp_path) -> None:
    from translate.models import max_positions

    assert max_positions(tiny_models["short"]) == 24
    assert max_positions(tmp_path) == 512  # nothing to read: the Marian default


def test_list_cached_finds_ct2_copies(tiny_models, tmp_path, monkeypatch) -> None:
    from translate.models import ensure_ct2, list_cached

    monkeypatch.setenv("TRANSLATE_CACHE", str(tmp_path))
    ensure_ct2(resolve(str(tiny_models["hu"])), "int8")
    found = [m for m in list_cached() if m.kind.startswith("ctranslate2")]
    assert len(found) == 1 and found[0].kind == "ctranslate2 int8" and found[0].revision == "local"
