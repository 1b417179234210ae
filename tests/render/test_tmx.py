"""TMX 1.4b: golden file, valid XML for any text, both versions of one language kept."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from hypothesis import given, settings
from hypothesis import strategies as st
from support.documents import fixed_document
from support.golden import assert_golden

from translate.render.escaping import xml_safe
from translate.render.tmx import to_tmx
from translate.types import Document, Link, Sentence, TargetSentence, Translation


def test_golden() -> None:
    assert_golden("document.tmx", to_tmx(fixed_document()))


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
    assert len(root.findall("./body/tu")) == 1


def test_forbidden_characters_leave_valid_xml() -> None:
    sentence = Sentence(0, "a\x00\x1f<b>", 0, 6, 0)
    ET.fromstring(to_tmx(Document("\x00en", sentence.text, (sentence,), {}, "")))


def test_independent_coverage_is_no_translation_memory() -> None:
    # A translation memory pairs translations; an outlet's own report of the story is not one, and its
    # sentences that report nothing in the English would make units without English.
    from support.coverage_documents import coverage_document

    document = coverage_document()
    root = ET.fromstring(to_tmx(document))
    coverage = [key for key, t in document.translations.items() if t.relation == "coverage"]
    assert coverage and all(key in root.find("header/note").text for key in coverage)
    units = root.findall("body/tu")
    assert units and all(tu.find("tuv").get("{http://www.w3.org/XML/1998/namespace}lang") == "en" for tu in units)
    keys = {prop.text for prop in root.iter("prop") if prop.get("type") == "x-key"}
    assert keys and not keys & set(coverage)
    assert ET.fromstring(to_tmx(fixed_document())).find("header/note") is None
