"""Format names and the files a run writes."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.documents import fixed_document

from translate.errors import OutputError, UsageError
from translate.render import FORMATS
from translate.render.outputs import render, write_outputs
from translate.render.tmx import to_tmx


def test_render_rejects_unknown_format() -> None:
    with pytest.raises(UsageError, match=r"^format 'pdf' is not known; choose one of: text, side, json, html, tmx, md$"):
        render(fixed_document(), "pdf")


def test_every_format_renders() -> None:
    assert FORMATS == ("text", "side", "json", "html", "tmx", "md")
    assert render(fixed_document(), "tmx") == to_tmx(fixed_document())
    assert all(render(fixed_document(), fmt) for fmt in FORMATS)


def test_write_outputs_writes_extra_formats(tmp_path: Path) -> None:
    written = write_outputs(fixed_document(), tmp_path / "out", "article", ("html", "tmx", "md"))
    assert sorted(p.name for p in written) == sorted(
        ["article.uk.txt", "article.uk-mt.txt", "article.hu.txt", "article.json", "article.html", "article.tmx", "article.md"]
    )
    (tmp_path / "file").write_text("x")
    with pytest.raises(OutputError, match=r"^-o .*file is a file; give a folder for the outputs$"):
        write_outputs(fixed_document(), tmp_path / "file", "article")


def test_a_write_that_fails_midway_leaves_none_of_the_set(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A disk that fills up at the fourth file: the three before it must not stay behind, or the rerun would
    # refuse them as files this tool did not write (they are in no manifest).
    import errno

    import translate.files

    opened = []

    def full_disk(path: object, mode: str = "r", *args: object, **kwargs: object):  # noqa: ANN202
        if "w" in mode:
            opened.append(path)
            if len(opened) == 4:
                raise OSError(errno.ENOSPC, "No space left on device")
        return open(path, mode, *args, **kwargs)  # noqa: SIM115

    monkeypatch.setattr(translate.files, "open", full_disk, raising=False)
    folder = tmp_path / "out"
    with pytest.raises(OutputError, match=r"^cannot write .*article\.json: No space left on device; "):
        write_outputs(fixed_document(), folder, "article", ("html",))
    assert len(opened) == 4 and sorted(p.name for p in folder.iterdir()) == []
    monkeypatch.undo()
    assert len(write_outputs(fixed_document(), folder, "article", ("html",))) == 5
