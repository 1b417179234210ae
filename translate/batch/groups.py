"""The translation groups: which sentences a shard sends to the engines, fixed by the input alone.

A sentence's translation can depend on the batch it was translated in (padding, per-batch length
caps), so every sentence is translated in a group fixed by the input: shard k translates, per
language, the distinct sentences whose first occurrence is in shard k and that the cache did not
hold at the start, in first-seen order. Any runner that keeps to these groups gives the same bytes.
"""

from __future__ import annotations

from ..corpus import Record, Shard
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
