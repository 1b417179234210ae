"""A hang guard: fail a test that runs far longer than it ever should (not a speed assertion)."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType


@contextmanager
def hang_guard(seconds: int) -> Iterator[None]:
    """Raise ``TimeoutError`` if the block is still running after ``seconds`` (main thread, POSIX).

    Use a limit many times the usual duration: it catches a hang or a complexity blow-up, while
    measured speed belongs in bench/.
    """

    def expire(_signum: int, _frame: FrameType | None) -> None:
        raise TimeoutError(f"still running after {seconds} s: a hang or a complexity blow-up")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
