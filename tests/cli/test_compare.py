"""`translate compare` end to end in a subprocess."""

from __future__ import annotations

import json
import re
import shlex
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from support.cli import one_error_line, run
from support.paths import ROOT

from translate.errors import UsageError

DATA = ROOT / "tests" / "data" / "alignment"


@pytest.mark.parametrize("fmt", ["json", "html", "md", "tmx", "text"])
def test_compare_provided_translations_in_every_format(short_pair: dict[str, Path], fmt: str) -> None:
    result = run(
        "compare", str(short_pair["en"]), "--with", f"uk={short_pair['uk']}", "--with", f"hu={short_pair['hu']}",
        "--ner", "none", "--entities", str(short_pair["glossary"]), "--format", fmt,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    if fmt == "json":
        data = json.loads(out)
        assert list(data["translations"]) == ["uk", "hu"]
        assert data["translations"]["uk"]["origin"] == "provided"
        assert data["entities"][0]["id"] == "E1" and "uk" in data["entities"][0]["mentions"]
    elif fmt == "html":
        assert out.startswith("<!DOCTYPE html>") and 'data-entity="E1"' in out and "<script" not in out
    elif fmt == "tmx":
        assert len(ET.fromstring(out).findall("./body/tu")) == 2
    elif fmt == "md":
        assert out.startswith("| English (en) | Ukrainian (uk) | Hungarian (hu) |")
    else:
        assert "=== Ukrainian (uk) · provided ===" in out


def test_compare_with_machine_translation_writes_files(short_pair: dict[str, Path], model_args: list[str], tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run(
        "compare", str(short_pair["short-en"]), "--with", f"hu={short_pair['short-hu']}", "--translate", "--format", "tmx",
        "-o", str(out), "--ner", "none", "--beam", "1", "--engine", "transformers", *model_args,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert sorted(p.name for p in out.iterdir()) == [".translate-written.json", "short.hu-mt.txt", "short.hu.txt", "short.json", "short.tmx"]
    data = json.loads((out / "short.json").read_text(encoding="utf-8"))
    keys = [part.partition("=")[0] for part in data["signature"].split("|")]
    assert len(keys) == len(set(keys)) and "hu-mt" in keys, data["signature"]  # no key twice
    assert data["translations"]["hu"]["alignment_mode"] == "model"
    assert data["translations"]["hu-mt"]["origin"] == "machine"


def test_compare_reports_a_bad_glossary_in_one_line(short_pair: dict[str, Path], tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('[\n{"text": "Kyiv", "label": "CITY"}\n]', encoding="utf-8")
    result = run("compare", str(short_pair["en"]), "--with", f"uk={short_pair['uk']}", "--entities", str(bad))
    assert result.returncode == 1
    assert result.stderr == f"error: {bad} line 2: label 'CITY' of 'Kyiv' is not known; use one of: PER, LOC, ORG, MISC\n"
    result = run("compare", str(short_pair["en"]), "--with", f"uk{short_pair['uk']}")
    assert result.returncode == 2
    assert result.stderr.startswith("error: --with 'uk") and result.stderr.endswith("is not LANG=FILE; write e.g. --with uk=article.uk.txt\n")


def test_compare_with_a_local_ner_model(short_pair: dict[str, Path], tmp_path: Path) -> None:
    from support.tiny_ner import build_tiny_ner

    folder = build_tiny_ner(tmp_path / "ner", seed=3)
    result = run("compare", str(short_pair["short-en"]), "--with", f"hu={short_pair['short-hu']}", "--ner", str(folder), "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert f"ner={folder}" in data["signature"]
    source = data["source"]["sentences"]
    for entity in data.get("entities", []):
        for sentence, start, end in entity["mentions"].get("en", []):
            assert 0 <= start < end <= len(source[sentence]["text"])
    result = run("compare", str(short_pair["short-en"]), "--with", f"hu={short_pair['short-hu']}", "--ner", str(tmp_path / "nothing"))
    assert result.returncode == 1
    assert result.stderr == f"error: NER model folder {tmp_path / 'nothing'} does not exist; pass --ner HUB_ID, --ner PATH or --ner none\n"


# ---- several texts per language, relation, the coverage report -----------------------------------

STORY = ROOT / "tests" / "data" / "coverage" / "orban-trump-sanctions-exemption"


def _usage_exit() -> int:
    """The exit code of a usage error of this command (a malformed --with), which every new usage error shares."""
    return run("compare", str(STORY / "en.txt"), "--with", "uk").returncode


def test_several_texts_per_language_are_named_by_name_or_file_stem() -> None:
    result = run(
        "compare", str(STORY / "en.txt"), "--with", f"ru={STORY / 'ru-kommersant.txt'}", "--with", f"ru:Prime={STORY / 'ru-prime.txt'}",
        "--with", f"uk={STORY / 'uk-delo.txt'}", "--with", f"hu={STORY / 'hu-444.txt'}", "--with", f"hu:24.hu={STORY / 'hu-24hu.txt'}",
        "--ner", "none", "--entities", str(STORY / "glossary.json"), "--relation", "hu:24.hu=translation", "--format", "json",
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    # One text of a language keeps the plain key; several are named, by NAME or by the file name without its language tag.
    assert list(data["translations"]) == ["ru:kommersant", "ru:Prime", "uk", "hu:444", "hu:24.hu"]
    relations = {key: (t["relation"], t["relation_evidence"]["overridden"]) for key, t in data["translations"].items()}
    assert relations == {
        "ru:kommersant": ("coverage", False), "ru:Prime": ("coverage", False), "uk": ("coverage", False),
        "hu:444": ("coverage", False), "hu:24.hu": ("translation", True),
    }
    assert len(data["coverage"]["reported_by"]) == len(data["source"]["sentences"])
    assert set(data["coverage"]["unreported"]) == {"ru:kommersant", "ru:Prime", "uk", "hu:444"}


def test_format_report_reads_as_a_coverage_report(tmp_path: Path) -> None:
    args = [
        "compare", str(STORY / "en.txt"), "--with", f"ru={STORY / 'ru-kommersant.txt'}", "--with", f"ru={STORY / 'ru-prime.txt'}",
        "--with", f"uk={STORY / 'uk-delo.txt'}", "--ner", "none", "--entities", str(STORY / "glossary.json"),
    ]
    result = run(*args, "--format", "report")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    english = (STORY / "en.txt").read_text(encoding="utf-8").splitlines()
    assert out.startswith(f"Coverage of the English article ({len(english)} sentences) by 3 texts\n\nTexts\n")
    headings = [
        "English sentences and the texts that report them", "Sentences linked to no English sentence",
        "Numbers that differ between linked sentences", "Quotations with no quoting sentence linked on the other side",
    ]
    assert [line for line in out.splitlines() if line in headings] == headings
    for key in ("ru:kommersant", "ru:prime", "uk"):
        assert f"  {key}" in out and f"  {key}: " in out
    assert out.count("independent coverage (decided from the evidence)") == 3
    assert "of the sentences pair up in order (a translation: 90% or more)" in " ".join(out.split())  # wrapped at 100 columns
    assert "  [1]  " + english[0][:40] in out
    assert all(len(line) <= 100 or " " not in line.strip() for line in out.splitlines())
    # With -o the report is written next to the JSON document.
    result = run(*args, "--format", "report", "-o", str(tmp_path / "out"), "--quiet")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "en.report.txt").read_text(encoding="utf-8") == out
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        ".translate-written.json", "en.json", "en.report.txt", "en.ru-kommersant.txt", "en.ru-prime.txt", "en.uk.txt",
    ]
    # Run again with fewer texts and no report: the files of the first run that no longer match are named.
    again = run(*args[:2], "--with", f"ru={STORY / 'ru-prime.txt'}", "--ner", "none", "-o", str(tmp_path / "out"))
    assert again.returncode == 0, again.stderr
    assert (f"notice: 4 files in {tmp_path / 'out'} from an earlier run of this article were not written this time and may not match en.json: "
            "en.report.txt, en.ru-kommersant.txt, en.ru-prime.txt, en.uk.txt; delete them if not needed") in again.stderr.splitlines()


def test_forcing_every_text_to_coverage_gives_a_report_of_translations_too(short_pair: dict[str, Path]) -> None:
    result = run("compare", str(short_pair["en"]), "--with", f"uk={short_pair['uk']}", "--ner", "none", "--relation", "coverage", "--format", "report")
    assert result.returncode == 0, result.stderr
    assert "uk    Ukrainian, independent coverage (as chosen; the evidence alone says translation)" in result.stdout
    result = run("compare", str(short_pair["en"]), "--with", f"uk={short_pair['uk']}", "--ner", "none", "--format", "report")
    assert "Ukrainian, translation (decided from the evidence)" in result.stdout
    assert "No text is independent coverage, so there is no coverage report" in result.stdout
    # A translation memory holds translations: the coverage text it leaves out is named on stderr too.
    result = run("compare", str(short_pair["en"]), "--with", f"uk={short_pair['uk']}", "--ner", "none", "--relation", "coverage", "--format", "tmx")
    assert result.returncode == 0 and not ET.fromstring(result.stdout).findall("./body/tu/tuv[@{http://www.w3.org/XML/1998/namespace}lang='uk']")
    assert "notice: the TMX leaves out uk: independent coverage, no translation of the English" in result.stderr


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--with", f"ru={STORY / 'ru-prime.txt'}", "--with", f"ru={STORY / 'ru-prime.txt'}"],
         f"error: {STORY / 'ru-prime.txt'} is given twice; give each text once"),
        (["--with", f"ru:A={STORY / 'ru-prime.txt'}", "--with", f"ru:B={STORY / 'ru-prime.txt'}"],
         f"error: {STORY / 'ru-prime.txt'} is given twice (as ru:A and ru:B); give each text once"),
        (["--with", f"ru:A={STORY / 'ru-prime.txt'}", "--with", f"uk={STORY / '..' / STORY.name / 'ru-prime.txt'}"],
         f"error: {STORY / '..' / STORY.name / 'ru-prime.txt'} is given twice (as ru:A and uk); give each text once"),
        (["--with", f"ru:RIA={STORY / 'ru-prime.txt'}", "--with", f"ru:RIA={STORY / 'ru-kommersant.txt'}"],
         "error: two texts are named ru:RIA; give each text of one language its own name: --with ru:NAME=FILE"),
        (["--with", f"uk:={STORY / 'uk-delo.txt'}"],
         f"error: --with 'uk:={STORY / 'uk-delo.txt'}' has an empty name; write e.g. --with uk:RIA={STORY / 'uk-delo.txt'}"),
        (["--with", f"uk:a/b={STORY / 'uk-delo.txt'}"],
         "error: the name 'a/b' cannot name a text; use up to 40 letters, digits, spaces and . - _ ' & +, "
         "starting with a letter or digit (e.g. RIA, Ukrainska Pravda, index.hu)"),
        (["--with", f"de:Spiegel={STORY / 'uk-delo.txt'}"],
         f"error: --with 'de:Spiegel={STORY / 'uk-delo.txt'}': language 'de' is not supported; choose from: uk, ru, hu"),
        (["--with", f"en={STORY / 'uk-delo.txt'}"],
         f"error: --with 'en={STORY / 'uk-delo.txt'}': --with gives the uk, ru or hu texts compared with the English "
         f"article, which is compare's first argument (one English text); write the file's own language (e.g. --with "
         f"hu={STORY / 'uk-delo.txt'}), or give it first if it is the English article: translate compare "
         f"{STORY / 'uk-delo.txt'} --with LANG=FILE"),
        (["--with", f"hx={STORY / 'uk-delo.txt'}"],
         f"error: --with 'hx={STORY / 'uk-delo.txt'}': language 'hx' is not supported; did you mean 'hu'? choose from: uk, ru, hu"),
        (["--with", f"uk={STORY / 'uk-delo.txt'}", "--relation", "ru:RIA=coverage"],
         "error: --relation ru:RIA=coverage: no text is named ru:RIA; the texts are: uk"),
        (["--with", f"uk={STORY / 'uk-delo.txt'}", "--relation", "uk=coverage", "--relation", "uk=translation"],
         "error: --relation is given twice for the text uk (coverage and translation); give one"),
        (["--with", f"uk={STORY / 'uk-delo.txt'}", "--relation", "coverage", "--relation", "auto"],
         "error: --relation is given twice for all texts (coverage and auto); give one"),
        # The language and the file as two words: said while parsing, not as a stray argument.
        (["--with", "ru", str(STORY / "ru-prime.txt")],
         "error: --with 'ru' is not LANG=FILE; write the language and the file as one word, e.g. --with ru=article.ru.txt"),
        (["--with", "uk=-", "--with", "ru=-"],
         "error: standard input is given twice (as uk and ru); it can be read once: give the other text as a file"),
        (["--with", f"uk={STORY / 'uk-delo.txt'}", "--entities", str(STORY / "glossary.json"), f"--entities={STORY / 'glossary.json'}"],
         "error: --entities is given twice; give one glossary (put all the names in one file)"),
    ],
)
def test_naming_and_relation_errors_are_one_line_usage_errors(extra: list[str], message: str) -> None:
    from support.cli import one_error_line

    result = run("compare", str(STORY / "en.txt"), *extra, "--ner", "none")
    assert one_error_line(result) == message
    assert result.returncode == _usage_exit() != 0


def test_standard_input_as_the_article_and_as_a_text_is_refused() -> None:
    result = run("compare", "-", "--with", "ru=-", "--ner", "none", stdin="Hello there, friends.\n")
    assert one_error_line(result) == (
        "error: standard input is the English article here, so it cannot also be the ru text; give that text as a file"
    )
    assert result.returncode == _usage_exit()


def test_an_unknown_relation_is_refused_while_parsing() -> None:
    result = run("compare", str(STORY / "en.txt"), "--with", f"uk={STORY / 'uk-delo.txt'}", "--relation", "ru=summary")
    assert result.returncode == 2
    assert result.stderr.endswith(
        "error: argument --relation: 'ru=summary' is not a relation; write auto, translation or coverage, "
        "or KEY=RELATION (e.g. ru:RIA=coverage); see 'translate compare --help'\n"
    )
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


def test_compare_back_translate_writes_the_english_next_to_each_text(short_pair: dict[str, Path], direction_models, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run(
        "compare", str(short_pair["short-en"]), "--with", f"hu:Index={short_pair['short-hu']}", "--back-translate",
        "--relation", "coverage", "-o", str(out), "--ner", "none", "--beam", "1", "--engine", "transformers",
        "--model", f"hu-en={direction_models['hu-en']}",
    )
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == [".translate-written.json", "short.hu-Index.txt", "short.hu-en-Index.txt", "short.json"]
    data = json.loads((out / "short.json").read_text(encoding="utf-8"))
    assert list(data["translations"]) == ["hu:Index", "hu-en:Index"]
    back = data["translations"]["hu-en:Index"]
    assert back["origin"] == "machine" and back["back_translation_of"] == "hu:Index"
    assert len(back["sentences"]) == len(data["translations"]["hu:Index"]["sentences"])
    assert data["translations"]["hu:Index"]["alignment_mode"] == "coverage+model"
    assert "|hu-en=" in data["signature"] and "hu-mt" not in data["translations"]


def test_compare_back_translate_names_missing_models_in_one_line(short_pair: dict[str, Path]) -> None:
    result = run("compare", str(short_pair["short-en"]), "--with", f"hu={short_pair['short-hu']}", "--with", f"uk={short_pair['uk']}",
                 "--back-translate", "--ner", "none")
    assert result.returncode != 0
    line = one_error_line(result)
    assert line.startswith("error: 2 models are missing: model Helsinki-NLP/opus-mt-tc-big-hu-en is not cached"), line
    assert "translate models pull uk-en" in line


def test_the_same_text_in_two_files_is_refused(tmp_path: Path) -> None:
    copy = tmp_path / "copy.txt"
    copy.write_bytes((STORY / "ru-prime.txt").read_bytes().replace(b"\n", b"\r\n"))  # a CRLF copy is the same text
    result = run("compare", str(STORY / "en.txt"), "--with", f"ru:A={STORY / 'ru-prime.txt'}", "--with", f"ru:B={copy}", "--ner", "none")
    assert one_error_line(result) == f"error: {copy} has the same text as {STORY / 'ru-prime.txt'} (as ru:A and ru:B); give each text once"
    assert result.returncode == _usage_exit()


def test_a_text_in_another_language_than_declared_is_refused() -> None:
    russian, ukrainian = STORY / "ru-prime.txt", STORY / "uk-delo.txt"
    result = run("compare", str(STORY / "en.txt"), "--with", f"uk={russian}", "--ner", "none")
    assert result.returncode == 1
    assert one_error_line(result) == (
        f"error: {russian} looks Russian (found Russian 100%), not Ukrainian; give it as --with ru={russian} "
        f"(or --with ru:NAME={russian}), or pass --no-language-check if it is Ukrainian"
    )
    result = run("compare", str(STORY / "en.txt"), "--with", f"ru:Lisa={STORY / 'en.txt'}", "--ner", "none")
    assert one_error_line(result) == (
        f"error: {STORY / 'en.txt'} looks English (found English 100%), not Russian; the English article is compare's "
        "first argument, or pass --no-language-check if it is Russian"
    )
    result = run("compare", str(russian), "--with", f"uk={ukrainian}", "--ner", "none")
    assert one_error_line(result) == (
        f"error: {russian} looks Russian (found Russian 100%), not English; compare takes the English article first, "
        "or pass --no-language-check if it is English"
    )
    result = run("compare", str(STORY / "en.txt"), "--with", f"uk={russian}", "--ner", "none", "--no-language-check", "--format", "json")
    assert result.returncode == 0, result.stderr
    assert list(json.loads(result.stdout)["translations"]) == ["uk"]


def test_an_over_long_text_is_named_by_its_key(tmp_path: Path) -> None:
    from translate.limits import MAX_TEXT_CHARS

    big = tmp_path / "lisa.txt"
    big.write_text(("Trump met Putin in Budapest. " * (MAX_TEXT_CHARS // 29 + 1)), encoding="utf-8")
    result = run("compare", str(STORY / "en.txt"), "--with", f"ru={STORY / 'ru-prime.txt'}", "--with", f"ru:lisa={big}", "--ner", "none")
    assert result.returncode == 1
    size = len(big.read_text(encoding="utf-8"))
    assert one_error_line(result) == (
        f"error: the ru:lisa text has {size:,} characters; compare takes at most {MAX_TEXT_CHARS:,}; "
        "split it into shorter articles and compare each"
    )


def test_encoding_applies_only_to_files_that_are_not_utf8(tmp_path: Path) -> None:
    """Following the not-UTF-8 error's advice (--encoding cp1251) keeps the UTF-8 English readable."""
    russian = tmp_path / "ru.txt"
    russian.write_bytes((STORY / "ru-prime.txt").read_text(encoding="utf-8").encode("cp1251"))
    result = run("compare", str(STORY / "en.txt"), "--with", f"ru={russian}", "--ner", "none")
    assert result.returncode == 1 and "pass --encoding cp1251" in one_error_line(result)
    result = run("compare", str(STORY / "en.txt"), "--with", f"ru={russian}", "--ner", "none", "--encoding", "cp1251", "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["source"]["text"] == (STORY / "en.txt").read_text(encoding="utf-8")
    assert data["translations"]["ru"]["text"] == (STORY / "ru-prime.txt").read_text(encoding="utf-8")


def test_with_takes_the_language_aliases_every_command_takes() -> None:
    from translate.cli.compare import parse_with

    assert parse_with("rus:RIA=ria.txt") == ("ru", "RIA", "ria.txt") and parse_with("UA=pravda.txt") == ("uk", "", "pravda.txt")
    assert parse_with("hun=index.txt")[0] == "hu"


@pytest.mark.parametrize(("redirect", "message", "code"), [
    (">/dev/full", r"^error: cannot write the output: No space left on device; free some space or pass -o", 1),
    (">&-", r"^error: standard output is closed; redirect it to a file or pass -o FILE$", 2),
])
def test_a_result_that_cannot_be_written_is_one_line_error(redirect: str, message: str, code: int) -> None:
    story = ROOT / "tests/data/coverage/moskva-cruiser-sinking-2022"
    command = [sys.executable, "-m", "translate", "compare", str(story / "en.txt"), "--with", f"ru={story / 'ru-meduza.txt'}",
               "--ner", "none", "--entities", str(story / "glossary.json"), "--format", "json"]
    result = subprocess.run(["bash", "-c", f"{shlex.join(command)} {redirect}"], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert result.returncode == code, result.stderr
    assert re.match(message, one_error_line(result))


@pytest.mark.parametrize("key", ["uk-mt", "ru-en"])
def test_with_refuses_the_keys_of_the_tools_own_texts(key: str) -> None:
    from translate.cli.compare import parse_with

    with pytest.raises(UsageError, match=rf"{key} is the key of .*--with {key[:2]}:NAME=ria.txt"):
        parse_with(f"{key}=ria.txt")
    assert parse_with("ru-RU=ria.txt")[0] == "ru"  # a region tag is still the language


def test_a_language_as_relation_key_chooses_for_each_of_its_texts() -> None:
    from translate.cli.compare import relations

    keys = ["ru:NTV", "ru:Lenta", "uk"]
    assert relations([("ru", "coverage")], keys) == {"ru:NTV": "coverage", "ru:Lenta": "coverage", "uk": "auto"}
    assert relations([("ru", "coverage"), ("ru:NTV", "translation"), ("", "translation")], keys) == {
        "ru:NTV": "translation", "ru:Lenta": "coverage", "uk": "translation"
    }
    with pytest.raises(UsageError, match="no text is named hu"):
        relations([("hu", "coverage")], keys)


def test_two_swapped_files_are_both_named() -> None:
    russian, ukrainian = STORY / "ru-prime.txt", STORY / "uk-delo.txt"
    result = run("compare", str(STORY / "en.txt"), "--with", f"uk={russian}", "--with", f"ru={ukrainian}", "--ner", "none")
    assert result.returncode == 1
    line = one_error_line(result)
    assert line.startswith("error: 2 texts are not in the language they are given as: ")
    assert f"give it as --with ru={russian}" in line and f"give it as --with uk={ukrainian}" in line


def test_a_relation_key_typed_in_another_case_gets_the_key_suggested() -> None:
    from translate.cli.compare import relations

    with pytest.raises(UsageError, match=r"no text is named hu:Index; did you mean hu:index\? the texts are: hu:index, ru:lenta$"):
        relations([("hu:Index", "coverage")], ["hu:index", "ru:lenta"])
