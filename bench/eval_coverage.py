"""Score the coverage comparison on the gold set in tests/data/coverage (see its README).

    .venv/bin/python bench/eval_coverage.py [--baseline] [--loo] [--details]

Model-free, ``--ner none``, each story's English-only glossary. Per language:

* links as (English sentence, outlet sentence) pairs: precision against sure ∪ possible pairs,
  recall against sure pairs, pooled over the outlets;
* entity mentions at document level: per text, the multiset of entity ids, F1 pooled.

The default run scores the aligner's parameters (translate/alignment/coverage.py) on every story.
``--loo`` is the honest figure: leave one story out, choose the parameters on the others
(from the grid below, by the rule in :func:`choose`), score the story left out; for each story,
then pooled over the held-out runs (the headline). ``--baseline`` also scores what
``compare`` did before coverage existed: every text forced through the monotone translation
aligner. ``--details`` prints, per outlet sentence, its gold links and the aligner's best
candidates with the anchors they share. The relation classifier runs over every coverage text
(each must be "coverage") and every translation of tests/data/alignment (each "translation").
"""

from __future__ import annotations

import argparse
import itertools
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from support.coverage_gold import HELD_OUT_STORIES, Counts, coverage_stories, evaluate_coverage, gold_facts  # noqa: E402
from support.goldsets import alignment_articles, read_alignment_pair  # noqa: E402

from translate.alignment import COVERAGE_PARAMS, CoverageParams, align, relation_evidence  # noqa: E402
from translate.alignment.coverage import candidates, decide  # noqa: E402

LANGS = ("uk", "ru", "hu")
STORIES = tuple(story.slug for story in coverage_stories())
# Precision comes first: the parameters chosen on the training stories must reach this there.
TRAIN_PRECISION = 0.85

# The grid --loo searches: the decision thresholds and the weights that matter most.
# margin 1.3 and second 0.9 left the grid in round 4 (chosen in 3 of 34 leave-one-out runs on 17 stories)
# to make room for background without a longer run; margin stays at its default, 1.0.
GRID = {
    "threshold": (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5),
    "second": (0.6, 0.7, 0.8),
    "strong": (1.2, 1.5),
    "rich": (0.6, 0.75, 1.0),
    "background": (0.5, 1.0),
}


def baseline(slugs: tuple[str, ...]) -> dict[str, Counts]:
    """Links of the monotone translation aligner, as compare drew them for every text before."""
    counts = {lang: Counts() for lang in LANGS}
    for story in coverage_stories(slugs):
        for text in story.texts:
            links = align(story.english, text.lines, "en", text.lang).links
            counts[text.lang].add_links(text, {(s, t) for link in links for s in link.source for t in link.target})
    return counts


def _summed(parts: list[Counts]) -> Counts:
    """The link counts of ``parts`` added up (mentions are not pooled)."""
    total = Counts()
    for part in parts:
        for name in ("predicted", "correct", "sure", "found"):
            setattr(total, name, getattr(total, name) + getattr(part, name))
    return total


def pooled(counts: dict[str, Counts]) -> Counts:
    return _summed([counts[lang] for lang in LANGS])


def grid() -> list[CoverageParams]:
    names = list(GRID)
    return [replace(COVERAGE_PARAMS, **dict(zip(names, values, strict=True))) for values in itertools.product(*GRID.values())]


def story_counts(slugs: tuple[str, ...], options: list[CoverageParams]) -> list[dict[str, dict[str, Counts]]]:
    """Per option, each story's counts: scored once, then summed over any set of training stories."""
    return [{slug: evaluate_coverage((slug,), params) for slug in slugs} for params in options]


def add_counts(parts: list[dict[str, Counts]]) -> dict[str, Counts]:
    """Per language, the link counts of several stories added up."""
    return {lang: _summed([part[lang] for part in parts]) for lang in LANGS}


def choose(train: tuple[str, ...], options: list[CoverageParams], table: list[dict[str, dict[str, Counts]]] | None = None) -> CoverageParams:
    """The parameters with the best pooled recall on ``train`` among those whose pooled precision
    there reaches TRAIN_PRECISION and no language's falls below 0.8 (ties: higher precision); the most
    precise when none does. ``table``: :func:`story_counts` of ``options``, when already scored."""
    table = table if table is not None else story_counts(train, options)
    best: tuple[float, float] | None = None
    chosen = options[0]
    for params, scored in zip(options, table, strict=True):
        counts = add_counts([scored[slug] for slug in train])
        total = pooled(counts)
        ok = total.precision >= TRAIN_PRECISION and all(counts[lang].precision >= 0.8 or not counts[lang].predicted for lang in LANGS)
        key = (total.recall, total.precision) if ok else (-1.0, total.precision)
        if best is None or key > best:
            best, chosen = key, params
    return chosen


def print_table(title: str, counts: dict[str, Counts], mentions: bool = True) -> None:
    print(title)
    print(f"  {'lang':4}  {'pairs':>5} {'sure':>5}  {'P':>5} {'R':>5}" + ("  mention F1" if mentions else ""))
    for lang, c in counts.items():
        if lang == "en":
            if mentions:
                print(f"  {lang:4}  {'':>5} {'':>5}  {'':>5} {'':>5}  {c.mention_f1:10.2f}")
            continue
        row = f"  {lang:4}  {c.predicted:5} {c.sure:5}  {c.precision:5.2f} {c.recall:5.2f}"
        print(row + (f"  {c.mention_f1:10.2f}" if mentions and lang in LANGS else ""))


def leave_one_out() -> None:
    options = grid()
    table = story_counts(STORIES, options)
    per_story: list[dict[str, Counts]] = []
    for slug in STORIES:
        train = tuple(s for s in STORIES if s != slug)
        params = choose(train, options, table)
        changed = {k: getattr(params, k) for k in GRID}
        counts = dict(table[options.index(params)][slug])
        print_table(f"held out: {slug} (parameters chosen on the others: {changed})", counts, mentions=False)
        counts["all"] = pooled(counts)
        per_story.append(counts)
    held = add_counts(per_story)
    held["all"] = pooled(held)
    print_table("leave one story out, pooled over the held-out runs", held, mentions=False)
    print("leave one story out, mean of the stories left out (the headline)")
    print(f"  {'lang':4}  {'P':>5} {'R':>5}")
    for lang in (*LANGS, "all"):
        precision = sum(c[lang].precision for c in per_story) / len(per_story)
        recall = sum(c[lang].recall for c in per_story) / len(per_story)
        print(f"  {lang:4}  {precision:5.2f} {recall:5.2f}")


def details(params: CoverageParams = COVERAGE_PARAMS) -> None:
    for story in coverage_stories():
        _story, _document, facts = gold_facts(story.slug)
        for text in story.texts:
            print(f"== {story.slug} {text.key}")
            chosen = {(link.source, link.target) for link in decide(facts[text.key], params)}
            for j, ranked in enumerate(candidates(facts[text.key], params)):
                sure = sorted(i for i, t in text.sure if t == j)
                possible = sorted(i for i, t in text.possible if t == j)
                links = sorted(i for i, t in chosen if t == j)
                mark = "ok" if set(links) <= set(sure) | set(possible) and set(sure) <= set(links) else "--"
                print(f"  {mark} {j}: sure {sure} possible {possible} linked {links}  {text.lines[j][:90]}")
                for c in ranked[:3]:
                    print(f"       en{c.source} {c.score:.2f} {sorted(c.shared)}")


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
    parser.add_argument("--loo", action="store_true", help="leave one story out: choose parameters on all stories but one, score that one")
    parser.add_argument("--details", action="store_true", help="print each outlet sentence's gold links and best candidates")
    parser.add_argument(
        "--held-out", action="store_true",
        help="score the held-out stories (tests/data/coverage-heldout) with the default parameters, once; never tune on them",
    )
    parser.add_argument("--choose", action="store_true", help="the parameters the rule chooses on all development stories (the defaults)")
    args = parser.parse_args(argv)
    if args.choose:
        chosen = choose(STORIES, grid())
        print({name: getattr(chosen, name) for name in GRID})
        return 0
    if args.details:
        details()
        return 0
    if args.held_out:
        held = evaluate_coverage(HELD_OUT_STORIES)
        held["all"] = pooled(held)
        print_table("coverage, default parameters, HELD-OUT stories", held)
        for slug in HELD_OUT_STORIES:
            print_table(f"coverage, default parameters: {slug.rsplit('/', 1)[-1]}", evaluate_coverage((slug,)))
        return 0
    for slug in STORIES:
        if args.baseline:
            print_table(f"baseline (monotone translation aligner): {slug}", dict(baseline((slug,))), mentions=False)
        print_table(f"coverage, default parameters: {slug}", evaluate_coverage((slug,)))
    everything = evaluate_coverage(STORIES)
    everything["all"] = pooled(everything)
    print_table("coverage, default parameters, all stories", everything)
    if args.loo:
        leave_one_out()
    for line in relations():
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
