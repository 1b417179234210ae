"""Translation or independent coverage: right on every gold text, with its evidence, overridable."""

from __future__ import annotations

import pytest
from support.coverage_gold import coverage_stories
from support.goldsets import alignment_articles, read_alignment_pair

from translate.alignment import classify_relation, relation_evidence
from translate.errors import UsageError

COVERAGE_TEXTS = [(story, text) for story in coverage_stories() for text in story.texts]


@pytest.mark.parametrize(("story", "text"), COVERAGE_TEXTS, ids=[f"{s.slug}:{t.key}" for s, t in COVERAGE_TEXTS])
def test_every_coverage_text_is_coverage(story, text) -> None:  # type: ignore[no-untyped-def]
    evidence = relation_evidence(story.english, text.lines, "en", text.lang)
    assert evidence.relation == "coverage", evidence
    assert evidence.score <= 0 and not evidence.overridden


@pytest.mark.parametrize("lang", ["uk", "ru", "hu"])
@pytest.mark.parametrize("name", alignment_articles())
def test_every_translation_is_a_translation(name: str, lang: str) -> None:
    source, target, _ = read_alignment_pair(name, lang)
    evidence = relation_evidence(source, target, "en", lang)
    assert evidence.relation == "translation", evidence
    assert evidence.aligned_share >= 0.9 and 0.8 <= evidence.length_ratio <= 1.25 and evidence.one_to_one_share >= 0.7


def test_a_report_that_pairs_up_in_order_only_through_merged_beads_is_coverage() -> None:
    # An outlet naming the same two people in every sentence pairs up in order, anchors agreeing, at a
    # translation's length, but three sentences to one: no translation renders a story so.
    story = next(s for s in coverage_stories() if s.slug == "shoigu-replaced-belousov-2024")
    text = next(t for t in story.texts if t.key == "hu:index")
    evidence = relation_evidence(story.english, text.lines, "en", text.lang)
    assert evidence.aligned_share >= 0.9 and evidence.anchor_agreement >= 0.6 and 0.8 <= evidence.length_ratio <= 1.25
    assert evidence.one_to_one_share < 0.6 and evidence.relation == "coverage"


def test_a_wire_report_following_a_statement_point_by_point_is_coverage() -> None:
    # TASS renders the German government's statement in the English article's order, quote by quote,
    # with its names and figures, at a translation's length; it splits and merges the statement's
    # points as a reporter does, so fewer of its sentences pair one to one than a translation's.
    story = next(s for s in coverage_stories() if s.slug == "leopard-tanks-decision-2023")
    text = next(t for t in story.texts if t.key == "ru:tass")
    evidence = relation_evidence(story.english, text.lines, "en", text.lang)
    assert evidence.aligned_share >= 0.9 and evidence.anchor_agreement >= 0.6 and 0.8 <= evidence.length_ratio <= 1.25
    assert 0.6 <= evidence.one_to_one_share < 0.7 and evidence.relation == "coverage"


def test_the_relation_can_be_overridden_and_keeps_its_measurements() -> None:
    source, target, _ = read_alignment_pair("summit-talks", "uk")
    auto = classify_relation(source, target, "en", "uk")
    forced = classify_relation(source, target, "en", "uk", "coverage")
    assert (auto.relation, forced.relation, forced.overridden) == ("translation", "coverage", True)
    assert forced.aligned_share == auto.aligned_share and forced.one_to_one_share == auto.one_to_one_share
    with pytest.raises(UsageError, match=r"^relation 'copy' is not known; choose auto, translation, coverage$"):
        classify_relation(source, target, "en", "uk", "copy")
