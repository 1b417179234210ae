"""The sentence cache: groups stored whole, a bounded memory layer, reuse within and across runs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support.batch import S1, S2
from support.batch import batch_options as options

from translate.batch import SentenceCache, run_batch
from translate.errors import OutputError
from translate.pipeline import Settings


def test_put_and_get_with_a_small_memory_layer(tmp_path: Path) -> None:
    cache = SentenceCache(tmp_path / "c.sqlite", memory=2)
    cache.put_many("k", [("a", ("A", ())), ("b", ("B", ("numbers",))), ("c", ("C", ()))])
    assert cache.get_many("k", ["a", "b", "x", "c"]) == {"a": ("A", ()), "b": ("B", ("numbers",)), "c": ("C", ())}
    assert len(cache.memory) == 2
    # A value already held stays (the first translation wins), unless a committed shard replaces it.
    cache.put_many("k", [("a", ("other", ()))])
    assert cache.get_many("k", ["a"]) == {"a": ("A", ())}
    cache.put_many("k", [("a", ("shard", ()))], replace=True)
    assert cache.get_many("k", ["a"]) == {"a": ("shard", ())}
    assert cache.get_many("other", ["a"]) == {}
    cache.close()
    again = SentenceCache(tmp_path / "c.sqlite")
    assert again.get_many("k", ["c", "a"]) == {"c": ("C", ()), "a": ("shard", ())}
    again.close()


def test_an_unusable_cache_file_is_one_output_error(tmp_path: Path) -> None:
    bad = tmp_path / "c.sqlite"
    bad.write_bytes(b"not a database" * 100)
    with pytest.raises(OutputError, match=r"^cannot use the cache file .*c\.sqlite: .*; choose another --cache FILE$"):
        SentenceCache(bad)


def test_sentence_cache_within_and_across_runs(settings: Settings, tmp_path: Path) -> None:
    source = tmp_path / "c.jsonl"
    source.write_text("".join(json.dumps({"id": i, "text": f"{S1} {S2}" if i % 2 else S1}) + "\n" for i in range(6)))
    cache = tmp_path / "cache.sqlite"
    first = run_batch(options(settings, source, tmp_path / "o1", cache=cache))
    assert first.translated == 4  # 2 distinct sentences x 2 languages, though 9 sentences were read
    second = run_batch(options(settings, source, tmp_path / "o2", cache=cache))
    assert second.translated == 0 and cache.exists()
    assert (tmp_path / "o1" / "translations.jsonl").read_bytes() == (tmp_path / "o2" / "translations.jsonl").read_bytes()
