"""The final merge: shards in numeric order, rejects gathered, the manifest complete and _SUCCESS last."""

from __future__ import annotations

import json
from pathlib import Path

from support.batch import batch_options as options
from support.batch import read_jsonl

from translate.batch import Job, Layout, Summary
from translate.batch.merge import merge_outputs
from translate.pipeline import Settings


def test_shards_merge_in_numeric_order_past_99999(settings: Settings, tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out / "shards").mkdir(parents=True)
    job = Job(options(settings, tmp_path / "c.jsonl", out))
    for index in (99_998, 99_999, 100_000, 100_001):
        name = f"shards/part-{index:05d}.jsonl"
        (out / name).write_text(f'{{"shard": {index}}}\n')
        job.manifest.setdefault("shards", {})[f"{index:05d}"] = {"file": name}
    job.finish()
    assert [r["shard"] for r in read_jsonl(out / "translations.jsonl")] == [99_998, 99_999, 100_000, 100_001]


def test_csv_merge_has_one_header_and_rejects_in_order(tmp_path: Path) -> None:
    (tmp_path / "shards").mkdir()
    (tmp_path / "shards" / "part-00000.csv").write_text("1,a\n")
    (tmp_path / "shards" / "part-00001.csv").write_text("2,b\n")
    (tmp_path / "shards" / "rejects-00001.jsonl").write_text('{"line": 4}\n')
    manifest = {"shards": {
        "00001": {"file": "shards/part-00001.csv", "rejects_file": "shards/rejects-00001.jsonl"},
        "00000": {"file": "shards/part-00000.csv"},
    }}
    merge_outputs(tmp_path, manifest, Layout("csv", ("uk",), out_columns=["id", "text"]), Summary(records=2, rejected=1, shards=2))
    assert (tmp_path / "translations.csv").read_text() == "id,text\n1,a\n2,b\n"
    assert (tmp_path / "rejects.jsonl").read_text() == '{"line": 4}\n'
    assert manifest["complete"] and json.loads((tmp_path / "_SUCCESS").read_text())["records"] == 2
    assert json.loads((tmp_path / "manifest.json").read_text())["outputs"] == {"translations": "translations.csv", "rejects": "rejects.jsonl"}
