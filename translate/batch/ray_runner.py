"""The Ray runner: the same job as the local runner, its translation groups sent to a pool of Ray actors.

Only this module imports ray. The driver alone reads the input and touches the output folder: it
plans each shard's group (translate/batch/groups.py) as the local runner does, sends the group's
sentences to an actor as a task argument (through Ray's object store) and gets the translations
back the same way. It takes the results in shard order and stores and commits them with the job's
own protocol, so Ray's retries (an actor restarted after its node died, a task run again) can
neither duplicate nor drop a record. Workers need the package and the models, nothing else: no
shared filesystem. At most ``2 x workers`` groups are in flight, so the driver's memory stays flat.

Each actor watches its job: when the driver dies (same machine) or its own raylet does, it exits at
once instead of finishing the shard it holds.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections import deque
from pathlib import Path
from typing import Any

from ..corpus.lock import pid_alive
from ..errors import EngineNotAvailableError, TranslateError, UsageError
from ..pipeline import Settings, Translator
from .groups import translate_group
from .job import Job, Planned
from .options import with_threads
from .ray_session import ray_messages_to, ray_session
from .sources import direction_of
from .summary import Progress

RESTARTS = 4  # an actor lost with its node is started again elsewhere this many times, its task retried


class RayJobError(TranslateError, RuntimeError):
    """The Ray cluster could not run the job's actors."""


def machine_id() -> str:
    """This boot of this machine (the kernel's boot id), or the host name."""
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text().strip()
    except OSError:
        return socket.gethostname()


def watch_driver(machine: str, pid: int, period: float = 0.5) -> None:
    """Exit this process as soon as the driver (when on this machine) or our parent (the raylet) is gone."""
    parent = os.getppid()
    local = machine == machine_id()

    def watch() -> None:
        while True:
            time.sleep(period)
            if os.getppid() != parent or local and not pid_alive(pid):
                os._exit(1)

    threading.Thread(target=watch, name="driver-watch", daemon=True).start()


class ShardTranslator:
    """A Ray actor: loads the models of the job's directions once (``"uk"`` for en → uk, ``"hu-uk"``: both
    steps of the pivot), then translates the groups it is sent, as the local runner does."""

    def __init__(self, settings: Settings, directions: list[str], driver: tuple[str, int] | None = None) -> None:
        if driver is not None:
            watch_driver(*driver)
        self.translator = Translator(settings)
        self.directions = directions
        for key in directions:
            source, target = direction_of(key)
            for step_source, step_target in self.translator.route(source, target):
                self.translator.engine_for(step_target, step_source)  # load now, once per actor

    def translate(self, todo: dict[str, list[str]]) -> dict[str, list[tuple[str, tuple[str, ...]]]]:
        return translate_group(self.translator, todo)


def import_ray() -> Any:
    try:
        import ray
    except ImportError:
        raise EngineNotAvailableError(
            "--runner ray needs Ray; install it with: pip install 'newsalign-translate[ray]' (or pip install 'ray[data]')"
        ) from None
    return ray


class ActorPool:
    """The job's actors, started when the first group needs them; each task goes to the least busy one."""

    def __init__(self, ray: Any, job: Job) -> None:
        self.ray, self.job = ray, job
        self.actors: list[Any] = []
        self.busy: dict[int, int] = {}

    def submit(self, todo: dict[str, list[str]]) -> tuple[Any, int]:
        if not self.actors:
            self._start()
        slot = min(range(len(self.actors)), key=lambda i: self.busy[i])
        self.busy[slot] += 1
        return self.actors[slot].translate.remote(todo), slot

    def done(self, slot: int) -> None:
        self.busy[slot] -= 1

    def _start(self) -> None:
        ray, options = self.ray, self.job.options
        cpus = int(ray.cluster_resources().get("CPU", 1))
        settings = with_threads(options.settings, options.workers, cpus)
        remote = ray.remote(ShardTranslator).options(num_cpus=1, max_restarts=RESTARTS, max_task_retries=RESTARTS)
        driver = (machine_id(), os.getpid())
        self.actors = [remote.remote(settings, list(self.job.directions), driver) for _ in range(options.workers)]
        self.busy = dict.fromkeys(range(len(self.actors)), 0)

    def stop(self) -> None:
        for actor in self.actors:
            try:
                self.ray.kill(actor)
            except Exception:  # already gone with its node
                pass
        self.actors = []


def _get(ray: Any, ref: Any) -> dict[str, list[Any]]:
    try:
        return ray.get(ref)  # type: ignore[no-any-return]
    except ray.exceptions.RayTaskError as error:
        cause = getattr(error, "cause", None)
        if isinstance(cause, TranslateError):
            raise cause from None
        raise RayJobError(f"a Ray worker failed while translating: {cause or error}") from None
    except ray.exceptions.RayActorError as error:
        raise RayJobError(
            f"a Ray worker died {RESTARTS + 1} times while translating ({type(error).__name__}); check the workers' "
            "memory (each holds the models once) or use fewer --workers, then run the same command with --resume"
        ) from None
    except ray.exceptions.RayError as error:
        raise RayJobError(f"Ray could not run the job: {error}; then run the same command with --resume") from None


def run_ray(job: Job, progress: Progress) -> None:
    ray = import_ray()
    options = job.options
    if options.workers < 1:
        raise UsageError(f"--workers {options.workers} must be at least 1")
    with ray_session(ray, options.address, max(options.workers, os.cpu_count() or 1), job.log), ray_messages_to(job.log):
        pool = ActorPool(ray, job)
        window: deque[tuple[Planned, Any, int]] = deque()  # shards in input order, with their task if any

        def commit_first() -> None:
            planned, ref, slot = window.popleft()
            if ref is not None:
                results = _get(ray, ref)
                pool.done(slot)
                for lang, done in results.items():
                    job.store(lang, planned.todo[lang], [(text, tuple(flags)) for text, flags in done])
            if not planned.committed:
                job.commit(planned)
            progress.advance(*job.count(planned.index, planned.committed))

        try:
            for planned in job.planned():
                ref, slot = None, -1
                if not planned.committed and any(planned.todo.values()):
                    ref, slot = pool.submit({lang: texts for lang, texts in planned.todo.items() if texts})
                elif planned.committed:
                    planned.shard.records.clear()  # nothing more to do with them; keep the window light
                window.append((planned, ref, slot))
                while window and (sum(pool.busy.values()) > 2 * options.workers or len(window) > 8 * options.workers):
                    commit_first()
            while window:
                commit_first()
        finally:
            pool.stop()
