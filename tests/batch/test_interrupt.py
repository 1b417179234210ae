"""SIGINT/SIGTERM during a job: turned into one exception while the job runs, the old handlers back after."""

from __future__ import annotations

import os
import signal
import threading

import pytest

from translate.batch import JobInterrupted
from translate.batch.interrupt import RESUME_HINT, Signalled, stop_on_signals
from translate.errors import TranslateError


def test_the_first_signal_raises_later_ones_wait() -> None:
    before = signal.getsignal(signal.SIGTERM)
    with pytest.raises(Signalled) as caught, stop_on_signals():
        try:
            os.kill(os.getpid(), signal.SIGTERM)
            signal.pthread_sigmask(signal.SIG_BLOCK, [])  # let the handler run here
        finally:
            os.kill(os.getpid(), signal.SIGINT)  # during cleanup: ignored
    assert caught.value.signum == signal.SIGTERM and signal.getsignal(signal.SIGTERM) is before


def test_outside_the_main_thread_nothing_is_installed() -> None:
    seen = []

    def job() -> None:
        with stop_on_signals():
            seen.append(signal.getsignal(signal.SIGTERM))

    thread = threading.Thread(target=job)
    thread.start()
    thread.join()
    assert seen == [signal.getsignal(signal.SIGTERM)]


def test_job_interrupted() -> None:
    error = JobInterrupted(signal.SIGINT, 1)
    assert str(error) == f"interrupted by SIGINT; 1 shard committed, the shard in flight abandoned; {RESUME_HINT}"
    assert error.exit_code == 130 and isinstance(error, TranslateError) and isinstance(error, KeyboardInterrupt)
    assert str(JobInterrupted(signal.SIGTERM, 0)).startswith("interrupted by SIGTERM; 0 shards committed")
