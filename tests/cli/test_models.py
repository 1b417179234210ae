"""`translate models list|pull|convert`."""

from __future__ import annotations

from pathlib import Path

from support.cli import one_error_line, run
from support.paths import ROOT

DATA = ROOT / "tests" / "data" / "alignment"


def test_models_list_shows_defaults() -> None:
    result = run("models", "list")
    assert result.returncode == 0, result.stderr
    assert "Helsinki-NLP/opus-mt-tc-big-en-zle" in result.stdout and ">>ukr<<" in result.stdout


def test_models_convert_makes_a_ct2_folder(tiny_models, tmp_path) -> None:
    result = run("models", "convert", "hu", "--model", f"hu={tiny_models['hu']}", env={"TRANSLATE_CACHE": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert list(tmp_path.glob("ct2/*/model.bin"))


def test_pull_while_offline_is_one_line(tmp_path) -> None:
    result = run("models", "pull", "hu", env={"HF_HUB_OFFLINE": "1", "HF_HOME": str(tmp_path)})
    assert result.returncode == 1
    assert "cannot be downloaded while HF_HUB_OFFLINE is set" in one_error_line(result)


def test_models_list_covers_every_direction_with_its_published_score() -> None:
    result = run("models", "list")
    assert result.returncode == 0, result.stderr
    for line in (
        "  uk-en: Helsinki-NLP/opus-mt-tc-big-zle-en  (built-in default)  BLEU 39.2 / chrF 0.650",
        "  ru-en: Helsinki-NLP/opus-mt-tc-big-zle-en  (built-in default)  BLEU 35.2 / chrF 0.626",
        "  hu-en: Helsinki-NLP/opus-mt-tc-big-hu-en  (built-in default)  BLEU 34.6 / chrF 0.620",
        "    or Helsinki-NLP/opus-mt-uk-en (smaller, older; its model card publishes Tatoeba and newstest scores, no FLORES-101)",
    ):
        assert line in result.stdout.splitlines()


def test_models_convert_a_direction_into_english(direction_models, tmp_path) -> None:
    result = run("models", "convert", "ru-en", "--model", f"ru-en={direction_models['zle-en']}", env={"TRANSLATE_CACHE": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert "ru-en: CTranslate2 model ready at" in result.stderr and list(tmp_path.glob("ct2/*/model.bin"))


def test_pulling_a_pair_without_a_model_pulls_both_steps_through_english(tmp_path) -> None:
    result = run("models", "pull", "hu-uk", env={"HF_HUB_OFFLINE": "1", "HF_HOME": str(tmp_path)})
    assert result.returncode == 1
    line = one_error_line(result)
    assert "Helsinki-NLP/opus-mt-tc-big-hu-en cannot be downloaded while HF_HUB_OFFLINE is set" in line
def test_models_pull_messages(tmp_path: Path, tiny_models: dict[str, Path]) -> None:
    offline = run("models", "pull", "hu", env={"HF_HUB_OFFLINE": "1", "HF_HOME": str(tmp_path)})
    assert offline.returncode == 1 and "translate models pull" not in offline.stderr
    local = run("models", "pull", "hu", "--model", f"hu={tiny_models['hu']}")
    assert local.returncode == 0, local.stderr
    assert f"hu: {tiny_models['hu']} is a local folder; there is nothing to download" in local.stderr
    file = tmp_path / "model.bin"
    file.write_bytes(b"x")
    as_file = run("models", "pull", "hu", "--model", f"hu={file}")
    assert as_file.returncode == 1 and f"model path {file} is a file, not a folder" in one_error_line(as_file)


def test_third_party_warnings_are_silenced_unless_debug(tiny_models: dict[str, Path], tmp_path: Path) -> None:
    """Converting for CTranslate2 loads transformers' tokenizer, which warns about sacremoses."""
    model = f"hu={tiny_models['hu']}"
    quiet = run("models", "convert", "hu", "--model", model, env={"TRANSLATE_CACHE": str(tmp_path / "a")})
    assert quiet.returncode == 0, quiet.stderr
    assert "sacremoses" not in quiet.stderr and "converting" in quiet.stderr
    debug = run("models", "convert", "hu", "--model", model, "--debug", env={"TRANSLATE_CACHE": str(tmp_path / "b")})
    assert debug.returncode == 0 and "sacremoses" in debug.stderr
