"""The local runner: shards in order, and SIGKILL at many points then --resume gives the same bytes."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from support.batch import S1, S2, read_jsonl
from support.batch import batch_options as options
from support.paths import ROOT

from translate.batch import run_batch
from translate.pipeline import Settings


def test_local_runner_keeps_input_order(settings: Settings, tmp_path: Path) -> None:
    source = tmp_path / "c.jsonl"
    source.write_text("".join(json.dumps({"id": i, "text": [S1, S2][i % 2]}) + "\n" for i in range(5)))
    summary = run_batch(options(settings, source, tmp_path / "out", runner="local", targets=("uk",)))
    assert (summary.records, summary.shards, summary.translated) == (5, 3, 2)
    assert [r["id"] for r in read_jsonl(tmp_path / "out" / "translations.jsonl")] == [0, 1, 2, 3, 4]


def test_kill_9_at_20_points_then_resume_is_byte_identical(tiny_models: dict[str, Path], tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "kill_resume.py"), "--points", "20", "--chain", "10", "--seed", "7",
         "--records", "24", "--workdir", str(tmp_path),
         "--model", f"uk={tiny_models['zle']}", "--model", f"hu={tiny_models['hu']}"],
        capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.startswith("20 kill points")


def test_kill_9_with_the_private_state_lost_or_stale_then_resume_is_byte_identical(
    tiny_models: dict[str, Path], tmp_path: Path
) -> None:
    """What a power cut adds to a kill: out/.state deleted or its cache missing the last group, at beam 4."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "kill_resume.py"), "--points", "8", "--chain", "4", "--seed", "3",
         "--records", "24", "--beam", "4", "--lose-state", "1", "--workdir", str(tmp_path),
         "--model", f"uk={tiny_models['zle']}", "--model", f"hu={tiny_models['hu']}"],
        capture_output=True, text=True, timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.startswith("8 kill points") and "0 failed" in done.stdout
    deleted, stale = (int(n) for n in re.findall(r"deleted before (\d+) resumes, cache made stale before (\d+)", done.stdout)[0])
    assert deleted + stale >= 4
