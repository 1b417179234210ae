"""Translation groups: a shard's distinct sentences in first-seen order."""

from __future__ import annotations

from pathlib import Path

from translate.batch import distinct, sentence_texts
from translate.batch.groups import FirstSeen, split_shard
from translate.corpus import Record, Shard


def test_distinct_sentences_in_first_seen_order() -> None:
    records = [
        Record(0, "f", 1, {}, "One. Two."),
        Record(1, "f", 2, {}, "Three. One."),
    ]
    shard = Shard(0, records)
    split = split_shard(shard)
    assert [s.text for s in split[1]] == ["Three.", "One."]
    assert distinct(shard, split) == ["One.", "Two.", "Three."]
    assert [s.text for s in sentence_texts(records[0])] == ["One.", "Two."]


def test_first_seen_sentences_across_shards(tmp_path: Path) -> None:
    seen = FirstSeen(tmp_path / "state" / "seen.sqlite")
    assert seen.first(["a", "b", "a"]) == ["a", "b"]
    assert seen.first(["c", "b"]) == ["c"]
    seen.close()
    assert not (tmp_path / "state" / "seen.sqlite").exists()
    again = FirstSeen(tmp_path / "state" / "seen.sqlite")  # every run starts from nothing
    assert again.first(["a"]) == ["a"]
    again.close()


def test_sentences_by_source_language(tmp_path: Path) -> None:
    """The same text in two languages is two sentences: split, first seen and grouped per language."""
    records = [Record(0, "f", 1, {}, "Так. Ні."), Record(1, "f", 2, {}, "Так. Да."), Record(2, "f", 3, {}, "Zzz.")]
    shard = Shard(0, records)
    langs = {0: "uk", 1: "ru"}  # record 2 is not translated (its language was not identified)
    split = split_shard(shard, langs)
    assert split[2] == [] and distinct(shard, split, langs, "uk") == ["Так.", "Ні."]
    assert distinct(shard, split, langs, "ru") == ["Так.", "Да."] and distinct(shard, split, langs, "en") == []
    seen = FirstSeen(tmp_path / "seen.sqlite")
    assert seen.first(["Так.", "Ні."], "uk") == ["Так.", "Ні."]
    assert seen.first(["Так.", "Да."], "ru") == ["Так.", "Да."]
    assert seen.first(["Так."], "uk") == [] and seen.first(["Так."]) == ["Так."]
    seen.close()
