"""The files a visitor downloads: JSON, TMX, HTML, DOCX and Markdown of the document on the page.

Each visitor's files live in a folder of their own session, removed when the session ends
(the tab is closed) and, at the latest, ``keep_s`` seconds after they were written. Nothing a
visitor sends is used in a path: the session id is hashed into the folder name.
"""

from __future__ import annotations

import hashlib
import shutil
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from ..render import to_html, to_json, to_markdown, to_tmx
from ..render.word import to_docx
from ..types import Document

MAKERS: dict[str, tuple[str, Callable[[Document], str | bytes]]] = {
    "json": ("article.json", to_json),
    "tmx": ("article.tmx", to_tmx),
    "html": ("article.html", to_html),
    "docx": ("article.docx", to_docx),
    "md": ("article.md", to_markdown),
}


class Downloads:
    """Writes each document's files into ``root/<session>/<n>/``; old and ended sessions are removed."""

    def __init__(self, keep_s: float = 3600, root: Path | None = None) -> None:
        self.keep_s = keep_s
        self._root = root
        self._lock = threading.Lock()

    @property
    def root(self) -> Path:
        """Made on first use, not when the page is built."""
        if self._root is None:
            self._root = Path(tempfile.mkdtemp(prefix="translate-web-"))
        return self._root

    def folder_of(self, session: str) -> Path:
        return self.root / hashlib.sha256(session.encode("utf-8", "replace")).hexdigest()[:24]

    def write(self, document: Document, session: str = "") -> dict[str, str]:
        """kind -> file path. One export failing costs only itself (JSON, the contract, must succeed)."""
        self.sweep()
        session_folder = self.folder_of(session)
        with self._lock:  # not while a sweep removes the (empty) session folder
            session_folder.mkdir(parents=True, exist_ok=True)
            folder = Path(tempfile.mkdtemp(dir=session_folder))
        written = {}
        try:
            for kind, (name, make) in MAKERS.items():
                try:
                    content = make(document)
                except Exception:
                    if kind == "json":
                        raise
                    continue
                path = folder / name
                if isinstance(content, bytes):
                    path.write_bytes(content)
                else:
                    path.write_text(content, encoding="utf-8")
                written[kind] = str(path)
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        return written

    def end_session(self, session: str) -> None:
        """The visitor left: their files go at once."""
        shutil.rmtree(self.folder_of(session), ignore_errors=True)

    def sweep(self, now: float | None = None) -> None:
        """Remove every folder written more than ``keep_s`` seconds ago."""
        if self._root is None or not self._root.is_dir():
            return
        cutoff = (time.time() if now is None else now) - self.keep_s
        with self._lock:
            for session_folder in self._root.iterdir():
                for folder in session_folder.iterdir() if session_folder.is_dir() else ():
                    try:
                        if folder.stat().st_mtime < cutoff:
                            shutil.rmtree(folder, ignore_errors=True)
                    except FileNotFoundError:
                        continue
                try:
                    session_folder.rmdir()  # only when empty
                except OSError:
                    pass
