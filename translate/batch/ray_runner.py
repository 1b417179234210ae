"""The Ray Data runner: the same job as the local runner, translated by an actor pool.

Only this module imports ray. The driver reads the input, decides which distinct sentences each
shard translates (the same groups as the local runner: see translate/batch/groups.py), and spools
them to ``out/.state/todo-NNNNN.json``. Ray Data maps those shards with ``map_batches`` over an actor
pool (``concurrency=N``), each actor holding its models once. The driver receives results in shard
order, stores them in the sentence cache and commits each shard with the job's own protocol, so
Ray's at-least-once retries cannot duplicate or drop a record.

The spool files and the output folder must be readable by every Ray node: on a multi-node cluster,
put the output folder on shared storage.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import EngineNotAvailableError, TranslateError, UsageError
from ..pipeline import Settings, Translator
from .groups import distinct
from .job import STATE, Job
from .options import with_threads
from .summary import Progress


class ShardTranslator:
    """A Ray actor: loads the models once, then translates spooled shards."""

    def __init__(self, settings: Settings, targets: list[str]) -> None:
        self.translator = Translator(settings)
        self.targets = targets
        for lang in targets:
            self.translator.engine_for(lang)  # load now, once per actor

    def __call__(self, batch: dict[str, Any]) -> dict[str, Any]:
        import numpy as np

        results = []
        for path in batch["path"]:
            todo = json.loads(Path(str(path)).read_text(encoding="utf-8"))
            out = {lang: self.translator.translate_sentences(todo[lang], lang) for lang in self.targets if todo.get(lang)}
            results.append(json.dumps(out, ensure_ascii=False))
        return {"shard": np.asarray(batch["shard"]), "result": np.asarray(results, dtype=object)}


def import_ray() -> Any:
    try:
        import ray
    except ImportError:
        raise EngineNotAvailableError(
            "--runner ray needs Ray Data; install it with: pip install 'newsalign-translate[ray]' (or pip install 'ray[data]')"
        ) from None
    return ray


def run_ray(job: Job, progress: Progress) -> None:
    ray = import_ray()
    options = job.options
    if options.workers < 1:
        raise UsageError(f"--workers {options.workers} must be at least 1")
    state = job.out / STATE
    state.mkdir(parents=True, exist_ok=True)
    pending = _spool(job, state)
    started_here = False
    if not ray.is_initialized():
        kwargs: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False, "configure_logging": False}
        if options.address:
            kwargs["address"] = options.address
        else:
            kwargs["num_cpus"] = max(options.workers, os.cpu_count() or 1)
        try:
            ray.init(**kwargs)
        except ConnectionError as error:
            raise UsageError(f"cannot reach the Ray cluster at {options.address}: {error}; check --address") from None
        started_here = True
    try:
        results = _results(ray, job, pending) if pending else iter(())
        _commit_in_order(job, progress, results)
    finally:
        if started_here:
            ray.shutdown()


def _spool(job: Job, state: Path) -> list[tuple[int, str]]:
    """Pass 1: each pending shard's translation groups, written to a spool file. [(shard, path)]."""
    seen_path = state / "seen.sqlite"
    seen_path.unlink(missing_ok=True)
    seen = sqlite3.connect(seen_path)
    seen.execute("PRAGMA journal_mode=OFF")
    seen.execute("PRAGMA synchronous=OFF")
    seen.execute("CREATE TABLE seen (source TEXT PRIMARY KEY) WITHOUT ROWID")
    pending: list[tuple[int, str]] = []
    try:
        for shard in job.shards():
            split = job.split(shard)
            first = []
            for sentence in distinct(shard, split):
                if seen.execute("INSERT OR IGNORE INTO seen VALUES (?)", (sentence,)).rowcount:
                    first.append(sentence)
            if job.committed(shard.index):
                continue
            todo = {lang: job.plan(lang, first) for lang in job.options.targets}
            if any(todo.values()):
                path = state / f"todo-{shard.index:05d}.json"
                path.write_text(json.dumps(todo, ensure_ascii=False), encoding="utf-8")
                pending.append((shard.index, str(path.resolve())))
    finally:
        seen.close()
        seen_path.unlink(missing_ok=True)
    return pending


def _results(ray: Any, job: Job, pending: list[tuple[int, str]]) -> Iterator[tuple[int, dict[str, Any]]]:
    options = job.options
    context = ray.data.DataContext.get_current()
    context.execution_options.preserve_order = True
    context.enable_progress_bars = False
    cpus = int(ray.cluster_resources().get("CPU", 1))
    settings = with_threads(options.settings, options.workers, cpus)
    items = [{"shard": index, "path": path} for index, path in pending]
    dataset = ray.data.from_items(items, override_num_blocks=len(items))
    mapped = dataset.map_batches(
        ShardTranslator,
        fn_constructor_kwargs={"settings": settings, "targets": list(options.targets)},
        batch_size=1,
        compute=ray.data.ActorPoolStrategy(size=min(options.workers, len(items))),
        num_cpus=1,
        batch_format="numpy",
    )
    try:
        for row in mapped.iter_rows():
            yield int(row["shard"]), json.loads(row["result"])
    except Exception as error:  # Ray wraps a worker's exception; ours carry the message the user needs
        cause = getattr(error, "cause", None)
        if isinstance(cause, TranslateError):
            raise cause from None
        raise


def _commit_in_order(job: Job, progress: Progress, results: Iterator[tuple[int, dict[str, Any]]]) -> None:
    """Pass 2: read the input again in step with the results; store, assemble and commit each shard."""
    upcoming = next(results, None)
    for shard in job.shards():
        resumed = job.committed(shard.index)
        if not resumed:
            split = job.split(shard)
            if upcoming is not None and upcoming[0] == shard.index:
                spool = job.out / STATE / f"todo-{shard.index:05d}.json"
                todo = json.loads(spool.read_text(encoding="utf-8"))
                for lang in job.options.targets:
                    done = upcoming[1].get(lang)
                    if done:
                        job.store(lang, todo[lang], [(text, tuple(flags)) for text, flags in done])
                spool.unlink(missing_ok=True)
                upcoming = next(results, None)
            job.commit(shard, split)
        progress.advance(*job.count(shard.index, resumed))
