"""The parser and dispatch: help, the default command, exit codes, --debug."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support.cli import run
from support.paths import ROOT, SEED

DATA = ROOT / "tests" / "data" / "alignment"


def test_python_m_and_help() -> None:
    result = run("--help")
    assert result.returncode == 0 and "translate" in result.stdout
    assert run("split", "--help").returncode == 0


def test_bad_usage_exits_2() -> None:
    assert run().returncode == 2
    assert run("translate").returncode == 2
    assert run(str(SEED), "--beam", "many").returncode == 2


def test_debug_shows_the_traceback(tmp_path) -> None:
    result = run(str(tmp_path / "missing.txt"), "--to", "hu", "--debug")
    assert result.returncode != 0 and "Traceback" in result.stderr


@pytest.mark.parametrize(
    "order",
    [
        ("--to", "hu", "FILE"),
        ("--quiet", "FILE", "--to", "hu"),
        ("--model", "MODEL", "--to", "hu", "FILE"),
    ],
    ids=["to-first", "quiet-first", "model-first"],
)
def test_options_and_the_file_in_any_order(article: Path, tiny_models: dict[str, Path], order: tuple[str, ...]) -> None:
    args = [str(article) if a == "FILE" else f"hu={tiny_models['hu']}" if a == "MODEL" else a for a in order]
    if "--model" not in args:
        args += ["--model", f"hu={tiny_models['hu']}"]
    result = run(*args, "--beam", "1", "--format", "json")
    assert result.returncode == 0, result.stderr
    assert list(json.loads(result.stdout)["translations"]) == ["hu"]


def test_help_shows_the_options_of_the_default_command() -> None:
    result = run("--help")
    assert result.returncode == 0
    for option in ("--to", "--format", "-o DIR", "--model LANG=MODEL", "--engine", "--beam", "--device", "--force", "--encoding"):
        assert option in result.stdout, option
    assert "other commands" in result.stdout and "compare" in result.stdout and "completion" in result.stdout


@pytest.mark.parametrize(
    ("options", "last_line"),
    [
        (["--to", "xx"], "error: target language 'xx' is not supported; choose from: uk, ru, hu"),
        (["--to", "hx"], "error: target language 'hx' is not supported; did you mean 'hu'? choose from: uk, ru, hu"),
        (["--beam", "100"], "error: beam size 100 is out of range; choose 1 to 32 (4 is the default)"),
        (["--engine", "foo"], "error: argument --engine: invalid choice: 'foo' (choose from 'ctranslate2', 'transformers')"),
        (["--quantization", "fp16"], "invalid choice: 'fp16'"),
        (["--format", "pdf"], "invalid choice: 'pdf'"),
        (["--threads", "-1"], "error: argument --threads: -1 is not allowed; give 1 or more (0: decided from the CPU count)"),
    ],
    ids=["lang", "typo", "beam", "engine", "quantization", "format", "threads"],
)
def test_every_usage_error_exits_2(options: list[str], last_line: str) -> None:
    result = run(str(SEED), *options)
    assert result.returncode == 2, result.stderr
    assert last_line in result.stderr.splitlines()[-1]


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (["compare", "en.txt", "-with", "ru=ru.txt"], "error: '-with' is not an option (did you mean --with?); see 'translate compare --help'"),
        (["compare", "en.txt", "--entitis", "g.json"], "error: '--entitis' is not an option (did you mean --entities?); see 'translate compare --help'"),
        (["compare", "en.txt", "--format", "reprot"],
         "error: argument --format: invalid choice: 'reprot' (did you mean 'report'? choose from 'json', 'text', 'side', "
         "'report', 'html', 'tmx', 'md'); see 'translate compare --help'"),
        (["compare", "en.txt", "--format", "pdf"],
         "error: argument --format: invalid choice: 'pdf' (choose from 'json', 'text', 'side', 'report', 'html', 'tmx', 'md'); "
         "see 'translate compare --help'"),
        (["article.txt", "--too", "uk"], "error: '--too' is not an option (did you mean --to?); see 'translate --help'"),
    ],
    ids=["dash", "typo", "choice", "no-close-choice", "default-command"],
)
def test_a_usage_error_is_one_line_with_the_option_it_may_be_a_typo_of(args: list[str], line: str) -> None:
    from support.cli import one_error_line

    result = run(*args)
    assert one_error_line(result) == line
    assert result.returncode == 2
