"""Protected spans carried through the model: placeholders, restoration, the piecewise fallback."""

from __future__ import annotations

import re

from support.scripted import ScriptedEngine
from support.translators import flags_of, translator_with

from translate.pipeline import Settings, Translator


def test_url_survives_through_placeholder() -> None:
    engine = ScriptedEngine(
        lambda text, o: "Читайте більше на " + re.search(r"\[\d+\]", text).group() + " сьогодні."
    )
    ((text, _),) = flags_of(translator_with(engine), ["Read more at https://example.com/a?b=1 today."])
    assert text == "Читайте більше на https://example.com/a?b=1 сьогодні."


def test_spans_survive_when_the_model_drops_placeholders() -> None:
    engine = ScriptedEngine(lambda text, o: "Переклад.", unknown="中")
    source = "Trump 🙂 said 中国 at https://x.org/p now"
    ((text, _),) = flags_of(translator_with(engine), [source])
    for span in ("🙂", "中", "https://x.org/p"):
        assert span in text
    assert all(re.search(r"\[\d+\]", t) is None for batch in engine.calls[1:] for t in batch)


def test_a_line_that_is_only_a_url_is_copied_without_flags() -> None:
    engine = ScriptedEngine(lambda t, o: "Читайте звіт тут:")
    out = Translator(Settings(), engines={"uk": engine}).translate_sentences(
        ["Read the full report here:", "https://www.reuters.com/world/europe/trump-putin-2025-10-16/"], "uk"
    )
    assert out[1] == ("https://www.reuters.com/world/europe/trump-putin-2025-10-16/", ())


def test_a_url_inside_a_translation_does_not_make_it_wrong_script() -> None:
    engine = ScriptedEngine(lambda t, o: "Повний звіт читайте тут: " + re.search(r"\[\d+\]", t).group())
    (text, flags), = Translator(Settings(), engines={"uk": engine}).translate_sentences(
        ["Read the full report here: https://www.reuters.com/world/europe/trump-putin-meeting-budapest-2025-10-16/"], "uk"
    )
    assert text.endswith("2025-10-16/") and flags == ()


from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_pieces = st.sampled_from(
    ["Trump", "met", "Putin", "in", "Budapest", "1,600", "3.5", "«quoted»", "🙂", "👍🏽", "https://x.org/a?b=1",
     "mail@example.com", "中", ".", "!", "?", "…", ",", " ", "  ", "\n", "\n\n", "\t", "U.S.", "Mr.", "\u200b", "é"]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_pieces, min_size=1, max_size=40).map(" ".join).filter(str.strip))
def test_identity_engine_gives_back_the_input_exactly(text: str) -> None:
    """Protection, restoration and rebuilding lose nothing: an engine that copies its input reproduces the text."""
    engine = ScriptedEngine(lambda t, o: t, unknown="中")
    doc = Translator(Settings(), engines={"hu": engine}).translate_document(text, "hu")
    assert doc.translations["hu"].text == text


@settings(max_examples=100, deadline=None)
@given(st.lists(_pieces, min_size=1, max_size=40).map(" ".join).filter(str.strip))
def test_protected_spans_survive_a_model_that_loses_placeholders(text: str) -> None:
    engine = ScriptedEngine(lambda t, o: "Szöveg.", unknown="中")
    doc = Translator(Settings(), engines={"hu": engine}).translate_document(text, "hu")
    out = doc.translations["hu"].text
    for span in ("🙂", "👍🏽", "https://x.org/a?b=1", "mail@example.com", "中"):
        assert out.count(span) >= text.count(span) or span not in text
    source_ids = [i for link in doc.translations["hu"].links for i in link.source]
    assert source_ids == list(range(len(doc.sentences)))


def test_mask_and_restore_round_trip() -> None:
    from translate.pipeline.placeholders import mask, restore

    text = "See https://x.org now 🙂."
    spans = [(4, 17), (22, 23)]
    masked = mask(text, spans, "[{n}]")
    assert masked == "See [1] now [2]."
    assert restore("Lásd [1] most [2].", text, spans, "[{n}]") == "Lásd https://x.org most 🙂."


def test_restore_refuses_a_lost_or_doubled_placeholder() -> None:
    from translate.pipeline.placeholders import restore

    assert restore("Lásd most.", "See https://x.org", [(4, 17)], "[{n}]") is None
    assert restore("[1] [1]", "See https://x.org", [(4, 17)], "[{n}]") is None


def test_placeholder_form_is_the_first_the_model_can_encode() -> None:
    from translate.pipeline.placeholders import placeholder_form

    assert placeholder_form(lambda text: set()) == "[{n}]"
    assert placeholder_form(lambda text: set(text) & {"[", "]"}) == "({n})"
    assert placeholder_form(lambda text: set(text)) is None


def test_gaps_and_outside_spans() -> None:
    from translate.pipeline.placeholders import gaps, outside_spans

    assert gaps("abcdef", [(1, 2), (4, 5)]) == [(0, 1), (2, 4), (5, 6)]
    assert outside_spans("Read https://x.org/a 🙂 now") == "Read   now"
