"""Exports: golden files for JSON, HTML, TMX and Markdown; escaping; XML-safe control characters.

Regenerate the golden files deliberately with ``UPDATE_GOLDEN=1 pytest tests/test_export.py``.
"""

from __future__ import annotations

import json
import os
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from translate.errors import OutputError, UsageError
from translate.export import (
    _md,
    alignment_groups,
    render,
    to_html,
    to_json,
    to_markdown,
    to_text,
    to_tmx,
    write_outputs,
    xml_safe,
)
from translate.types import (
    ENTITY_MISSING,
    NUMBER_MISMATCH,
    Document,
    Entity,
    Link,
    Mention,
    Sentence,
    TargetSentence,
    Translation,
)

GOLDEN = Path(__file__).parent / "golden"


def fixed_document() -> Document:
    """Hand-made: a 2-1 merge and a 0-1 in the provided uk, a 1-2 split in uk-mt, a 1-0 in hu."""
    source = "Trump met Putin in Budapest. They talked. Prices rose 5% | A&B said \"no\". Zelensky was absent."
    sentences = (
        Sentence(0, "Trump met Putin in Budapest.", 0, 28, 0),
        Sentence(1, "They talked.", 29, 41, 0),
        Sentence(2, 'Prices rose 5% | A&B said "no".', 42, 73, 0),
        Sentence(3, "Zelensky was absent.", 74, 94, 0),
    )
    uk = Translation(
        "uk",
        "Трамп зустрівся з Путіним у Будапешті й поговорив. Ціни зросли на 5% | A&B сказали «ні». Зеленського не було. Так.",
        (
            TargetSentence(0, "Трамп зустрівся з Путіним у Будапешті й поговорив."),
            TargetSentence(1, "Ціни зросли на 5% | A&B сказали «ні»."),
            TargetSentence(2, "Зеленського не було."),
            TargetSentence(3, "Так."),
        ),
        (Link((0, 1), (0,)), Link((2,), (1,)), Link((3,), (2,)), Link((), (3,))),
        origin="provided",
        alignment_mode="lengths+anchors",
    )
    uk_mt = Translation(
        "uk-mt",
        "Трамп зустрів Путіна. У Будапешті. Вони говорили. Ціни зросли | A&B. Зеленський був відсутній.",
        (
            TargetSentence(0, "Трамп зустрів Путіна."),
            TargetSentence(1, "У Будапешті."),
            TargetSentence(2, "Вони говорили."),
            TargetSentence(3, "Ціни зросли | A&B.", (NUMBER_MISMATCH,)),
            TargetSentence(4, "Зеленський був відсутній."),
        ),
        (Link((0,), (0, 1)), Link((1,), (2,)), Link((2,), (3,)), Link((3,), (4,))),
        model="tiny/en-zle",
        revision="abc123",
        engine="transformers",
        origin="machine",
    )
    hu = Translation(
        "hu",
        "Trump Budapesten találkozott Putyinnal. Beszéltek. Az árak 5%-kal nőttek.",
        (
            TargetSentence(0, "Trump Budapesten találkozott Putyinnal."),
            TargetSentence(1, "Beszéltek."),
            TargetSentence(2, "Az árak 5%-kal nőttek."),
        ),
        (Link((0,), (0,)), Link((1,), (1,)), Link((2,), (2,)), Link((3,), ())),
        origin="provided",
        alignment_mode="lengths+anchors",
    )
    entities = (
        Entity("E1", "PER", "Trump", {"en": (Mention(0, 0, 5),), "uk": (Mention(0, 0, 5),), "uk-mt": (Mention(0, 0, 5),), "hu": (Mention(0, 0, 5),)}),
        Entity("E2", "PER", "Putin", {"en": (Mention(0, 10, 15),), "uk": (Mention(0, 18, 25),), "uk-mt": (Mention(0, 14, 20),), "hu": (Mention(0, 29, 38),)}),
        Entity("E3", "LOC", "Budapest", {"en": (Mention(0, 19, 27),), "uk": (Mention(0, 28, 37),), "uk-mt": (Mention(1, 2, 11),), "hu": (Mention(0, 6, 16),)}),
        Entity("E4", "PER", "Zelensky", {"en": (Mention(3, 0, 8),), "uk": (Mention(2, 0, 11),), "uk-mt": (Mention(4, 0, 10),)}),
    )
    translations = {"uk": uk, "uk-mt": uk_mt, "hu": hu}
    return Document("en", source, sentences, translations, "compare|uk=provided|hu=provided|version=0.1.0", entities)


def test_fixed_document_mentions_are_consistent() -> None:
    doc = fixed_document()
    assert doc.translations["uk"].sentences[0].text[18:25] == "Путіним"
    assert doc.translations["hu"].sentences[0].text[29:38] == "Putyinnal"
    for e in doc.entities:
        for lang, mentions in e.mentions.items():
            sents = doc.sentences if lang == "en" else doc.translations[lang].sentences
            for m in mentions:
                assert 0 <= m.start < m.end <= len(sents[m.sentence].text)


@pytest.mark.parametrize(("name", "render_fn"), [("document.json", to_json), ("document.html", to_html), ("document.tmx", to_tmx), ("document.md", to_markdown)])
def test_golden(name: str, render_fn) -> None:  # type: ignore[no-untyped-def]
    rendered = render_fn(fixed_document())
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(rendered, encoding="utf-8")
    assert path.is_file(), f"{path} is missing; run UPDATE_GOLDEN=1 pytest tests/test_export.py"
    assert rendered == path.read_text(encoding="utf-8")


def test_json_round_trips_with_variant_keys() -> None:
    doc = fixed_document()
    again = Document.from_dict(json.loads(to_json(doc)))
    assert to_json(again) == to_json(doc)
    assert again.translations["uk-mt"].origin == "machine"


def test_alignment_groups_keep_merges_and_splits_in_one_row() -> None:
    groups = alignment_groups(fixed_document())
    assert [g.source for g in groups] == [(0, 1), (2,), (3,)]
    assert [g.targets["uk"] for g in groups] == [(0,), (1,), (2, 3)]
    assert [g.targets["uk-mt"] for g in groups] == [(0, 1, 2), (3,), (4,)]
    assert [g.targets["hu"] for g in groups] == [(0, 1), (2,), ()]


def test_tmx_is_valid_and_keeps_both_ukrainian_versions() -> None:
    root = ET.fromstring(to_tmx(fixed_document()))
    assert root.get("version") == "1.4"
    units = root.findall("./body/tu")
    assert len(units) == 3
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    assert [tuv.get(lang) for tuv in units[0].findall("tuv")] == ["en", "uk", "uk", "hu"]
    keys = [p.text for p in units[0].iter("prop") if p.get("type") == "x-key"]
    assert keys == ["uk", "uk-mt", "hu"]
    assert [tuv.get(lang) for tuv in units[2].findall("tuv")] == ["en", "uk", "uk"]  # hu has nothing there
    assert units[0].find("tuv/seg").text == "Trump met Putin in Budapest. They talked."  # type: ignore[union-attr]


def test_markdown_escapes_pipes_and_markup() -> None:
    md = to_markdown(fixed_document())
    table = [line for line in md.splitlines() if line.startswith("|")]
    assert len(table) == 2 + 3
    for line in table:
        assert len(re.findall(r"(?<!\\)\|", line)) == 5  # 4 columns: only the column separators are bare
    assert r"5% \| A\&B said" in md
    assert "&amp;" not in md


def test_markdown_neutralises_inline_markup() -> None:
    cell = _md("Use `a & b` or *bold* | x\n_under_ [link](u) <b>#1!</b> \\")
    assert cell == r"Use \`a \& b\` or \*bold\* \| x \_under\_ \[link\](u) \<b\>\#1\!\</b\> \\"
    assert "&amp;" not in cell and "<br>" not in cell
    # Every Markdown special character is preceded by an odd number of backslashes: none is live.
    for match in re.finditer(r"(\\*)([`*_\[\]<>&#!|])", cell):
        assert len(match.group(1)) % 2 == 1, (cell, match.start())
    md = to_markdown(Document("en", "Use `a & b` or *bold* | x", (Sentence(0, "Use `a & b` or *bold* | x", 0, 25, 0),), {}, ""))
    row = md.splitlines()[2]
    assert row == r"| Use \`a \& b\` or \*bold\* \| x |"
    assert len(re.findall(r"(?<!\\)\|", row)) == 2  # one column: only its two borders are bare


def test_text_export_names_variant_keys() -> None:
    text = to_text(fixed_document())
    assert "=== Ukrainian (uk-mt) · tiny/en-zle ===" in text
    assert "=== Ukrainian (uk) · provided ===" in text


def test_render_rejects_unknown_format() -> None:
    with pytest.raises(UsageError, match=r"^format 'pdf' is not known; choose one of: text, side, json, html, tmx, md$"):
        render(fixed_document(), "pdf")


def test_write_outputs_writes_extra_formats(tmp_path: Path) -> None:
    written = write_outputs(fixed_document(), tmp_path / "out", "article", ("html", "tmx", "md"))
    assert sorted(p.name for p in written) == sorted(
        ["article.uk.txt", "article.uk-mt.txt", "article.hu.txt", "article.json", "article.html", "article.tmx", "article.md"]
    )
    (tmp_path / "file").write_text("x")
    with pytest.raises(OutputError, match=r"^-o .*file is a file; give a folder for the outputs$"):
        write_outputs(fixed_document(), tmp_path / "file", "article")


# ---- escaping -----------------------------------------------------------------------------------

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


ALLOWED_TAGS = {"html", "head", "meta", "title", "style", "body", "h1", "div", "strong", "span", "mark", "small", "table", "thead", "tbody", "tr", "th", "td", "p"}


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


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=80))
def test_tmx_is_valid_xml_for_any_text(text: str) -> None:
    source = "Hello " + text
    doc = Document(
        "en",
        source,
        (Sentence(0, source, 0, len(source), 0),),
        {"uk": Translation("uk", text, (TargetSentence(0, text),), (Link((0,), (0,)),))},
        "",
    )
    root = ET.fromstring(to_tmx(doc).encode("utf-8"))
    segs = [seg.text or "" for seg in root.iter("seg")]
    # XML parsers normalise every line end (\r\n, lone \r) to \n
    assert segs[0] in (xml_safe(source).replace("\r\n", "\n").replace("\r", "\n"), xml_safe(source))
    expected_units = 1
    assert len(root.findall("./body/tu")) == expected_units


def test_xml_safe_drops_only_forbidden_characters() -> None:
    assert xml_safe("a\x00b\x01c\x0b\x0cd\te\nf\rg\ud800h\ufffei\U0001f600") == "abcd\te\nf\rghi\U0001f600"
    doc = xss_document("\x00\x1f<b>")
    ET.fromstring(to_tmx(doc))
    assert "\x00" not in to_html(doc)
