"""Defaults from the config file and the environment, each with where it came from."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support.cli import one_error_line, run

from translate.cli import build_parser, settings_from_args
from translate.errors import UsageError


def test_environment_and_config_fill_what_the_command_line_leaves_out(tmp_path, monkeypatch) -> None:
    config = tmp_path / "c.toml"
    config.write_text('beam = 2\ndevice = "auto"\n[models]\nua = "./uk-model"\n', encoding="utf-8")
    monkeypatch.setenv("TRANSLATE_BEAM", "3")
    monkeypatch.setenv("TRANSLATE_MODEL_HU", "/models/hu")
    settings = settings_from_args(build_parser().parse_args(["translate", "f.txt", "--config", str(config), "--model", "hu=/cli/hu"]))
    assert (settings.beam_size, settings.device) == (3, "auto")  # environment over config file
    assert dict(settings.models) == {"uk": "./uk-model", "hu": "/cli/hu"}  # command line over environment
    given = settings_from_args(build_parser().parse_args(["translate", "f.txt", "--config", str(config), "--beam", "5"]))
    assert given.beam_size == 5


def test_config_errors_name_the_file_and_the_key(tmp_path) -> None:
    from translate.cli.config import load_defaults

    bad = tmp_path / "c.toml"
    bad.write_text("colour = 1\n", encoding="utf-8")
    with pytest.raises(UsageError, match=r"config file .*c.toml: unknown key 'colour'; known keys: engine, beam, device, quantization, \[models\]"):
        load_defaults(bad, env={})
    bad.write_text("beam = [\n", encoding="utf-8")
    with pytest.raises(UsageError, match=r"is not valid TOML"):
        load_defaults(bad, env={})
    with pytest.raises(UsageError, match=r"config file .*missing.toml does not exist"):
        load_defaults(tmp_path / "missing.toml", env={})
    with pytest.raises(UsageError, match=r"environment TRANSLATE_ENGINE: engine 'fast' is not known"):
        load_defaults(None, env={"TRANSLATE_ENGINE": "fast", "XDG_CONFIG_HOME": str(tmp_path)})
    assert load_defaults(None, env={"XDG_CONFIG_HOME": str(tmp_path)}).values["beam"].source == "built-in default"


def test_each_value_names_its_source(tmp_path) -> None:
    from translate.cli.config import default_config_path, load_defaults

    env = {"XDG_CONFIG_HOME": str(tmp_path), "TRANSLATE_MODEL_UK": "/m/uk"}
    path = default_config_path(env)
    path.parent.mkdir(parents=True)
    path.write_text('quantization = "none"\n', encoding="utf-8")
    defaults = load_defaults(None, env=env)
    assert defaults.values["quantization"].source == f"config file {path}" and defaults.values["quantization"].value == "none"
    assert defaults.models["uk"].source == "environment TRANSLATE_MODEL_UK"
    assert defaults.config_file == path


def test_config_file_and_environment_give_defaults_and_models_list_names_their_source(
    article: Path, tmp_path: Path, tiny_models: dict[str, Path]
) -> None:
    config = tmp_path / "config.toml"
    config.write_text(f'beam = 1\nengine = "ctranslate2"\n[models]\nhu = "{tiny_models["hu"]}"\n', encoding="utf-8")
    env = {"XDG_CONFIG_HOME": str(tmp_path / "xdg"), "TRANSLATE_DEVICE": "cpu"}
    result = run(str(article), "--to", "hu", "--format", "json", "--config", str(config), env=env)
    assert result.returncode == 0, result.stderr
    assert "beam=1" in json.loads(result.stdout)["signature"]
    (tmp_path / "xdg" / "newsalign-translate").mkdir(parents=True)
    (tmp_path / "xdg" / "newsalign-translate" / "config.toml").write_text(config.read_text(encoding="utf-8"), encoding="utf-8")
    listing = run("models", "list", env={**env, "TRANSLATE_BEAM": "3"})
    assert listing.returncode == 0, listing.stderr
    xdg_file = tmp_path / "xdg" / "newsalign-translate" / "config.toml"
    assert "  beam: 3  (environment TRANSLATE_BEAM)" in listing.stdout
    assert f"  engine: ctranslate2  (config file {xdg_file})" in listing.stdout
    assert "  device: cpu  (environment TRANSLATE_DEVICE)" in listing.stdout
    assert f"  hu: {tiny_models['hu']}  (config file {xdg_file})" in listing.stdout
    assert "  uk: Helsinki-NLP/opus-mt-tc-big-en-zle  (built-in default, target token >>ukr<<)" in listing.stdout


def test_a_bad_config_file_is_a_usage_error(article: Path, tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('beam = "wide"\n', encoding="utf-8")
    result = run(str(article), "--to", "hu", "--config", str(config))
    assert result.returncode == 2
    assert one_error_line(result) == f"error: config file {config}: beam 'wide' is not a whole number; set it to e.g. 4"


def test_models_of_every_direction_come_from_the_config_file_and_the_environment(tmp_path, monkeypatch) -> None:
    config = tmp_path / "c.toml"
    config.write_text('[models]\nRU-EN = "./zle-en"\nhun-ukr = "./hu-uk"\n', encoding="utf-8")
    monkeypatch.setenv("TRANSLATE_MODEL_HU_EN", "/models/hu-en")
    settings = settings_from_args(build_parser().parse_args(["translate", "f.txt", "--config", str(config), "--model", "ua-en=/cli/uk-en"]))
    assert dict(settings.models) == {"ru-en": "./zle-en", "hu-uk": "./hu-uk", "hu-en": "/models/hu-en", "uk-en": "/cli/uk-en"}
    config.write_text('[models]\nde-en = "./x"\n', encoding="utf-8")
    with pytest.raises(UsageError, match=r"\[models\] de-en is not a target language or a direction; write uk \(en-uk\), ru-en"):
        settings_from_args(build_parser().parse_args(["translate", "f.txt", "--config", str(config)]))
