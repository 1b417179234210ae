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


NEWS = [
    "President Donald Trump announced that he plans to meet Vladimir Putin in Budapest.",
    "Ukrainian President Volodymyr Zelensky is scheduled to visit the White House on Friday.",
    "Russia has intensified its attacks on energy infrastructure in eastern Ukraine.",
    "There was no immediate response from the Kremlin or from Kyiv.",
    "Top officials from both countries are expected to hold initial discussions next week.",
    "The missiles have a range of about 1,000 miles and could reach deep into Russia.",
    "Hungary has kept close ties with Moscow.",
    "Talks ended late on Thursday.",
]


def company_corpus(path: Path, records: int = 12) -> None:
    """Records of three sentences each, later ones repeating earlier ones: at beam 4 the tiny models translate
    a sentence differently depending on the batch it is in, so a wrong translation group shows in the bytes."""
    lines = [json.dumps({"id": i, "text": " ".join(NEWS[(i * k + k) % 8] for k in (1, 3, 5))}) for i in range(records)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def varied_corpus(path: Path, records: int, seed: int = 1) -> None:
    """Records whose sentences are mostly new (so every shard has its own translation group), with repeats."""
    import random

    rng = random.Random(seed)
    places = ["Budapest", "Kyiv", "Moscow", "Warsaw", "Geneva", "Odesa", "Kharkiv", "Vienna"]
    lines = []
    for i in range(records):
        fresh = f"Officials in {rng.choice(places)} reported {rng.randint(2, 9999)} drone attacks overnight."
        lines.append(json.dumps({"id": i, "text": f"{fresh} {NEWS[i % len(NEWS)]}"}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
