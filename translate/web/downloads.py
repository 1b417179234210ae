"""The files a visitor downloads: JSON, TMX and HTML of the document on the page."""

from __future__ import annotations

import shutil
import tempfile
import threading
from collections import deque
from collections.abc import Callable
from pathlib import Path

from ..render import to_html, to_json, to_tmx
from ..types import Document

MAKERS: dict[str, tuple[str, Callable[[Document], str]]] = {
    "json": ("article.json", to_json),
    "tmx": ("article.tmx", to_tmx),
    "html": ("article.html", to_html),
}


class Downloads:
    """Writes each document's files into a fresh temporary folder; only the newest ``keep`` folders stay."""

    def __init__(self, keep: int = 64) -> None:
        self.keep = keep
        self._folders: deque[Path] = deque()
        self._lock = threading.Lock()

    def write(self, document: Document) -> dict[str, str]:
        """kind -> file path. One export failing costs only itself (JSON, the contract, must succeed)."""
        folder = Path(tempfile.mkdtemp(prefix="translate-web-"))
        written = {}
        for kind, (name, make) in MAKERS.items():
            try:
                content = make(document)
            except Exception:
                if kind == "json":
                    raise
                continue
            path = folder / name
            path.write_text(content, encoding="utf-8")
            written[kind] = str(path)
        with self._lock:
            self._folders.append(folder)
            while len(self._folders) > self.keep:
                shutil.rmtree(self._folders.popleft(), ignore_errors=True)
        return written
