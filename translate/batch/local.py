"""The local runner: every shard translated and committed in this process, in order."""

from __future__ import annotations

from .job import Job
from .summary import Progress


def run_local(job: Job, progress: Progress) -> None:
    for shard in job.shards():
        resumed = job.committed(shard.index)
        if not resumed:
            split = job.split(shard)
            job.translate_here(shard, split)
            job.commit(shard, split)
        progress.advance(*job.count(shard.index, resumed))
