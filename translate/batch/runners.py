"""The runners that drive a batch job, found by name so that Ray is imported only when it is chosen.

A runner is ``run(job, progress)``: it commits every shard of the job, in order, through the job's
own protocol (:meth:`translate.batch.job.Job.commit`); the job merges and closes itself afterwards.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from ..errors import UsageError

Runner = Callable[[Any, Any], None]  # (job: Job, progress: Progress); kept untyped here so this table imports nothing

# name -> "module:function"; the module is imported only when that runner is used.
RUNNERS: dict[str, str] = {
    "local": "translate.batch.local:run_local",
    "ray": "translate.batch.ray_runner:run_ray",
}


def runner(name: str) -> Runner:
    """The runner called ``name``; UsageError naming the choices for an unknown one."""
    if name not in RUNNERS:
        raise UsageError(f"runner '{name}' is not known; choose one of: {', '.join(RUNNERS)}")
    module_name, function = RUNNERS[name].split(":")
    found: Any = getattr(importlib.import_module(module_name), function)
    return found  # type: ignore[no-any-return]
