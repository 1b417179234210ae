"""The parser and dispatch: help, the default command, exit codes, --debug."""

from __future__ import annotations

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
