"""The Ray runner gives byte for byte the local runner's output: on one local Ray, on a cluster of three nodes with a
node killed mid-job, and after the driver itself is killed."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from support.batch import snapshot, varied_corpus
from support.scripted import CrashAfter

from translate.batch import BatchOptions, Progress, run_batch
from translate.pipeline import Settings

SENTENCES = [
    "President Donald Trump announced that he plans to meet Vladimir Putin in Budapest.",
    "There was no immediate response from the Kremlin or from Kyiv.",
    "Russia has intensified its attacks on energy infrastructure.",
    "Top officials are expected to hold initial discussions next week.",
]



def test_ray_runner_matches_local_and_resumes(tiny_settings_models: dict[str, str], tmp_path: Path) -> None:
    import ray

    source = tmp_path / "corpus.jsonl"
    lines = [json.dumps({"id": i, "text": " ".join(SENTENCES[(i + k) % 4] for k in range(1 + i % 3))}) for i in range(14)]
    lines.insert(5, "{broken")
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    settings = Settings(engine="ctranslate2", beam_size=1, models=tiny_settings_models)

    def options(out: Path, runner: str, **kw: object) -> BatchOptions:
        return BatchOptions(input=source, output=out, targets=("uk", "ru", "hu"), settings=settings, shard_size=3,
                            runner=runner, workers=2, **kw)  # type: ignore[arg-type]

    local = run_batch(options(tmp_path / "local", "local"))
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        distributed = run_batch(options(tmp_path / "ray", "ray"))
        # A job started locally and resumed on Ray: the committed shards are kept, the rest done by actors.
        partial = tmp_path / "mixed"
        with pytest.raises(KeyboardInterrupt):
            run_batch(options(partial, "local"), progress=CrashAfter(2))
        mixed = run_batch(options(partial, "ray", resume=True))
    finally:
        ray.shutdown()
    assert (distributed.records, distributed.rejected, distributed.exit_code) == (local.records, 1, 3)
    assert distributed.translated == local.translated
    assert snapshot(tmp_path / "ray") == snapshot(tmp_path / "local")
    assert mixed.resumed_shards == 2 and snapshot(partial) == snapshot(tmp_path / "local")


def has_actor(node: Any) -> bool:
    """Whether one of our actors runs on this Cluster node (a child of its raylet)."""
    raylet = node.all_processes["raylet"][0].process.pid
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
                if parent == raylet and (entry / "cmdline").read_bytes().startswith(b"ray::ShardTranslator"):
                    return True
            except OSError:
                pass
    return False


class KillNode(Progress):
    """After the first committed shard, kill (SIGKILL its raylet and workers) a worker node that holds an actor."""

    def __init__(self, cluster: Any) -> None:
        self.cluster, self.killed = cluster, False

    def advance(self, records: int, sentences: int) -> None:
        if not self.killed:
            self.killed = True
            victim = next(node for node in self.cluster.worker_nodes if has_actor(node))
            self.cluster.remove_node(victim, allow_graceful=False)


def alive_nodes_once_settled(ray: Any, expected: int, limit_s: float = 180.0) -> list[dict[str, Any]]:
    """The cluster's alive nodes, polled until there are ``expected`` of them or ``limit_s`` has passed."""
    deadline = time.monotonic() + limit_s
    while True:
        alive = [n for n in ray.nodes() if n["Alive"]]
        if len(alive) == expected or time.monotonic() > deadline:
            return alive
        time.sleep(0.5)


def test_a_cluster_of_three_nodes_matches_local_even_when_a_node_dies(tiny_settings_models: dict[str, str], tmp_path: Path) -> None:
    import ray
    from ray.cluster_utils import Cluster

    source = tmp_path / "c.jsonl"
    varied_corpus(source, records=48)
    settings = Settings(engine="ctranslate2", beam_size=4, models=tiny_settings_models)

    def options(out: Path, runner: str) -> BatchOptions:
        return BatchOptions(input=source, output=out, targets=("uk", "hu"), settings=settings, shard_size=6,
                            runner=runner, workers=2)

    run_batch(options(tmp_path / "local", "local"))
    # Three nodes of one CPU each (separate raylets and object stores): two actors, one spare CPU for a restart.
    cluster = Cluster(initialize_head=True, head_node_args={"num_cpus": 1, "_system_config": {
        "health_check_initial_delay_ms": 0, "health_check_period_ms": 500, "health_check_failure_threshold": 3,
    }})
    cluster.add_node(num_cpus=1)
    cluster.add_node(num_cpus=1)
    try:
        ray.init(address=cluster.address, include_dashboard=False, log_to_driver=False)
        assert len([n for n in ray.nodes() if n["Alive"]]) == 3
        run_batch(options(tmp_path / "cluster", "ray"))
        killer = KillNode(cluster)
        summary = run_batch(options(tmp_path / "killed", "ray"), progress=killer)
        # The job may finish before the head's health check declares the killed node dead: wait for that (a
        # condition, with a generous limit for a busy machine), not for a fixed time.
        alive = alive_nodes_once_settled(ray, expected=2)
    finally:
        ray.shutdown()
        cluster.shutdown()
    assert snapshot(tmp_path / "cluster") == snapshot(tmp_path / "local")
    assert killer.killed and len(alive) == 2 and summary.records == 48
    assert snapshot(tmp_path / "killed") == snapshot(tmp_path / "local")  # exactly once: nothing doubled or lost


def descendants(pid: int) -> dict[int, str]:
    """The process tree below ``pid``: pid -> start time (to tell a reused pid apart)."""
    parents: dict[int, list[int]] = {}
    starts = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            parents.setdefault(int(fields[1]), []).append(int(entry.name))
            starts[int(entry.name)] = fields[19]
    found, todo = {}, list(parents.get(pid, []))
    while todo:
        child = todo.pop()
        found[child] = starts.get(child, "")
        todo.extend(parents.get(child, []))
    return found


def still_running(processes: dict[int, str]) -> list[int]:
    left = []
    for pid, start in processes.items():
        try:
            if (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[19] == start:
                left.append(pid)
        except OSError:
            pass
    return left


def test_killing_or_stopping_the_driver_stops_its_ray_and_quiet_means_quiet(
    model_args: list[str], tiny_settings_models: dict[str, str], tmp_path: Path
) -> None:
    source = tmp_path / "c.jsonl"
    varied_corpus(source, records=40)
    out = tmp_path / "out"
    command = [sys.executable, "-m", "translate", "batch", str(source), "-o", str(out), "--to", "uk", "--engine", "ctranslate2",
               "--beam", "1", "--shard-size", "2", *model_args, "--runner", "ray", "--workers", "2", "--quiet"]
    driver = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 180
    while len(list((out / "shards").glob("part-*"))) < 2 and time.monotonic() < deadline and driver.poll() is None:
        time.sleep(0.02)
    ray_processes = descendants(driver.pid)
    assert len(ray_processes) >= 4 and driver.poll() is None  # the local Ray's head, raylet, agents and two actors
    driver.kill()
    _, err = driver.communicate(timeout=60)
    assert "ray" not in err.lower()  # --quiet: not one line from Ray (a library's own warning may remain)
    gone_by = time.monotonic() + 180  # a condition with a generous limit: a loaded machine stops processes slowly
    while still_running(ray_processes) and time.monotonic() < gone_by:
        time.sleep(0.1)
    assert still_running(ray_processes) == []
    # SIGTERM to a resumed driver: one line, the lock released, its Ray stopped too.
    committed = len(list((out / "shards").glob("part-*")))
    driver = subprocess.Popen([*command, "--resume"], stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 180
    while len(list((out / "shards").glob("part-*"))) <= committed and time.monotonic() < deadline and driver.poll() is None:
        time.sleep(0.02)
    ray_processes = descendants(driver.pid)
    driver.send_signal(signal.SIGTERM)
    _, err = driver.communicate(timeout=120)
    assert err.endswith(" committed, the shard in flight abandoned; run the same command with --resume to continue\n")
    assert err.startswith("error: interrupted by SIGTERM; ") and "ray" not in err.lower()
    gone_by = time.monotonic() + 180
    while still_running(ray_processes) and time.monotonic() < gone_by:
        time.sleep(0.1)
    assert not (out / ".lock").exists() and still_running(ray_processes) == []
    done = subprocess.run([*command, "--resume"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0 and "ray" not in done.stderr.lower()
    settings = Settings(engine="ctranslate2", beam_size=1, models=tiny_settings_models)
    run_batch(BatchOptions(input=source, output=tmp_path / "local", targets=("uk",), settings=settings, shard_size=2))
    assert snapshot(out) == snapshot(tmp_path / "local")


def test_an_actor_takes_and_gives_plain_data(tiny_settings_models: dict[str, str]) -> None:
    """What travels between the driver and a worker: sentences in, (translation, flags) out; never a path."""
    from translate.batch.ray_runner import ShardTranslator

    actor = ShardTranslator(Settings(engine="ctranslate2", beam_size=1, models=tiny_settings_models), ["uk", "hu"])
    result = actor.translate({"uk": ["Hello there.", "Talks ended."], "hu": []})
    assert list(result) == ["uk"] and len(result["uk"]) == 2
    assert all(isinstance(text, str) and isinstance(flags, tuple) for text, flags in result["uk"])
