"""The job lock: held by one job, refused while its owner lives, taken over from a dead owner on --resume."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
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


RACER = r"""
import os, sys, time
from pathlib import Path
from translate.corpus import JobLock
from translate.errors import UsageError
folder, log, start, rounds, slot = Path(sys.argv[1]), sys.argv[2], float(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5])
for number in range(rounds):
    time.sleep(max(0.0, start + number * slot - time.time()))
    lock = JobLock(folder)
    try:
        lock.acquire(resume=True)
    except UsageError:
        continue
    with open(log, "a") as out:
        out.write(f"start {os.getpid()} {number}\n")
    time.sleep(slot / 4)
    with open(log, "a") as out:
        out.write(f"end {os.getpid()} {number}\n")
    lock.release()
"""


def test_racing_processes_never_share_the_lock(tmp_path: Path) -> None:
    """Twelve processes race for the lock in each round, over a missing, an empty and a stale (dead pid) lock file."""
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "manifest.json").write_text("{}")
    log = tmp_path / "log"
    rounds, slot = 24, 0.25
    start = time.time() + 4.0  # every racer is running before the first round
    racers = [
        subprocess.Popen([sys.executable, "-c", RACER, str(folder), str(log), str(start), str(rounds), str(slot)])
        for _ in range(12)
    ]
    stale = f"{socket.gethostname()} {dead_pid()}\n"
    for number in range(rounds):
        time.sleep(max(0.0, start + number * slot - slot / 2 - time.time()))
        kind = number % 3
        if kind == 1:
            (folder / ".lock").write_text("")
        elif kind == 2:
            (folder / ".lock").write_text(stale)
    for racer in racers:
        assert racer.wait(timeout=120) == 0
    events = log.read_text().split("\n")[:-1]
    holder = None
    for event in events:
        what, pid, _ = event.split()
        if what == "start":
            assert holder is None, f"{pid} took the lock while {holder} held it:\n" + "\n".join(events)
            holder = pid
        else:
            assert holder == pid
            holder = None
    assert sum(event.startswith("start") for event in events) >= rounds // 2
