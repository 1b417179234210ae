"""Batch throughput: records/s and sentences/s of `translate batch` on a synthetic news corpus.

    python bench/batch_throughput.py [--records 2000] [--to uk] [--workers 1,2] [--model uk=PATH ...]

Without --model, tiny random models are built (as the tests do): the numbers then measure the
job machinery (reading, sharding, cache, commit, Ray scheduling) more than translation. With
--model-dir DIR (a folder holding one model folder per language: DIR/uk, DIR/hu, ...; e.g. a
production-size random Marian built offline) or --model LANG=PATH the translation cost is real.
Runs the local runner once, then the Ray runner with each worker count on one local Ray.
Sentences are generated from templates so that few repeat (the cache would otherwise hide the cost).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

NAMES = ["Donald Trump", "Vladimir Putin", "Volodymyr Zelensky", "Viktor Orbán", "Marco Rubio", "Ursula von der Leyen",
         "Emmanuel Macron", "Olaf Scholz", "Keir Starmer", "Recep Tayyip Erdoğan"]
PLACES = ["Budapest", "Kyiv", "Moscow", "Washington", "Brussels", "Warsaw", "Geneva", "Istanbul", "Kharkiv", "Odesa"]
ORGS = ["the Kremlin", "the White House", "NATO", "the European Commission", "the State Department", "Gazprom", "the IMF"]
TEMPLATES = [
    "{name} said on {day} that {org} would send {n} million dollars to {place}.",
    "Officials in {place} reported {n} drone attacks overnight, according to {org}.",
    "{name} is expected to meet {other} in {place} next {day}, {org} confirmed.",
    "Energy prices in {place} rose by {n} percent after {org} announced new sanctions.",
    "There was no immediate response from {org} to the claims made by {name}.",
    "The talks in {place} lasted {n} hours and ended without a joint statement.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def sentence(rng: random.Random) -> str:
    return rng.choice(TEMPLATES).format(
        name=rng.choice(NAMES), other=rng.choice(NAMES), org=rng.choice(ORGS), place=rng.choice(PLACES),
        day=rng.choice(DAYS), n=rng.randint(2, 9999),
    )


def make_corpus(path: Path, records: int, seed: int) -> int:
    rng = random.Random(seed)
    count = 0
    with open(path, "w", encoding="utf-8") as handle:
        for i in range(records):
            sentences = [sentence(rng) for _ in range(rng.randint(1, 4))]
            count += len(sentences)
            handle.write(json.dumps({"id": f"n{i}", "section": rng.choice(["world", "europe"]), "text": " ".join(sentences)}) + "\n")
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--records", type=int, default=2000)
    parser.add_argument("--to", default="uk")
    parser.add_argument("--workers", default="1,2", help="Ray worker counts to try (default 1,2; empty: skip Ray)")
    parser.add_argument("--shard-size", type=int, default=100)
    parser.add_argument("--engine", default="ctranslate2")
    parser.add_argument("--beam", type=int, default=1)
    parser.add_argument("--model", action="append", default=[], metavar="LANG=PATH")
    parser.add_argument("--model-dir", type=Path, default=None, help="folder with one model folder per target language")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    from translate.batch import BatchOptions, run_batch
    from translate.languages import parse_targets
    from translate.pipeline import Settings

    targets = parse_targets(args.to)
    work = Path(tempfile.mkdtemp(prefix="batch-bench-"))
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
    settings = Settings(engine=args.engine, beam_size=args.beam, models=models)
    print(f"corpus: {args.records} records, {sentences} sentences; targets {','.join(targets)}; engine {args.engine}; "
          f"models {models}; {os.cpu_count()} CPUs")

    def run(runner: str, workers: int) -> bytes:
        out = work / f"out-{runner}-{workers}"
        options = BatchOptions(input=corpus, output=out, targets=targets, settings=settings, shard_size=args.shard_size,
                               runner=runner, workers=workers)
        started = time.monotonic()
        summary = run_batch(options)
        seconds = time.monotonic() - started
        print(f"{runner:5} workers={workers}: {summary.records} records in {seconds:.1f}s = "
              f"{summary.records / seconds:.1f} records/s, {summary.sentences / seconds:.1f} sentences/s "
              f"({summary.translated} sentence translations)", flush=True)
        return (out / "translations.jsonl").read_bytes()

    local = run("local", 1)
    counts = [int(w) for w in args.workers.split(",") if w.strip()]
    if counts:
        import ray

        ray.init(num_cpus=max(counts), include_dashboard=False, log_to_driver=False)
        try:
            for workers in counts:
                same = run("ray", workers) == local
                print(f"      output identical to local: {same}")
        finally:
            ray.shutdown()
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
