"""Links between an English article and an independent report of the same story (coverage, not translation).

Independent reports share facts, quotes and names with the English in another order, and each has
facts the other lacks. :func:`align_coverage` links each sentence of the report to the English
sentences that carry the same anchors, many-to-many and in any order, or to none:

* anchors per sentence: entities (ids from :mod:`translate.entities`, when the caller has them),
  other capitalised names (through transliteration keys), amounts by value after unit conversion
  (:func:`translate.text.numbers.quantities`), places (CLDR codes), news terms
  (:mod:`translate.alignment.lexicon`) and quotation marks;
* each anchor weighs its kind's weight times its idf over the sentences of both texts, so a name
  in every sentence counts little and a figure in one sentence of each counts much;
* a pair's score is the cosine of the two weighted anchor sets; a report sentence is linked to its
  best English sentence when the score reaches a threshold, and to a second one close to the best.
  It abstains otherwise: a link it shows must be right far more often than not.

Thresholds were chosen on two of the three stories of tests/data/coverage and checked on the third
(``bench/eval_coverage.py`` prints both).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..text.numbers import Quantity, quantities
from ..text.transliteration import match_key
from ..types import CoverageLink, LinkEvidence
from .anchors import link_names, sentence_anchors
from .lexicon import terms

__all__ = ["COVERAGE_PARAMS", "CoverageParams", "SentenceFacts", "align_coverage", "sentence_facts"]


@dataclass(frozen=True)
class CoverageParams:
    """Weights per anchor kind and the link thresholds (tuned on the development stories)."""

    entity: float = 1.0
    name: float = 0.6
    number: float = 2.5
    place: float = 0.6
    term: float = 1.5
    quote: float = 0.4
    # International words (produktív, продуктивной, productive) count as shared facts, not as weight:
    # weighted, they linked more wrong pairs than right ones on the development stories.
    cognate: float = 0.0
    threshold: float = 0.45  # the least score of a link
    second: float = 0.6  # a second English sentence is linked when it scores this share of the best
    min_shared: int = 2  # anchors two sentences must share (one if it is a number)
    min_facts: int = 2  # of which numbers, news terms, international words or a quotation


COVERAGE_PARAMS = CoverageParams()


@dataclass
class SentenceFacts:
    """The anchors of one sentence: token → what it is, as the reader should see it."""

    tokens: dict[str, tuple[str, str]]  # token -> (kind, display)
    amounts: list[Quantity]
    quoted: list[str]


_QUOTE_PAIRS = (("\u201c", "\u201d"), ("\u201e", "\u201d"), ("\u201e", "\u201c"), ("\u00ab", "\u00bb"), ('"', '"'), ("\u201d", "\u201d"))


def quoted_spans(text: str) -> list[str]:
    """The quoted passages of a sentence (“…”, «…», „…“, "…"); an opening mark without its close runs
    to the end of the sentence (news quotes often continue into the next)."""
    spans: list[str] = []
    i = 0
    while i < len(text):
        for opening, closing in _QUOTE_PAIRS:
            if text.startswith(opening, i) and (opening != '"' or i == 0 or not text[i - 1].isalnum()):
                end = text.find(closing, i + 1)
                inner = text[i + 1 : end if end >= 0 else len(text)].strip()
                if len(inner) >= 2:
                    spans.append(inner)
                i = (end if end >= 0 else len(text)) + 1
                break
        else:
            if text[i] in "\u2013\u2014" and i == 0:  # a dialogue dash opens a quote in uk/ru
                spans.append(text[1:].strip())
                break
            i += 1
    return spans


def _amount_token(q: Quantity) -> list[str]:
    value = f"{q.value:.6g}"
    tokens = [f"n:{value}"]
    if q.unit == "km" or q.value >= 1000:
        # Rounded conversions and round figures ("1,000 miles" = "1,600 km"): two significant digits too.
        tokens.append(f"n~{float(f'{q.value:.2g}'):.6g}{q.unit}")
    return tokens


def sentence_facts(
    sentences: Sequence[str], lang: str, entities: Sequence[set[str]] | None = None
) -> list[SentenceFacts]:
    """The anchors of each sentence; ``entities`` (entity ids per sentence) when the caller has them."""
    anchors = sentence_anchors(sentences, lang)
    out: list[SentenceFacts] = []
    for index, (text, anchor) in enumerate(zip(sentences, anchors, strict=True)):
        tokens: dict[str, tuple[str, str]] = {}
        for entity in sorted(entities[index]) if entities is not None else ():
            tokens["e:" + entity] = ("names", entity)
        amounts = quantities(text, lang)
        for q in amounts:
            for token in _amount_token(q):
                tokens.setdefault(token, ("numbers", text[q.start : q.end]))
        for fixed in anchor.fixed:
            if fixed.startswith("t:"):
                tokens[fixed] = ("places", fixed[2:])
        for concept in terms(text, lang):
            tokens["w:" + concept] = ("terms", concept)
        for word in _LONG_WORD.findall(text):
            if word[:1].islower():  # international words: produktív, продуктивной, productive
                key = match_key(word, lang)
                if len(key) >= _COGNATE_KEY:
                    tokens.setdefault("c:" + key[:_COGNATE_KEY], ("terms", word))
        quoted = quoted_spans(text)
        if quoted:
            tokens["q"] = ("quote", "")
        out.append(SentenceFacts(tokens, amounts, quoted))
    # Names: the capitalised words that are not places, kept as keys for link_names below.
    for facts, anchor in zip(out, anchors, strict=True):
        for key in anchor.names:
            facts.tokens.setdefault("s:" + key, ("names", key))
    return out


def _link_name_tokens(source: list[SentenceFacts], target: list[SentenceFacts], src_lang: str, tgt_lang: str,
                      src_text: Sequence[str], tgt_text: Sequence[str]) -> None:
    """Rewrite the target's name keys to the source keys they match (Зеленський → zelenski)."""
    matches = link_names(sentence_anchors(src_text, src_lang), sentence_anchors(tgt_text, tgt_lang))
    for facts in target:
        for token in [t for t in facts.tokens if t.startswith("s:")]:
            kind = facts.tokens.pop(token)
            for key in matches.get(token[2:], ()):
                facts.tokens["s:" + key] = (kind[0], key)


def align_coverage(
    source: Sequence[str],
    target: Sequence[str],
    src_lang: str,
    tgt_lang: str,
    *,
    source_entities: Sequence[set[str]] | None = None,
    target_entities: Sequence[set[str]] | None = None,
    params: CoverageParams = COVERAGE_PARAMS,
) -> tuple[CoverageLink, ...]:
    """Links from the English ``source`` sentences to the ``target`` sentences of an independent report.

    ``source_entities`` and ``target_entities`` are, per sentence, the ids of the entities it
    mentions (the same ids on both sides), e.g. from :func:`translate.entities.find_entities` run
    over the whole of both texts. Links come sorted by target sentence, then source sentence; each
    carries its score and evidence (names as entity ids or English name keys, numbers as written
    in the English, place codes, news terms, whether both sentences quote).
    """
    src = sentence_facts(source, src_lang, source_entities)
    tgt = sentence_facts(target, tgt_lang, target_entities)
    _link_name_tokens(src, tgt, src_lang, tgt_lang, source, target)
    weights = _weights(src + tgt, params)
    src_norm = [math.sqrt(sum(weights[t] ** 2 for t in f.tokens)) for f in src]
    links: list[CoverageLink] = []
    for j, facts in enumerate(tgt):
        norm_t = math.sqrt(sum(weights[t] ** 2 for t in facts.tokens))
        scored: list[tuple[float, int, set[str]]] = []
        for i, other in enumerate(src):
            shared = set(facts.tokens) & set(other.tokens)
            if not shared or not norm_t or not src_norm[i]:
                continue
            substantive = {t for t in shared if t != "q"}
            if len(substantive) < params.min_shared and not any(t.startswith("n") for t in substantive):
                continue
            if sum(1 for t in shared if t[0] in "nwqc") < params.min_facts:
                continue
            score = sum(weights[t] ** 2 for t in shared) / (norm_t * src_norm[i])
            scored.append((score, i, shared))
        scored.sort(key=lambda item: (-item[0], item[1]))
        if not scored or scored[0][0] < params.threshold:
            continue
        best = scored[0][0]
        for score, i, shared in scored:
            if score < params.threshold or score < params.second * best:
                break
            links.append(CoverageLink(i, j, min(score, 1.0), _evidence(shared, src[i])))
    links.sort(key=lambda link: (link.target, link.source))
    return tuple(links)


_KIND_WEIGHT = {"e": "entity", "s": "name", "n": "number", "t": "place", "w": "term", "q": "quote", "c": "cognate"}
_LONG_WORD = re.compile(r"[^\W\d_]{7,}")
_COGNATE_KEY = 6


def _weights(facts: list[SentenceFacts], params: CoverageParams) -> dict[str, float]:
    df: dict[str, int] = {}
    for f in facts:
        for token in f.tokens:
            df[token] = df.get(token, 0) + 1
    n = len(facts)
    out: dict[str, float] = {}
    for token, count in df.items():
        kind = token[0] if token[0] != "n" else "n"
        out[token] = getattr(params, _KIND_WEIGHT[kind]) * math.log(1 + n / count)
    return out


def _evidence(shared: set[str], source: SentenceFacts) -> LinkEvidence:
    found: dict[str, list[str]] = {"names": [], "numbers": [], "places": [], "terms": []}
    quote = False
    for token in sorted(shared):
        kind, display = source.tokens[token]
        if kind == "quote":
            quote = True
        elif display not in found[kind]:
            found[kind].append(display)
    return LinkEvidence(tuple(found["names"]), tuple(found["numbers"]), tuple(found["places"]), tuple(found["terms"]), quote)
