"""`translate FILE` (the default command) end to end, in a subprocess, on tiny local models."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from support.cli import one_error_line, run
from support.contract import check_document
from support.paths import ROOT, SEED

DATA = ROOT / "tests" / "data" / "alignment"


def test_seed_article_to_three_languages_as_json(model_args, tmp_path) -> None:
    result = run(str(SEED), "--to", "uk,ru,hu", "--format", "json", "--beam", "2", "-o", str(tmp_path / "out"), *model_args)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""  # with -o: files only
    stem = "trump-putin-budapest"
    doc = json.loads((tmp_path / "out" / f"{stem}.json").read_text(encoding="utf-8"))
    check_document(doc, ("uk", "ru", "hu"))
    assert doc["source"]["text"] == SEED.read_text(encoding="utf-8")
    written = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert written == [".translate-written.json", f"{stem}.hu.txt", f"{stem}.json", f"{stem}.ru.txt", f"{stem}.uk.txt"]  # no temporary leftovers
    assert [line for line in result.stderr.splitlines() if line.startswith("wrote ")] == [
        f"wrote {tmp_path / 'out' / name}" for name in (f"{stem}.uk.txt", f"{stem}.ru.txt", f"{stem}.hu.txt", f"{stem}.json")
    ]
    assert doc["translations"]["uk"]["target_token"] == ">>ukr<<" and "target_token" not in doc["translations"]["hu"]
    assert (tmp_path / "out" / f"{stem}.uk.txt").read_text(encoding="utf-8") == doc["translations"]["uk"]["text"]


def test_default_text_format_and_stdin(model_args) -> None:
    result = run("-", "--to", "hu", "--beam", "1", "--engine", "transformers", *model_args, stdin=b"Trump met Putin.\n\nThey talked.")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("=== Hungarian (hu) · ")
    body = result.stdout.split("\n", 1)[1]
    assert body.count("\n\n") == 1  # the paragraph break is kept


def test_offline_error_names_the_model_and_the_fix(tmp_path) -> None:
    result = run(str(SEED), "--to", "hu", env={"HF_HUB_OFFLINE": "1", "HF_HOME": str(tmp_path)})
    assert result.returncode == 1
    line = one_error_line(result)
    assert line.startswith("error: model Helsinki-NLP/opus-mt-tc-big-en-hu is not cached and HF_HUB_OFFLINE is set")
    assert "translate models pull hu" in line and "--model hu=PATH" in line


def test_unreachable_hub_error(tmp_path) -> None:
    env = {"HF_HUB_OFFLINE": "0", "HF_HOME": str(tmp_path), "HF_ENDPOINT": "http://127.0.0.1:9"}
    result = run(str(SEED), "--to", "uk", "--quiet", env=env)
    assert result.returncode == 1
    line = one_error_line(result)
    assert "model Helsinki-NLP/opus-mt-tc-big-en-zle is not cached and the hub cannot be reached" in line


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "does not exist; check the path"),
        (b"", "is empty; give an article with at least one sentence"),
        (b"  \n\n \t", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "looks like a binary file (it contains NUL bytes)"),
        ("Привіт, світе".encode("cp1251"), "is not valid UTF-8 (byte 0, line 1); it looks like cp1251: pass --encoding cp1251"),
        ("Trump met Putin in Budapest.\n".encode("utf-16"), "input.txt is UTF-16, not UTF-8; convert it (iconv -f utf-16 -t utf-8 "),
    ],
    ids=["missing", "empty", "blank", "binary", "cp1251", "utf16"],
)
def test_bad_input_files(tmp_path, model_args, content: bytes | None, message: str) -> None:
    file = tmp_path / "input.txt"
    if content is not None:
        file.write_bytes(content)
    result = run(str(file), "--to", "hu", *model_args)
    assert result.returncode == 1
    assert message in one_error_line(result)


def test_folder_as_input(tmp_path) -> None:
    result = run(str(tmp_path), "--to", "hu")
    assert result.returncode == 1
    assert "is a folder; give one text file" in one_error_line(result)


def test_unknown_language_and_engine(model_args) -> None:
    result = run(str(SEED), "--to", "uk,de", *model_args)
    assert result.returncode == 2
    assert one_error_line(result) == "error: target language 'de' is not supported; choose from: uk, ru, hu"
    result = run(str(SEED), "--to", "uk", "--engine", "ct3", *model_args)
    assert result.returncode == 2
    assert result.stderr.splitlines()[-1] == "error: argument --engine: invalid choice: 'ct3' (choose from 'ctranslate2', 'transformers'); see 'translate --help'"
    result = run("split", "--lang", "xx", str(SEED))
    assert result.returncode == 2
    assert one_error_line(result) == "error: language 'xx' is not supported; choose from: en, uk, ru, hu"


def test_model_folder_without_tokenizer_files(tmp_path, tiny_models) -> None:
    broken = tmp_path / "broken"
    broken.mkdir()
    for name in ("config.json", "model.safetensors"):
        (broken / name).write_bytes((tiny_models["hu"] / name).read_bytes())
    result = run(str(SEED), "--to", "hu", "--model", f"hu={broken}")
    assert result.returncode == 1
    line = one_error_line(result)
    assert f"model folder {broken} is incomplete (source.spm, target.spm, vocab.json missing)" in line


def test_missing_model_folder_and_bad_model_option(tmp_path) -> None:
    result = run(str(SEED), "--to", "hu", "--model", f"hu={tmp_path / 'nope'}")
    assert result.returncode == 1
    assert "does not exist; pass --model LANG=PATH to an existing folder" in one_error_line(result)
    result = run(str(SEED), "--to", "hu", "--model", "Helsinki-NLP/opus-mt-en-hu")
    assert result.returncode == 2
    assert "is not LANG=MODEL" in one_error_line(result)


def test_output_folder_that_is_a_file(tmp_path, model_args) -> None:
    target = tmp_path / "file"
    target.write_text("x")
    result = run(str(SEED), "--to", "hu", "--beam", "1", "-o", str(target), *model_args)
    assert result.returncode == 1
    assert "is a file; give a folder for the outputs" in one_error_line(result)


def test_output_folder_gets_the_chosen_format_too(model_args, tmp_path) -> None:
    result = run(str(SEED), "--to", "hu", "--beam", "1", "--format", "html", "-o", str(tmp_path), *model_args)
    assert result.returncode == 0, result.stderr
    page = (tmp_path / "trump-putin-budapest.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and result.stdout == ""  # -o means files only


def test_side_by_side_format(model_args) -> None:
    result = run(str(SEED), "--to", "uk,hu", "--beam", "1", "--format", "side", *model_args)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert sum(line.startswith("en │ ") for line in lines) == 24
    assert sum(line.startswith("uk │ ") for line in lines) == 24
    assert sum(line.startswith("hu │ ") for line in lines) == 24
    assert lines[0] == "en │ Trump Plans Budapest Meeting with Putin Following Significant Progress in Recent Call"


def test_a_nul_byte_late_in_a_file_still_marks_it_binary(tmp_path, model_args) -> None:
    file = tmp_path / "late.txt"
    file.write_bytes(b"Trump met Putin.\n" * 5000 + b"They\x00 talked.\n")
    result = run(str(file), "--to", "hu", *model_args)
    assert result.returncode == 1 and "looks like a binary file" in one_error_line(result)


def test_bad_device_is_one_line() -> None:
    result = run(str(SEED), "--to", "hu", "--device", "gpu")
    assert result.returncode == 2
    assert result.stderr.splitlines()[-1] == "error: argument --device: device 'gpu' is not known; choose cpu, cuda, cuda:N or auto; see 'translate --help'"


def test_translate_command_html_with_entities(short_pair: dict[str, Path], model_args: list[str]) -> None:
    result = run(
        "translate", str(short_pair["short-en"]), "--to", "uk", "--format", "html", "--entities", str(short_pair["glossary"]),
        "--beam", "1", "--engine", "transformers", "-q", *model_args,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("<!DOCTYPE html>")
    assert 'data-entity="E1"' in result.stdout  # at least the English column is highlighted


def test_the_flag_summary_names_where_the_rest_is(tmp_path, caplog) -> None:
    import argparse
    import logging

    from translate.cli.translate_cmd import report_flags

    lines = [f"hu sentence {i}: repetition" for i in range(50)]
    last = {}
    for output, fmt in ((None, "text"), (None, "json"), (tmp_path, "html")):
        caplog.clear()
        with caplog.at_level(logging.INFO, logger="translate"):
            report_flags(lines, argparse.Namespace(output=output, format=fmt), "story")
        last[(output, fmt)] = caplog.records[-1].getMessage()
    assert last[(None, "text")] == "flag: … 30 more lines: run again with --format json or -o DIR to see them all"
    assert last[(None, "json")] == "flag: … 30 more lines: see the JSON output"
    assert last[(tmp_path, "html")] == f"flag: … 30 more lines: see {tmp_path / 'story.json'}"


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


def test_a_russian_source_named_english_is_refused(tmp_path: Path, model_args: list[str]) -> None:
    file = tmp_path / "ru.txt"
    file.write_text("Президент объявил, что планирует встречу с Путиным в Будапеште на следующей неделе.", encoding="utf-8")
    result = run(str(file), "--from", "en", "--to", "hu", *model_args)
    assert result.returncode == 1
    line = one_error_line(result)
    assert line.startswith("error: the text is mostly in Cyrillic letters (100%) (Russian or Ukrainian?), not English")
    assert line.endswith("name the article's language with --from LANG (or --from auto)")


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
    # A text file of that name already there: the suggested command writes beside it, not over it.
    file.with_suffix(".txt").write_text("my own notes", encoding="utf-8")
    line = one_error_line(run(str(file), "--to", "hu"))
    assert str(file.with_name("story.extracted.txt")) in line and f"-o {file.with_suffix('.txt')}" not in line


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


def test_missing_models_are_reported_all_at_once(article: Path, tmp_path: Path) -> None:
    env = {"HF_HUB_OFFLINE": "1", "HF_HOME": str(tmp_path)}
    result = run(str(article), "--to", "uk,hu", env=env)
    assert result.returncode == 1
    line = one_error_line(result)
    assert line.startswith("error: 2 models are missing: model Helsinki-NLP/opus-mt-tc-big-en-zle is not cached")
    assert "; and model Helsinki-NLP/opus-mt-tc-big-en-hu is not cached" in line


def test_quiet_shows_nothing_but_errors(article: Path, model_args: list[str], tmp_path: Path) -> None:
    result = run(str(article), "--to", "hu", "--beam", "1", "-o", str(tmp_path / "o"), "--quiet", *model_args)
    assert result.returncode == 0 and result.stderr == "" and result.stdout == ""
