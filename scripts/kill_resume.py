"""Kill a batch job with SIGKILL at many random points, resume it, and check the output is byte-identical.

    python scripts/kill_resume.py [--points 200] [--seed 1] [--beam 4] [--lose-state 0.25] [--model uk=PATH --model hu=PATH]

Without --model, tiny random models are built (as the tests do). One uninterrupted run gives the
reference; then chains of runs are each killed (at a random time, or just after a random number of
committed shards), resumed with --resume, killed again..., and finally resumed to the end. Every
file of the finished folder must equal the reference byte for byte. Exit 0 when all points pass.

What a power cut or an OS crash can do beyond SIGKILL is simulated too: before a resume, with
probability --lose-state, the job's private state (``out/.state/``) is deleted, or the sentence
cache loses the translations of the last committed shard (what an unsynced SQLite write leaves).
At --beam 4 the tiny models translate a sentence differently in different batch company, so a
resume that translated the wrong group of sentences would show in the bytes.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SENTENCES = [
    "President Donald Trump announced that he plans to meet Vladimir Putin in Budapest.",
    "Ukrainian President Volodymyr Zelensky is scheduled to visit the White House on Friday.",
    "Russia has intensified its attacks on energy infrastructure in eastern Ukraine.",
    "There was no immediate response from the Kremlin or from Kyiv.",
    "Top officials from both countries are expected to hold initial discussions next week.",
    "The missiles have a range of about 1,000 miles and could reach deep into Russia.",
]


PLACES = ["Budapest", "Kyiv", "Moscow", "Warsaw", "Geneva", "Odesa", "Kharkiv", "Vienna"]


def make_corpus(path: Path, records: int, seed: int) -> None:
    """Records of known sentences (repeated across shards) and new ones (so most shards translate a group)."""
    rng = random.Random(seed)
    lines = []
    for i in range(records):
        fresh = f"Officials in {rng.choice(PLACES)} reported {rng.randint(2, 999)} drone attacks overnight."
        text = " ".join([*rng.sample(SENTENCES, rng.randint(1, 2)), fresh][:: rng.choice((1, -1))])
        lines.append(json.dumps({"id": f"a{i}", "source": "wire", "text": text}, ensure_ascii=False))
        if i % 9 == 4:
            lines.append('{"id": "broken", "text": ')  # a reject, to cover rejects.jsonl too
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def command(corpus: Path, out: Path, models: list[str], shard_size: int, resume: bool, beam: int = 1) -> list[str]:
    cmd = [sys.executable, "-m", "translate", "batch", str(corpus), "--to", "uk,hu", "-o", str(out),
           "--engine", "ctranslate2", "--beam", str(beam), "--shard-size", str(shard_size), "--quiet"]
    for model in models:
        cmd += ["--model", model]
    return [*cmd, "--resume"] if resume else cmd


def committed_shards(out: Path) -> int:
    try:
        return len(json.loads((out / "manifest.json").read_text())["shards"])
    except (OSError, ValueError, KeyError):
        return -1


def damage_state(out: Path, rng: random.Random) -> str:
    """Delete the job's private state, or make its cache lose the last committed shard's sentences."""
    state = out / ".state"
    cache = state / "cache.sqlite"
    if rng.random() < 0.5 or not cache.exists():
        shutil.rmtree(state, ignore_errors=True)
        return "deleted"
    try:
        shards = json.loads((out / "manifest.json").read_text())["shards"]
        last = shards[max(shards, key=int)]
        lines = (out / last["file"]).read_text(encoding="utf-8").splitlines()
    except (OSError, ValueError, KeyError):
        return "none"
    db = sqlite3.connect(cache)
    if db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sentences'").fetchone() is None:
        db.close()  # killed before the cache made its table: nothing in it to make stale
        return "none"
    for line in lines:
        for sentence in json.loads(line)["translation"]["sentences"]:
            db.execute("DELETE FROM sentences WHERE source = ?", (sentence["text"],))
    db.commit()
    db.close()
    return "stale"


def run_killed(cmd: list[str], out: Path, rng: random.Random, full_seconds: float, total_shards: int, env: dict[str, str]) -> bool:
    """Start the job and SIGKILL it at a random point. True if it was killed before finishing."""
    already = max(0, committed_shards(out))
    process = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if rng.random() < 0.3:  # any moment: start-up, lock, manifest, shards, merge
        deadline = time.monotonic() + rng.uniform(0, full_seconds)
        while time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.002)
    else:  # just after a random number of committed shards, a few milliseconds into the next ones
        target = rng.randint(already, total_shards)
        while process.poll() is None and committed_shards(out) < target:
            time.sleep(0.002)
        time.sleep(rng.uniform(0, 0.02))
    if process.poll() is None:
        process.send_signal(signal.SIGKILL)
        process.wait()
        return True
    return False


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--points", type=int, default=200, help="kill points in all (default 200)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--records", type=int, default=30)
    parser.add_argument("--shard-size", type=int, default=3)
    parser.add_argument("--chain", type=int, default=5, help="kills per folder before the final resume (default 5)")
    parser.add_argument("--beam", type=int, default=1, help="beam size (default 1; 4 makes batch company matter)")
    parser.add_argument("--lose-state", type=float, default=0.25, metavar="P",
                        help="probability of losing or staling out/.state before each resume (default 0.25)")
    parser.add_argument("--model", action="append", default=[], metavar="LANG=PATH")
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    work = args.workdir or Path(tempfile.mkdtemp(prefix="kill-resume-"))
    work.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, HF_HUB_OFFLINE="1", PYTHONPATH=str(ROOT), TOKENIZERS_PARALLELISM="false", OMP_NUM_THREADS="1")
    env.setdefault("TRANSLATE_CACHE", str(work / "cache"))
    models = args.model
    if not models:
        sys.path.insert(0, str(ROOT / "tests"))
        from support.tiny_marian import build_tiny_marian

        zle = work / "tiny-zle"
        hu = work / "tiny-hu"
        if not (zle / "config.json").exists():
            build_tiny_marian(zle, target_tokens=(">>bel<<", ">>rus<<", ">>ukr<<"), seed=1)
        if not (hu / "config.json").exists():
            build_tiny_marian(hu, seed=2)
        models = [f"uk={zle}", f"hu={hu}"]
    corpus = work / "corpus.jsonl"
    make_corpus(corpus, args.records, args.seed)

    reference = work / "reference"
    shutil.rmtree(reference, ignore_errors=True)
    started = time.monotonic()
    done = subprocess.run(command(corpus, reference, models, args.shard_size, False, args.beam), env=env, capture_output=True, text=True)
    full_seconds = time.monotonic() - started
    if done.returncode not in (0, 3):
        print(f"reference run failed ({done.returncode}):\n{done.stderr}", file=sys.stderr)
        return 1
    expected = snapshot(reference)
    total_shards = committed_shards(reference)
    points = kills = 0
    damaged = {"deleted": 0, "stale": 0, "none": 0}
    failures = []
    chain_number = 0
    while points < args.points:
        out = work / f"run-{chain_number}"
        shutil.rmtree(out, ignore_errors=True)
        first = True
        for _ in range(min(args.chain, args.points - points)):
            if not first and rng.random() < args.lose_state:
                damaged[damage_state(out, rng)] += 1
            cmd = command(corpus, out, models, args.shard_size, not first, args.beam)
            kills += run_killed(cmd, out, rng, full_seconds, total_shards, env)
            first = False
            points += 1
        if rng.random() < args.lose_state:
            damaged[damage_state(out, rng)] += 1
        final = subprocess.run(command(corpus, out, models, args.shard_size, True, args.beam), env=env, capture_output=True, text=True)
        got = snapshot(out)
        if final.returncode != done.returncode or got != expected:
            differing = sorted(k for k in set(got) | set(expected) if got.get(k) != expected.get(k))
            failures.append(f"chain {chain_number}: exit {final.returncode}, differing files: {differing[:8]} {final.stderr[-500:]}")
        else:
            shutil.rmtree(out, ignore_errors=True)
        chain_number += 1
    print(f"{points} kill points ({kills} killed mid-run) in {chain_number} chains; {len(failures)} failed; "
          f"reference {len(expected)} files, {total_shards} shards; private state deleted before {damaged['deleted']} "
          f"resumes, cache made stale before {damaged['stale']}")
    for failure in failures:
        print(failure, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
