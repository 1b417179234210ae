"""The job: refusals on resume, the lock, leftovers of a kill, and a resume that ends byte-identical."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from support.batch import S1, S2, S3, snapshot
from support.batch import batch_options as options
from support.scripted import CrashAfter

from translate.batch import run_batch
from translate.errors import UsageError
from translate.pipeline import Settings


def test_resume_refusals_and_lock(settings: Settings, tmp_path: Path) -> None:
    source = tmp_path / "c.jsonl"
    source.write_text("".join(json.dumps({"id": i, "text": [S1, S2, S3][i % 3]}) + "\n" for i in range(9)))
    reference = tmp_path / "ref"
    run_batch(options(settings, source, reference))
    out = tmp_path / "out"
    with pytest.raises(KeyboardInterrupt):
        run_batch(options(settings, source, out), progress=CrashAfter(2))
    # Leftovers of a kill during a write: a temporary file and an uncommitted shard.
    (out / "shards" / ".part-00003.jsonl.999.tmp").write_bytes(b"half")
    (out / "shards" / "part-00004.jsonl").write_bytes(b"uncommitted garbage\n")
    with pytest.raises(UsageError, match=r"^output folder .* is not empty; add --resume to continue the job there, or choose another folder$"):
        run_batch(options(settings, source, out))
    with pytest.raises(UsageError, match=r"cannot resume the job in .*: the engine, models or settings \(signature\) changed \(was '.*beam=1.*', now '.*beam=2.*'\)"):
        run_batch(options(Settings(engine="ctranslate2", beam_size=2, models=settings.models), source, out, resume=True))
    with pytest.raises(UsageError, match=r"target languages changed \(was \['uk', 'hu'\], now \['uk'\]\)"):
        run_batch(options(settings, source, out, resume=True, targets=("uk",)))
    original = source.read_bytes()
    source.write_bytes(original.replace(b"Kremlin", b"Kremlin!"))
    with pytest.raises(UsageError, match=r"the input's content changed\. Rerun with the original options and input"):
        run_batch(options(settings, source, out, resume=True))
    source.write_bytes(original)
    # A live job holds the lock: refused. A lock left by a dead pid is taken over on --resume.
    (out / ".lock").write_text(f"{os.uname().nodename} {os.getppid()}\n")
    with pytest.raises(UsageError, match=rf"another batch job \(pid {os.getppid()}\) is writing to .*; wait for it"):
        run_batch(options(settings, source, out, resume=True))
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    (out / ".lock").write_text(f"{os.uname().nodename} {dead.stdout.strip()}\n")
    with pytest.raises(UsageError, match=r"holds a job that stopped \(lock of dead pid \d+\); add --resume"):
        run_batch(options(settings, source, out))
    summary = run_batch(options(settings, source, out, resume=True))
    assert summary.resumed_shards == 2 and summary.shards == 5
    assert snapshot(out) == snapshot(reference)
    again = run_batch(options(settings, source, out, resume=True))  # complete: nothing to do
    assert again.records == 9 and snapshot(out) == snapshot(reference)


def test_a_folder_with_other_files_is_refused(settings: Settings, tmp_path: Path) -> None:
    source = tmp_path / "c.jsonl"
    source.write_text(json.dumps({"id": 1, "text": S1}) + "\n")
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.txt").write_text("mine")
    with pytest.raises(UsageError, match=r"^output folder .* holds files that are not a batch job's; choose another folder$"):
        run_batch(options(settings, source, out, resume=True))
    assert not (out / ".lock").exists()
    (tmp_path / "file").write_text("x")
    with pytest.raises(UsageError, match=r"^-o .*file is a file; give a folder for the batch output$"):
        run_batch(options(settings, source, tmp_path / "file"))
