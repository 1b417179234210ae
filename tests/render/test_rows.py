"""The one row model: alignment groups shared by every side-by-side view."""

from __future__ import annotations

from support.documents import fixed_document, hand_made_document

from translate.render.rows import Group, alignment_groups, column_keys, flags_of, joined_text
from translate.types import Document, Link, Sentence, TargetSentence, Translation


def test_alignment_groups_keep_merges_and_splits_in_one_row() -> None:
    groups = alignment_groups(fixed_document())
    assert [g.source for g in groups] == [(0, 1), (2,), (3,)]
    assert [g.targets["uk"] for g in groups] == [(0,), (1,), (2, 3)]
    assert [g.targets["uk-mt"] for g in groups] == [(0, 1, 2), (3,), (4,)]
    assert [g.targets["hu"] for g in groups] == [(0, 1), (2,), ()]


def test_rows_follow_the_links_of_every_column() -> None:
    document = hand_made_document()
    groups = alignment_groups(document, ["uk", "ru", "hu"])
    # uk ties source sentences 0 and 1 together: they share a row in every column.
    assert [g.source for g in groups] == [(0, 1), (2,)]
    assert [[g.targets[k] for k in ("uk", "ru", "hu")] for g in groups] == [[(0,), (0, 1), (0, 1, 2)], [(1,), (2,), (3,)]]
    assert [g.paragraph_start for g in groups] == [False, True]


def _doc(n: int, links: tuple[Link, ...], targets: int, paragraphs: tuple[int, ...] | None = None) -> Document:
    paragraphs = paragraphs or (0,) * n
    sentences = tuple(Sentence(i, f"S{i}.", 0, 0, paragraphs[i]) for i in range(n))
    translation = Translation("uk", "", tuple(TargetSentence(i, f"T{i}.") for i in range(targets)), links)
    return Document("en", "", sentences, {"uk": translation}, "")


def test_a_link_over_non_adjacent_sentences_joins_everything_between() -> None:
    # The page's old grouping joined only the sentences a link named (0 and 2), leaving 1 a row of
    # its own after them; the one model keeps rows contiguous, as the static export always did.
    groups = alignment_groups(_doc(4, (Link((0, 2), (0,)), Link((1,), (1,)), Link((3,), (2,))), 3))
    assert [g.source for g in groups] == [(0, 1, 2), (3,)]
    assert [g.targets["uk"] for g in groups] == [(0, 1), (2,)]


def test_target_ids_are_sorted_unique_and_only_real_sentences() -> None:
    groups = alignment_groups(_doc(2, (Link((0,), (1, 0, 1, 7)), Link((1, 9), (-1, 2))), 3))
    assert [g.targets["uk"] for g in groups] == [(0, 1), (2,)]


def test_target_only_sentences_join_the_row_before_or_the_first() -> None:
    groups = alignment_groups(_doc(2, (Link((), (0,)), Link((0,), (1,)), Link((1,), (2,)), Link((), (3,))), 4))
    assert [g.targets["uk"] for g in groups] == [(0, 1), (2, 3)]


def test_a_row_spanning_paragraphs_starts_one_only_where_its_first_sentence_does() -> None:
    links = (Link((0,), (0,)), Link((1, 2), (1,)), Link((3,), (2,)))
    groups = alignment_groups(_doc(4, links, 3, (0, 0, 1, 1)))
    assert [g.source for g in groups] == [(0,), (1, 2), (3,)]
    assert [g.paragraph_start for g in groups] == [False, False, False]
    groups = alignment_groups(_doc(4, (Link((0,), (0,)), Link((1,), (1,)), Link((2,), (2,))), 3, (0, 0, 1, 2)))
    assert [g.paragraph_start for g in groups] == [False, False, True, True]


def test_an_empty_document_has_one_empty_row() -> None:
    assert alignment_groups(Document("en", "", (), {}, "")) == [Group((), {}, False)]


def test_columns_put_a_variant_right_after_its_language() -> None:
    document = fixed_document()
    reordered = Document("en", "", document.sentences, {k: document.translations[k] for k in ("uk-mt", "hu", "uk")}, "")
    assert column_keys(reordered) == ["uk", "uk-mt", "hu"]
    assert column_keys(document) == ["uk", "uk-mt", "hu"]


def test_flags_and_text_of_a_row() -> None:
    document = fixed_document()
    group = alignment_groups(document)[1]
    assert flags_of(document, "uk-mt", group.targets["uk-mt"]) == ["number_mismatch"]
    assert joined_text(document, None, (0, 1)) == "Trump met Putin in Budapest. They talked."
    assert joined_text(document, "uk-mt", (0, 1)) == "Трамп зустрів Путіна. У Будапешті."


def test_coverage_texts_sit_next_to_the_english_sentence_they_report_first() -> None:
    from support.coverage_documents import coverage_document

    from translate.render.rows import ONLY_IN_OUTLET, also_reports, only_in_outlet, row_links

    document = coverage_document()
    ria = document.translations["ru:RIA"]
    # RIA [1] reports English [1] and [4]: it sits in row 1 only; row 4 notes nothing for it.
    assert row_links(ria, 4) == (Link((0,), (0,)), Link((1,), (1,)), Link((2,), ()), Link((3,), ()))
    assert also_reports(ria, 0) == (3,) and also_reports(ria, 1) == ()
    assert only_in_outlet(ria, 4) == (2,)
    hu = document.translations["hu"]
    assert row_links(hu, 4) == hu.links and only_in_outlet(hu, 4) == () and also_reports(hu, 0) == ()
    groups = alignment_groups(document)
    assert [g.source for g in groups] == [(0,), (1,), (2,), (3,), ()]
    assert [g.targets["ru:RIA"] for g in groups] == [(0,), (1,), (), (), (2,)]
    assert [g.targets["uk:Pravda"] for g in groups] == [(), (), (0,), (), (1,)]
    assert [g.targets["hu"] for g in groups] == [(0,), (1,), (2,), (3,), ()]
    assert ONLY_IN_OUTLET == "linked to no English sentence"


def test_coverage_links_naming_no_sentence_are_left_out() -> None:
    from dataclasses import replace

    from support.coverage_documents import coverage_document

    from translate.render.rows import row_links
    from translate.types import CoverageLink

    document = coverage_document()
    ria = replace(document.translations["ru:RIA"], coverage_links=(CoverageLink(9, 0, 0.9), CoverageLink(0, 7, 0.9), CoverageLink(1, 0, 0.5)))
    assert row_links(ria, 4) == (Link((0,), ()), Link((1,), (0,)), Link((2,), ()), Link((3,), ()))
    groups = alignment_groups(replace(document, translations={"ru:RIA": ria}))
    assert [g.targets["ru:RIA"] for g in groups] == [(), (0,), (), (), (1, 2)]
def test_an_omission_stays_visible_inside_a_row_another_language_merged() -> None:
    # ru merges sentences 1 and 2; hu leaves sentence 2 out and adds one of its own: the row (1, 2)
    # must still say that hu lacks sentence 2 and that its extra sentence is only in hu.
    sentences = tuple(Sentence(i, f"S{i}.", 0, 0, 0) for i in range(3))
    ru = Translation("ru", "", tuple(TargetSentence(i, f"R{i}.") for i in range(2)), (Link((0,), (0,)), Link((1, 2), (1,))))
    hu = Translation(
        "hu", "", tuple(TargetSentence(i, f"H{i}.") for i in range(3)), (Link((0,), (0,)), Link((1,), (1,)), Link((2,), ()), Link((), (2,)))
    )
    groups = alignment_groups(Document("en", "", sentences, {"ru": ru, "hu": hu}, ""))
    assert [g.source for g in groups] == [(0,), (1, 2)]
    assert groups[1].omitted == {"ru": (), "hu": (2,)}
    assert groups[1].added == {"ru": (), "hu": (2,)}
    assert groups[1].targets["hu"] == (1, 2)
    assert [g.marked(Document("en", "", sentences, {"ru": ru, "hu": hu}, "")) for g in groups] == [False, True]


def test_excerpts_cut_at_a_word() -> None:
    from translate.render.rows import excerpt

    assert excerpt("Short one.") == "Short one."
    assert excerpt("word " * 30, 20) == "word word word word…"


def test_an_export_is_titled_by_what_it_is_and_its_first_sentence() -> None:
    from translate.render.rows import document_title
    from translate.types import Document, Sentence

    long = "Hungarian prime minister Viktor Orbán has blocked a €50bn EU aid package for Ukraine, hours after EU leaders agreed."
    document = Document("en", long, (Sentence(0, long, 0, len(long), 0),), {}, "")
    title = document_title(document)
    assert title.startswith("Side by side: Hungarian prime minister") and title.endswith("…") and len(title) <= 100
    assert document_title(Document("en", "", (), {}, "")) == "Side by side"
