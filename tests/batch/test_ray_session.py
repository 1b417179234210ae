"""The job's Ray session: a local Ray that does not outlive the driver, and Ray's messages through the job's log."""

from __future__ import annotations

import logging
import subprocess
import sys
import time
import types
from pathlib import Path

import pytest

from translate.batch.ray_session import REAPER, ray_messages_to, ray_session, reaped

SPAWNER = "import subprocess, sys, time; subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(300)']); time.sleep(300)"


def alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def tree(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        parent = todo.pop()
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                try:
                    if int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == parent:
                        found.append(int(entry.name))
                        todo.append(int(entry.name))
                except OSError:
                    pass
    return found


@pytest.mark.parametrize("ending", ["driver dies", "job done"])
def test_the_reaper_kills_the_tree_only_when_the_driver_dies(ending: str) -> None:
    root = subprocess.Popen([sys.executable, "-c", SPAWNER])
    deadline = time.monotonic() + 60
    while not tree(root.pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    (grandchild,) = tree(root.pid)
    reaper = subprocess.Popen([sys.executable, "-c", REAPER, str(root.pid)], stdin=subprocess.PIPE)
    time.sleep(1.5)  # it has looked at the tree at least once
    assert reaper.stdin is not None
    if ending == "job done":
        reaper.stdin.write(b"done")
    reaper.stdin.close()  # as the driver's death closes it
    assert reaper.wait(timeout=60) == 0
    root.poll()
    assert alive(root.pid) == alive(grandchild) == (ending == "job done")
    for pid in (grandchild, root.pid):
        subprocess.run(["kill", "-9", str(pid)], check=False)
    root.wait(timeout=60)


def test_reaped_starts_a_reaper_for_the_new_processes_and_stops_it() -> None:
    started: list[subprocess.Popen[bytes]] = []
    with reaped(lambda: started.append(subprocess.Popen([sys.executable, "-c", "import time; time.sleep(300)"]))):
        assert started and alive(started[0].pid)
    started[0].kill()
    started[0].wait(timeout=60)


def test_ray_messages_and_logs_go_through_the_job_log(monkeypatch: pytest.MonkeyPatch) -> None:
    lines: list[str] = []
    fake_worker = types.SimpleNamespace(print_to_stdstream=lambda data, ignore_prefix: print(data))
    monkeypatch.setitem(sys.modules, "ray._private.worker", fake_worker)
    original = fake_worker.print_to_stdstream
    with ray_messages_to(lines.append):
        fake_worker.print_to_stdstream({"lines": ["Task failed, will be retried"], "pid": "raylet"}, False)
    assert fake_worker.print_to_stdstream is original and lines == ["ray: Task failed, will be retried"]
    fake_ray = types.SimpleNamespace(is_initialized=lambda: True)
    logger = logging.getLogger("ray")
    handlers, propagate = logger.handlers[:], logger.propagate
    with ray_session(fake_ray, None, 1, lines.append):
        logging.getLogger("ray.data").warning("The job may hang forever")
        logging.getLogger("ray.data").info("not a warning")
    assert lines[-1] == "ray: The job may hang forever" and len(lines) == 2
    assert (logger.handlers, logger.propagate) == (handlers, propagate)
