"""The aligner's search: structure of its output, its errors, model mode, the banded search, accuracy."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from support.goldsets import alignment_articles, read_alignment_pair
from support.guards import hang_guard

from translate.alignment import (
    BEAD_TYPES,
    MODE_LENGTHS,
    MODE_MODEL,
    Alignment,
    align,
    check_links,
    score,
    score_many,
)
from translate.alignment import search as alignment_search
from translate.errors import UsageError
from translate.types import Link

ARTICLES = alignment_articles()
TARGETS = ("uk", "ru", "hu")
LANGS = ("en", "uk", "ru", "hu")

FLOORS_STRICT = {"uk": 0.95, "ru": 0.92, "hu": 0.90}


FLOORS_LAX = {"uk": 0.96, "ru": 0.96, "hu": 0.96}

read_pair = read_alignment_pair


def assert_well_formed(result: Alignment, n: int, m: int) -> None:
    check_links(result.links, n, m)
    for link in result.links:
        assert (len(link.source), len(link.target)) in BEAD_TYPES


L = Link


# ---- structure ---------------------------------------------------------------------------------

sentence = st.text(max_size=80)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(sentence, max_size=25),
    st.lists(sentence, max_size=25),
    st.sampled_from(LANGS),
    st.sampled_from(LANGS),
)
def test_links_cover_both_sides_once_and_are_monotone(
    source: list[str], target: list[str], src_lang: str, tgt_lang: str
) -> None:
    result = align(source, target, src_lang, tgt_lang)
    assert result.mode == MODE_LENGTHS
    assert_well_formed(result, len(source), len(target))


@settings(max_examples=60, deadline=None)
@given(st.lists(sentence, max_size=15), st.lists(sentence, max_size=15))
def test_model_mode_output_is_well_formed(source: list[str], target: list[str]) -> None:
    result = align(source, target, "en", "uk", translate=lambda xs: [x[::-1] for x in xs])
    assert result.mode == MODE_MODEL
    assert_well_formed(result, len(source), len(target))


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 60), st.integers(0, 60), st.randoms(use_true_random=False))
def test_very_different_lengths_still_cover_everything(n: int, m: int, rnd: random.Random) -> None:
    source = ["x" * rnd.randint(0, 200) for _ in range(n)]
    target = ["y" * rnd.randint(0, 200) for _ in range(m)]
    assert_well_formed(align(source, target, "en", "hu"), n, m)


def test_empty_inputs() -> None:
    assert align([], [], "en", "uk") == Alignment((), MODE_LENGTHS)
    assert align(["A.", "B."], [], "en", "uk").links == (Link((0,), ()), Link((1,), ()))
    assert align([], ["А."], "en", "ru").links == (Link((), (0,)),)
    assert align([], [], "en", "uk", translate=lambda xs: xs).mode == MODE_MODEL


def test_one_to_one_when_lengths_agree() -> None:
    source = ["Short one.", "A considerably longer second sentence follows here.", "Third."]
    target = ["Коротке.", "Значно довше друге речення йде саме тут, як і в оригіналі.", "Третє."]
    links = align(source, target, "en", "uk").links
    assert links == (Link((0,), (0,)), Link((1,), (1,)), Link((2,), (2,)))


def test_pathological_input_is_handled_quickly() -> None:
    rnd = random.Random(5)
    long_word = "Q" + "".join(rnd.choice("abcdefghijklmnop") for _ in range(100_000))
    source = [long_word, "a." * 50_000, "x\ud800y\x00z\u202e\u200b", "Zelensky", "9" * 5000]
    target = [long_word[::-1], "Б" * 100_000, "1,2,3," * 3000, "Зеленський"]
    with hang_guard(300):  # well under a second normally
        result = align(source, target, "en", "uk")
    assert_well_formed(result, len(source), len(target))


def test_unknown_language_is_refused() -> None:
    with pytest.raises(UsageError, match="language 'de' is not supported; choose from: en, uk, ru, hu"):
        align(["a"], ["b"], "en", "de")


def test_translate_must_return_one_output_per_sentence() -> None:
    with pytest.raises(UsageError, match="returned 1 sentences for 2; it must return exactly one"):
        align(["a.", "b."], ["c."], "en", "uk", translate=lambda xs: xs[:1])


def test_check_links_messages() -> None:
    with pytest.raises(ValueError, match=r"link 1 has source ids \[2\]; expected consecutive ids from 1"):
        check_links([Link((0,), (0,)), Link((2,), (1,))], 3, 2)
    with pytest.raises(
        ValueError, match="links cover 1 source and 1 target sentences; the texts have 2 and 1"
    ):
        check_links([Link((0,), (0,))], 2, 1)
    with pytest.raises(ValueError, match="link 0 is empty on both sides"):
        check_links([Link((), ())], 0, 0)


def test_names_anchor_a_bead_that_lengths_alone_would_miss() -> None:
    # Same lengths everywhere; only the names say that the second source sentence was dropped.
    source = [
        "The minister arrived early in the morning.",
        "Petrenko spoke to the press about the plans.",
        "Kovalenko answered questions from the students.",
        "The meeting ended late in the evening today.",
    ]
    target = [
        "Міністр прибув рано-вранці до столиці.",
        "Коваленко відповів на запитання студентів.",
        "Зустріч завершилася пізно ввечері сьогодні.",
    ]
    links = align(source, target, "en", "uk").links
    assert Link((1,), ()) in links
    assert Link((2,), (1,)) in links


# ---- model mode --------------------------------------------------------------------------------

_WORDS = "river city bank rain report vote market school train bridge plan court farm music road".split()


_CIPHER = {w: w[::-1] + "o" for w in _WORDS}


def _cipher(sentence: str) -> str:
    return " ".join(_CIPHER[w] for w in sentence.split())


def test_model_mode_finds_a_drop_that_lengths_cannot() -> None:
    rnd = random.Random(7)
    # Every sentence has the same shape and length, no names, no numbers: nothing but content
    # tells where the translator dropped sentence 6 and merged 12 and 13.
    source = [" ".join(rnd.sample(_WORDS, 5)) for _ in range(20)]
    target_beads: list[tuple[list[int], list[str]]] = []
    for i, s in enumerate(source):
        if i == 6:
            target_beads.append(([i], []))
        elif i == 12:
            target_beads.append(([12, 13], [_cipher(source[12]) + " " + _cipher(source[13])]))
        elif i == 13:
            continue
        else:
            target_beads.append(([i], [_cipher(s)]))
    target = [t for _, ts in target_beads for t in ts]
    gold: list[Link] = []
    j = 0
    for ids, ts in target_beads:
        gold.append(Link(tuple(ids), tuple(range(j, j + len(ts)))))
        j += len(ts)

    plain = align(source, target, "en", "uk")
    model = align(source, target, "en", "uk", translate=lambda xs: [_cipher(x) for x in xs])
    assert model.mode == MODE_MODEL
    plain_score, model_score = score(gold, plain.links), score(gold, model.links)
    assert model_score.f1_strict >= plain_score.f1_strict
    assert model_score.f1_strict == 1.0
    assert plain_score.f1_strict < 1.0


@pytest.mark.parametrize("lang", TARGETS)
def test_model_mode_with_a_useless_translation_changes_nothing(lang: str) -> None:
    # Every pair is then as (dis)similar as the background, so only lengths and anchors decide.
    for name in ARTICLES:
        source, target, _ = read_pair(name, lang)
        plain = align(source, target, "en", lang)
        model = align(source, target, "en", lang, translate=lambda xs: ["" for _ in xs])
        assert model.links == plain.links, name


# ---- the test set ------------------------------------------------------------------------------


def test_test_set_is_large_enough() -> None:
    assert len(ARTICLES) >= 4
    for name in ARTICLES:
        n = len(read_pair(name, "uk")[0])
        assert 15 <= n <= 25, name


@pytest.mark.parametrize("lang", TARGETS)
@pytest.mark.parametrize("name", ARTICLES)
def test_gold_files_are_valid(name: str, lang: str) -> None:
    source, target, gold = read_pair(name, lang)
    assert all(line.strip() == line and line for line in source + target)
    check_links(gold, len(source), len(target))
    kinds = {(len(link.source), len(link.target)) for link in gold}
    assert kinds <= set(BEAD_TYPES)


@pytest.mark.parametrize("lang", TARGETS)
def test_gold_has_merges_splits_drops_and_additions(lang: str) -> None:
    kinds: set[tuple[int, int]] = set()
    for name in ARTICLES:
        kinds.update((len(link.source), len(link.target)) for link in read_pair(name, lang)[2])
    assert {(2, 1), (1, 2), (1, 0), (0, 1)} <= kinds


@pytest.mark.parametrize("lang", TARGETS)
def test_model_free_accuracy_on_the_test_set(lang: str) -> None:
    pairs = []
    for name in ARTICLES:
        source, target, gold = read_pair(name, lang)
        result = align(source, target, "en", lang)
        assert_well_formed(result, len(source), len(target))
        pairs.append((gold, list(result.links)))
    s = score_many(pairs)
    assert s.f1_lax >= FLOORS_LAX[lang], s
    assert s.f1_strict >= FLOORS_STRICT[lang], s


# ---- long documents: the banded search ---------------------------------------------------------


def test_drops_and_additions_far_off_the_diagonal_are_found() -> None:
    # 50 sentences dropped at the start and 50 added at the end: the path runs 50 cells off the
    # diagonal, which a fixed band around it would miss (the block pass finds it).
    rnd = random.Random(2)
    words = "alpha beta gamma delta river bank city vote".split()
    source = [" ".join(rnd.choice(words) for _ in range(rnd.randint(3, 25))) + f" {k}." for k in range(300)]
    target = [s.upper() for s in source[50:]] + [f"Extra sentence number {900 + k} here." for k in range(50)]
    gold = (
        [L([i], []) for i in range(50)]
        + [L([i], [i - 50]) for i in range(50, 300)]
        + [L([], [j]) for j in range(250, 300)]
    )
    result = align(source, target, "en", "uk")
    assert_well_formed(result, len(source), len(target))
    assert score(gold, result.links).f1_strict >= 0.95


def test_two_thousand_sentences_align() -> None:
    # About 1 s on the development machine (bench/eval_alignment.py --speed measures it).
    rnd = random.Random(3)
    words = "the of and to in a is that for it as was with be by on not he this are or his".split()
    source = [" ".join(rnd.choice(words) for _ in range(rnd.randint(4, 30))) + "." for _ in range(2000)]
    target = [s.upper() for i, s in enumerate(source) if i % 97 != 5]
    with hang_guard(300):
        result = align(source, target, "en", "uk")
    assert_well_formed(result, len(source), len(target))


def _census(n: int, extra: int) -> tuple[list[str], list[str]]:
    source = [f"In {1900 + i}, the city of Kyiv had {i * 1000 + 17} residents." for i in range(n)]
    target = [f"У {1900 + i} році Київ мав {i * 1000 + 17} мешканців." for i in range(n)]
    return source, target + [f"Додаткове речення {i}." for i in range(extra)]


def _diagonal_links(result: Alignment) -> int:
    return sum(len(x.source) == len(x.target) == 1 and x.source[0] == x.target[0] for x in result.links)


@pytest.mark.parametrize(
    ("n", "extra", "swap"), [(150, 400, False), (300, 1000, False), (41, 1000, False), (41, 1000, True)]
)
def test_many_more_sentences_on_one_side_match_the_full_programme(
    n: int, extra: int, swap: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Blocks of different sizes on the two sides, and a document length ratio stretched by the
    # extra sentences, used to put the band (and every bead) in the wrong place: 44 of 150, 0 of
    # 300 and 0 of 41 links were right.
    source, target = _census(n, extra)
    src_lang, tgt_lang = "en", "uk"
    if swap:
        source, target, src_lang, tgt_lang = target, source, tgt_lang, src_lang
    assert len(source) * len(target) > alignment_search.FULL_DP_CELLS  # the banded search runs
    banded = align(source, target, src_lang, tgt_lang)
    assert_well_formed(banded, len(source), len(target))
    monkeypatch.setattr(alignment_search, "FULL_DP_CELLS", 10**8)
    full = align(source, target, src_lang, tgt_lang)
    assert _diagonal_links(full) >= 0.95 * n
    assert _diagonal_links(banded) >= 0.95 * _diagonal_links(full)
