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
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from translate.text.language_id import guess_source, identify_document, letter_count  # noqa: E402

TREEBANKS = {"en": ["en_ewt"], "uk": ["uk_iu"], "ru": ["ru_gsd", "ru_taiga"], "hu": ["hu_szeged"]}
BUCKETS = ((0, 50), (50, 200), (200, 10**9))  # letters


def texts(folder: Path, lang: str, unit: str, limit: int) -> list[str]:
    found: list[str] = []
    for name in TREEBANKS[lang]:
        data = json.loads((folder / f"{name}-ud-dev.paragraphs.json").read_text(encoding="utf-8"))
        found.extend(s for p in data for s in p) if unit == "sentence" else found.extend(" ".join(p) for p in data if p)
    return found[:limit]


def bucket(n: int) -> str:
    for lo, hi in BUCKETS:
        if lo <= n < hi:
            return f"{lo}-{hi - 1}" if hi < 10**9 else f"{lo}+"
    return "?"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ud-dev", type=Path, default=ROOT.parent / "shared" / "ud-dev")
    parser.add_argument("--unit", choices=("paragraph", "sentence"), default="paragraph", help="what one text is")
    parser.add_argument("--limit", type=int, default=1500, help="texts per language")
    args = parser.parse_args()
    started = time.perf_counter()
    rows: dict[tuple[str, str, str], list[int]] = {}  # (method, lang, bucket) -> [right, wrong, none]
    for lang in TREEBANKS:
        for text in texts(args.ud_dev, lang, args.unit, args.limit):
            size = bucket(letter_count(text))
            for method, guess in (("lingua", identify_document(text)), ("tool", guess_source(text))):
                row = rows.setdefault((method, lang, size), [0, 0, 0])
                row[0 if guess.lang == lang else 2 if guess.lang is None else 1] += 1
    print("method  lang  letters    texts  right   wrong   no verdict")
    order = [bucket(lo) for lo, _ in BUCKETS]
    for (method, lang, size), (right, wrong, none) in sorted(
        rows.items(), key=lambda kv: (kv[0][0], list(TREEBANKS).index(kv[0][1]), order.index(kv[0][2]))
    ):
        total = right + wrong + none
        print(f"{method:<7} {lang:<5} {size:<9} {total:>6}  {right / total:6.1%}  {wrong / total:6.1%}  {none / total:6.1%}")
    print(f"({time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
