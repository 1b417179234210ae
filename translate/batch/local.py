"""The local runner: every shard planned, translated and committed in this process, in order."""

from __future__ import annotations

from .job import Job
from .summary import Progress


def run_local(job: Job, progress: Progress) -> None:
    for planned in job.planned():
        if not planned.committed:
            job.translate_here(planned)
            job.commit(planned)
        progress.advance(*job.count(planned.index, planned.committed))
