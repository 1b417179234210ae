"""Source entities: glossary names and model spans, surnames joined to full names, offsets kept."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from support.entity_documents import make_document, surfaces

from translate.entities import GlossaryEntry, find_entities, source_entities
from translate.entities.sources import nationality_mentions
from translate.text.segmentation import split_sentences
from translate.types import Document

text_piece = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30)


@settings(max_examples=40, deadline=None)
@given(text_piece, text_piece)
def test_source_mentions_match_the_glossary_text(before: str, after: str) -> None:
    en = f"{before} Budapest {after}".strip() or "Budapest"
    sentences = tuple(split_sentences(en, "en")) if en.strip() else ()
    doc = Document("en", en, sentences, {}, "")
    result = find_entities(doc, ner=None, glossary=[GlossaryEntry("Budapest", "LOC")])
    for entity in result.entities:
        for m in entity.mentions["en"]:
            assert result.sentences[m.sentence].text[m.start : m.end].casefold() == "budapest"


def test_lower_case_words_are_not_names() -> None:
    doc = find_entities(make_document("The ukraine question."), ner=None, glossary=[GlossaryEntry("Ukraine", "LOC")])
    assert doc.entities == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "In Straße, Zelensky met Kyiv officials.",  # casefold makes "ß" two characters
        "Cafe\u0301 owners met Kyiv officials.",  # NFC makes "e" + combining acute one character
        "STRASSE and Straße: KYIV, then Kyiv\u2019s mayor.",
    ],
)
def test_length_changing_characters_do_not_hide_or_shift_glossary_names(sentence: str) -> None:
    glossary = [GlossaryEntry("Kyiv", "LOC", {"uk": ("Київ",)}), GlossaryEntry("Volodymyr Zelensky", "PER")]
    entities = source_entities([sentence], glossary, [[]])
    kyiv = next(e for e in entities if e.text == "Kyiv")
    assert kyiv.mentions and all(sentence[a:b].casefold() == "kyiv" for _, a, b in kyiv.mentions)
    assert len(kyiv.mentions) == sentence.casefold().count("kyiv")
    for entity in entities:
        for _, a, b in entity.mentions:
            assert sentence[a:b].casefold() in ("kyiv", "zelensky")
    # Through the public path too, with offsets into the original sentence.
    doc = find_entities(make_document(sentence, {"uk": "Зеленський зустрів київських посадовців у Києві."}), ner=None, glossary=glossary)
    assert surfaces(doc, "Kyiv", "en")[0].casefold() == "kyiv"


def test_glossary_names_match_across_a_line_break() -> None:
    sentence = "Volodymyr\nZelensky spoke."
    entities = source_entities([sentence], [GlossaryEntry("Volodymyr Zelensky", "PER")], [[]])
    assert [(e.text, e.mentions) for e in entities] == [("Volodymyr Zelensky", [(0, 0, 18)])]


@pytest.mark.parametrize(
    ("sentences", "found"),
    [
        (["Trump spoke.", "Donald Trump left."], [[(0, 5, "PER")], [(0, 12, "PER")]]),
        (["Donald Trump left.", "Trump spoke."], [[(0, 12, "PER")], [(0, 5, "PER")]]),
        (["Trump met Donald Trump."], [[(0, 5, "PER"), (10, 22, "PER")]]),
    ],
)
def test_model_surname_joins_its_full_name_in_either_order(
    sentences: list[str], found: list[list[tuple[int, int, str]]]
) -> None:
    entities = source_entities(sentences, [], found)
    assert [e.text for e in entities] == ["Donald Trump"]
    mentions = entities[0].mentions
    assert mentions == sorted(mentions) and len(mentions) == 2
    assert {sentences[s][a:b] for s, a, b in mentions} == {"Trump", "Donald Trump"}


def test_merged_surnames_keep_ids_in_order_of_first_appearance() -> None:
    sentences = ["Putin and Trump spoke.", "Donald Trump and Vladimir Putin left."]
    found = [[(0, 5, "PER"), (10, 15, "PER")], [(0, 12, "PER"), (17, 31, "PER")]]
    entities = source_entities(sentences, [], found)
    assert [e.text for e in entities] == ["Vladimir Putin", "Donald Trump"]
    assert [e.mentions for e in entities] == [[(0, 0, 5), (1, 17, 31)], [(0, 10, 15), (1, 0, 12)]]
    # A lone name that is nobody's surname stays its own entity, and other labels are never merged.
    entities = source_entities(["Biden spoke.", "Trump Tower rose."], [], [[(0, 5, "PER")], [(0, 11, "ORG")]])
    assert [e.text for e in entities] == ["Biden", "Trump Tower"]


def test_nationality_words_point_at_country_entities() -> None:
    sentences = ["Ukrainian President Volodymyr Zelensky spoke.", "Ukraine waited."]
    entities = source_entities(sentences, [GlossaryEntry("Volodymyr Zelensky", "PER"), GlossaryEntry("Ukraine", "LOC")], [[], []])
    ukraine = next(i for i, e in enumerate(entities) if e.text == "Ukraine")
    assert nationality_mentions(sentences, entities) == {0: {ukraine}}


def test_a_place_or_body_is_found_by_its_english_short_forms_in_capitals_only() -> None:
    en = "The U.S. and the EU agreed. Us? The United States said the European Union is slow."
    glossary = [GlossaryEntry("United States", "LOC"), GlossaryEntry("European Union", "ORG")]
    doc = find_entities(make_document(en, {}), ner=None, glossary=glossary)
    assert surfaces(doc, "United States", "en") == ["U.S.", "United States"]  # never "Us"; with its last dot
    assert surfaces(doc, "European Union", "en") == ["EU", "European Union"]


def test_bodies_with_translated_names_are_found_in_every_language() -> None:
    en = "The European Council met. The EU and the White House spoke."
    targets = {
        "uk": "Європейська рада зібралася. Євросоюз і Білий дім говорили.",
        "ru": "Евросовет собрался. Евросоюз и Белый дом говорили.",
        "hu": "Az Európai Tanács ülésezett. Az EU és a Fehér Ház beszélt.",
    }
    glossary = [GlossaryEntry("European Council", "ORG"), GlossaryEntry("EU", "ORG"), GlossaryEntry("White House", "ORG")]
    doc = find_entities(make_document(en, targets), ner=None, glossary=glossary)
    assert surfaces(doc, "European Council", "uk") == ["Європейська рада"]
    assert surfaces(doc, "European Council", "ru") == ["Евросовет"]
    assert surfaces(doc, "European Council", "hu") == ["Európai Tanács"]
    assert [surfaces(doc, "EU", lang) for lang in ("uk", "ru", "hu")] == [["Євросоюз"], ["Евросоюз"], ["EU"]]
    assert surfaces(doc, "White House", "ru") == ["Белый дом"]


def test_an_acronym_is_found_in_another_script_and_a_short_form_of_a_country() -> None:
    en = "The FSB said Russia's Investigative Committee opened a case. Islamic State claimed it."
    targets = {
        "uk": "ФСБ заявила, що Слідчий комітет РФ порушив справу. Відповідальність взяла «Ісламська держава».",
        "ru": "В ФСБ сообщили, что Следственный комитет возбудил дело. Ответственность взяло Исламское государство.",
        "hu": "Az FSZB szerint a Nyomozó Bizottság eljárást indított. Az Iszlám Állam vállalta.",
    }
    glossary = [GlossaryEntry("FSB", "ORG"), GlossaryEntry("Russia", "LOC"), GlossaryEntry("Investigative Committee", "ORG"),
                GlossaryEntry("Islamic State", "ORG")]
    doc = find_entities(make_document(en, targets), ner=None, glossary=glossary)
    assert [surfaces(doc, "FSB", lang) for lang in ("uk", "ru", "hu")] == [["ФСБ"], ["ФСБ"], ["FSZB"]]
    assert surfaces(doc, "Russia", "uk") == ["РФ"]
    assert surfaces(doc, "Investigative Committee", "uk") == ["Слідчий комітет"]
    assert surfaces(doc, "Investigative Committee", "hu") == ["Nyomozó Bizottság"]
    assert surfaces(doc, "Islamic State", "ru") == ["Исламское государство"]
    assert surfaces(doc, "Islamic State", "hu") == ["Iszlám Állam"]


def test_a_first_name_alone_is_someone_else() -> None:
    targets = {"ru": "Глава администрации Владимир Леонтьев заявил, что Зеленский ответил."}
    doc = find_entities(make_document("President Volodymyr Zelenskiy spoke.", targets), ner=None,
                        glossary=[GlossaryEntry("Volodymyr Zelenskiy", "PER")])
    assert surfaces(doc, "Volodymyr Zelenskiy", "ru") == ["Зеленский"]


def test_a_glossary_name_in_another_spelling_of_its_letters_is_found_but_not_a_near_name() -> None:
    glossary = [GlossaryEntry("Volodymyr Zelensky", "PER"), GlossaryEntry("Viktor Orbán", "PER")]
    english = "Volodymyr Zelenskiy met Orbàn. Zelenskyy thanked him; Olena Zelenska stayed in Kyiv."
    sources = source_entities([english], glossary, [[]])
    found = {e.text: [english[a:b] for _s, a, b in e.mentions] for e in sources}
    assert found == {"Volodymyr Zelensky": ["Volodymyr Zelenskiy", "Zelenskyy"], "Viktor Orbán": ["Orbàn"]}


def test_a_dotted_short_form_is_marked_with_its_last_dot() -> None:
    english = "U.S. President Donald Trump met the U.S. envoy in the U.S."
    (united_states,) = source_entities([english], [GlossaryEntry("United States", "LOC")], [[]])
    assert [english[a:b] for _s, a, b in united_states.mentions] == ["U.S.", "U.S.", "U.S."]
