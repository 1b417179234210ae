"""The sentence cache: translations by (language key, sentence) in SQLite, with a bounded memory layer in front.

Durable as the shards are: WAL with ``synchronous=FULL`` fsyncs each stored group. It is still only
an index: every value it holds for a job is also in that job's committed shards (their sentence
files), and a resume refills it from there (:meth:`translate.batch.job.Job.refill`).
"""

from __future__ import annotations

import json
import sqlite3
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from ..errors import OutputError

Translated = tuple[str, tuple[str, ...]]  # (translation, flags)


class SentenceCache:
    """Translations by (language key, sentence). A group is stored in one transaction: all of it or nothing."""

    def __init__(self, path: Path, memory: int = 100_000) -> None:
        self.path = path
        with self._errors("open"):
            path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(path, timeout=60)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=FULL")
            self.db.execute(
                "CREATE TABLE IF NOT EXISTS sentences (key TEXT, source TEXT, target TEXT, flags TEXT,"
                " PRIMARY KEY (key, source)) WITHOUT ROWID"
            )
            self.db.commit()
        self.memory: OrderedDict[tuple[str, str], Translated] = OrderedDict()
        self.limit = memory

    @contextmanager
    def _errors(self, doing: str) -> Iterator[None]:
        """sqlite3 and OS errors as one OutputError that names the file and what to do."""
        try:
            yield
        except (sqlite3.Error, OSError) as error:
            detail = getattr(error, "strerror", None) or str(error)
            if doing == "open":
                raise OutputError(f"cannot use the cache file {self.path}: {detail}; choose another --cache FILE") from None
            fix = "free space on that disk" if "full" in detail or "space" in detail else "check that disk"
            raise OutputError(
                f"cannot {doing} the sentence cache {self.path}: {detail}; {fix}, or choose another --cache FILE or -o "
                "folder, then run the same command with --resume"
            ) from None

    def get_many(self, key: str, sources: Sequence[str]) -> dict[str, Translated]:
        found: dict[str, Translated] = {}
        missing = []
        for source in sources:
            hit = self.memory.get((key, source))
            if hit is None:
                missing.append(source)
            else:
                found[source] = hit
        with self._errors("read"):
            for start in range(0, len(missing), 500):
                chunk = missing[start : start + 500]
                marks = ",".join("?" * len(chunk))
                rows = self.db.execute(
                    f"SELECT source, target, flags FROM sentences WHERE key = ? AND source IN ({marks})", [key, *chunk]
                ).fetchall()
                for source, target, flags in rows:
                    value = (target, tuple(json.loads(flags)))
                    found[source] = value
                    self._remember(key, source, value)
        return found

    def put_many(self, key: str, items: Iterable[tuple[str, Translated]], *, replace: bool = False) -> None:
        """Store a group in one transaction. A value already held is kept unless ``replace``
        (a committed shard, the truth, replaces what the cache says)."""
        rows = [(key, source, target, json.dumps(list(flags))) for source, (target, flags) in items]
        verb = "INSERT OR REPLACE" if replace else "INSERT OR IGNORE"
        with self._errors("write"), self.db:  # one transaction: all of a group or nothing
            self.db.executemany(f"{verb} INTO sentences VALUES (?, ?, ?, ?)", rows)
        for _, source, target, flags in rows:
            if replace:
                self._remember(key, source, (target, tuple(json.loads(flags))))
            else:
                self.memory.pop((key, source), None)  # the stored value may be an older one: read it back

    def _remember(self, key: str, source: str, value: Translated) -> None:
        self.memory[(key, source)] = value
        self.memory.move_to_end((key, source))
        while len(self.memory) > self.limit:
            self.memory.popitem(last=False)

    def close(self) -> None:
        self.db.close()
