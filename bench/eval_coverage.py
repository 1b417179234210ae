"""Score the coverage comparison on the gold set in tests/data/coverage (see its README).

    .venv/bin/python bench/eval_coverage.py [--baseline] [--details]

Model-free, ``--ner none``, each story's English-only glossary. Per language:

* links as (English sentence, outlet sentence) pairs: precision against sure ∪ possible pairs,
  recall against sure pairs, pooled over the outlets;
* entity mentions at document level: per text, the multiset of entity ids, F1 pooled.

Figures are given separately for the development stories (on which the thresholds of
translate/alignment/coverage.py and the term table were chosen) and the held-out story.
``--baseline`` also scores what ``compare`` did before coverage existed: every text forced
through the monotone translation aligner. The relation classifier runs over every coverage text
(each must be "coverage") and every translation of tests/data/alignment (each "translation").
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from support.coverage_gold import DEVELOPMENT, HELD_OUT, Counts, coverage_stories, evaluate_coverage  # noqa: E402
from support.goldsets import alignment_articles, read_alignment_pair  # noqa: E402

from translate.alignment import align, relation_evidence  # noqa: E402

LANGS = ("uk", "ru", "hu")


def baseline(slugs: tuple[str, ...]) -> dict[str, Counts]:
    """Links of the monotone translation aligner, as compare drew them for every text before."""
    counts = {lang: Counts() for lang in LANGS}
    for story in coverage_stories(slugs):
        for text in story.texts:
            links = align(story.english, text.lines, "en", text.lang).links
            counts[text.lang].add_links(text, {(s, t) for link in links for s in link.source for t in link.target})
    return counts


def print_table(title: str, counts: dict[str, Counts], mentions: bool = True) -> None:
    print(title)
    print(f"  {'lang':4}  {'pairs':>5} {'sure':>5}  {'P':>5} {'R':>5}" + ("  mention F1" if mentions else ""))
    for lang, c in counts.items():
        if lang == "en":
            print(f"  {lang:4}  {'':>5} {'':>5}  {'':>5} {'':>5}  {c.mention_f1:10.2f}")
            continue
        row = f"  {lang:4}  {c.predicted:5} {c.sure:5}  {c.precision:5.2f} {c.recall:5.2f}"
        print(row + (f"  {c.mention_f1:10.2f}" if mentions else ""))


def relations() -> list[str]:
    """One line per text the classifier got wrong (none expected), after a summary line."""
    wrong: list[str] = []
    total = 0
    for story in coverage_stories():
        for text in story.texts:
            total += 1
            evidence = relation_evidence(story.english, text.lines, "en", text.lang)
            if evidence.relation != "coverage":
                wrong.append(f"  {story.slug} {text.key}: {evidence}")
    for name in alignment_articles():
        for lang in LANGS:
            source, target, _ = read_alignment_pair(name, lang)
            total += 1
            evidence = relation_evidence(source, target, "en", lang)
            if evidence.relation != "translation":
                wrong.append(f"  {name}.{lang}: {evidence}")
    return [f"relation: {total - len(wrong)} of {total} texts right"] + wrong


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--baseline", action="store_true", help="also score the monotone translation aligner")
    args = parser.parse_args(argv)
    for label, slugs in (("development", DEVELOPMENT), ("held out", HELD_OUT)):
        names = ", ".join(slugs)
        if args.baseline:
            print_table(f"baseline (monotone translation aligner), {label}: {names}", dict(baseline(slugs)), mentions=False)
        print_table(f"coverage, {label}: {names}", evaluate_coverage(slugs))
    for line in relations():
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
