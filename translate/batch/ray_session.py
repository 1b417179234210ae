"""The Ray a job runs on: the one already running in this process, a cluster at an address, or a local
one started for the job that does not outlive it; and Ray's own messages routed through the job's log.

Nothing here imports ray (the runner passes it in).
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from ..errors import UsageError

# The reaper: a small process that outlives the driver only to stop the local Ray it started. Ray's
# own head processes die with the driver (PDEATHSIG), but the agents and workers they started are
# orphaned and linger for up to a minute; the reaper tracks the tree of processes the local Ray
# grows and kills what is left of it when the driver dies (its stdin pipe reaches EOF without "done").
REAPER = r"""
import os, select, signal, sys
roots = [int(p) for p in sys.argv[1:]]

def start(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[19]
    except OSError:
        return None

def tree():
    parents = {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                with open(f"/proc/{name}/stat") as f:
                    parents.setdefault(int(f.read().rsplit(")", 1)[1].split()[1]), []).append(int(name))
            except OSError:
                pass
    found, todo = set(), list(roots)
    while todo:
        pid = todo.pop()
        if pid not in found:
            found.add(pid)
            todo.extend(parents.get(pid, ()))
    return found

known = {}
while True:
    ready, _, _ = select.select([0], [], [], 0.5)
    if ready:
        data = os.read(0, 64)
        if not data:
            break
        if b"done" in data:
            sys.exit(0)
    for pid in tree():
        if pid != os.getpid() and pid not in known:
            known[pid] = start(pid)
for pid, began in known.items():
    if began is not None and start(pid) == began:
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
"""


def _children(pid: int) -> set[int]:
    found = set()
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                with open(f"/proc/{name}/stat") as handle:
                    if int(handle.read().rsplit(")", 1)[1].split()[1]) == pid:
                        found.add(int(name))
            except (OSError, ValueError, IndexError):
                pass
    return found


@contextmanager
def reaped(started: Callable[[], None]) -> Iterator[None]:
    """Run ``started`` (which starts processes: the local Ray); if this process dies, they are killed (Linux)."""
    if not os.path.isdir("/proc"):
        started()
        yield
        return
    before = _children(os.getpid())
    started()
    roots = sorted(_children(os.getpid()) - before)
    reaper = subprocess.Popen(
        [sys.executable, "-c", REAPER, *map(str, roots)], stdin=subprocess.PIPE, start_new_session=True,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        yield
    finally:
        try:
            assert reaper.stdin is not None
            reaper.stdin.write(b"done")
            reaper.stdin.close()
        except OSError:
            pass
        try:
            reaper.wait(timeout=5)
        except subprocess.TimeoutExpired:
            reaper.kill()


class _Forward(logging.Handler):
    def __init__(self, log: Callable[[str], None]) -> None:
        super().__init__(logging.WARNING)
        self.log = log

    def emit(self, record: logging.LogRecord) -> None:
        self.log(f"ray: {record.getMessage()}")


@contextmanager
def ray_messages_to(log: Callable[[str], None]) -> Iterator[None]:
    """The driver's copies of cluster messages ("Task ... failed ... will be retried") through the job's log too.

    Ray prints them to stdout from a thread of its own, through a function of its private API; it is
    replaced for the job and put back after (left alone if this Ray version has no such function).
    """
    module = sys.modules.get("ray._private.worker")
    original = getattr(module, "print_to_stdstream", None)
    if module is None or original is None:
        yield
        return

    def forward(data: dict[str, Any], ignore_prefix: bool = False) -> None:
        for line in data.get("lines", ()):
            log(f"ray: {line}")

    module.print_to_stdstream = forward  # type: ignore[attr-defined]
    try:
        yield
    finally:
        module.print_to_stdstream = original  # type: ignore[attr-defined]


@contextmanager
def ray_session(ray: Any, address: str | None, cpus: int, log: Callable[[str], None]) -> Iterator[None]:
    """Ray for the job: the one already running in this process, the cluster at ``address``, or a local one
    started now (and stopped at the end; its processes die with this one).

    Ray's own log lines (warnings and worse) go through the job's log meanwhile, so --quiet silences them
    too. ``ray.init`` clears the "ray" logger's handlers, so the warnings it gives itself are caught as
    the logging module's last resort for that moment; both are put back at the end.
    """
    logger = logging.getLogger("ray")
    saved = logger.handlers[:], logger.propagate, logging.lastResort
    forward = _Forward(log)
    try:
        if not ray.is_initialized():
            kwargs: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False, "configure_logging": False}
            if address:
                kwargs["address"] = address
            else:
                kwargs["num_cpus"] = cpus
            logging.lastResort = forward

            def init() -> None:
                # ray.init replaces the SIGTERM handler with one that exits at once; the job's own (which
                # abandons the shard in flight, stops this Ray and says how to continue) is put back.
                handler = signal.getsignal(signal.SIGTERM) if threading.current_thread() is threading.main_thread() else None
                try:
                    ray.init(**kwargs)
                except ConnectionError as error:
                    raise UsageError(f"cannot reach the Ray cluster at {address}: {error}; check --address") from None
                finally:
                    logging.lastResort = saved[2]
                    if handler is not None:
                        signal.signal(signal.SIGTERM, handler)

            with reaped(init) if not address else _nothing(init):
                logger.handlers = [forward]
                logger.propagate = False
                try:
                    yield
                finally:
                    ray.shutdown()
        else:
            logger.handlers = [forward]
            logger.propagate = False
            yield
    finally:
        logger.handlers, logger.propagate = saved[0], saved[1]


@contextmanager
def _nothing(started: Callable[[], None]) -> Iterator[None]:
    started()
    yield
