"""The job's description in the manifest: what changed between two runs, and model folder fingerprints."""

from __future__ import annotations

from pathlib import Path

from translate.batch import describe_changes, model_fingerprint


def test_describe_changes() -> None:
    old = {"input_sha256": "a", "input_bytes": 1, "targets": ["uk"], "signature": "s", "models": {"uk": "k1"}, "shard_size": 2}
    assert describe_changes(old, dict(old)) == []
    new = {**old, "input_sha256": "b", "input_bytes": 2, "shard_size": 3, "models": {"uk": "k2"}}
    assert describe_changes(old, new) == [
        "the input's content changed", "the model or its settings changed for uk", "--shard-size changed (was 2, now 3)",
    ]
    assert describe_changes(old, {**new, "signature": "t"}) == [
        "the input's content changed", "the engine, models or settings (signature) changed (was 's', now 't')",
        "--shard-size changed (was 2, now 3)",
    ]


def test_model_fingerprint_follows_the_folder(tmp_path: Path) -> None:
    assert model_fingerprint("Helsinki-NLP/opus-mt-en-hu") == ""
    (tmp_path / "config.json").write_text("{}")
    first = model_fingerprint(str(tmp_path))
    assert len(first) == 16 and model_fingerprint(str(tmp_path)) == first
    (tmp_path / "config.json").write_text('{"d": 1}')
    assert model_fingerprint(str(tmp_path)) != first


def test_the_source_language_is_part_of_the_job() -> None:
    """A manifest written before --from existed meant English: it resumes under --from en, and no other."""
    old = {"input_sha256": "a", "targets": ["uk"], "signature": "s", "models": {"uk": "k1"}}
    assert describe_changes(old, {**old, "source": "en"}) == []
    auto = {**old, "source": "auto", "signature": "s|from=auto", "models": {"uk-en": "k2"}}
    assert describe_changes(old, auto) == ["the source language (--from) changed (was 'en', now 'auto')"]
