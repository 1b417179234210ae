"""What a batch job is asked to do, and the checks of those options that need no input or model."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path

from ..corpus import DEFAULT_MAX_INPUT_BYTES, FORMATS
from ..errors import UsageError
from ..pipeline import Settings
from .runners import RUNNERS
from .sources import job_targets, source_choice


@dataclass(frozen=True)
class BatchOptions:
    input: Path
    output: Path
    targets: tuple[str, ...]
    settings: Settings = field(default_factory=Settings)
    text_field: str = "text"
    id_field: str = "id"
    format: str = "jsonl"
    shard_size: int = 256
    cache: Path | None = None  # persistent sentence cache; None: a private one inside the job's folder
    resume: bool = False
    runner: str = "local"
    address: str | None = None
    workers: int = 2
    max_input_bytes: int = DEFAULT_MAX_INPUT_BYTES
    source: str = "en"  # the records' language (en, uk, ru, hu), or "auto": identified per record


def check_options(options: BatchOptions) -> None:
    """UsageError for an unknown format or runner, a bad shard size, a source or targets that do not
    go together, or an -o that is a file."""
    if source_choice(options.source) != options.source:
        raise UsageError(f"source language '{options.source}' must be written as one of: auto, en, uk, ru, hu")
    job_targets(options.targets, options.source)  # raises for a target that is not one, or the source itself
    if options.format not in FORMATS:
        raise UsageError(f"output format '{options.format}' is not known; choose one of: {', '.join(FORMATS)}")
    if options.shard_size < 1:
        raise UsageError(f"--shard-size {options.shard_size} must be at least 1")
    if options.runner not in RUNNERS:
        raise UsageError(f"runner '{options.runner}' is not known; choose one of: {', '.join(RUNNERS)}")
    if options.output.exists() and not options.output.is_dir():
        raise UsageError(f"-o {options.output} is a file; give a folder for the batch output")


def with_threads(settings: Settings, workers: int, cpus: int) -> Settings:
    """Settings for one of ``workers`` processes sharing ``cpus`` cores (unless threads were set)."""
    if settings.threads:
        return settings
    return dataclasses.replace(settings, threads=max(1, cpus // max(1, workers)))
