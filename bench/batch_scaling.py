"""Batch scaling: records/s and peak memory of the local runner against Ray on 1, 2 and 3 nodes of one CPU each.

    python bench/batch_scaling.py [--records 600] [--to uk] [--nodes 1,2,3] [--beam 1] [--model LANG=PATH | --model-dir DIR]

Each configuration runs in a process of its own; its peak memory is the largest sum of resident
memory over that process and every process below it (the driver and, for Ray, the head, raylets,
agents and actors of a ``ray.cluster_utils.Cluster`` started there: separate raylets and object
stores on this one machine, a node of one CPU each). Records/s counts the job alone (run_batch),
without starting the cluster; "wall" includes it. Every Ray output is compared with the local one.
Without --model, tiny random models are built (as the tests do): the numbers then measure the job
machinery more than translation; give real models to measure translation.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

CHILD = r"""
import json, sys, time
from pathlib import Path
args = json.loads(sys.argv[1])
from translate.batch import BatchOptions, run_batch
from translate.pipeline import Settings
settings = Settings(engine=args["engine"], beam_size=args["beam"], models=args["models"])
options = dict(input=Path(args["corpus"]), output=Path(args["out"]), targets=tuple(args["targets"]), settings=settings,
               shard_size=args["shard_size"])
cluster = None
if args["nodes"]:
    import ray
    from ray.cluster_utils import Cluster
    cluster = Cluster(initialize_head=True, head_node_args={"num_cpus": 1})
    for _ in range(args["nodes"] - 1):
        cluster.add_node(num_cpus=1)
    ray.init(address=cluster.address, include_dashboard=False, log_to_driver=False)
    options.update(runner="ray", workers=args["nodes"])
started = time.monotonic()
summary = run_batch(BatchOptions(**options))
seconds = time.monotonic() - started
if cluster is not None:
    ray.shutdown()
    cluster.shutdown()
print(json.dumps({"records": summary.records, "sentences": summary.sentences, "seconds": seconds}))
"""


def tree_rss(root: int) -> int:
    """Resident bytes of ``root`` and all its descendants."""
    parents: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            status = (entry / "status").read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        parents.setdefault(int(fields.get("PPid", "0").strip()), []).append(int(entry.name))
        rss[int(entry.name)] = int(fields.get("VmRSS", "0 kB").split()[0]) * 1024
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        todo.extend(parents.get(pid, []))
    return total


def measure(args: dict[str, object]) -> dict[str, float]:
    """Run one configuration in a child process; its result plus peak memory (MiB) and wall seconds."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), HF_HUB_OFFLINE="1", TOKENIZERS_PARALLELISM="false")
    started = time.monotonic()
    child = subprocess.Popen([sys.executable, "-c", CHILD, json.dumps(args)], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                             text=True, env=env, cwd=ROOT)
    peak = [0]

    def sample() -> None:
        while child.poll() is None:
            peak[0] = max(peak[0], tree_rss(child.pid))
            time.sleep(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, _ = child.communicate()
    sampler.join()
    if child.returncode != 0:
        raise SystemExit(f"run failed: {args}")
    result = json.loads(out.strip().splitlines()[-1])
    result.update(peak_mib=peak[0] / 2**20, wall=time.monotonic() - started)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--records", type=int, default=600)
    parser.add_argument("--to", default="uk")
    parser.add_argument("--nodes", default="1,2,3", help="Ray node counts to try (one CPU and one actor each)")
    parser.add_argument("--shard-size", type=int, default=50)
    parser.add_argument("--engine", default="ctranslate2")
    parser.add_argument("--beam", type=int, default=1)
    parser.add_argument("--model", action="append", default=[], metavar="LANG=PATH")
    parser.add_argument("--model-dir", type=Path, default=None, help="folder with one model folder per target language")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    from batch_throughput import make_corpus

    from translate.languages import parse_targets

    targets = parse_targets(args.to)
    work = Path(tempfile.mkdtemp(prefix="batch-scaling-"))
    os.environ.setdefault("TRANSLATE_CACHE", str(work / "cache"))
    models = dict(m.split("=", 1) for m in args.model)
    if args.model_dir:
        models.update({lang: str(args.model_dir / lang) for lang in targets if (args.model_dir / lang).is_dir()})
    if not models:
        sys.path.insert(0, str(ROOT / "tests"))
        from support.tiny_marian import build_tiny_marian

        zle = build_tiny_marian(work / "tiny-zle", target_tokens=(">>bel<<", ">>rus<<", ">>ukr<<"), seed=1)
        hu = build_tiny_marian(work / "tiny-hu", seed=2)
        models = {"uk": str(zle), "ru": str(zle), "hu": str(hu)}
    corpus = work / "corpus.jsonl"
    sentences = make_corpus(corpus, args.records, args.seed)
    print(f"corpus: {args.records} records, {sentences} sentences; targets {','.join(targets)}; engine {args.engine}, "
          f"beam {args.beam}; shards of {args.shard_size}; {os.cpu_count()} CPUs; models {models}")
    base = {"corpus": str(corpus), "targets": list(targets), "engine": args.engine, "beam": args.beam, "models": models,
            "shard_size": args.shard_size}
    # Warm up: the first use of a model converts it for CTranslate2 (cached); no configuration should pay for that.
    warm = work / "warm.jsonl"
    warm.write_text("\n".join(corpus.read_text(encoding="utf-8").splitlines()[:2]) + "\n", encoding="utf-8")
    measure({**base, "corpus": str(warm), "nodes": 0, "out": str(work / "out-warm")})
    rows = []
    configurations = [0, *(int(n) for n in args.nodes.split(",") if n.strip())]
    for nodes in configurations:
        out = work / f"out-{nodes}"
        result = measure({**base, "nodes": nodes, "out": str(out)})
        same = (out / "translations.jsonl").read_bytes() == (work / "out-0" / "translations.jsonl").read_bytes()
        name = "local" if nodes == 0 else f"ray, {nodes} node{'s' if nodes > 1 else ''}"
        rows.append((name, result, same))
        print(f"{name:14} {result['records'] / result['seconds']:8.1f} records/s  {result['sentences'] / result['seconds']:8.1f} "
              f"sentences/s  peak {result['peak_mib']:7.0f} MiB  job {result['seconds']:6.1f}s  wall {result['wall']:6.1f}s  "
              f"same bytes as local: {same}", flush=True)
    shutil.rmtree(work, ignore_errors=True)
    return 0 if all(same for _, _, same in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
