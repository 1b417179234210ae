"""The translation groups: which sentences a shard sends to the engines, fixed by the input alone.

A sentence's translation can depend on the batch it was translated in (padding, per-batch length
caps), so every sentence is translated in a group fixed by the input: shard k translates, per
language, the distinct sentences whose first occurrence is in shard k and that the cache did not
hold at the start, in first-seen order. Any runner that keeps to these groups gives the same bytes.

The sentences of shard k's group are also written beside the shard when it is committed (its
sentence file), so the committed shards alone are enough to rebuild the cache of any job.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ..corpus import Record, Shard
from ..errors import OutputError
from ..text.segmentation import split_sentences
from ..types import Sentence


def sentence_texts(record: Record) -> list[Sentence]:
    return split_sentences(record.text, "en")


def split_shard(shard: Shard) -> dict[int, list[Sentence]]:
    """Each record's sentences, by the record's ordinal."""
    return {record.ordinal: sentence_texts(record) for record in shard.records}


def distinct(shard: Shard, split: dict[int, list[Sentence]]) -> list[str]:
    """The shard's distinct sentence texts, in first-seen order."""
    seen: dict[str, None] = {}
    for record in shard.records:
        for sentence in split[record.ordinal]:
            seen.setdefault(sentence.text, None)
    return list(seen)


class FirstSeen:
    """The sentences met so far in the input (on disk, so memory stays flat), rebuilt from shard 0 on every run."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.unlink(missing_ok=True)
            self.db = sqlite3.connect(path)
            self.db.execute("PRAGMA journal_mode=OFF")
            self.db.execute("PRAGMA synchronous=OFF")
            self.db.execute("CREATE TABLE seen (source TEXT PRIMARY KEY) WITHOUT ROWID")
        except (sqlite3.Error, OSError) as error:
            detail = getattr(error, "strerror", None) or str(error)
            raise OutputError(f"cannot write {path}: {detail}; check the disk or choose another -o folder") from None

    def first(self, sentences: list[str]) -> list[str]:
        """The sentences (in order) not met before; they are met from now on."""
        try:
            with self.db:
                return [s for s in sentences if self.db.execute("INSERT OR IGNORE INTO seen VALUES (?)", (s,)).rowcount]
        except sqlite3.Error as error:
            raise OutputError(f"cannot write {self.path}: {error}; check the disk or choose another -o folder") from None

    def close(self) -> None:
        self.db.close()
        self.path.unlink(missing_ok=True)
