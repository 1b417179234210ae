"""`translate completion SHELL`: scripts generated from the parser."""

from __future__ import annotations

from support.cli import run


def test_completion_scripts_come_from_the_parser() -> None:
    for shell, marker in (("bash", "complete"), ("zsh", "#compdef translate"), ("fish", "complete -c translate")):
        result = run("completion", shell)
        assert result.returncode == 0, result.stderr
        assert marker in result.stdout and "--to" in result.stdout and "compare" in result.stdout


def test_file_arguments_complete_file_names() -> None:
    from translate.cli import build_parser
    from translate.cli.completion import FILES, mark_files

    parser = build_parser()
    mark_files(parser)
    translate = parser.commands["translate"]
    marked = {a.dest for a in translate._actions if getattr(a, "complete", None) == FILES}
    assert {"input", "output", "entities", "config"} <= marked
