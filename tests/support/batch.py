"""Helpers for batch and corpus tests: options with tiny models, output snapshots, reading items back."""

from __future__ import annotations

import json
from pathlib import Path

from translate.batch import BatchOptions
from translate.pipeline import Settings

S1 = "President Donald Trump announced that he plans to meet Vladimir Putin in Budapest."
S2 = "There was no immediate response from the Kremlin or from Kyiv."
S3 = "Russia has intensified its attacks on energy infrastructure."


def batch_options(settings: Settings, source: Path, out: Path, **kw: object) -> BatchOptions:
    """Options for a small job: uk and hu, shards of 2 (override any field with ``kw``)."""
    base: dict[str, object] = {"targets": ("uk", "hu"), "settings": settings, "shard_size": 2}
    base.update(kw)
    return BatchOptions(input=source, output=out, **base)  # type: ignore[arg-type]


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (relative path -> bytes)."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def check_result(record: dict, targets: tuple[str, ...] = ("uk", "hu")) -> None:
    """The result field of an output record has the shape the JSON contract promises."""
    result = record["translation"]
    assert list(result["translations"]) == list(targets)
    assert result["signature"].startswith("engine=ctranslate2|quant=int8|beam=1|uk=")
    source_ids = [s["id"] for s in result["sentences"]]
    for translation in result["translations"].values():
        assert [link[0] for link in translation["links"]] == [[i] for i in source_ids]
        assert translation["engine"] == "ctranslate2" and translation["text"]


def corpus_items(path: Path, **kw: object) -> list[tuple[str, int, str]]:
    """(kind, line, text or reason) per item read from ``path``."""
    from translate.corpus import InputSpec, Record, read_items

    return [
        ("record", item.line, item.text) if isinstance(item, Record) else ("reject", item.line, item.reason)
        for item in read_items(InputSpec(path, **kw))  # type: ignore[arg-type]
    ]
