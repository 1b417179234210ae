"""Per-sentence language identification on real text: lingua (as the tool uses it) against the letter check.

Reads the Universal Dependencies dev paragraphs in ../shared/ud-dev (real en, uk, ru, hu text; never
copied into the repository) and reports, by sentence length, how often each method names the right
language, and in particular how well it tells Ukrainian from Russian.

    .venv/bin/python bench/eval_language_id.py [--ud-dev ../shared/ud-dev] [--limit 2000]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from ud_dev import TREEBANKS, bucket, ud_texts  # noqa: E402

from translate.checks import script_ok  # noqa: E402
from translate.text.language_id import identify, letter_count  # noqa: E402

BUCKETS = ((0, 20), (20, 50), (50, 100), (100, 10**9))  # letters



def letter_verdict(text: str) -> str | None:
    """What the letter check alone can say about uk against ru: None where it sees nothing."""
    uk, ru = script_ok(text, "uk"), script_ok(text, "ru")
    low = text.lower()
    if any(c in low for c in "іїєґ"):
        return "uk"
    if any(c in low for c in "ыэъё"):
        return "ru"
    return None if uk and ru else ("uk" if uk else "ru" if ru else None)



def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ud-dev", type=Path, default=ROOT.parent / "shared" / "ud-dev")
    parser.add_argument("--limit", type=int, default=3000, help="sentences per language")
    args = parser.parse_args()
    started = time.perf_counter()
    rows: dict[tuple[str, str], list[int]] = {}
    for lang in TREEBANKS:
        for text in ud_texts(args.ud_dev, lang, "sentence", args.limit):
            key = (lang, bucket(letter_count(text), BUCKETS))
            row = rows.setdefault(key, [0, 0, 0, 0, 0, 0])  # n, lingua right, abstained, wrong, letters right, letters silent
            row[0] += 1
            guess = identify(text)
            row[1] += guess.lang == lang
            row[2] += guess.lang is None
            row[3] += guess.lang is not None and guess.lang != lang
            if lang in ("uk", "ru"):
                verdict = letter_verdict(text)
                row[4] += verdict == lang
                row[5] += verdict is None
    order = {f"{lo}-{hi - 1}" if hi < 10**9 else f"{lo}+": i for i, (lo, hi) in enumerate(BUCKETS)}
    print("lang  letters   sentences  lingua right  no verdict  WRONG  letter check right (uk/ru)  letter check silent")
    for (lang, span), (n, right, none, wrong, letters_right, silent) in sorted(rows.items(), key=lambda kv: (kv[0][0], order[kv[0][1]])):
        letter_part = f"{letters_right / n:26.3f}  {silent / n:19.3f}" if lang in ("uk", "ru") else f"{'-':>26}  {'-':>19}"
        print(f"{lang:4}  {span:8}  {n:9}  {right / n:12.3f}  {none / n:10.3f}  {wrong / n:5.3f}  {letter_part}")
    for lang in TREEBANKS:
        n = sum(r[0] for (lg, _), r in rows.items() if lg == lang)
        right = sum(r[1] for (lg, _), r in rows.items() if lg == lang)
        print(f"{lang}: {right}/{n} = {right / n:.3f} right overall")
    print(f"({time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
