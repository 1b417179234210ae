"""run_batch: open the job, let the chosen runner commit every shard, merge, close."""

from __future__ import annotations

import time
from typing import Any

from .job import Job
from .options import BatchOptions
from .runners import runner
from .summary import Progress, Summary


def run_batch(options: BatchOptions, *, log: Any = None, progress: Progress | None = None) -> Summary:
    """Run (or resume) a batch job; returns its summary. Raises TranslateError subclasses on failure."""
    started = time.monotonic()
    progress = progress or Progress()
    job = Job(options, log)
    if not job.open():
        job.close(success=True)
        return job.summary
    success = False
    try:
        progress.start(job.approx_items)
        runner(options.runner)(job, progress)
        job.finish()
        success = True
    finally:
        progress.close()
        job.close(success)
    job.summary.seconds = time.monotonic() - started
    return job.summary
