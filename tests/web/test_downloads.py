"""The files a visitor downloads: five formats, one folder per session, removed when it ends or ages."""

from __future__ import annotations

import io
import json
import os
import time
from pathlib import Path

import docx
from support.documents import fixed_document

from translate.render import to_markdown
from translate.web.downloads import Downloads


def test_each_document_gets_json_tmx_html_docx_and_markdown(tmp_path: Path) -> None:
    written = Downloads(root=tmp_path).write(fixed_document(), "visitor")
    assert {kind: Path(path).name for kind, path in written.items()} == {
        "json": "article.json", "tmx": "article.tmx", "html": "article.html", "docx": "article.docx", "md": "article.md",
    }
    assert Path(written["md"]).read_text(encoding="utf-8") == to_markdown(fixed_document())
    assert json.loads(Path(written["json"]).read_text(encoding="utf-8")) == fixed_document().to_dict()
    table = docx.Document(io.BytesIO(Path(written["docx"]).read_bytes())).tables[0]
    assert len(table.rows) == 1 + 3 and len(table.columns) == 4


def test_a_session_s_files_go_when_it_ends(tmp_path: Path) -> None:
    downloads = Downloads(root=tmp_path)
    mine = Path(downloads.write(fixed_document(), "mine")["json"])
    theirs = Path(downloads.write(fixed_document(), "theirs")["json"])
    downloads.end_session("mine")
    assert not mine.exists() and theirs.exists()


def test_files_older_than_the_limit_are_removed(tmp_path: Path) -> None:
    downloads = Downloads(keep_s=60, root=tmp_path)
    old = Path(downloads.write(fixed_document(), "a")["json"]).parent
    past = time.time() - 120
    os.utime(old, (past, past))
    fresh = Path(downloads.write(fixed_document(), "b")["json"]).parent  # every write sweeps first
    assert not old.exists() and fresh.exists()


def test_a_session_id_never_becomes_a_path(tmp_path: Path) -> None:
    downloads = Downloads(root=tmp_path)
    written = Path(downloads.write(fixed_document(), "../../etc")["json"])
    assert written.resolve().is_relative_to(tmp_path.resolve())
    assert downloads.folder_of("../../etc").parent == tmp_path
