"""Writing into the -o folder: the planned names, the guard, the list of files written."""

from __future__ import annotations

from support.cli import run
from support.paths import SEED

from translate.cli.outputs import planned_outputs


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


def test_every_format_compare_writes_is_guarded(tmp_path) -> None:
    """An edited coverage report (or one this tool never wrote) is refused like an edited .json or .html."""
    from support.cli import one_error_line
    from support.paths import COVERAGE

    from translate.render.outputs import EXTENSIONS

    story = COVERAGE / "orban-trump-sanctions-exemption"
    out = tmp_path / "out"
    args = ["compare", str(story / "en.txt"), "--with", f"ru={story / 'ru-prime.txt'}", "--ner", "none", "-o", str(out), "--quiet"]
    for fmt in ("report", "html", "md", "tmx", "side"):
        assert run(*args, "--format", fmt).returncode == 0
        written = out / f"en.{EXTENSIONS[fmt]}"
        written.write_text("edited by hand", encoding="utf-8")
        result = run(*args, "--format", fmt)
        assert result.returncode == 1
        assert one_error_line(result) == (
            f"error: refusing to overwrite {written}: it changed since this tool wrote it; move it away, choose another "
            "-o folder, or pass --force to replace it"
        )
        assert written.read_text(encoding="utf-8") == "edited by hand"
    stranger = tmp_path / "other"
    stranger.mkdir()
    (stranger / "en.report.txt").write_text("mine", encoding="utf-8")
    result = run(*args[:-3], "-o", str(stranger), "--format", "report")
    assert result.returncode == 1 and "this tool did not write it" in result.stderr
    assert (stranger / "en.report.txt").read_text(encoding="utf-8") == "mine"


def test_the_cli_plans_every_format_the_renderer_writes(tmp_path) -> None:
    from translate.cli.compare import FORMATS as COMPARE_FORMATS
    from translate.cli.outputs import planned_outputs
    from translate.cli.translate_cmd import FORMATS as TRANSLATE_FORMATS
    from translate.render.outputs import EXTENSIONS

    for fmt in {*COMPARE_FORMATS, *TRANSLATE_FORMATS} - {"json", "text"}:
        assert fmt in EXTENSIONS, fmt
        assert planned_outputs(tmp_path, "s", [], [fmt])[-1].name == f"s.{EXTENSIONS[fmt]}"


def test_output_names_have_no_colon_or_space_and_never_collide(tmp_path) -> None:
    import pytest

    from translate.errors import UsageError

    names = [p.name for p in planned_outputs(tmp_path, "article", ["uk", "ru-mt", "ru:Ukrainska Pravda", "ru-en:RIA"], [])]
    assert names == ["article.uk.txt", "article.ru-mt.txt", "article.ru-Ukrainska_Pravda.txt", "article.ru-en-RIA.txt", "article.json"]
    with pytest.raises(UsageError, match=r"^the texts ru:RIA and ru:ria would both be written as article.ru-ria.txt \(file names ignore case"):
        planned_outputs(tmp_path, "article", ["ru:RIA", "ru:ria"], [])
    with pytest.raises(UsageError, match=r"^the texts ru-en:A and ru:en-A would both be written as article.ru-en-A.txt; give one"):
        planned_outputs(tmp_path, "article", ["ru-en:A", "ru:en-A"], [])
