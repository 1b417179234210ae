"""The job lock: held by one job, refused while its owner lives, taken over from a dead owner on --resume."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from translate.corpus import JobLock
from translate.errors import UsageError


def dead_pid() -> int:
    return int(subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True).stdout)


def test_acquire_release(tmp_path: Path) -> None:
    lock = JobLock(tmp_path / "out")
    lock.acquire(resume=False)
    assert lock.held and lock.owner() == (socket.gethostname(), os.getpid())
    lock.release()
    assert not lock.held and not lock.path.exists()
    lock.release()  # twice: harmless


def test_live_and_dead_owners(tmp_path: Path) -> None:
    lock = JobLock(tmp_path)
    lock.path.write_text(f"{socket.gethostname()} {os.getppid()}\n")
    with pytest.raises(UsageError, match=rf"^another batch job \(pid {os.getppid()}\) is writing to .*; wait for it to finish"):
        lock.acquire(resume=True)
    lock.path.write_text(f"elsewhere {os.getppid()}\n")
    with pytest.raises(UsageError, match=r"another batch job \(pid \d+ on host elsewhere\)"):
        lock.acquire(resume=True)
    pid = dead_pid()
    lock.path.write_text(f"{socket.gethostname()} {pid}\n")
    with pytest.raises(UsageError, match=rf"holds a job that stopped \(lock of dead pid {pid}\); add --resume to continue it"):
        lock.acquire(resume=False)
    lock.acquire(resume=True)
    assert lock.owner() == (socket.gethostname(), os.getpid())
    lock.release()
