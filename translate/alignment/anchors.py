"""Lexical anchors of a sentence: numbers, places, names and punctuation that survive translation.

A number is its value (:mod:`translate.text.numbers`), a place its CLDR code
(:mod:`translate.text.places`), a name the transliteration match key of a capitalised word
(:mod:`translate.text.transliteration`), and ``?``, ``!``, ``(`` and quotes are kept as marks.
The aligner's costs reward shared anchors and charge for unshared ones.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from ..text.numbers import numbers
from ..text.places import acronym_place, place_code
from ..text.transliteration import match_key, similar

__all__ = ["SentenceAnchors", "anchor_weight", "link_names", "sentence_anchors", "token_sets"]

# Anchor weights by kind.
W_NUMBER = 2.0
W_PLACE = 1.5
W_NAME = 1.2
W_PUNCT = 0.6

_WORD = re.compile(r"[^\W\d_]+(?:['\u2019\u02bc][^\W\d_]+)*")
_QUOTES = frozenset('"\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a\u201a')
_SINGLE_QUOTES = frozenset("'\u2018\u2019")
# English capitalises these; Ukrainian, Russian and Hungarian do not, so they are not names.
# Words English capitalises that are no names: months, weekdays, honorifics, and the titles and ranks it writes
# before a name ("President Zelensky", "Defence Minister Shoigu", "the 32nd NATO Ally").
_EN_CAPITALISED_WORDS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday i mr mrs ms dr "
    "president vice prime minister chancellor secretary chairman spokesman spokeswoman ambassador general "
    "colonel commander governor mayor premier pope king queen prince ally allies deputy foreign defence defense".split()
)
_EN_POSSESSIVE = re.compile(r"['\u2019]s?$")
_ABBREVIATIONS = re.compile(r"\b([A-Z])\.([A-Z])\.")  # U.S., U.K., U.N.


@dataclass
class SentenceAnchors:
    fixed: set[str]  # numbers, places, punctuation: equal strings match across languages
    names: set[str]  # match keys of capitalised words that are not places


def _punctuation(text: str) -> set[str]:
    found: set[str] = set()
    if "?" in text:
        found.add("p:?")
    if "!" in text:
        found.add("p:!")
    if "(" in text:
        found.add("p:(")
    for i, ch in enumerate(text):
        if ch in _QUOTES:
            found.add("p:q")
            break
        if ch in _SINGLE_QUOTES:
            before = text[i - 1] if i else " "
            after = text[i + 1] if i + 1 < len(text) else " "
            if not (before.isalpha() and after.isalpha()):
                found.add("p:q")
                break
    return found


def sentence_anchors(sentences: Sequence[str], lang: str) -> list[SentenceAnchors]:
    if lang == "en":
        sentences = [_ABBREVIATIONS.sub(r"\1\2", s) for s in sentences]
    tokenised = [_WORD.findall(unicodedata.normalize("NFC", s)) for s in sentences]
    lower_forms = {w for words in tokenised for w in words if w[:1].islower()}
    result: list[SentenceAnchors] = []
    for text, words in zip(sentences, tokenised, strict=True):
        fixed = {"n:" + v for v in numbers(text, lang)} | _punctuation(text)
        # In a sentence written in capitals (a headline), capitals say nothing about names.
        shouting = sum(1 for w in words if len(w) >= 2 and w.isupper()) * 2 > len(words)
        names: set[str] = set()
        for word in words:
            short = acronym_place(word) if word.upper() == word and len(word) >= 2 else None
            if short is not None:
                fixed.add("t:" + short)
                continue
            if lang == "en" and _EN_POSSESSIVE.sub("", word.lower()) in _EN_CAPITALISED_WORDS:  # "Sunday's" too
                continue
            acronym = len(word) >= 2 and word.isupper()
            capitalised = not shouting and word[:1].isupper() and (acronym or word.lower() not in lower_forms)
            key = match_key(word, lang)
            if len(key) < 2:
                continue
            place = place_code(word, lang, capitalised) if len(key) >= 4 else None
            if place is not None:
                fixed.add("t:" + place)
            elif capitalised and len(key) >= 3:
                names.add(key)
        result.append(SentenceAnchors(fixed, names))
    return result


_NAME_THRESHOLD = 0.78


def link_names(source: list[SentenceAnchors], target: list[SentenceAnchors]) -> dict[str, set[str]]:
    """For each target name key, the source name keys it matches."""
    source_keys = sorted({k for s in source for k in s.names})
    target_keys = sorted({k for t in target for k in t.names})
    by_initial: dict[str, list[str]] = {}
    for key in source_keys:
        by_initial.setdefault(key[0], []).append(key)
    matches: dict[str, set[str]] = {}
    for t_key in target_keys:
        for s_key in by_initial.get(t_key[0], ()):
            if abs(len(s_key) - len(t_key)) <= 7 and similar(s_key, t_key) >= _NAME_THRESHOLD:
                matches.setdefault(t_key, set()).add(s_key)
    return matches


def anchor_weight(token: str) -> float:
    kind = token[0]
    if kind == "n":
        return W_NUMBER
    if kind == "t":
        return W_PLACE
    if kind == "p":
        return W_PUNCT
    return W_NAME


def token_sets(
    source: Sequence[str], target: Sequence[str], src_lang: str, tgt_lang: str
) -> tuple[list[frozenset[int]], list[frozenset[int]], list[float]]:
    """Anchor tokens per sentence as small integers, and the weight of each token."""
    src = sentence_anchors(source, src_lang)
    tgt = sentence_anchors(target, tgt_lang)
    name_links = link_names(src, tgt)
    ids: dict[str, int] = {}
    weights: list[float] = []

    def token_id(token: str) -> int:
        found = ids.get(token)
        if found is None:
            found = ids[token] = len(weights)
            weights.append(anchor_weight(token))
        return found

    # Unmatched tokens stay: a sentence whose names and numbers the other side lacks is more
    # likely dropped or added (the null bead does not pay for them).
    src_sets = [frozenset(token_id(t) for t in (a.fixed | {"s:" + k for k in a.names})) for a in src]
    tgt_sets: list[frozenset[int]] = []
    for a in tgt:
        tokens = set(a.fixed)
        for key in a.names:
            linked = name_links.get(key)
            if linked:
                tokens.update("s:" + k for k in linked)
            else:
                tokens.add("u:" + key)
        tgt_sets.append(frozenset(token_id(t) for t in tokens))
    return src_sets, tgt_sets, weights

