"""Issue 13, the first hour of a real user: each test failed before the fix it covers."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from support.cli import one_error_line, run
from support.paths import SEED

SHORT = "Trump met Putin in Budapest.\n\nThey talked about the war."


@pytest.fixture()
def article(tmp_path: Path) -> Path:
    file = tmp_path / "article.en.txt"
    file.write_text(SHORT, encoding="utf-8")
    return file


# ---- never lose a user's file ---------------------------------------------------------------


def test_translate_refuses_to_overwrite_a_file_it_did_not_write(article: Path, model_args: list[str]) -> None:
    human = article.parent / "article.uk.txt"
    human.write_text("Людський переклад.", encoding="utf-8")
    result = run(str(article), "--to", "uk", "--beam", "1", "-o", str(article.parent), *model_args)
    assert result.returncode == 1
    assert one_error_line(result) == (
        f"error: refusing to overwrite {human}: this tool did not write it; move it away, choose another -o folder, "
        "or pass --force to replace it"
    )
    assert human.read_text(encoding="utf-8") == "Людський переклад."
    assert "loading" not in result.stderr  # refused before any model loads
    forced = run(str(article), "--to", "uk", "--beam", "1", "-o", str(article.parent), "--force", *model_args)
    assert forced.returncode == 0, forced.stderr
    assert human.read_text(encoding="utf-8") != "Людський переклад."


def test_a_second_run_may_replace_its_own_files_but_not_edited_ones(article: Path, model_args: list[str], tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = run(str(article), "--to", "hu", "--beam", "1", "-o", str(out), *model_args)
    assert first.returncode == 0, first.stderr
    again = run(str(article), "--to", "hu", "--beam", "1", "-o", str(out), *model_args)
    assert again.returncode == 0, again.stderr
    (out / "article.hu.txt").write_text("kézzel javítva", encoding="utf-8")
    edited = run(str(article), "--to", "hu", "--beam", "1", "-o", str(out), *model_args)
    assert edited.returncode == 1
    assert "it changed since this tool wrote it" in one_error_line(edited)


def test_compare_never_writes_over_its_own_input(tmp_path: Path) -> None:
    source = tmp_path / "article.en.txt"
    source.write_text("Zelensky met Trump.\nKyiv waited.\n", encoding="utf-8")
    provided = tmp_path / "article.uk.txt"
    provided.write_bytes("\ufeffЗеленський зустрівся з Трампом.\nКиїв чекав.\n".encode())
    before = provided.read_bytes()
    result = run("compare", str(source), "--with", f"uk={provided}", "--ner", "none", "-o", str(tmp_path), "--force")
    assert result.returncode == 1
    assert one_error_line(result) == (
        f"error: refusing to write {provided}: it is an input of this run and would be overwritten; choose another -o folder"
    )
    assert provided.read_bytes() == before  # BOM and all


# ---- never give a silent wrong result -------------------------------------------------------


def test_a_russian_source_is_refused(tmp_path: Path, model_args: list[str]) -> None:
    file = tmp_path / "ru.txt"
    file.write_text("Президент объявил, что планирует встречу с Путиным в Будапеште на следующей неделе.", encoding="utf-8")
    result = run(str(file), "--to", "hu", *model_args)
    assert result.returncode == 1
    assert one_error_line(result).startswith("error: the text is mostly in Cyrillic letters (100%) (Russian or Ukrainian?), not English")


def test_an_html_page_is_refused_with_the_way_out(tmp_path: Path, model_args: list[str]) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<!DOCTYPE html><html><head><title>News</title><script>var x=1;</script></head>"
        "<body><nav><a href='/'>Home</a></nav><div><p>Trump met Putin.</p></div></body></html>",
        encoding="utf-8",
    )
    result = run(str(page), "--to", "hu", *model_args)
    assert result.returncode == 1
    line = one_error_line(result)
    assert "looks like an HTML page" in line and "--extract-html" in line and "newsalign-translate[html]" in line


@pytest.mark.parametrize(
    ("name", "make", "tool"),
    [
        ("story.pdf", lambda: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "pdftotext -layout"),
        ("story.docx", "word/document.xml", "pandoc -t plain"),
        ("story.odt", "mimetype", "pandoc -t plain"),
    ],
    ids=["pdf", "docx", "odt"],
)
def test_documents_name_the_tool_that_extracts_their_text(tmp_path: Path, name: str, make, tool: str) -> None:
    import io
    import zipfile

    file = tmp_path / name
    if callable(make):
        file.write_bytes(make())
    else:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            if make == "mimetype":
                archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
                archive.writestr("content.xml", "<office:document-content/>")
            else:
                archive.writestr(make, "<w:document/>")
        file.write_bytes(buffer.getvalue())
    result = run(str(file), "--to", "hu")
    assert result.returncode == 1
    line = one_error_line(result)
    assert tool in line and "iconv" not in line and str(file.with_suffix(".txt")) in line


def test_another_encoding_is_named_and_read_with_encoding(tmp_path: Path, model_args: list[str]) -> None:
    file = tmp_path / "cp1251.txt"
    file.write_bytes("Президент Трамп зустрівся з Путіним у Будапешті в четвер увечері.".encode("cp1251"))
    result = run("split", "--lang", "uk", str(file))
    assert result.returncode == 1
    assert "it looks like cp1251: pass --encoding cp1251" in one_error_line(result)
    result = run("split", "--lang", "uk", "--encoding", "cp1251", str(file))
    assert result.returncode == 0 and result.stdout.startswith("Президент Трамп")
    result = run("split", "--lang", "uk", "--encoding", "klingon", str(file))
    assert result.returncode == 2 and "encoding 'klingon' is not known" in one_error_line(result)


# ---- the command line works the way every command line does ---------------------------------


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


def test_language_aliases_are_accepted(article: Path, model_args: list[str]) -> None:
    result = run(str(article), "--to", "ua,rus,hun", "--beam", "1", "--format", "json", "--engine", "ctranslate2", *model_args)
    assert result.returncode == 0, result.stderr
    assert list(json.loads(result.stdout)["translations"]) == ["uk", "ru", "hu"]


def test_bad_options_are_found_before_any_model_loads(article: Path, tmp_path: Path, model_args: list[str]) -> None:
    glossary = tmp_path / "names.json"
    glossary.write_text('[{"text": "Kyiv", "label": "CITY"}]', encoding="utf-8")
    result = run(str(article), "--to", "hu", "--entities", str(glossary), *model_args)
    assert result.returncode == 1 and "label 'CITY' of 'Kyiv' is not known" in one_error_line(result)
    assert "loading" not in result.stderr


def test_an_unwritable_output_folder_is_found_before_any_model_loads(article: Path, tmp_path: Path, model_args: list[str]) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file, not a folder")
    result = run(str(article), "--to", "hu", "-o", str(blocker / "out"), *model_args)
    assert result.returncode == 1
    assert one_error_line(result).startswith(f"error: cannot create the output folder {blocker / 'out'}")


def test_too_many_threads_warn(article: Path, model_args: list[str]) -> None:
    result = run(str(article), "--to", "hu", "--beam", "1", "--threads", "999", "--engine", "ctranslate2", *model_args)
    assert result.returncode == 0, result.stderr
    assert f"warning: --threads 999 is more than the {len(os.sched_getaffinity(0))} CPU cores here" in result.stderr


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


def test_missing_models_are_reported_all_at_once(article: Path, tmp_path: Path) -> None:
    env = {"HF_HUB_OFFLINE": "1", "HF_HOME": str(tmp_path)}
    result = run(str(article), "--to", "uk,hu", env=env)
    assert result.returncode == 1
    line = one_error_line(result)
    assert line.startswith("error: 2 models are missing: model Helsinki-NLP/opus-mt-tc-big-en-zle is not cached")
    assert "; and model Helsinki-NLP/opus-mt-tc-big-en-hu is not cached" in line


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


def test_completion_scripts_come_from_the_parser() -> None:
    for shell, marker in (("bash", "complete"), ("zsh", "#compdef translate"), ("fish", "complete -c translate")):
        result = run("completion", shell)
        assert result.returncode == 0, result.stderr
        assert marker in result.stdout and "--to" in result.stdout and "compare" in result.stdout


# ---- honest, readable progress --------------------------------------------------------------


def test_third_party_warnings_are_silenced_unless_debug(tiny_models: dict[str, Path], tmp_path: Path) -> None:
    """Converting for CTranslate2 loads transformers' tokenizer, which warns about sacremoses."""
    model = f"hu={tiny_models['hu']}"
    quiet = run("models", "convert", "hu", "--model", model, env={"TRANSLATE_CACHE": str(tmp_path / "a")})
    assert quiet.returncode == 0, quiet.stderr
    assert "sacremoses" not in quiet.stderr and "converting" in quiet.stderr
    debug = run("models", "convert", "hu", "--model", model, "--debug", env={"TRANSLATE_CACHE": str(tmp_path / "b")})
    assert debug.returncode == 0 and "sacremoses" in debug.stderr


def test_quiet_shows_nothing_but_errors(article: Path, model_args: list[str], tmp_path: Path) -> None:
    result = run(str(article), "--to", "hu", "--beam", "1", "-o", str(tmp_path / "o"), "--quiet", *model_args)
    assert result.returncode == 0 and result.stderr == "" and result.stdout == ""
