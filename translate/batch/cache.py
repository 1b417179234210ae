"""The sentence cache: translations by (language key, sentence) in SQLite, with a bounded memory layer in front."""

from __future__ import annotations

import json
import sqlite3
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from pathlib import Path

from ..errors import OutputError

Translated = tuple[str, tuple[str, ...]]  # (translation, flags)


class SentenceCache:
    """Translations by (language key, sentence). A group is stored in one transaction: all of it or nothing."""

    def __init__(self, path: Path, memory: int = 100_000) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.db = sqlite3.connect(path, timeout=60)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute(
                "CREATE TABLE IF NOT EXISTS sentences (key TEXT, source TEXT, target TEXT, flags TEXT,"
                " PRIMARY KEY (key, source)) WITHOUT ROWID"
            )
            self.db.commit()
        except sqlite3.Error as error:
            raise OutputError(f"cannot use the cache file {path}: {error}; choose another --cache FILE") from None
        self.memory: OrderedDict[tuple[str, str], Translated] = OrderedDict()
        self.limit = memory

    def get_many(self, key: str, sources: Sequence[str]) -> dict[str, Translated]:
        found: dict[str, Translated] = {}
        missing = []
        for source in sources:
            hit = self.memory.get((key, source))
            if hit is None:
                missing.append(source)
            else:
                found[source] = hit
        for start in range(0, len(missing), 500):
            chunk = missing[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self.db.execute(
                f"SELECT source, target, flags FROM sentences WHERE key = ? AND source IN ({marks})", [key, *chunk]
            )
            for source, target, flags in rows:
                value = (target, tuple(json.loads(flags)))
                found[source] = value
                self._remember(key, source, value)
        return found

    def put_many(self, key: str, items: Iterable[tuple[str, Translated]]) -> None:
        rows = [(key, source, target, json.dumps(list(flags))) for source, (target, flags) in items]
        with self.db:  # one transaction: all of a group or nothing
            self.db.executemany("INSERT OR REPLACE INTO sentences VALUES (?, ?, ?, ?)", rows)
        for _, source, target, flags in rows:
            self._remember(key, source, (target, tuple(json.loads(flags))))

    def _remember(self, key: str, source: str, value: Translated) -> None:
        self.memory[(key, source)] = value
        self.memory.move_to_end((key, source))
        while len(self.memory) > self.limit:
            self.memory.popitem(last=False)

    def close(self) -> None:
        self.db.close()
