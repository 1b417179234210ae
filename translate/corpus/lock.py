"""The job lock: ``out/.lock``, locked with ``flock`` for the job's whole life, naming the host and pid of its holder.

The kernel drops an flock when its holder exits, however it exits (SIGKILL, a crash, a power cut),
so there is no window in which two jobs both believe they hold the folder: a second job's flock fails
while the first runs, whatever the file says. What the file says (``host pid``) serves the messages
and one rule: a job that stopped without finishing (its pid is dead) is continued only with --resume.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import socket
from pathlib import Path

from ..errors import OutputError, UsageError

LOCK = ".lock"


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _owner_of(text: str) -> tuple[str, int]:
    parts = text.split()
    try:
        return parts[0], int(parts[1])
    except (IndexError, ValueError):
        return "", 0  # empty or half-written: its writer died right after creating it


class JobLock:
    """``out/.lock``; a lock left by a dead process is taken over on --resume."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / LOCK
        self.fd: int | None = None

    @property
    def held(self) -> bool:
        return self.fd is not None

    def acquire(self, resume: bool) -> None:
        folder = self.path.parent
        me = socket.gethostname()
        for _ in range(20):
            try:
                folder.mkdir(parents=True, exist_ok=True)
                try:
                    fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o644)
                    created = True
                except FileExistsError:
                    fd = os.open(self.path, os.O_RDWR | os.O_CLOEXEC)
                    created = False
            except FileNotFoundError:
                continue  # removed between the two opens
            except OSError as error:
                raise OutputError(f"cannot take the lock {self.path}: {error.strerror or error}; choose another -o folder") from None
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                host, pid = _owner_of(os.pread(fd, 200, 0).decode("utf-8", "replace"))
                os.close(fd)
                where = "" if not pid else f" (pid {pid}" + ("" if host == me else f" on host {host}") + ")"
                raise UsageError(
                    f"another batch job{where} is writing to {folder}; wait for it to finish or choose another -o folder"
                ) from None
            try:
                same = os.fstat(fd).st_ino == os.stat(self.path).st_ino
            except FileNotFoundError:
                same = False
            if not same:  # its holder removed it as we opened it: take the new one
                os.close(fd)
                continue
            try:
                if not created:
                    self._check_owner(fd, resume, me)
                os.ftruncate(fd, 0)
                os.pwrite(fd, f"{me} {os.getpid()}\n".encode(), 0)
            except BaseException:
                os.close(fd)
                raise
            self.fd = fd
            return
        raise UsageError(f"cannot take the lock {self.path}; another job keeps taking it, choose another -o folder")

    def _check_owner(self, fd: int, resume: bool, me: str) -> None:
        """Refuse the lock (we hold its flock) when its file names another live job, or a stopped one without --resume."""
        host, pid = _owner_of(os.pread(fd, 200, 0).decode("utf-8", "replace"))
        if host == me and pid == os.getpid():
            return
        if host and host != me:
            raise UsageError(
                f"another batch job (pid {pid} on host {host}) is writing to {self.path.parent}; wait for it to finish or "
                f"choose another -o folder (if that job is gone, delete {self.path})"
            )
        if pid and pid_alive(pid):
            # A live process on this host wrote it, but holds no flock (a pid reused, or a tool that wrote the file):
            # refusing is the safe side.
            raise UsageError(
                f"another batch job (pid {pid}) is writing to {self.path.parent}; wait for it to finish or choose another "
                f"-o folder (if that job is gone, delete {self.path})"
            )
        if not resume:
            raise UsageError(
                f"output folder {self.path.parent} holds a job that stopped (lock of dead pid {pid}); "
                "add --resume to continue it, or choose another folder"
            )

    def owner(self) -> tuple[str, int]:
        """(host, pid) written in the lock; ('', 0) when it is empty or half-written."""
        try:
            return _owner_of(self.path.read_text(encoding="utf-8", errors="replace"))
        except OSError:
            return "", 0

    def release(self) -> None:
        """Remove the lock file and drop the lock. Never raises: on a read-only disk the file stays, the lock still goes."""
        if self.fd is None:
            return
        with contextlib.suppress(OSError):
            os.unlink(self.path)
        os.close(self.fd)
        self.fd = None
