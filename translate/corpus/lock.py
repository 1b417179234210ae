"""The job lock: ``out/.lock`` names the host and pid of the job writing to the folder."""

from __future__ import annotations

import os
import socket
from pathlib import Path

from ..errors import UsageError

LOCK = ".lock"


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class JobLock:
    """``out/.lock`` holding host and pid; a lock left by a dead process is taken over on --resume."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / LOCK
        self.held = False

    def acquire(self, resume: bool) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        mine = f"{socket.gethostname()} {os.getpid()}\n"
        for _ in range(3):
            try:
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                host, pid = self.owner()
                if host == socket.gethostname() and pid and not pid_alive(pid) or host == "" and pid == 0:
                    if not resume:
                        raise UsageError(
                            f"output folder {self.path.parent} holds a job that stopped (lock of dead pid {pid}); "
                            "add --resume to continue it, or choose another folder"
                        ) from None
                    stale = self.path.with_name(f"{LOCK}.stale.{os.getpid()}")
                    try:
                        os.rename(self.path, stale)
                        stale.unlink()
                    except FileNotFoundError:
                        pass
                    continue
                where = f"pid {pid}" + ("" if host == socket.gethostname() else f" on host {host}")
                raise UsageError(
                    f"another batch job ({where}) is writing to {self.path.parent}; wait for it to finish or choose another "
                    f"-o folder (if that job is gone, delete {self.path})"
                ) from None
            with os.fdopen(fd, "w") as handle:
                handle.write(mine)
            self.held = True
            return
        raise UsageError(f"cannot take the lock {self.path}; another job keeps taking it, choose another -o folder")

    def owner(self) -> tuple[str, int]:
        """(host, pid) written in the lock; ('', 0) when it is empty or half-written."""
        try:
            parts = self.path.read_text().split()
            return parts[0], int(parts[1])
        except (OSError, IndexError, ValueError):
            return "", 0  # empty or half-written lock: its writer died right after creating it

    def release(self) -> None:
        if self.held:
            self.path.unlink(missing_ok=True)
            self.held = False
