"""Writing into the -o folder: the planned names, the guard, the list of files written."""

from __future__ import annotations

from support.cli import run
from support.paths import SEED


def test_planned_outputs_are_the_files_written(model_args, tmp_path) -> None:
    from translate.cli.outputs import planned_outputs

    out = tmp_path / "o"
    result = run(str(SEED), "--to", "uk,hu", "--beam", "1", "--format", "side", "-o", str(out), *model_args)
    assert result.returncode == 0, result.stderr
    written = {p for p in out.iterdir() if not p.name.startswith(".")}
    assert written == set(planned_outputs(out, "trump-putin-budapest", ["uk", "hu"], ["side"]))


def test_planned_names_follow_keys_and_formats(tmp_path) -> None:
    from translate.cli.outputs import planned_outputs

    assert [p.name for p in planned_outputs(tmp_path, "s", ["uk", "uk-mt"], ["json", "html", "text"])] == [
        "s.uk.txt", "s.uk-mt.txt", "s.json", "s.html"
    ]
