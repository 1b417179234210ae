"""Score the coverage comparison on the gold set in tests/data/coverage (see its README).

    .venv/bin/python bench/eval_coverage.py [--baseline] [--loo] [--details] [--held-out] [--fit]

Model-free, ``--ner none``, each story's English-only glossary. Per language:

* links as (English sentence, outlet sentence) pairs: precision against sure ∪ possible pairs,
  recall against sure pairs, pooled over the outlets;
* entity mentions at document level: per text, the multiset of entity ids, F1 pooled.

The default run scores the aligner's parameters (translate/alignment/coverage.py) on every story.
``--loo`` is the honest figure: leave one story out, fit the link model on the others (its
threshold by the rule in :func:`choose_threshold`), score the story left out; for each story,
then pooled over the held-out runs (the headline). ``--fit`` fits it on all development stories
and writes translate/alignment/link_model.json (what the tool ships). ``--baseline`` also scores what
``compare`` did before coverage existed: every text forced through the monotone translation
aligner. ``--details`` prints, per outlet sentence, its gold links and the aligner's best
candidates with the anchors they share. The relation classifier runs over every coverage text
(each must be "coverage") and every translation of tests/data/alignment (each "translation").
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from support.coverage_gold import HELD_OUT_STORIES, Counts, coverage_stories, evaluate_coverage, gold_facts  # noqa: E402
from support.goldsets import alignment_articles, read_alignment_pair  # noqa: E402

from translate.alignment import COVERAGE_PARAMS, CoverageParams, align, relation_evidence  # noqa: E402
from translate.alignment.coverage import candidates, decide, link_candidates  # noqa: E402
from translate.alignment.link_model import MODEL_FILE, LinkModel  # noqa: E402
from translate.files import write_atomic  # noqa: E402

LANGS = ("uk", "ru", "hu")
STORIES = tuple(story.slug for story in coverage_stories())
# Precision comes first: the link model's threshold must reach this on the training stories.
TRAIN_PRECISION = 0.85
# The ridge of the logistic fit: leave-one-out figures barely move between 0.1 and 30 (round 6).
L2 = 10.0


@dataclass(frozen=True)
class Row:
    """One candidate pair the link model weighs, with its gold labels."""

    slug: str
    lang: str
    features: tuple[float, ...]
    correct: bool  # in sure ∪ possible
    sure: bool


def link_rows(slugs: tuple[str, ...]) -> list[Row]:
    """Every candidate of every outlet of the stories, as :func:`decide` weighs them."""
    rows = []
    for slug in slugs:
        story, _document, facts = gold_facts(slug)
        for text in story.texts:
            for j, candidate, features in link_candidates(facts[text.key]):
                pair = (candidate.source, j)
                rows.append(Row(slug, text.lang, features, pair in text.sure | text.possible, pair in text.sure))
    return rows


def fit(rows: list[Row], fitted_on: str, l2: float = L2) -> LinkModel:
    """Logistic regression (Newton's method, L2 on the weights) of ``correct`` on the standardised
    features, with the threshold :func:`choose_threshold` picks on the same rows."""
    x = np.array([row.features for row in rows], dtype=float)
    y = np.array([row.correct for row in rows], dtype=float)
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    z = np.hstack([(x - mean) / scale, np.ones((len(x), 1))])
    ridge = l2 * np.diag(np.r_[np.ones(z.shape[1] - 1), 0.0])  # the bias is not shrunk
    w = np.zeros(z.shape[1])
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-z @ w))
        step = np.linalg.solve((z * (p * (1 - p))[:, None]).T @ z + ridge, z.T @ (p - y) + ridge @ w)
        w -= step
        if np.abs(step).max() < 1e-10:
            break
    # As written to link_model.json (rounded), so that the threshold is chosen on the probabilities the tool computes.
    model = LinkModel.from_dict(LinkModel(tuple(mean), tuple(scale), tuple(w[:-1]), float(w[-1]), 1.0, fitted_on).to_dict())
    return replace(model, threshold=choose_threshold(model, rows))


def choose_threshold(model: LinkModel, rows: list[Row]) -> float:
    """The least probability that keeps pooled precision on ``rows`` at TRAIN_PRECISION and no
    language's below 0.8, finding the most sure pairs (the most precise threshold when none does)."""
    probability = np.array([model.probability(row.features) for row in rows])
    correct = np.array([row.correct for row in rows])
    sure = np.array([row.sure for row in rows])
    langs = np.array([row.lang for row in rows])
    best: tuple[int, float] | None = None
    chosen = 1.0
    for threshold in sorted(set(probability.tolist()), reverse=True):
        linked = probability >= threshold
        precise = correct[linked].mean() >= TRAIN_PRECISION and all(
            correct[linked & (langs == lang)].mean() >= 0.8 for lang in LANGS if (linked & (langs == lang)).any()
        )
        key = (int(sure[linked].sum()), float(correct[linked].mean())) if precise else (-1, float(correct[linked].mean()))
        if best is None or key > best:
            best, chosen = key, float(threshold)
    return chosen


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
    rows = link_rows(STORIES)
    per_story: list[dict[str, Counts]] = []
    for slug in STORIES:
        model = fit([row for row in rows if row.slug != slug], f"all development stories but {slug}")
        counts = evaluate_coverage((slug,), replace(COVERAGE_PARAMS, model=model))
        print_table(f"held out: {slug} (model fitted on the others, threshold {model.threshold:.3f})", counts, mentions=False)
        counts["all"] = pooled(counts)
        per_story.append(counts)
    held = {lang: _summed([part[lang] for part in per_story]) for lang in (*LANGS, "all")}
    print_table("leave one story out, pooled over the held-out runs (the headline)", held, mentions=False)
    print("leave one story out, mean of the stories left out")
    print(f"  {'lang':4}  {'P':>5} {'R':>5}")
    for lang in (*LANGS, "all"):
        precision = sum(c[lang].precision for c in per_story) / len(per_story)
        recall = sum(c[lang].recall for c in per_story) / len(per_story)
        print(f"  {lang:4}  {precision:5.2f} {recall:5.2f}")


def write_model() -> LinkModel:
    """Fit the link model on every development story and write it where the package reads it."""
    model = fit(link_rows(STORIES), f"the {len(STORIES)} development stories of tests/data/coverage (bench/eval_coverage.py --fit)")
    fields = ",\n".join(f"  {json.dumps(key)}: {json.dumps(value)}" for key, value in model.to_dict().items())
    write_atomic(MODEL_FILE, "{\n" + fields + "\n}\n")  # the tool reads it: never half written
    return model


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
    parser.add_argument("--loo", action="store_true", help="leave one story out: fit the link model on all stories but one, score that one")
    parser.add_argument("--details", action="store_true", help="print each outlet sentence's gold links and best candidates")
    parser.add_argument(
        "--held-out", action="store_true",
        help="score the held-out stories (tests/data/coverage-heldout) with the default parameters, once; never tune on them",
    )
    parser.add_argument("--fit", action="store_true", help=f"fit the link model on all development stories and write {MODEL_FILE.name}")
    args = parser.parse_args(argv)
    if args.fit:
        model = write_model()
        print(f"wrote {MODEL_FILE} (threshold {model.threshold:.3f})")
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
