"""The static HTML export: golden file, escaping of every string, no scripts or external resources."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from support.documents import fixed_document
from support.golden import assert_golden

from translate.render.html import to_html
from translate.render.mentions import entity_colour
from translate.types import (
    ENTITY_MISSING,
    Document,
    Entity,
    Link,
    Mention,
    Sentence,
    TargetSentence,
    Translation,
)


def test_golden() -> None:
    assert_golden("document.html", to_html(fixed_document()))


PAYLOADS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "' onmouseover='alert(1)",
    "<svg/onload=alert(1)>",
    "</td></tr><script>x</script>",
]


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.bad_attributes: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.bad_attributes += [name for name, _ in attrs if name.startswith("on") or name in ("src", "href")]


ALLOWED_TAGS = {"html", "head", "meta", "title", "style", "body", "h1", "div", "strong", "span", "mark", "small", "table", "thead", "tbody", "tr", "th", "td", "p", "bdi", "dl", "dt", "dd"}


def assert_safe_html(page: str) -> None:
    assert "<script" not in page.lower()
    assert not re.search(r"\son\w+\s*=", page, re.IGNORECASE)  # not even as text
    parser = _Tags()
    parser.feed(page)
    assert set(parser.tags) <= ALLOWED_TAGS
    assert parser.bad_attributes == []


def xss_document(payload: str) -> Document:
    source = f"Trump said {payload} today."
    sentence = Sentence(0, source, 0, len(source), 0)
    target = f"Трамп сказав {payload} сьогодні."
    translation = Translation(
        payload,  # even the language key is untrusted when a document comes from JSON
        target,
        (TargetSentence(0, target, (payload, ENTITY_MISSING)),),
        (Link((0,), (0,)),),
        model=payload,
        origin=payload,
        alignment_mode=payload,
    )
    entity = Entity(payload, payload, payload, {"en": (Mention(0, 0, 5), Mention(0, 11, 11 + len(payload))), payload: (Mention(0, 0, 5),)})
    return Document(payload, source, (sentence,), {payload: translation}, payload, (entity,))


@pytest.mark.parametrize("payload", PAYLOADS)
def test_html_escapes_every_user_and_model_string(payload: str) -> None:
    page = to_html(xss_document(payload))
    assert_safe_html(page)
    assert not re.search(r"(src|href|url)\s*[=(]", page)  # no external resources


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=60), st.text(max_size=60))
def test_html_escaping_property(source_text: str, target_text: str) -> None:
    source_text = source_text or "x"
    doc = Document(
        "en",
        source_text,
        (Sentence(0, source_text, 0, len(source_text), 0),),
        {"uk": Translation("uk", target_text, (TargetSentence(0, target_text, ("repetition",)),), (Link((0,), (0,)),))},
        target_text,
        (Entity("E1", "PER", target_text, {"en": (Mention(0, 0, len(source_text)),)}),),
    )
    assert_safe_html(to_html(doc))


def test_forbidden_characters_are_dropped() -> None:
    assert "\x00" not in to_html(xss_document("\x00\x1f<b>"))


def test_more_entities_than_the_palette_get_colours_of_their_own() -> None:
    # The export used to cycle 16 colours (entity 17 looked like entity 1); it now colours each
    # entity as the page does.
    sentence = Sentence(0, "x" * 40, 0, 40, 0)
    entities = tuple(Entity(f"E{i}", "PER", "x", {"en": (Mention(0, 2 * i, 2 * i + 1),)}) for i in range(20))
    page = to_html(Document("en", sentence.text, (sentence,), {}, "", entities))
    assert f"mark.e17,.legend .e17{{background:{entity_colour(17)}}}" in page
    assert '<mark class="e17" data-entity="E17"' in page
    assert entity_colour(17) != entity_colour(1)


def test_the_export_reads_like_the_page() -> None:
    page = to_html(fixed_document())
    assert "@media (prefers-color-scheme:dark)" in page and ":root{color-scheme:light dark}" in page
    assert "th{background:#f0f3f6;position:sticky;top:0" in page  # the header stays on screen
    assert "<p><bdi>They talked.</bdi></p>" in page  # every sentence isolated
    assert '<span class="flag" title="A number in the source sentence does not appear in the translation.">number</span>' in page
    assert '<p class="gap">not in this version: <bdi lang="en">“Zelensky was absent.”</bdi></p>' in page
    assert '<bdi>Так.</bdi><span class="only">only in this version</span>' in page
    assert "<dd><strong>number</strong>: A number in the source sentence" in page  # readable without a mouse
    assert page.index('data-name="Ukrainian (uk)"') < page.index('data-name="Ukrainian (uk-mt)"') < page.index('data-name="Hungarian (hu)"')


def test_invisible_controls_are_shown_in_the_export() -> None:
    sentence = Sentence(0, "Price \u202e100\u202c.", 0, 12, 0)
    page = to_html(Document("en", sentence.text, (sentence,), {}, ""))
    assert "\u202e" not in page and '<span class="ctl" title="U+202E RIGHT-TO-LEFT OVERRIDE">U+202E</span>100' in page


def test_a_pivoted_version_is_marked_in_its_header_and_its_flag_explained_once() -> None:
    from dataclasses import replace

    from support.documents import hand_made_document

    from translate.render import to_html
    from translate.types import PIVOTED

    document = hand_made_document()
    hu = document.translations["hu"]
    sentences = tuple(replace(s, flags=(PIVOTED,)) for s in hu.sentences)
    document = replace(document, translations={**document.translations, "hu": replace(hu, sentences=sentences, pivot="en")})
    html = to_html(document)
    assert "· translated through English</div></th>" in html
    assert html.count('<span class="flag"') == to_html(hand_made_document()).count('<span class="flag"')
    assert "<dd><strong>pivoted</strong>:" in html


def test_a_comparisons_table_numbers_its_sentences_as_the_report_does() -> None:
    from support.coverage_documents import coverage_document

    html = to_html(coverage_document())
    assert '<p><span class="sid">[1]</span> <bdi>' in html and '<span class="sid">[3]</span>' in html
    assert 'class="sid"' not in to_html(fixed_document())  # a translation's rows need no numbers
