"""The Ray Data runner gives byte for byte the local runner's output (one local Ray, started once)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support.batch import snapshot
from support.scripted import CrashAfter

from translate.batch import BatchOptions, run_batch
from translate.pipeline import Settings

SENTENCES = [
    "President Donald Trump announced that he plans to meet Vladimir Putin in Budapest.",
    "There was no immediate response from the Kremlin or from Kyiv.",
    "Russia has intensified its attacks on energy infrastructure.",
    "Top officials are expected to hold initial discussions next week.",
]



def test_ray_runner_matches_local_and_resumes(tiny_settings_models: dict[str, str], tmp_path: Path) -> None:
    import ray

    source = tmp_path / "corpus.jsonl"
    lines = [json.dumps({"id": i, "text": " ".join(SENTENCES[(i + k) % 4] for k in range(1 + i % 3))}) for i in range(14)]
    lines.insert(5, "{broken")
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    settings = Settings(engine="ctranslate2", beam_size=1, models=tiny_settings_models)

    def options(out: Path, runner: str, **kw: object) -> BatchOptions:
        return BatchOptions(input=source, output=out, targets=("uk", "ru", "hu"), settings=settings, shard_size=3,
                            runner=runner, workers=2, **kw)  # type: ignore[arg-type]

    local = run_batch(options(tmp_path / "local", "local"))
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        distributed = run_batch(options(tmp_path / "ray", "ray"))
        # A job started locally and resumed on Ray: the committed shards are kept, the rest done by actors.
        partial = tmp_path / "mixed"
        with pytest.raises(KeyboardInterrupt):
            run_batch(options(partial, "local"), progress=CrashAfter(2))
        mixed = run_batch(options(partial, "ray", resume=True))
    finally:
        ray.shutdown()
    assert (distributed.records, distributed.rejected, distributed.exit_code) == (local.records, 1, 3)
    assert distributed.translated == local.translated
    assert snapshot(tmp_path / "ray") == snapshot(tmp_path / "local")
    assert mixed.resumed_shards == 2 and snapshot(partial) == snapshot(tmp_path / "local")
