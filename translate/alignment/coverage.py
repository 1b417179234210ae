"""Links between an English article and an independent report of the same story (coverage, not translation).

Independent reports share facts, quotes and names with the English in another order, and each has
facts the other lacks. :func:`align_coverage` links each sentence of the report to the English
sentences that carry the same anchors, many-to-many and in any order, or to none:

* anchors per sentence: entities (ids from :mod:`translate.entities`, when the caller has them),
  other capitalised names (through transliteration keys), amounts by value after unit conversion
  and their units (:func:`translate.text.numbers.quantities`), places (CLDR codes), news terms
  (:mod:`translate.alignment.lexicon`), months, weekdays and languages (:mod:`.cldr_terms`),
  international words across scripts (:mod:`.cognates`) and quotation;
* each anchor weighs its kind's weight times its idf over the sentences of both texts, so a name in
  every sentence (Trump in a story about Trump) counts little and a figure or a rare name in one
  sentence counts much; names and roles (president, prime minister) weigh little against facts;
* a pair's score is the cosine of the two weighted anchor sets; each report sentence's best four
  English sentences that share a fact with it (amounts, each counted once, news terms, dates,
  international words, cities: names alone are not a link, "Orbán said X" and "Orbán said Y"; an
  anchor in more than half of the English sentences is the story's setting and no fact,
  ``background``) are weighed by the link model (:mod:`.link_model`: a logistic regression over the
  score, the rank, the lead over the next candidate and the facts of each kind, fitted on the gold
  stories), and linked when its probability reaches the model's threshold. A report sentence may
  so have several English sentences (an English article often says one thing twice) or none: the
  aligner abstains rather than guesses, and a link it shows must be right far more often than not.
  The link's score is that probability.

With a translation model (model mode), the English back-translation of each report sentence is a
further signal: its character n-gram similarity with each English sentence
(:func:`similarities`, content words only). A report sentence the anchors leave unlinked is linked
to the English sentence it is most similar to when that similarity is high and stands clear of the
next best (a paraphrase that shares no name, number or term); the links the anchors make stay as
they are and carry the similarity in their evidence. Without back-translations (model-free mode)
nothing of this runs and the links are exactly those of the anchors.

The link model was fitted on the gold stories of tests/data/coverage by ``bench/eval_coverage.py
--fit``; ``--loo`` there prints the honest figures (fitted on all stories but one, scored on that
one). Expect less on other stories: docs/coverage.md has the figures, held-out ones included (from
three links in five to nine in ten right there, by batch of new stories).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from ..types import CoverageLink, LinkEvidence
from .facts import PairFacts, SentenceFacts, fact_count, pair_facts
from .link_model import CANDIDATES, LinkModel, features, link_model
from .similarity import similarities

__all__ = ["COVERAGE_PARAMS", "Candidate", "CoverageParams", "align_coverage", "candidates", "decide", "link_candidates"]


@dataclass(frozen=True)
class CoverageParams:
    """Weights per anchor kind (set by hand: they make the pair's score, one of the link model's
    features), the story's setting, the link model, and model mode's thresholds."""

    entity: float = 1.0
    name: float = 0.0  # name keys when the caller gave entity ids too (without them, names weigh as entities)
    number: float = 1.5
    small_number: float = 0.4  # a bare figure up to twelve ("three", "два"): often a different thing
    unit: float = 0.6  # hours against hours, whatever the figure ("three hours", "два часа 45 минут")
    place: float = 0.6
    term: float = 1.0
    calendar: float = 1.5  # months, weekdays, languages
    cognate: float = 1.0
    quote: float = 0.4
    quoted_term: float = 0.0  # a news term quoted on both sides: no more weight, but one more fact (the same statement)
    role: float = 0.3  # prime minister, foreign minister, official: like a name
    background: float = 0.5  # an anchor in more than this share of the English sentences (and three) is no fact there
    model: LinkModel | None = None  # which candidates are links (None: the fitted one, link_model.json)
    # Model mode (back-translations given). Not chosen on gold data: no translation model is available
    # where the gold set was built, so these are set by hand on the tests' sentences (docs/coverage.md).
    similarity: float = 0.4  # the least similarity of a link the anchors did not make
    similarity_margin: float = 1.4  # ... which must be this many times the next best English sentence's


COVERAGE_PARAMS = CoverageParams()


@dataclass(frozen=True)
class Candidate:
    """One English sentence scored for one sentence of the report, with the anchors they share."""

    source: int
    score: float
    shared: frozenset[str]


_KIND_WEIGHT = {"r": "role", "e": "entity", "s": "name", "n": "number", "m": "small_number", "u": "unit", "t": "place", "w": "term", "k": "calendar",
                "c": "cognate", "q": "quote", "Q": "quoted_term"}


def _sentence_counts(facts: list[SentenceFacts]) -> dict[str, int]:
    """In how many of the sentences each token is."""
    return dict(Counter(token for f in facts for token in f.tokens))


def _weights(source: list[SentenceFacts], target: list[SentenceFacts], params: CoverageParams, name: float) -> dict[str, float]:
    """Each token's kind weight (``name`` for name keys) times its idf over the sentences of both texts:
    an anchor in many sentences of either (the outlet's own subject too) tells few of them apart."""
    df = Counter(_sentence_counts(source))
    df.update(_sentence_counts(target))
    n = len(source) + len(target)
    return {token: (name if token[0] == "s" else getattr(params, _KIND_WEIGHT[token[0]])) * math.log(1 + n / count)
            for token, count in df.items()}


def candidates(facts: PairFacts, params: CoverageParams = COVERAGE_PARAMS) -> list[list[Candidate]]:
    """Per report sentence, every English sentence that shares an anchor with it, best first
    (what :func:`align_coverage` decides on)."""
    src, tgt = facts.source, facts.target
    # Idf over both texts' sentences: an anchor in many of them tells none of them apart.
    weights = _weights(src, tgt, params, params.name if facts.with_entities else params.entity)
    src_norm = [math.sqrt(math.fsum(weights[t] ** 2 for t in f.tokens)) for f in src]
    out: list[list[Candidate]] = []
    for sentence in tgt:
        norm_t = math.sqrt(math.fsum(weights[t] ** 2 for t in sentence.tokens))
        scored: list[Candidate] = []
        for i, other in enumerate(src):
            shared = frozenset(sentence.tokens.keys() & other.tokens.keys())
            if shared and norm_t and src_norm[i]:
                score = math.fsum(weights[t] ** 2 for t in shared) / (norm_t * src_norm[i])
                scored.append(Candidate(i, score, shared))
        scored.sort(key=lambda c: (-c.score, c.source))
        out.append(scored)
    return out


def _background(source: list[SentenceFacts], share: float) -> frozenset[str]:
    """Anchors in more than ``share`` of the English sentences (and in three at least): the story's
    setting (Kherson in a story about the Kherson region, "talks" in one about talks), no fact of one."""
    limit = max(2, share * len(source))
    df = _sentence_counts(source)
    return frozenset(t for t, count in df.items() if count > limit)


def _facts_outside(shared: frozenset[str], background: frozenset[str]) -> bool:
    """Does a pair share a fact that is not the story's setting? Names alone never are a link
    ("Orbán said X" and "Orbán said Y")."""
    return fact_count(shared - background) >= 1


def align_coverage(
    source: Sequence[str],
    target: Sequence[str],
    src_lang: str,
    tgt_lang: str,
    *,
    source_entities: Sequence[set[str]] | None = None,
    target_entities: Sequence[set[str]] | None = None,
    params: CoverageParams = COVERAGE_PARAMS,
    back: Sequence[str] | None = None,
) -> tuple[CoverageLink, ...]:
    """Links from the English ``source`` sentences to the ``target`` sentences of an independent report.

    ``back``: the English machine translation of each ``target`` sentence (model mode; see the
    module docstring); None for model-free mode.

    ``source_entities`` and ``target_entities`` are, per sentence, the ids of the entities it
    mentions (the same ids on both sides), e.g. from :func:`translate.entities.find_entities` run
    over the whole of both texts. Links come sorted by target sentence, then source sentence; each
    carries its score and evidence (names as entity ids or English name keys, numbers as written
    in the English, place codes, news terms and international words, whether both sentences quote).
    """
    facts = pair_facts(source, target, src_lang, tgt_lang, source_entities=source_entities, target_entities=target_entities)
    if back is None:
        return decide(facts, params)
    if len(back) != len(target):
        raise ValueError(f"{len(back)} back-translations for {len(target)} sentences; give one per sentence")
    return decide(facts, params, similarities(source, back))


def decide(
    facts: PairFacts, params: CoverageParams = COVERAGE_PARAMS, similarity: Sequence[Sequence[float]] | None = None
) -> tuple[CoverageLink, ...]:
    """:func:`align_coverage` on facts already read (:func:`pair_facts`); ``similarity[j][i]`` of report
    sentence ``j`` and English sentence ``i`` in model mode (:func:`similarities`)."""
    links = _decide_anchors(facts, params)
    if similarity is None:
        return links
    return _with_model(facts, links, similarity, params)


def _with_model(
    facts: PairFacts, links: tuple[CoverageLink, ...], similarity: Sequence[Sequence[float]], params: CoverageParams
) -> tuple[CoverageLink, ...]:
    """The anchors' links with their similarity, and a link for each report sentence they left alone whose
    back-translation is clearly most similar to one English sentence."""
    out = [replace(link, evidence=replace(link.evidence, similarity=similarity[link.target][link.source])) for link in links]
    linked = {link.target for link in links}
    for j, row in enumerate(similarity):
        if j in linked or not row:
            continue
        order = sorted(range(len(row)), key=lambda i: (-row[i], i))
        best = row[order[0]]
        runner_up = row[order[1]] if len(order) > 1 else 0.0
        if best < params.similarity or best < params.similarity_margin * runner_up:
            continue
        i = order[0]
        shared = frozenset(facts.target[j].tokens.keys() & facts.source[i].tokens.keys())
        evidence = replace(_evidence(shared, facts.source[i]), similarity=best)
        out.append(CoverageLink(i, j, min(best, 1.0), evidence))
    out.sort(key=lambda link: (link.target, link.source))
    return tuple(out)


def link_candidates(facts: PairFacts, params: CoverageParams = COVERAGE_PARAMS) -> Iterator[tuple[int, Candidate, tuple[float, ...]]]:
    """The candidates the link model weighs, with their :data:`~.link_model.FEATURES`: per report
    sentence ``j`` (in order), its best :data:`~.link_model.CANDIDATES` English sentences that share
    a fact outside the story's setting."""
    background = _background(facts.source, params.background)
    for j, ranked in enumerate(candidates(facts, params)):
        scores = [c.score for c in ranked]
        for rank, c in enumerate(ranked[:CANDIDATES]):
            if _facts_outside(c.shared, background):
                yield j, c, features(scores, rank, c.shared, background, leads=j == facts.target_lead and c.source == facts.source_lead)


def _decide_anchors(facts: PairFacts, params: CoverageParams) -> tuple[CoverageLink, ...]:
    model = params.model or link_model()
    links = []
    for j, c, row in link_candidates(facts, params):
        probability = model.probability(row)
        if probability >= model.threshold:
            links.append(CoverageLink(c.source, j, probability, _evidence(c.shared, facts.source[c.source])))
    links.sort(key=lambda link: (link.target, link.source))
    return tuple(links)


_UNIT_NAMES = {"hour": "hours", "day": "days", "month": "months", "year": "years"}  # minutes are read as hours


def _evidence(shared: frozenset[str], source: SentenceFacts) -> LinkEvidence:
    found: dict[str, list[str]] = {"names": [], "numbers": [], "places": [], "terms": []}
    quote = False
    for token in sorted(shared):
        kind, display = source.tokens[token]
        if token.startswith("u:"):
            # A unit both use, with no amount in common: not "numbers" (the report may list them as differing).
            unit = token[2:]
            if any(t[:2] in ("n:", "m:", "n~") and t.endswith(unit) for t in shared):
                continue
            kind, display = "terms", f"amounts in {_UNIT_NAMES.get(unit, unit)}"
        if kind == "quote":
            quote = True
        elif display not in found[kind]:
            found[kind].append(display)
    return LinkEvidence(tuple(found["names"]), tuple(found["numbers"]), tuple(found["places"]), tuple(found["terms"]), quote)
