"""The user's files: reading one article, output names, the atomic writer (decoding: test_decoding.py)."""

from __future__ import annotations

from pathlib import Path

import pytest


def test_output_names_keep_dates_and_drop_language_tags() -> None:
    from translate.files import output_stem

    assert output_stem(Path("2025.10.16-budapest.txt")) == "2025.10.16-budapest"
    assert output_stem(Path("story.en.txt")) == "story"

def test_write_atomic_writes_text_bytes_and_chunks(tmp_path) -> None:
    from translate.files import write_atomic

    write_atomic(tmp_path / "a.txt", "Київ\n")
    write_atomic(tmp_path / "b.bin", b"\x00\x01")
    write_atomic(tmp_path / "sub" / "c.txt", iter([b"one ", b"two"]))
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == "Київ\n"
    assert (tmp_path / "b.bin").read_bytes() == b"\x00\x01"
    assert (tmp_path / "sub" / "c.txt").read_bytes() == b"one two"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.bin", "sub"]  # no temporary leftovers

def test_an_error_while_writing_leaves_no_half_file_and_keeps_the_old_one(tmp_path) -> None:
    from translate.files import write_atomic

    target = tmp_path / "out.txt"
    target.write_text("old", encoding="utf-8")

    def chunks():
        yield b"new half"
        raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError, match="disk on fire"):
        write_atomic(target, chunks())
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]

def test_written_files_follow_the_umask(tmp_path) -> None:
    import os

    from translate.files import write_atomic

    old = os.umask(0o027)
    try:
        write_atomic(tmp_path / "x.txt", "x")
    finally:
        os.umask(old)
    assert (tmp_path / "x.txt").stat().st_mode & 0o777 == 0o640

def test_an_unwritable_folder_is_an_output_error_with_the_fix(tmp_path) -> None:
    from translate.errors import OutputError
    from translate.files import write_atomic

    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(OutputError, match=r"cannot write .*file/out.txt: .*; choose another -o folder"):
        write_atomic(blocker / "out.txt", "x")

def test_prepare_output_folder(tmp_path) -> None:
    from translate.errors import OutputError
    from translate.files import prepare_output_folder

    prepare_output_folder(tmp_path / "new" / "deep")
    assert (tmp_path / "new" / "deep").is_dir()
    (tmp_path / "f").write_text("x")
    with pytest.raises(OutputError, match="is a file; give a folder for the outputs"):
        prepare_output_folder(tmp_path / "f")

def test_read_article_errors(tmp_path) -> None:
    from translate.errors import InputError
    from translate.files import read_article

    with pytest.raises(InputError, match=r"does not exist; check the path"):
        read_article(str(tmp_path / "missing.txt"))
    with pytest.raises(InputError, match=r"is a folder; give one text file"):
        read_article(str(tmp_path))
    story = tmp_path / "story.en.txt"
    story.write_text("Trump met Putin.", encoding="utf-8")
    assert read_article(str(story)) == ("Trump met Putin.", "story")

def test_read_article_refuses_a_file_too_large_for_one_article(tmp_path, monkeypatch) -> None:
    from translate import files
    from translate.errors import InputError

    monkeypatch.setattr(files, "MAX_FILE_BYTES", 10)
    big = tmp_path / "big.txt"
    big.write_text("word " * 10, encoding="utf-8")
    with pytest.raises(InputError, match=r"is larger than 0 MiB, too long for one article; split it or use 'translate batch'"):
        files.read_article(str(big))

def test_html_is_refused_unless_extracted_and_extraction_is_announced(tmp_path, monkeypatch) -> None:
    import sys
    import types

    from translate.errors import InputError
    from translate.files import read_article

    page = tmp_path / "page.html"
    page.write_text("<html><body><nav>Menu</nav><p>Trump met Putin.</p><script>x()</script></body></html>", encoding="utf-8")
    with pytest.raises(InputError, match=r"looks like an HTML page; .*Pass --extract-html"):
        read_article(str(page))
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # not installed
    with pytest.raises(InputError, match=r"--extract-html needs trafilatura; run: pip install 'newsalign-translate\[html\]'"):
        read_article(str(page), extract_html=True)
    fake = types.ModuleType("trafilatura")
    fake.extract = lambda html, **options: "Trump met Putin."  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "trafilatura", fake)
    notices: list[str] = []
    assert read_article(str(page), extract_html=True, log=notices.append) == ("Trump met Putin.", "page")
    assert notices == [f"notice: {page} is an HTML page; translating the article text trafilatura found in it (16 characters)"]

def test_text_with_a_few_tags_is_not_html() -> None:
    from translate.files import looks_like_html

    assert not looks_like_html("Trump met <b>Putin</b> in Budapest. Then <i>they</i> talked.")
    assert looks_like_html("  <!DOCTYPE html>\n<p>x</p>")

def test_output_guard_rules(tmp_path) -> None:
    from translate.errors import OutputError
    from translate.files import MANIFEST, OutputGuard

    source = tmp_path / "story.en.txt"
    source.write_text("x", encoding="utf-8")
    guard = OutputGuard(tmp_path, [source, "-"])
    out = tmp_path / "story.hu.txt"
    guard.check([out])  # a new file is fine
    out.write_text("ours", encoding="utf-8")
    with pytest.raises(OutputError, match=r"this tool did not write it"):
        guard.check([out])
    guard.record([out])
    assert (tmp_path / MANIFEST).is_file()
    guard.check([out])  # ours, unchanged
    out.write_text("edited", encoding="utf-8")
    with pytest.raises(OutputError, match=r"it changed since this tool wrote it"):
        guard.check([out])
    OutputGuard(tmp_path, [source], force=True).check([out])
    with pytest.raises(OutputError, match=r"it is an input of this run"):
        OutputGuard(tmp_path, [source], force=True).check([source])


def test_output_guard_keeps_another_articles_outputs(tmp_path) -> None:
    from translate.errors import OutputError
    from translate.files import OutputGuard

    first, second = tmp_path / "a" / "en.txt", tmp_path / "b" / "en.txt"  # two stories, one file name
    for article in (first, second):
        article.parent.mkdir()
        article.write_text("x", encoding="utf-8")
    out = tmp_path / "en.json"
    out.write_text("{}", encoding="utf-8")
    OutputGuard(tmp_path, [first]).record([out])
    OutputGuard(tmp_path, [first]).check([out])  # the same article again: replaced
    with pytest.raises(OutputError, match=r"it holds the output for another article \(.*a/en.txt\); choose another -o folder"):
        OutputGuard(tmp_path, [second]).check([out])
    OutputGuard(tmp_path, [second], force=True).check([out])
    OutputGuard(tmp_path, ["-"]).check([out])  # standard input: no article to tell apart

def test_check_writable_folder(tmp_path, monkeypatch) -> None:
    import tempfile

    from translate.errors import OutputError
    from translate.files import check_writable_folder

    check_writable_folder(tmp_path / "new")
    assert list((tmp_path / "new").iterdir()) == []  # the probe leaves nothing behind

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(OutputError, match=r"cannot write in the output folder .*: Permission denied; choose another -o folder"):
        check_writable_folder(tmp_path / "new")


def test_html_character_references_in_a_text_are_read_as_their_characters(tmp_path: Path) -> None:
    from translate.files import read_article

    file = tmp_path / "article.txt"
    file.write_text("Romania&rsquo;s court met on 6&nbsp;December. Orb&aacute;n said no. AT&T and &bogus; stay.\n", encoding="utf-8")
    notes: list[str] = []
    text, _stem = read_article(str(file), log=notes.append)
    assert text == "Romania\u2019s court met on 6\u00a0December. Orbán said no. AT&T and &bogus; stay.\n"
    assert notes == [f"notice: {file} has 3 HTML character references (&rsquo;, &nbsp;, &aacute;); read as the characters they stand for"]
    file.write_text("AT&T and R&D.\n", encoding="utf-8")
    assert read_article(str(file), log=notes.append)[0] == "AT&T and R&D.\n" and len(notes) == 1
