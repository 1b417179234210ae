"""The translation groups: which sentences a shard sends to the engines, fixed by the input alone.

A sentence's translation can depend on the batch it was translated in (padding, per-batch length
caps), so every sentence is translated in a group fixed by the input: shard k translates, per
direction (source and target language), the distinct sentences of that source language whose first
occurrence is in shard k and that the cache did not hold at the start, in first-seen order. Any
runner that keeps to these groups, and translates them with :func:`translate_group`, gives the same bytes.

The sentences of shard k's group are also written beside the shard when it is committed (its
sentence file), so the committed shards alone are enough to rebuild the cache of any job.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from ..corpus import Record, Shard
from ..errors import OutputError
from ..languages import SOURCE_LANGUAGE
from ..pipeline import Translator
from ..text.segmentation import split_sentences
from ..types import Sentence
from .sources import direction_of

Results = dict[str, list[tuple[str, tuple[str, ...]]]]  # direction key -> (translation, flags) per sentence


def sentence_texts(record: Record, lang: str = SOURCE_LANGUAGE) -> list[Sentence]:
    return split_sentences(record.text, lang)


def split_shard(shard: Shard, langs: Mapping[int, str] | None = None) -> dict[int, list[Sentence]]:
    """Each record's sentences, by the record's ordinal, split by the rules of its language (``langs``:
    by ordinal; English when None). A record missing from ``langs`` is not translated: no sentences."""
    if langs is None:
        return {record.ordinal: sentence_texts(record) for record in shard.records}
    return {r.ordinal: sentence_texts(r, langs[r.ordinal]) if r.ordinal in langs else [] for r in shard.records}


def distinct(
    shard: Shard, split: dict[int, list[Sentence]], langs: Mapping[int, str] | None = None, lang: str = SOURCE_LANGUAGE
) -> list[str]:
    """The shard's distinct sentence texts in ``lang`` (every record's when ``langs`` is None), in first-seen order."""
    seen: dict[str, None] = {}
    for record in shard.records:
        if langs is None or langs.get(record.ordinal) == lang:
            for sentence in split[record.ordinal]:
                seen.setdefault(sentence.text, None)
    return list(seen)


def translate_group(translator: Translator, todo: Mapping[str, Sequence[str]]) -> Results:
    """Translate one group: ``todo`` holds the sentences of each direction (by short key, ``"uk"`` or
    ``"hu-uk"``), in the job's order. The directions of one source share a memo, so the English step of a
    pivot (hu → en → uk) reuses the group's own hu → en translations, as a document's pivot does."""
    memos: dict[str, Any] = {}
    results: Results = {}
    for key, texts in todo.items():
        if texts:
            source, target = direction_of(key)
            memo = memos.setdefault(source, {})
            results[key] = translator.translate_sentences(list(texts), target, source_lang=source, memo=memo)
    return results


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
            self.db.execute("CREATE TABLE seen (lang TEXT, source TEXT, PRIMARY KEY (lang, source)) WITHOUT ROWID")
        except (sqlite3.Error, OSError) as error:
            detail = getattr(error, "strerror", None) or str(error)
            raise OutputError(f"cannot write {path}: {detail}; check the disk or choose another -o folder") from None

    def first(self, sentences: list[str], lang: str = SOURCE_LANGUAGE) -> list[str]:
        """The sentences of ``lang`` (in order) not met before in that language; they are met from now on."""
        try:
            with self.db:
                insert = "INSERT OR IGNORE INTO seen VALUES (?, ?)"
                return [s for s in sentences if self.db.execute(insert, (lang, s)).rowcount]
        except sqlite3.Error as error:
            raise OutputError(f"cannot write {self.path}: {error}; check the disk or choose another -o folder") from None

    def close(self) -> None:
        self.db.close()
        self.path.unlink(missing_ok=True)
