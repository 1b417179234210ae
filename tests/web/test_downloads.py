"""The files a visitor downloads."""

from __future__ import annotations

import json
from pathlib import Path

from support.documents import fixed_document

from translate.web.downloads import Downloads


def test_each_document_gets_json_tmx_and_html() -> None:
    written = Downloads().write(fixed_document())
    assert {kind: Path(path).name for kind, path in written.items()} == {
        "json": "article.json", "tmx": "article.tmx", "html": "article.html",
    }
    assert json.loads(Path(written["json"]).read_text(encoding="utf-8")) == fixed_document().to_dict()


def test_only_the_newest_folders_are_kept() -> None:
    downloads = Downloads(keep=2)
    folders = [Path(downloads.write(fixed_document())["json"]).parent for _ in range(3)]
    assert [folder.exists() for folder in folders] == [False, True, True]
