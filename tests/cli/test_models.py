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
