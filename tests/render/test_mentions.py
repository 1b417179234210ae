"""Entity mentions: one index, one highlighter, one palette for the page and the HTML export."""

from __future__ import annotations

from support.documents import fixed_document

from translate.render.mentions import PALETTE, entity_colour, highlight, mention_index
from translate.types import Document, Entity, Mention, Sentence


def _bracket(number: int, inner: str) -> str:
    return f"[{number}:{inner}]"


def test_the_index_holds_each_sentence_s_spans_in_order() -> None:
    index = mention_index(fixed_document())
    assert index[("en", 0)] == [(0, 5, 0), (10, 15, 1), (19, 27, 2)]
    assert index[("uk-mt", 1)] == [(2, 11, 2)]
    assert ("hu", 3) not in index


def test_an_overlapping_mention_is_dropped() -> None:
    sentence = Sentence(0, "Donald Trump spoke.", 0, 19, 0)
    entities = (
        Entity("E1", "PER", "Donald Trump", {"en": (Mention(0, 0, 12),)}),
        Entity("E2", "PER", "Trump", {"en": (Mention(0, 7, 12),)}),
    )
    index = mention_index(Document("en", sentence.text, (sentence,), {}, "", entities))
    assert index == {("en", 0): [(0, 12, 0)]}


def test_highlight_escapes_and_marks() -> None:
    assert highlight("A<b> & Trump", [(7, 12, 3)], _bracket) == "A&lt;b&gt; &amp; [3:Trump]"


def test_offsets_that_do_not_fit_are_ignored_not_clipped() -> None:
    # The page used to clip a span running past the sentence (marking "Trump" for (6, 99)); the
    # one highlighter ignores it, as the static export always did.
    assert highlight("Hello Trump", [(6, 99, 0)], _bracket) == "Hello Trump"
    assert highlight("Hello Trump", [(-1, 3, 0), (4, 4, 1), (6, 11, 2)], _bracket) == "Hello [2:Trump]"


def test_every_entity_gets_its_own_colour() -> None:
    colours = [entity_colour(i) for i in range(40)]
    assert colours[: len(PALETTE)] == list(PALETTE)
    assert len(set(colours)) == 40


def test_fixed_document_mentions_are_consistent() -> None:
    doc = fixed_document()
    assert doc.translations["uk"].sentences[0].text[18:25] == "Путіним"
    assert doc.translations["hu"].sentences[0].text[29:38] == "Putyinnal"
    for e in doc.entities:
        for lang, mentions in e.mentions.items():
            sents = doc.sentences if lang == "en" else doc.translations[lang].sentences
            for m in mentions:
                assert 0 <= m.start < m.end <= len(sents[m.sentence].text)
