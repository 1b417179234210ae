"""Sentence alignment of a document and its translation, and vecalign-style scoring.

``align`` links source sentences to target sentences with beads of the forms 1-1, 1-2, 2-1,
2-2, 1-0 and 0-1, monotone, each sentence in exactly one bead. It runs a dynamic programme:
over the whole matrix for short documents; for long ones, first over blocks of sentences and
then over a band around the block path (widened and rerun when the best path touches its
edge). Costs add up per bead:

* a prior per bead type (Gale and Church's, so drops and 2-2 need evidence);
* a length cost: Gale and Church's normal model of the character-length ratio, with the
  expected ratio taken from the document itself, shrunk towards a per-language-pair prior;
* lexical anchors: numbers (``1,000`` = ``1 000`` = ``1.000`` = ``1000``; ``3.5`` = ``3,5``),
  names compared through :mod:`translate.text.transliteration`, CLDR territory names
  (Ukraine/Україна/Украина/Ukrajna) and a few city names, and question marks, exclamation
  marks, quotes and parentheses; shared anchors lower a bead's cost, unshared raise it;
* in "model" mode, when a ``translate`` callable is given, the character n-gram overlap
  (Dice, chrF-like) of the machine-translated source with the target, as Bleualign does.

``score`` and ``score_many`` compute strict and lax precision, recall and F1 exactly as
vecalign's ``score.py`` does.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from .errors import UsageError
from .languages import language
from .text.transliteration import match_key, similar
from .types import Link

__all__ = [
    "Alignment",
    "AlignmentScore",
    "MODE_LENGTHS",
    "MODE_MODEL",
    "BEAD_TYPES",
    "align",
    "score",
    "score_many",
    "check_links",
]

MODE_LENGTHS = "lengths+anchors"
MODE_MODEL = "model"

# (source sentences, target sentences) per bead.
BEAD_TYPES: tuple[tuple[int, int], ...] = ((1, 1), (1, 0), (0, 1), (2, 1), (1, 2), (2, 2))


@dataclass(frozen=True)
class Alignment:
    """The links of one document pair and the mode that made them."""

    links: tuple[Link, ...]
    mode: str


@dataclass(frozen=True)
class AlignmentScore:
    precision_strict: float
    recall_strict: float
    f1_strict: float
    precision_lax: float
    recall_lax: float
    f1_lax: float


# ---- parameters ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Params:
    # -log P(bead type), after Gale and Church (1993).
    prior_11: float = -math.log(0.89)
    # -log(0.011): drops and additions are commoner in news translations than in Hansard.
    prior_null: float = 4.5
    prior_21: float = -math.log(0.089 / 2)
    prior_22: float = -math.log(0.011)
    variance: float = 6.8  # Gale and Church's s^2, per character
    ratio_weight_chars: float = 600.0  # how strongly the pair's prior ratio counts against the document's
    anchor_match: float = 1.0  # reward per unit of shared anchor weight
    anchor_miss: float = 0.6  # cost per unit of unshared anchor weight
    null_anchor_miss: float = 0.0  # the same, in a 1-0 or 0-1 bead
    anchor_miss_cap: float = 5.0  # at most this much unshared weight counts against one bead
    length_weight_model: float = 1.0  # length cost's weight in model mode
    similarity_weight: float = 12.0  # model mode: cost per unit of Dice below the background level
    background_offset: int = 4  # model mode: how far off the diagonal pairs count as unrelated
    background_default: float = 0.15  # model mode: background Dice when the document is too short
    band_min: int = 12
    ratio_spread: float = 1.5  # the document's length ratio stays within this factor of the pair's


_PARAMS = _Params()

# Up to this many cells the programme runs over the whole matrix; beyond, it first aligns
# blocks of sentences (about this many per side) and then searches a band around that path.
_FULL_DP_CELLS = 40_000
_COARSE_BLOCKS = 120
_MAX_WIDENINGS = 3  # when the best path touches the band's edge, double the band up to this often
# A band covering more than this share of the matrix saves little: search the whole matrix.
_BAND_FULL_SHARE = 0.5

# Characters in a translation per character of English (measured on news text).
_CHARS_PER_ENGLISH_CHAR: dict[str, float] = {"en": 1.0, "uk": 1.04, "ru": 1.07, "hu": 1.08}

# Anchor weights by kind.
_W_NUMBER = 2.0
_W_PLACE = 1.5
_W_NAME = 1.2
_W_PUNCT = 0.6


# ---- anchors ---------------------------------------------------------------------------------

_NUMBER = re.compile(r"\d+(?:[.,\u00a0\u202f\u2009 '\u2019]\d+)*")
_NUMBER_SEPARATOR = re.compile(r"([.,\u00a0\u202f\u2009 '\u2019])")
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019\u02bc][^\W\d_]+)*")
_QUOTES = frozenset('"\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a\u201a')
_SINGLE_QUOTES = frozenset("'\u2018\u2019")
# English capitalises these; Ukrainian, Russian and Hungarian do not, so they are not names.
_EN_CAPITALISED_WORDS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday i mr mrs ms dr".split()
)
_ABBREVIATIONS = re.compile(r"\b([A-Z])\.([A-Z])\.")  # U.S., U.K., U.N.


def _number_value(integer: str, fraction: str = "") -> str:
    integer = integer.lstrip("0") or "0"
    fraction = fraction.rstrip("0")
    return f"{integer}.{fraction}" if fraction else integer


def _parse_number(run: str, lang: str) -> list[str]:
    """Canonical values of the numbers in a run of digits and separators."""
    parts = _NUMBER_SEPARATOR.split(run)
    digits, seps = parts[0::2], parts[1::2]
    if not seps:
        return [_number_value(digits[0])]
    decimal_at: int | None = None
    last = seps[-1]
    if last in ".,":
        earlier = seps[:-1]
        if last in earlier:
            decimal_at = None  # 1,000,000 or 1.000.000
        elif earlier:
            decimal_at = len(seps) - 1  # 1,234.5 or 1 234,5
        elif len(digits[-1]) != 3 or len(digits[0]) > 3:
            decimal_at = 0  # 3.5, 12,25
        elif (last == "." and lang == "en") or (last == "," and lang != "en"):
            decimal_at = 0  # en 1.500, uk 1,500
    integer_digits = digits if decimal_at is None else digits[: decimal_at + 1]
    grouping_ok = 1 <= len(integer_digits[0]) <= 3 and all(len(g) == 3 for g in integer_digits[1:])
    if decimal_at is not None and any(s in ".," and s == last for s in seps[:decimal_at]):
        grouping_ok = False
    if not grouping_ok:
        return [_number_value(d) for d in digits]
    integer = "".join(integer_digits)
    fraction = digits[-1] if decimal_at is not None else ""
    return [_number_value(integer, fraction)]


def numbers(text: str, lang: str) -> list[str]:
    """The numbers in ``text`` as canonical strings (``"1000"``, ``"3.5"``), in order."""
    values: list[str] = []
    for match in _NUMBER.finditer(text):
        values.extend(_parse_number(match.group().rstrip(" '\u2019\u00a0\u202f\u2009.,"), lang))
    return values


# Short forms that CLDR's territory names lack, matched on the exact (upper-case) word.
# fmt: off
_ACRONYM_PLACES: dict[str, str] = {
    "USA": "US", "US": "US", "США": "US", "UK": "GB", "EU": "EU", "ЄС": "EU", "ЕС": "EU",
    "UN": "UN", "ООН": "UN", "ENSZ": "UN",
}
# Inflectable words for places whose names differ across the languages more than keys forgive.
_EXTRA_PLACES: dict[str, tuple[tuple[str, str], ...]] = {
    "GB": (("en", "Britain"), ("en", "British"), ("uk", "Британія"), ("uk", "британський"),
           ("ru", "Британия"), ("ru", "британский"), ("hu", "Britannia"), ("hu", "brit")),
    "UA": (("hu", "ukrán"),),
    "city:vienna": (("en", "Vienna"), ("uk", "Відень"), ("ru", "Вена"), ("hu", "Bécs")),
    "city:warsaw": (("en", "Warsaw"), ("uk", "Варшава"), ("hu", "Varsó")),
    "city:beijing": (("en", "Beijing"), ("uk", "Пекін"), ("ru", "Пекин"), ("hu", "Peking")),
    "city:geneva": (("en", "Geneva"), ("uk", "Женева"), ("hu", "Genf")),
    "city:munich": (("en", "Munich"), ("uk", "Мюнхен"), ("hu", "München")),
    "city:rome": (("en", "Rome"), ("uk", "Рим"), ("hu", "Róma")),
    "city:kharkiv": (("en", "Kharkiv"), ("uk", "Харків"), ("ru", "Харьков"), ("hu", "Harkiv")),
    "city:lviv": (("en", "Lviv"), ("uk", "Львів"), ("ru", "Львов"), ("hu", "Lemberg")),
    "city:moscow": (("en", "Moscow"), ("uk", "Москва"), ("hu", "Moszkva")),
    "city:kyiv": (("en", "Kyiv"), ("en", "Kiev"), ("uk", "Київ"), ("ru", "Киев"), ("hu", "Kijev")),
}
# fmt: on
_PLACE_LANGS = ("en", "uk", "ru", "hu")
_SKIP_REGIONS = frozenset({"ZZ", "QO", "UM", "EZ", "001"})
_KEEP_NUMERIC = frozenset({"002", "009", "019", "142", "150"})


def _stems(key: str) -> list[str]:
    """A territory key and its stem without a final vowel (Ukraina → ukrain)."""
    out = [key]
    if len(key) >= 5 and key[-1] in "aeiou":
        out.append(key[:-1])
    return out


@lru_cache(maxsize=1)
def _place_table() -> dict[str, tuple[str, bool]]:
    """Key → (place code, whether lower-case words may match it). Loaded once, on first use."""
    whole: dict[str, set[str]] = {}
    parts: dict[str, set[str]] = {}
    try:
        from babel import Locale
    except ImportError:  # babel is optional: without it, only the short table below is used
        Locale = None  # type: ignore[assignment,misc]  # noqa: N806
    if Locale is not None:
        for lang in _PLACE_LANGS:
            for code, name in Locale.parse(lang).territories.items():
                if code in _SKIP_REGIONS or (code.isdigit() and code not in _KEEP_NUMERIC):
                    continue
                words = _WORD.findall(name.replace("-", " "))
                if len(words) == 1:
                    key = match_key(words[0], lang)
                    for stem in _stems(key):
                        if len(stem) >= 4:
                            whole.setdefault(stem, set()).add(code)
                    if lang == "hu" and key.endswith("orsag") and len(key) >= 9:
                        # Németország → német: Hungarian adjectives drop "ország" (country).
                        whole.setdefault(key[: -len("orsag")], set()).add(code)
                else:
                    for word in words:
                        key = match_key(word, lang)
                        for stem in _stems(key):
                            if len(stem) >= 5:
                                parts.setdefault(stem, set()).add(code)
    for code, spellings in _EXTRA_PLACES.items():
        for lang, spelling in spellings:
            for stem in _stems(match_key(spelling, lang)):
                whole.setdefault(stem, set()).add(code)
    table: dict[str, tuple[str, bool]] = {}
    for key, codes in parts.items():
        if len(codes) == 1:
            table[key] = (next(iter(codes)), False)
    for key, codes in whole.items():
        if len(codes) == 1:
            table[key] = (next(iter(codes)), True)
        else:
            table.pop(key, None)
    return table


def _place(key: str, capitalised: bool) -> str | None:
    table = _place_table()
    shortest = 4 if capitalised else 5
    for length in range(len(key), max(shortest, len(key) - 5) - 1, -1):
        hit = table.get(key[:length])
        if hit is not None and (capitalised or hit[1]):
            return hit[0]
    return None


@dataclass
class _SentenceAnchors:
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


def _anchors(sentences: Sequence[str], lang: str) -> list[_SentenceAnchors]:
    if lang == "en":
        sentences = [_ABBREVIATIONS.sub(r"\1\2", s) for s in sentences]
    tokenised = [_WORD.findall(unicodedata.normalize("NFC", s)) for s in sentences]
    lower_forms = {w for words in tokenised for w in words if w[:1].islower()}
    result: list[_SentenceAnchors] = []
    for text, words in zip(sentences, tokenised, strict=True):
        fixed = {"n:" + v for v in numbers(text, lang)} | _punctuation(text)
        # In a sentence written in capitals (a headline), capitals say nothing about names.
        shouting = sum(1 for w in words if len(w) >= 2 and w.isupper()) * 2 > len(words)
        names: set[str] = set()
        for word in words:
            if word.upper() == word and len(word) >= 2 and word in _ACRONYM_PLACES:
                fixed.add("t:" + _ACRONYM_PLACES[word])
                continue
            if lang == "en" and word.lower() in _EN_CAPITALISED_WORDS:
                continue
            acronym = len(word) >= 2 and word.isupper()
            capitalised = not shouting and word[:1].isupper() and (acronym or word.lower() not in lower_forms)
            key = match_key(word, lang)
            if len(key) < 2:
                continue
            place = _place(key, capitalised) if len(key) >= 4 else None
            if place is not None:
                fixed.add("t:" + place)
            elif capitalised and len(key) >= 3:
                names.add(key)
        result.append(_SentenceAnchors(fixed, names))
    return result


_NAME_THRESHOLD = 0.78


def _link_names(source: list[_SentenceAnchors], target: list[_SentenceAnchors]) -> dict[str, set[str]]:
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


def _weight(token: str) -> float:
    kind = token[0]
    if kind == "n":
        return _W_NUMBER
    if kind == "t":
        return _W_PLACE
    if kind == "p":
        return _W_PUNCT
    return _W_NAME


def _token_sets(
    source: Sequence[str], target: Sequence[str], src_lang: str, tgt_lang: str
) -> tuple[list[frozenset[int]], list[frozenset[int]], list[float]]:
    """Anchor tokens per sentence as small integers, and the weight of each token."""
    src = _anchors(source, src_lang)
    tgt = _anchors(target, tgt_lang)
    name_links = _link_names(src, tgt)
    ids: dict[str, int] = {}
    weights: list[float] = []

    def token_id(token: str) -> int:
        found = ids.get(token)
        if found is None:
            found = ids[token] = len(weights)
            weights.append(_weight(token))
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


# ---- model mode ------------------------------------------------------------------------------

_SPACES = re.compile(r"\s+")


def _ngrams(text: str) -> frozenset[str]:
    """Character 3- and 4-grams of the lower-cased text, spaces kept as word boundaries."""
    text = " " + _SPACES.sub(" ", unicodedata.normalize("NFC", text).lower()).strip() + " "
    grams = {text[i : i + 3] for i in range(len(text) - 2)}
    grams.update(text[i : i + 4] for i in range(len(text) - 3))
    return frozenset(grams)


# ---- the dynamic programme --------------------------------------------------------------------


def _length_cost(source_chars: int, target_chars: int, ratio: float, variance: float) -> float:
    """Gale and Church's -log P(length ratio | match)."""
    mean = (source_chars + target_chars / ratio) / 2.0
    if mean <= 0:
        return 0.0
    delta = abs(target_chars - source_chars * ratio) / math.sqrt(mean * variance)
    if delta > 25.0:
        return delta * delta / 2.0 + math.log(delta * math.sqrt(2 * math.pi))
    tail = math.erfc(delta / math.sqrt(2.0))
    return -math.log(tail) if tail > 1e-300 else 690.0


def _chars(text: str) -> int:
    return len(_SPACES.sub(" ", text).strip())


def _expected_ratio(src_lang: str, tgt_lang: str, source_chars: int, target_chars: int) -> float:
    prior = _CHARS_PER_ENGLISH_CHAR.get(tgt_lang, 1.0) / _CHARS_PER_ENGLISH_CHAR.get(src_lang, 1.0)
    k = _PARAMS.ratio_weight_chars
    ratio = (target_chars + prior * k) / (source_chars + k)
    # A translation's length rarely strays this far from the pair's usual ratio; a document
    # ratio beyond it comes from sentences one side lacks, which must not stretch every bead.
    spread = _PARAMS.ratio_spread
    return min(max(ratio, prior / spread), prior * spread)


class _Costs:
    """Everything the programme needs per sentence, merged pairs precomputed."""

    def __init__(
        self,
        source: Sequence[str],
        target: Sequence[str],
        src_lang: str,
        tgt_lang: str,
        translations: Sequence[str] | None,
    ) -> None:
        p = _PARAMS
        self.src_len = [_chars(s) for s in source]
        self.tgt_len = [_chars(t) for t in target]
        self.ratio = _expected_ratio(src_lang, tgt_lang, sum(self.src_len), sum(self.tgt_len))
        self.variance = p.variance
        src_sets, tgt_sets, self.weights = _token_sets(source, target, src_lang, tgt_lang)
        self.src_tokens = [src_sets, _merge_adjacent(src_sets)]
        self.tgt_tokens = [tgt_sets, _merge_adjacent(tgt_sets)]
        # A merged side's weight is the sum of its sentences' (a token in both counts twice), so
        # that merging two sentences that share an unmatched name does not halve its cost.
        self.src_weight = _side_weights(src_sets, self._sum)
        self.tgt_weight = _side_weights(tgt_sets, self._sum)
        self.model = translations is not None
        self.length_weight = p.length_weight_model if self.model else 1.0
        if translations is not None:
            src_grams = [_ngrams(t) for t in translations]
            tgt_grams = [_ngrams(t) for t in target]
            self.src_grams = [src_grams, _merge_adjacent(src_grams)]
            self.tgt_grams = [tgt_grams, _merge_adjacent(tgt_grams)]
            self.background = _background_dice(src_grams, tgt_grams)
        self.prior = {
            (1, 1): p.prior_11,
            (2, 1): p.prior_21,
            (1, 2): p.prior_21,
            (2, 2): p.prior_22,
        }

    def _sum(self, tokens: frozenset[int]) -> float:
        weights = self.weights
        return sum(weights[t] for t in tokens)

    def null(self, side: str, index: int) -> float:
        # Anchors in a dropped or added sentence are not held against it: they have nothing to
        # match, and a merge that leaves them unmatched pays for them instead.
        weight = self.src_weight[0][index] if side == "s" else self.tgt_weight[0][index]
        return _PARAMS.prior_null + _PARAMS.null_anchor_miss * weight

    def bead(self, i: int, a: int, j: int, b: int) -> float:
        """Cost of the bead of source sentences [i-a, i) and target sentences [j-b, j)."""
        p = _PARAMS
        source_chars = self.src_len[i - 1] + (self.src_len[i - 2] if a == 2 else 0)
        target_chars = self.tgt_len[j - 1] + (self.tgt_len[j - 2] if b == 2 else 0)
        cost = self.prior[(a, b)]
        cost += self.length_weight * _length_cost(source_chars, target_chars, self.ratio, self.variance)
        s_tokens = self.src_tokens[a - 1][i - 1]
        t_tokens = self.tgt_tokens[b - 1][j - 1]
        total = self.src_weight[a - 1][i - 1] + self.tgt_weight[b - 1][j - 1]
        if total:
            shared = s_tokens & t_tokens
            matched = self._sum(shared) if shared else 0.0
            cost += p.anchor_miss * min(total - 2 * matched, p.anchor_miss_cap) - p.anchor_match * matched
        if self.model:
            dice = _dice(self.src_grams[a - 1][i - 1], self.tgt_grams[b - 1][j - 1])
            cost += p.similarity_weight * (self.background - dice)
        return cost


def _side_weights(sets: list[frozenset[int]], weigh: Callable[[frozenset[int]], float]) -> list[list[float]]:
    single = [weigh(s) for s in sets]
    return [single, [0.0] + [single[k - 1] + single[k] for k in range(1, len(single))]]


def _dice(a: frozenset[str], b: frozenset[str]) -> float:
    size = len(a) + len(b)
    return 2 * len(a & b) / size if size else 0.0


def _background_dice(source: list[frozenset[str]], target: list[frozenset[str]]) -> float:
    """The median overlap of sentence pairs well off the diagonal, which are very likely unrelated.

    Beads at this level of similarity neither gain nor lose, so a poor translation (or one in
    the wrong language) leaves the model-free costs in charge instead of favouring merges.
    """
    n, m = len(source), len(target)
    offset = _PARAMS.background_offset
    values: list[float] = []
    step = max(1, n // 100)
    for i in range(0, n, step):
        centre = round(i * m / n)
        for j in (centre - offset, centre + offset):
            if 0 <= j < m:
                values.append(_dice(source[i], target[j]))
    if len(values) < 5:
        return _PARAMS.background_default
    values.sort()
    return values[len(values) // 2]


def _merge_adjacent(sets: list[frozenset[str]] | list[frozenset[int]]) -> list[frozenset]:  # type: ignore[type-arg]
    """Entry i is the union of entries i-1 and i (entry 0 is empty: no pair ends there)."""
    merged: list[frozenset] = [frozenset()]  # type: ignore[type-arg]
    merged.extend(sets[k - 1] | sets[k] for k in range(1, len(sets)))
    return merged


def _band(centre_lo: list[int], centre_hi: list[int], width: int, m: int) -> tuple[list[int], list[int]]:
    """Rows' target ranges: the centre path widened by ``width``, connected from (0, 0) to (n, m)."""
    n = len(centre_lo) - 1
    lo = [max(0, c - width) for c in centre_lo]
    hi = [min(m, c + width) for c in centre_hi]
    lo[0], hi[n] = 0, m
    for i in range(1, n + 1):
        # Each row reaches the previous row's last cell, so every row has a reachable cell.
        hi[i] = max(hi[i], hi[i - 1])
        lo[i] = min(lo[i], hi[i - 1])
    return lo, hi


def _coarse_centre(
    source: Sequence[str], target: Sequence[str], src_lang: str, tgt_lang: str
) -> tuple[list[int], list[int], int]:
    """Align blocks of consecutive sentences first (vecalign's idea); the path, per source row.

    Returns the lowest and highest target position of the block path at each source
    position, and the block size, which bounds how far off that path the answer can be.
    Blocks hold the same number of sentences on both sides, so that a block bead compares
    like with like even when one side has many more sentences than the other.
    """
    n, m = len(source), len(target)
    ks = kt = math.ceil(max(n, m) / _COARSE_BLOCKS)
    src_blocks = [" ".join(source[i : i + ks]) for i in range(0, n, ks)]
    tgt_blocks = [" ".join(target[j : j + kt]) for j in range(0, m, kt)]
    rows, cols = len(src_blocks), len(tgt_blocks)
    # Lengths and anchors place blocks well enough; the model's overlap is left to the fine pass.
    costs = _Costs(src_blocks, tgt_blocks, src_lang, tgt_lang, None)
    path, _ = _run(costs, rows, cols, [0] * (rows + 1), [cols] * (rows + 1))
    corners = [(0, 0)]
    bi = bj = 0
    for a, b in path:
        bi, bj = bi + a, bj + b
        corners.append((min(bi * ks, n), min(bj * kt, m)))
    centre_lo, centre_hi = [m] * (n + 1), [0] * (n + 1)
    for (x0, y0), (x1, y1) in zip(corners, corners[1:], strict=False):
        if x1 == x0:
            centre_lo[x0], centre_hi[x0] = min(centre_lo[x0], y0), max(centre_hi[x0], y1)
            continue
        for i in range(x0, x1 + 1):
            y = y0 + (y1 - y0) * (i - x0) / (x1 - x0)
            centre_lo[i] = min(centre_lo[i], math.floor(y))
            centre_hi[i] = max(centre_hi[i], math.ceil(y))
    return centre_lo, centre_hi, ks


def _run(costs: _Costs, n: int, m: int, lo: list[int], hi: list[int]) -> tuple[list[tuple[int, int]], bool]:
    """The best path of beads through the band ``lo[i] <= j <= hi[i]``; whether it touched the edge."""
    inf = math.inf
    cost_rows: list[list[float]] = []
    back_rows: list[bytearray] = []
    null_src = [costs.null("s", i) for i in range(n)]
    null_tgt = [costs.null("t", j) for j in range(m)]
    bead = costs.bead
    for i in range(n + 1):
        lo_i, hi_i = lo[i], hi[i]
        row = [inf] * (hi_i - lo_i + 1)
        back = bytearray(hi_i - lo_i + 1)
        prev1 = cost_rows[i - 1] if i >= 1 else None
        lo1 = lo[i - 1] if i >= 1 else 0
        hi1 = hi[i - 1] if i >= 1 else -1
        prev2 = cost_rows[i - 2] if i >= 2 else None
        lo2 = lo[i - 2] if i >= 2 else 0
        hi2 = hi[i - 2] if i >= 2 else -1
        for j in range(lo_i, hi_i + 1):
            if i == 0 and j == 0:
                row[0] = 0.0
                continue
            best = inf
            move = 0
            # 0-1 from (i, j-1)
            if j - 1 >= lo_i:
                c = row[j - 1 - lo_i]
                if c < inf:
                    c += null_tgt[j - 1]
                    if c < best:
                        best, move = c, 3
            if prev1 is not None:
                # 1-0 from (i-1, j)
                if lo1 <= j <= hi1:
                    c = prev1[j - lo1]
                    if c < inf:
                        c += null_src[i - 1]
                        if c < best:
                            best, move = c, 2
                # 1-1 from (i-1, j-1)
                if lo1 <= j - 1 <= hi1:
                    c = prev1[j - 1 - lo1]
                    if c < best:
                        c += bead(i, 1, j, 1)
                        if c < best:
                            best, move = c, 1
                # 1-2 from (i-1, j-2)
                if lo1 <= j - 2 <= hi1:
                    c = prev1[j - 2 - lo1]
                    if c < best:
                        c += bead(i, 1, j, 2)
                        if c < best:
                            best, move = c, 5
            if prev2 is not None:
                # 2-1 from (i-2, j-1)
                if lo2 <= j - 1 <= hi2:
                    c = prev2[j - 1 - lo2]
                    if c < best:
                        c += bead(i, 2, j, 1)
                        if c < best:
                            best, move = c, 4
                # 2-2 from (i-2, j-2)
                if lo2 <= j - 2 <= hi2:
                    c = prev2[j - 2 - lo2]
                    if c < best:
                        c += bead(i, 2, j, 2)
                        if c < best:
                            best, move = c, 6
            row[j - lo_i] = best
            back[j - lo_i] = move
        cost_rows.append(row)
        back_rows.append(back)
    steps = {1: (1, 1), 2: (1, 0), 3: (0, 1), 4: (2, 1), 5: (1, 2), 6: (2, 2)}
    path: list[tuple[int, int]] = []
    touched = False
    i, j = n, m
    while i or j:
        move = back_rows[i][j - lo[i]]
        if (j - lo[i] < 2 and lo[i] > 0) or (hi[i] - j < 2 and hi[i] < m):
            touched = True
        a, b = steps[move]
        path.append((a, b))
        i, j = i - a, j - b
    path.reverse()
    return path, touched


def align(
    source: Sequence[str],
    target: Sequence[str],
    src_lang: str,
    tgt_lang: str,
    *,
    translate: Callable[[list[str]], list[str]] | None = None,
) -> Alignment:
    """Align the sentences of a document (``source``) with those of its translation.

    Without ``translate`` the mode is ``"lengths+anchors"``. With it (a function that
    machine-translates a list of source sentences into ``tgt_lang``, one output per input),
    the mode is ``"model"`` and the overlap of each translation with the target side counts
    too. Sentence indices in the links are positions in ``source`` and ``target``.
    """
    language(src_lang)
    language(tgt_lang)
    mode = MODE_MODEL if translate is not None else MODE_LENGTHS
    n, m = len(source), len(target)
    if n == 0 or m == 0:
        nulls = [Link((i,), ()) for i in range(n)] + [Link((), (j,)) for j in range(m)]
        return Alignment(tuple(nulls), mode)
    translations: list[str] | None = None
    if translate is not None:
        translations = list(translate(list(source)))
        if len(translations) != n:
            raise UsageError(
                f"the translate function returned {len(translations)} sentences for {n}; "
                "it must return exactly one translation per source sentence, in order"
            )
    costs = _Costs(source, target, src_lang, tgt_lang, translations)
    if n * m <= _FULL_DP_CELLS:
        path, _ = _run(costs, n, m, [0] * (n + 1), [m] * (n + 1))
    else:
        centre_lo, centre_hi, block = _coarse_centre(source, target, src_lang, tgt_lang)
        width = _PARAMS.band_min + block
        for _ in range(_MAX_WIDENINGS + 1):
            lo, hi = _band(centre_lo, centre_hi, width, m)
            if sum(b - a + 1 for a, b in zip(lo, hi, strict=True)) > _BAND_FULL_SHARE * (n + 1) * (m + 1):
                path, _ = _run(costs, n, m, [0] * (n + 1), [m] * (n + 1))
                break
            path, touched = _run(costs, n, m, lo, hi)
            if not touched:
                break
            width *= 2
    links: list[Link] = []
    i = j = 0
    for a, b in path:
        links.append(Link(tuple(range(i, i + a)), tuple(range(j, j + b))))
        i, j = i + a, j + b
    return Alignment(tuple(links), mode)


# ---- checking and scoring --------------------------------------------------------------------


def check_links(links: Iterable[Link], n_source: int, n_target: int) -> None:
    """Raise ``ValueError`` unless the links are monotone and cover both sides exactly once."""
    next_source = next_target = 0
    for number, link in enumerate(links):
        for side, ids, expected in (
            ("source", link.source, next_source),
            ("target", link.target, next_target),
        ):
            if list(ids) != list(range(expected, expected + len(ids))):
                raise ValueError(
                    f"link {number} has {side} ids {list(ids)}; expected consecutive ids from {expected} "
                    "(links must be monotone and cover every sentence exactly once)"
                )
        if not link.source and not link.target:
            raise ValueError(f"link {number} is empty on both sides; drop it")
        next_source += len(link.source)
        next_target += len(link.target)
    if (next_source, next_target) != (n_source, n_target):
        raise ValueError(
            f"links cover {next_source} source and {next_target} target sentences; "
            f"the texts have {n_source} and {n_target}"
        )


_Bead = tuple[tuple[int, ...], tuple[int, ...]]


def _as_beads(links: Iterable[Link]) -> list[_Bead]:
    return [(tuple(link.source), tuple(link.target)) for link in links]


def _precision_counts(gold: list[_Bead], test: list[_Bead]) -> tuple[int, int, int, int]:
    """tp strict, fp strict, tp lax, fp lax: vecalign's ``_precision``."""
    tp_strict = fp_strict = tp_lax = fp_lax = 0
    test_set = {(x, y) for x, y in test if len(x) or len(y)}
    gold_set = {(x, y) for x, y in gold if len(x) or len(y)}
    gold_targets: dict[int, set[int]] = {}
    for gold_src, gold_tgt in gold_set:
        for s in gold_src:
            gold_targets.setdefault(s, set()).update(gold_tgt)
    for test_src, test_tgt in test_set:
        if (test_src, test_tgt) in gold_set:
            tp_strict += 1
            tp_lax += 1
            continue
        target_ids: set[int] = set()
        for s in test_src:
            target_ids.update(gold_targets.get(s, ()))
        fp_strict += 1
        if set(test_tgt) & target_ids:
            tp_lax += 1
        else:
            fp_lax += 1
    return tp_strict, fp_strict, tp_lax, fp_lax


def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score_many(pairs: Iterable[tuple[Sequence[Link], Sequence[Link]]]) -> AlignmentScore:
    """Strict and lax scores over several documents, counts pooled: vecalign's ``score_multiple``.

    Each pair is ``(gold, test)``. Precision counts every test bead (insertions and deletions
    included); recall counts gold 1-1/m-n beads only, against test beads with both sides.
    """
    p_counts = [0, 0, 0, 0]
    r_counts = [0, 0, 0, 0]
    for gold_links, test_links in pairs:
        gold = _as_beads(gold_links)
        test = _as_beads(test_links)
        for k, v in enumerate(_precision_counts(gold, test)):
            p_counts[k] += v
        test_no_null = [(x, y) for x, y in test if len(x) and len(y)]
        gold_no_null = [(x, y) for x, y in gold if len(x) and len(y)]
        for k, v in enumerate(_precision_counts(test_no_null, gold_no_null)):
            r_counts[k] += v
    p_strict = _ratio(p_counts[0], p_counts[0] + p_counts[1])
    p_lax = _ratio(p_counts[2], p_counts[2] + p_counts[3])
    r_strict = _ratio(r_counts[0], r_counts[0] + r_counts[1])
    r_lax = _ratio(r_counts[2], r_counts[2] + r_counts[3])
    return AlignmentScore(
        precision_strict=p_strict,
        recall_strict=r_strict,
        f1_strict=_f1(p_strict, r_strict),
        precision_lax=p_lax,
        recall_lax=r_lax,
        f1_lax=_f1(p_lax, r_lax),
    )


def score(gold: Sequence[Link], test: Sequence[Link]) -> AlignmentScore:
    """Strict and lax precision, recall and F1 of ``test`` against ``gold`` (as vecalign)."""
    return score_many([(gold, test)])
