"""`translate models list|pull|convert`."""

from __future__ import annotations

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
        "  uk-en: Helsinki-NLP/opus-mt-tc-big-zle-en  BLEU 39.2 / chrF 0.650",
        "  ru-en: Helsinki-NLP/opus-mt-tc-big-zle-en  BLEU 35.2 / chrF 0.626",
        "  hu-en: Helsinki-NLP/opus-mt-tc-big-hu-en  BLEU 34.6 / chrF 0.620",
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
