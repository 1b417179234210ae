"""run_batch: open the job, let the chosen runner commit every shard, check the input, merge, close.

Every failure ends as one TranslateError with a message that says what to do (an OS or SQLite error
on the way becomes an OutputError), and the lock is released whatever happened.
"""

from __future__ import annotations

import sqlite3
import time
from typing import Any

from ..errors import OutputError, TranslateError
from .interrupt import RESUME_HINT, JobInterrupted, Signalled, stop_on_signals
from .job import Job
from .options import BatchOptions
from .runners import runner
from .summary import Progress, Summary


def run_batch(options: BatchOptions, *, log: Any = None, progress: Progress | None = None) -> Summary:
    """Run (or resume) a batch job; returns its summary. Raises TranslateError subclasses on failure.

    In the main thread, SIGINT and SIGTERM stop the job cleanly (see translate/batch/interrupt.py) and
    raise :class:`JobInterrupted`.
    """
    started = time.monotonic()
    progress = progress or Progress()
    job = Job(options, log)
    try:
        with stop_on_signals():
            _run(job, options, progress)
    except Signalled as stop:
        raise JobInterrupted(stop.signum, len(job.manifest.get("shards", {}))) from None
    except (OSError, sqlite3.Error) as error:
        if isinstance(error, TranslateError):
            raise
        where = getattr(error, "filename", None)
        detail = getattr(error, "strerror", None) or str(error)
        raise OutputError(
            f"cannot read or write {where or 'a file of the job'}: {detail}; check the disk and the -o folder, then {RESUME_HINT}"
        ) from None
    job.summary.seconds = time.monotonic() - started
    return job.summary


def _run(job: Job, options: BatchOptions, progress: Progress) -> None:
    if not job.open():
        job.close(success=True)
        return
    success = False
    try:
        progress.start(job.approx_items)
        runner(options.runner)(job, progress)
        job.check_input()
        job.drop_past_the_end()
        job.finish()
        success = True
    finally:
        progress.close()
        job.close(success)
