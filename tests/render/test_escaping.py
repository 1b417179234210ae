"""Text safety: HTML escaping, the characters XML forbids, Markdown cells."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from support.markup import parse

from translate.render.escaping import control_name, escape_html, escape_markdown, escape_visible, xml_safe


def test_xml_safe_drops_only_forbidden_characters() -> None:
    assert xml_safe("a\x00b\x01c\x0b\x0cd\te\nf\rg\ud800h\ufffei\U0001f600") == "abcd\te\nf\rghi\U0001f600"


def test_html_escaping_covers_quotes_and_equals() -> None:
    assert escape_html('"><img src=x onerror=alert(1)>') == "&quot;&gt;&lt;img src&#61;x onerror&#61;alert(1)&gt;"
    assert escape_html("it's") == "it&#x27;s"
    assert escape_html("a\x00b") == "ab"
    assert escape_html("a\x00b", keep_forbidden=True) == "a\x00b"


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=80))
def test_escaped_text_reads_back_as_the_xml_safe_text(text: str) -> None:
    parsed = parse(f'<span title="{escape_html(text)}">{escape_html(text)}</span>')
    assert [tag for tag, _ in parsed.tags] == ["span"]
    assert dict(parsed.tags[0][1])["title"] == xml_safe(text)
    assert "".join(parsed.text) == xml_safe(text)


def test_markdown_neutralises_inline_markup() -> None:
    cell = escape_markdown("Use `a & b` or *bold* | x\n_under_ [link](u) <b>#1!</b> \\")
    assert cell == r"Use \`a \& b\` or \*bold\* \| x \_under\_ \[link\](u) \<b\>\#1\!\</b\> \\"
    assert "&amp;" not in cell and "<br>" not in cell
    # Every Markdown special character is preceded by an odd number of backslashes: none is live.
    for match in re.finditer(r"(\\*)([`*_\[\]<>&#!|])", cell):
        assert len(match.group(1)) % 2 == 1, (cell, match.start())


def test_invisible_controls_are_shown_in_reading_views() -> None:
    shown = escape_visible("Price \u202e100\u202c, \u200bok")
    assert shown == (
        'Price <span class="ctl" title="U+202E RIGHT-TO-LEFT OVERRIDE">U+202E</span>100'
        '<span class="ctl" title="U+202C POP DIRECTIONAL FORMATTING">U+202C</span>, '
        '<span class="ctl" title="U+200B ZERO WIDTH SPACE">U+200B</span>ok'
    )
    assert "\u202e" not in shown
    assert escape_visible("👨\u200d👩 \u200cx") == "👨\u200d👩 \u200cx"  # joiners belong to scripts and emoji
    assert control_name("\x85") == "U+0085 NEXT LINE"
