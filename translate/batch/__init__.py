"""Batch jobs: translate a corpus shard by shard, exactly once, resumable after any crash.

``run_batch(BatchOptions(...))`` is the one entry point. The job (:mod:`.job`) owns the output
folder and the commit protocol; a runner (:mod:`.runners`: local or Ray) only decides where the
translation groups (:mod:`.groups`) are translated; :mod:`.merge` writes the final outputs.
"""

from .assemble import EngineInfo, Layout
from .cache import SentenceCache
from .description import describe_changes, model_fingerprint
from .groups import distinct, sentence_texts
from .interrupt import JobInterrupted
from .job import STATE, Job
from .options import BatchOptions, with_threads
from .run import run_batch
from .runners import RUNNERS, runner
from .sources import AUTO, RecordSource, job_targets, record_source, source_choice
from .summary import EXIT_OK, EXIT_REJECTS, Progress, Summary

__all__ = [
    "AUTO", "EXIT_OK", "EXIT_REJECTS", "RUNNERS", "RecordSource", "STATE", "BatchOptions", "EngineInfo", "Job", "JobInterrupted", "Layout", "Progress",
    "SentenceCache", "Summary", "describe_changes", "distinct", "job_targets", "model_fingerprint", "record_source", "run_batch", "runner",
    "sentence_texts", "source_choice", "with_threads",
]
