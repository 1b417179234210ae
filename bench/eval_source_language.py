"""`--from auto` on real text: how often the source language of a text is named right, by its length.

Each Universal Dependencies dev paragraph in ../shared/ud-dev (real en, uk, ru, hu text; never copied
into the repository) is one text to translate; with ``--unit sentence`` each sentence is (a stand-in
for headlines and one-line inputs). Two methods are compared: lingua alone over the four
languages (``identify_document``) and what the tool does (``guess_source``: lingua among the
languages the letters allow, and a short Latin text without Hungarian letters is English).

    .venv/bin/python bench/eval_source_language.py [--ud-dev ../shared/ud-dev] [--unit paragraph|sentence] [--limit 1500]
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

from translate.text.language_id import guess_source, identify_document, letter_count  # noqa: E402

BUCKETS = ((0, 50), (50, 200), (200, 10**9))  # letters




def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ud-dev", type=Path, default=ROOT.parent / "shared" / "ud-dev")
    parser.add_argument("--unit", choices=("paragraph", "sentence"), default="paragraph", help="what one text is")
    parser.add_argument("--limit", type=int, default=1500, help="texts per language")
    args = parser.parse_args()
    started = time.perf_counter()
    rows: dict[tuple[str, str, str], list[int]] = {}  # (method, lang, bucket) -> [right, wrong, none]
    for lang in TREEBANKS:
        for text in ud_texts(args.ud_dev, lang, args.unit, args.limit):
            size = bucket(letter_count(text), BUCKETS)
            for method, guess in (("lingua", identify_document(text)), ("tool", guess_source(text))):
                row = rows.setdefault((method, lang, size), [0, 0, 0])
                row[0 if guess.lang == lang else 2 if guess.lang is None else 1] += 1
    print("method  lang  letters    texts  right   wrong   no verdict")
    order = [bucket(lo, BUCKETS) for lo, _ in BUCKETS]
    for (method, lang, size), (right, wrong, none) in sorted(
        rows.items(), key=lambda kv: (kv[0][0], list(TREEBANKS).index(kv[0][1]), order.index(kv[0][2]))
    ):
        total = right + wrong + none
        print(f"{method:<7} {lang:<5} {size:<9} {total:>6}  {right / total:6.1%}  {wrong / total:6.1%}  {none / total:6.1%}")
    print(f"({time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
