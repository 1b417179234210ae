"""SIGINT and SIGTERM during a job: abandon the shard in flight, release everything, say how to continue.

While :func:`stop_on_signals` is active (it is installed by run_batch in the main thread only, and
the previous handlers are put back when it ends), the first SIGINT or SIGTERM raises
:class:`Signalled` wherever the job is; it is a BaseException, so no ``except Exception`` on the
way turns it into something else. Every write of the job is atomic, so abandoning at any point is
as safe as a SIGKILL (and the job's own cleanup runs). Further signals are ignored until the job
has cleaned up. run_batch then raises :class:`JobInterrupted`, whose message ends with what to do.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from ..errors import TranslateError

RESUME_HINT = "run the same command with --resume to continue"


class Signalled(BaseException):
    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


class JobInterrupted(TranslateError, KeyboardInterrupt):
    """The job stopped on SIGINT or SIGTERM; committed shards are kept. ``exit_code`` is 128 + the signal number."""

    def __init__(self, signum: int, committed: int) -> None:
        name = signal.Signals(signum).name
        super().__init__(
            f"interrupted by {name}; {committed} shard{'s' if committed != 1 else ''} committed, the shard in flight "
            f"abandoned; {RESUME_HINT}"
        )
        self.signum = signum
        self.exit_code = 128 + signum


@contextmanager
def stop_on_signals() -> Iterator[None]:
    """Turn SIGINT and SIGTERM into :class:`Signalled` for the duration (a no-op outside the main thread)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    fired: list[int] = []

    def handler(signum: int, frame: FrameType | None) -> None:
        if fired:
            return  # cleaning up after the first one
        fired.append(signum)
        raise Signalled(signum)

    previous = {signum: signal.signal(signum, handler) for signum in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for signum, old in previous.items():
            signal.signal(signum, old)
