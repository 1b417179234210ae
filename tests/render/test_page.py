"""The web page's markup, without Gradio or a browser."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from support.documents import hand_made, hand_made_document
from support.markup import parse

from translate.render.mentions import entity_colour
from translate.render.page import page_columns, render_document, render_message, render_progress
from translate.types import FLAG_EXPLANATIONS, NUMBER_MISMATCH, Document


def test_rendered_view_has_one_row_per_group_and_a_column_per_language() -> None:
    html = render_document(hand_made_document())
    tags = parse(html).tags
    rows = [dict(a) for t, a in tags if t == "div" and dict(a).get("data-row") is not None]
    assert len(rows) == 2
    heads = [dict(a)["data-lang"] for t, a in tags if t == "div" and "cell" in (dict(a).get("class") or "") and "data-lang" in dict(a)]
    assert heads[:4] == ["en", "uk", "ru", "hu"]
    assert 'class="row para"' in html  # the paragraph break before "It ended."


def test_one_entity_has_one_colour_in_every_column() -> None:
    html = render_document(hand_made_document())
    marks = [dict(a) for t, a in parse(html).tags if t == "mark"]
    assert len(marks) == 4
    assert {m["data-ent"] for m in marks} == {"e0"}
    assert {m["style"] for m in marks} == {f"--ec:{entity_colour(0)}"}
    assert 'class="legend-item" data-ent="e0"' in html
    assert ">Putin</mark>" in html and ">Путіна</mark>" in html and ">Putyinnal</mark>" in html


def test_flags_are_badges_with_the_plain_explanation_readable_without_a_mouse() -> None:
    html = render_document(hand_made_document())
    badges = [dict(a) for t, a in parse(html).tags if t == "span" and dict(a).get("data-flag")]
    # Focusable (keyboard, tap), and the explanation is text inside the badge, not a tooltip attribute.
    assert badges == [{"class": "flag", "tabindex": "0", "data-flag": NUMBER_MISMATCH}]
    assert f'number<span class="tip"><span class="sr">: </span>{FLAG_EXPLANATIONS[NUMBER_MISMATCH]}</span>' in html


def test_pending_languages_show_as_waiting_columns() -> None:
    document = hand_made_document()
    partial = replace(document, translations={"uk": document.translations["uk"]}, entities=())
    html = render_document(partial, pending=["uk", "ru", "hu"])
    assert html.count('class="cell pending" data-lang="ru"') == 3  # header and both rows
    assert 'data-columns="4"' in html


def test_a_language_shows_its_first_sentences_before_it_is_complete() -> None:
    document = Document.from_dict({
        "source": {"lang": "en", "text": "A. B. C.", "sentences": [
            {"id": 0, "text": "A.", "start": 0, "end": 2, "paragraph": 0},
            {"id": 1, "text": "B.", "start": 3, "end": 5, "paragraph": 0},
            {"id": 2, "text": "C.", "start": 6, "end": 8, "paragraph": 0}]},
        "translations": {"hu": {"model": "m", "revision": "r", "engine": "e", "origin": "machine", "text": "Á. B. C.",
                                "sentences": [{"id": 0, "text": "Á.", "flags": [], "paragraph": 0}],
                                "links": [[[0], [0]]]}},
    })
    page = render_document(document, pending=["hu"], incomplete={"hu"})
    assert "Á." in page
    assert page.count('class="cell pending" data-lang="hu"') == 2  # B. and C. are still on their way


def test_columns_name_machine_and_provided_versions() -> None:
    document = hand_made_document()
    compared = replace(document, translations={"hu-mt": document.translations["hu"], "hu": replace(document.translations["ru"], origin="provided")})
    columns = page_columns(compared)
    assert [(c.key, c.title, c.subtitle) for c in columns] == [
        ("en", "English", "source"), ("hu", "Hungarian", "provided translation"), ("hu-mt", "Hungarian (MT)", "m"),
    ]


PAYLOADS = [
    "<script>window.__xss=1</script>",
    '<img src=x onerror="window.__xss=1">',
    "\"><svg onload=window.__xss=1>",
    "'><b onmouseover='window.__xss=1'>",
    '<a href="javascript:window.__xss=1">x</a>',
    "</mark></div><script>window.__xss=1</script>",
]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_user_and_model_strings_are_escaped_everywhere(payload: str) -> None:
    data = hand_made(payload)
    data["translations"]["ru"]["sentences"][1]["text"] = payload
    data["translations"]["ru"]["model"] = payload
    data["translations"]["hu"]["sentences"][1]["flags"] = [payload]
    data["signature"] = payload
    html = render_document(Document.from_dict(data))
    parsed = parse(html)
    assert {t for t, _ in parsed.tags} <= {"div", "span", "mark", "button"}
    for _tag, attrs in parsed.tags:
        assert not any(name.startswith("on") or name == "href" for name, _ in attrs)
    assert payload in "".join(parsed.text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_any_text_comes_back_as_text(text: str) -> None:
    rendered = render_message(text)
    parsed = parse(rendered)
    assert [t for t, _ in parsed.tags] == ["div"]
    assert "".join(parsed.text) == text


def test_progress_has_a_bar_per_language() -> None:
    html = render_progress({"uk": (3, 10), "hu": (0, 10)}, ["uk", "ru", "hu"], done=["ru"])
    labels = [text for text in parse(html).text if "sentences" in text or text in ("done", "waiting")]
    assert labels == ["3 / 10 sentences", "done", "0 / 10 sentences"]
    assert 'style="width:30%"' in html and 'style="width:100%"' in html


def test_every_cell_says_its_language_and_rows_are_a_table() -> None:
    html = render_document(hand_made_document())
    tags = parse(html).tags
    cells = [dict(a) for t, a in tags if dict(a).get("role") == "cell"]
    assert cells and all(cell.get("lang") in ("en", "uk", "ru", "hu") for cell in cells)
    assert [c["lang"] for c in cells[:4]] == ["en", "uk", "ru", "hu"]
    assert sum(1 for _, a in tags if dict(a).get("role") == "table") == 1
    rows = [dict(a) for t, a in tags if dict(a).get("data-row") is not None]
    assert all(row["role"] == "row" and row["tabindex"] == "0" for row in rows)  # reachable by keyboard
    marks = [dict(a) for t, a in tags if t == "mark"]
    assert all(m["tabindex"] == "0" and m["role"] == "button" and m["aria-pressed"] == "false" for m in marks)


def test_omissions_and_additions_are_written_out() -> None:
    document = hand_made_document()
    hu = document.translations["hu"]
    # hu leaves "They talked." out: its link for sentence 1 points nowhere.
    hu = replace(hu, links=(hu.links[0], replace(hu.links[1], target=()), hu.links[2], hu.links[3]))
    html = render_document(replace(document, translations={**document.translations, "hu": hu}))
    assert '<span class="gap">not in this version: <span class="quote" lang="en">“They talked.”</span></span>' in html
    assert '<span class="sent" data-sid="2">Extra.</span><span class="only">only in this version</span>' in html
    assert 'data-row="0" data-marked="1"' in html and 'data-row="1" data-marked' not in html
    assert "Only rows with flags, omissions or additions (1)" in html


def test_a_bidi_override_is_shown_and_cannot_reorder_the_cell() -> None:
    data = hand_made()
    data["translations"]["hu"]["sentences"][3]["text"] = "Ára \u202e100\u202c forint."
    html = render_document(Document.from_dict(data))
    assert "\u202e" not in html
    assert 'Ára <span class="ctl" title="U+202E RIGHT-TO-LEFT OVERRIDE">U+202E</span>100' in html


def test_columns_can_be_copied_moved_and_hidden_and_a_phone_reads_one_at_a_time() -> None:
    html = render_document(hand_made_document())
    for act in ("copy-col", "left", "right", "hide"):
        assert html.count(f'data-act="{act}"') == 4
    assert 'aria-label="Hide the Ukrainian column"' in html
    assert html.count('data-act="copy-cell"') == 2 * 4
    assert [dict(a).get("data-col") for t, a in parse(html).tags if dict(a).get("data-act") == "show"] == ["1", "2", "3", "-1"]


def _pivoted(document: Document, key: str) -> Document:
    """``document`` with ``key`` made through English: every sentence flagged ``pivoted``, as the pipeline does."""
    from translate.types import PIVOTED

    translation = document.translations[key]
    sentences = tuple(replace(s, flags=(*s.flags, PIVOTED)) for s in translation.sentences)
    return replace(document, translations={**document.translations, key: replace(translation, sentences=sentences, pivot="en")})


def test_a_pivoted_column_says_so_once_and_its_rows_are_not_marked_for_it() -> None:
    document = _pivoted(hand_made_document(), "hu")
    html = render_document(document)
    notes = [dict(a) for t, a in parse(html).tags if t == "span" and dict(a).get("class") == "pivot"]
    assert len(notes) == 1 and "translated through English</span>" in html
    assert 'data-flag="pivoted"' not in html
    assert html.count('data-marked="1"') == render_document(hand_made_document()).count('data-marked="1"')
