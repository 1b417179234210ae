"""Entities: glossary files, recognition through a tiny real NER model, projection onto translations."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.tiny_ner import build_tiny_ner

from translate.entities import (
    GlossaryEntry,
    _source_entities,
    annotate,
    find_entities,
    load_glossary,
    parse_glossary,
    recognise,
)
from translate.errors import InputError, ModelFormatError, ModelNotAvailableError, UsageError
from translate.text.segmentation import split_sentences
from translate.types import ENTITY_MISSING, Document, Link, Mention, TargetSentence, Translation

EN = (
    "President Donald Trump announced that he plans to meet Vladimir Putin in Budapest. "
    "Ukrainian President Volodymyr Zelensky is scheduled to visit the White House on Friday. "
    "Russia has intensified its attacks in eastern Ukraine and on Kyiv, Trump said."
)
TARGETS = {
    "uk": "Президент Дональд Трамп оголосив, що планує зустрітися з Путіним у Будапешті. "
    "Президент України Володимир Зеленський відвідає Білий дім у п'ятницю. "
    "Росія посилила атаки на сході України та на Київ, сказав Трамп.",
    "ru": "Президент Дональд Трамп объявил, что планирует встретиться с Владимиром Путиным в Будапеште. "
    "Президент Украины Зеленский посетит Белый дом в пятницу. "
    "Россия усилила удары на востоке Украины и по Киеву, сказал Трамп.",
    "hu": "Donald Trump elnök bejelentette, hogy Budapesten találkozik Vlagyimir Putyinnal. "
    "Zelenszkij ukrán elnök pénteken látogat a Fehér Házba. "
    "Oroszország fokozta támadásait Kelet-Ukrajnában és Kijev ellen – mondta Trump.",
}
GLOSSARY = [
    GlossaryEntry("Donald Trump", "PER"),
    GlossaryEntry("Vladimir Putin", "PER"),
    GlossaryEntry("Budapest", "LOC"),
    GlossaryEntry("Volodymyr Zelensky", "PER"),
    GlossaryEntry("White House", "ORG", {"uk": ("Білий дім",), "ru": ("Белый дом",), "hu": ("Fehér Ház",)}),
    GlossaryEntry("Russia", "LOC"),
    GlossaryEntry("Ukraine", "LOC"),
    GlossaryEntry("Kyiv", "LOC"),
]


def make_document(en: str = EN, targets: dict[str, str] | None = None) -> Document:
    targets = TARGETS if targets is None else targets
    sentences = split_sentences(en, "en")
    translations = {}
    for lang, text in targets.items():
        pieces = split_sentences(text, lang)
        translations[lang] = Translation(
            lang,
            text,
            tuple(TargetSentence(s.id, s.text) for s in pieces),
            tuple(Link((i,), (i,)) for i in range(min(len(pieces), len(sentences)))),
        )
    return Document("en", en, tuple(sentences), translations, "test")


def surfaces(document: Document, entity_text: str, lang: str) -> list[str]:
    entity = next(e for e in document.entities if e.text == entity_text)
    sentences = document.sentences if lang == "en" else document.translations[lang].sentences
    return [sentences[m.sentence].text[m.start : m.end] for m in entity.mentions.get(lang, ())]


def check_offsets(document: Document) -> None:
    for entity in document.entities:
        assert re.fullmatch(r"E\d+", entity.id)
        for lang, mentions in entity.mentions.items():
            sentences = document.sentences if lang == document.source_lang else document.translations[lang].sentences
            for m in mentions:
                assert isinstance(m, Mention) and all(isinstance(v, int) for v in (m.sentence, m.start, m.end))
                text = sentences[m.sentence].text
                assert 0 <= m.start < m.end <= len(text)
                piece = text[m.start : m.end]
                assert piece == piece.strip() and piece[0].isalnum() and piece[-1].isalnum() or piece.endswith(".")


# ---- projection ---------------------------------------------------------------------------------


def test_inflected_and_transliterated_forms_are_found_with_one_id_everywhere() -> None:
    doc = find_entities(make_document(), ner=None, glossary=GLOSSARY)
    check_offsets(doc)
    assert [e.id for e in doc.entities] == [f"E{i}" for i in range(1, len(doc.entities) + 1)]
    assert [e.text for e in doc.entities][:4] == ["Donald Trump", "Vladimir Putin", "Budapest", "Volodymyr Zelensky"]
    assert surfaces(doc, "Vladimir Putin", "uk") == ["Путіним"]
    assert surfaces(doc, "Vladimir Putin", "ru") == ["Владимиром Путиным"]
    assert surfaces(doc, "Vladimir Putin", "hu") == ["Vlagyimir Putyinnal"]
    assert surfaces(doc, "Budapest", "hu") == ["Budapesten"]
    assert surfaces(doc, "Budapest", "uk") == ["Будапешті"]
    assert surfaces(doc, "White House", "hu") == ["Fehér Házba"]
    assert surfaces(doc, "White House", "uk") == ["Білий дім"]
    assert surfaces(doc, "Volodymyr Zelensky", "hu") == ["Zelenszkij"]
    assert surfaces(doc, "Ukraine", "hu") == ["Ukrajnában"]  # Kelet- is not part of the name
    assert surfaces(doc, "Kyiv", "ru") == ["Киеву"]
    # "Trump" alone (the surname) is the same entity as "Donald Trump", in every language.
    assert surfaces(doc, "Donald Trump", "en") == ["Donald Trump", "Trump"]
    assert surfaces(doc, "Donald Trump", "uk") == ["Дональд Трамп", "Трамп"]
    assert not any(s.flags for t in doc.translations.values() for s in t.sentences)


def test_cldr_place_names_without_glossary_forms() -> None:
    en = "Hungary and Ukraine signed the deal in Moscow."
    targets = {"uk": "Угорщина та Україна підписали угоду в Москві.", "hu": "Magyarország és Ukrajna Moszkvában írta alá."}
    doc = find_entities(make_document(en, targets), ner=None, glossary=[GlossaryEntry("Hungary", "LOC"), GlossaryEntry("Moscow", "LOC")])
    assert surfaces(doc, "Hungary", "uk") == ["Угорщина"]
    assert surfaces(doc, "Hungary", "hu") == ["Magyarország"]
    assert surfaces(doc, "Moscow", "hu") == ["Moszkvában"]
    assert surfaces(doc, "Moscow", "uk") == ["Москві"]


def test_missing_entity_flags_the_aligned_target_sentence() -> None:
    targets = dict(TARGETS)
    targets["uk"] = TARGETS["uk"].replace("з Путіним ", "")
    doc = find_entities(make_document(targets=targets), ner=None, glossary=GLOSSARY)
    flags = [s.flags for s in doc.translations["uk"].sentences]
    assert ENTITY_MISSING in flags[0]
    assert ENTITY_MISSING not in flags[1]
    assert all(ENTITY_MISSING not in s.flags for s in doc.translations["ru"].sentences)


def test_translate_callable_supplies_forms_for_names_it_translates() -> None:
    en = "The talks took place at the Pentagon."
    targets = {"uk": "Переговори відбулися в Пентагоні."}
    seen: list[tuple[list[str], str]] = []

    def translate(phrases: list[str], lang: str) -> list[str]:
        seen.append((phrases, lang))
        return ["Пентагон" if p == "Pentagon" else p for p in phrases]

    doc = find_entities(make_document(en, targets), ner=None, glossary=[GlossaryEntry("Pentagon", "ORG")], translate=translate)
    assert seen == [(["Pentagon"], "uk")]
    assert surfaces(doc, "Pentagon", "uk") == ["Пентагоні"]


def test_translate_callable_must_answer_one_phrase_per_name() -> None:
    with pytest.raises(UsageError, match=r"^the translate function returned 0 phrases for 1; it must return one per phrase$"):
        find_entities(make_document(), ner=None, glossary=[GlossaryEntry("Budapest", "LOC")], translate=lambda p, lang: [])


def test_provided_and_machine_keys_are_both_projected() -> None:
    doc = make_document()
    translations = dict(doc.translations)
    translations["uk-mt"] = translations["uk"]
    from dataclasses import replace

    doc = find_entities(replace(doc, translations=translations), ner=None, glossary=GLOSSARY)
    assert surfaces(doc, "Budapest", "uk-mt") == surfaces(doc, "Budapest", "uk") == ["Будапешті"]


def test_lower_case_words_are_not_names() -> None:
    doc = find_entities(make_document("The ukraine question."), ner=None, glossary=[GlossaryEntry("Ukraine", "LOC")])
    assert doc.entities == ()


# ---- glossary files -----------------------------------------------------------------------------


def test_glossary_json_and_csv(tmp_path: Path) -> None:
    json_file = tmp_path / "names.json"
    json_file.write_text(
        json.dumps([{"text": "Volodymyr Zelensky", "label": "PER", "forms": {"uk": ["Зеленський"], "hu": ["Zelenszkij"]}}]),
        encoding="utf-8",
    )
    csv_file = tmp_path / "names.csv"
    csv_file.write_text("text,label,forms_uk,forms_ru,forms_hu\nWhite House,ORG,Білий дім,Белый дом,Fehér Ház|Fehér-ház\nKyiv,LOC,,,\n", encoding="utf-8")
    assert load_glossary(json_file) == (GlossaryEntry("Volodymyr Zelensky", "PER", {"uk": ("Зеленський",), "hu": ("Zelenszkij",)}),)
    assert load_glossary(csv_file) == (
        GlossaryEntry("White House", "ORG", {"uk": ("Білий дім",), "ru": ("Белый дом",), "hu": ("Fehér Ház", "Fehér-ház")}),
        GlossaryEntry("Kyiv", "LOC", {}),
    )


@pytest.mark.parametrize(
    ("text", "fmt", "message"),
    [
        ('[{"text": "Kyiv", "label": "LOC"},\n {"text": "X", ', "json", r"^g\.json line 2: not valid JSON \(Expecting property name enclosed in double quotes\); write a list of objects"),
        ('{"text": "Kyiv"}', "json", r"^g\.json line 1: the file is not a JSON list; write a list of objects"),
        ('[\n{"text": "Kyiv", "label": "LOC"},\n{"text": "Putin", "label": "PERSON"}\n]', "json", r"^g\.json line 3: label 'PERSON' of 'Putin' is not known; use one of: PER, LOC, ORG, MISC$"),
        ('[\n{"label": "LOC"}\n]', "json", r'^g\.json line 2: an entry has no "text"; each entry needs "text" and "label"'),
        ('[{"text": "Kyiv", "forms": {"de": ["Kiew"]}}]', "json", r"^g\.json line 1: forms of 'Kyiv' name language 'de'; use one of: uk, ru, hu$"),
        ('[{"text": "Kyiv", "forms": ["Київ"]}]', "json", r'^g\.json line 1: "forms" of \'Kyiv\' is not an object; write e\.g\.'),
        ("name,label\nKyiv,LOC\n", "csv", r"^g\.json line 1: the header has no 'text' column; start the file with: text,label,forms_uk,forms_ru,forms_hu$"),
        ("text,label,forms_de\nKyiv,LOC,Kiew\n", "csv", r"^g\.json line 1: unknown column 'forms_de'; use only: text, label, forms_uk, forms_ru, forms_hu$"),
        ("text,label\nKyiv,LOC\nPutin,PRS\n", "csv", r"^g\.json line 3: label 'PRS' of 'Putin' is not known; use one of: PER, LOC, ORG, MISC$"),
    ],
)
def test_bad_glossary_messages_name_file_line_and_fix(text: str, fmt: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        parse_glossary(text, "g.json", fmt)


def test_glossary_file_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"^glossary .*nope\.json does not exist or is not a file; check the --entities path$"):
        load_glossary(tmp_path / "nope.json")
    bad = tmp_path / "bad.json"
    bad.write_bytes(b'[\n{"text": "\xff"}]')
    with pytest.raises(InputError, match=r"bad\.json line 2: not valid UTF-8; save the glossary as UTF-8$"):
        load_glossary(bad)


# ---- the NER model path -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def tiny_ner(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("ner")
    return {"random": build_tiny_ner(root / "random", seed=1), "none": build_tiny_ner(root / "none", bias="O")}


def test_tiny_ner_model_loads_through_the_user_path_and_gives_plain_spans(tiny_ner: dict[str, Path]) -> None:
    sentences = [s.text for s in make_document().sentences]
    spans = recognise(sentences, str(tiny_ner["random"]))
    assert len(spans) == len(sentences)
    for text, found in zip(sentences, spans, strict=True):
        for start, end, label in found:
            assert type(start) is int and type(end) is int and 0 <= start < end <= len(text)
            assert label in ("PER", "LOC", "ORG", "MISC")
    doc = find_entities(make_document(), ner=str(tiny_ner["random"]), glossary=GLOSSARY[:2])
    check_offsets(doc)
    assert doc.entities[0].text == "Donald Trump"  # the glossary wins over the model where both speak
    assert json.loads(json.dumps(doc.to_dict()))["entities"]  # plain data only


def test_ner_that_finds_nothing_leaves_the_glossary(tiny_ner: dict[str, Path], tmp_path: Path) -> None:
    glossary = tmp_path / "g.json"
    glossary.write_text('[{"text": "Budapest", "label": "LOC"}]', encoding="utf-8")
    doc = annotate(make_document(), ner=str(tiny_ner["none"]), entities_file=glossary)
    assert [e.text for e in doc.entities] == ["Budapest"]
    assert annotate(make_document(), ner="none").entities == ()


def test_ner_model_errors(tmp_path: Path) -> None:
    with pytest.raises(ModelNotAvailableError, match=r"^NER model dslim/bert-base-NER is not cached and HF_HUB_OFFLINE is set; download it on a connected machine"):
        recognise(["Kyiv."], "dslim/bert-base-NER")
    (tmp_path / "empty").mkdir()
    with pytest.raises(ModelFormatError, match=r"^NER model folder .*empty is incomplete \(config\.json, model\.safetensors, tokenizer\.json missing\); point --ner at a token-classification model"):
        recognise(["Kyiv."], str(tmp_path / "empty"))
    with pytest.raises(ModelNotAvailableError, match=r"^NER model folder .*missing does not exist; pass --ner HUB_ID, --ner PATH or --ner none$"):
        recognise(["Kyiv."], str(tmp_path / "missing"))


# ---- properties ---------------------------------------------------------------------------------

NAMES = ["Trump", "Путіним", "Putyinnal", "Budapesten", "Зеленский", "Kijev", "Fehér Házba", "Київ"]
text_piece = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(text_piece, st.sampled_from(NAMES)), min_size=1, max_size=4), text_piece)
def test_projected_offsets_slice_inside_their_sentence(pieces: list[tuple[str, str]], tail: str) -> None:
    target = "".join(a + " " + name + " " for a, name in pieces) + tail
    doc = Document(
        "en",
        "Trump met Putin in Budapest and Zelensky in Kyiv at the White House.",
        tuple(split_sentences("Trump met Putin in Budapest and Zelensky in Kyiv at the White House.", "en")),
        {"uk": Translation("uk", target, (TargetSentence(0, target),), (Link((0,), (0,)),))},
        "",
    )
    glossary = [*GLOSSARY, GlossaryEntry("Putin", "PER"), GlossaryEntry("Zelensky", "PER")]
    result = find_entities(doc, ner=None, glossary=glossary)
    check_offsets(result)
    for entity in result.entities:
        for m in entity.mentions.get("en", ()):
            assert result.sentences[m.sentence].text[m.start : m.end] in (entity.text, entity.text.split()[-1])


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


# ---- the annotated set --------------------------------------------------------------------------

ENTITY_DATA = Path(__file__).parent / "data" / "entities"


def test_annotated_set_is_consistent_and_projection_stays_good() -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    import eval_entities

    files = eval_entities.gold_files()
    assert len(files) == 5
    for path in files:
        gold = json.loads(path.read_text(encoding="utf-8"))
        assert gold["mentions"] == eval_entities.rebuild_mentions(gold, path)  # the stored mentions are current
        for lang in ("en", "uk", "ru", "hu"):
            lines = eval_entities.read_lines(gold, path, lang)
            surfaces = {e["id"]: set(e["surfaces"][lang]) for e in gold["entities"]}
            for sentence, start, end, entity in gold["mentions"][lang]:
                assert lines[sentence][start:end] in surfaces[entity]
    report = eval_entities.evaluate("forms")
    for lang in ("uk", "ru", "hu"):
        assert report[lang]["f1"] >= 0.9, (lang, report[lang])


def test_shared_first_name_goes_to_the_neighbouring_surname() -> None:
    en = "Volodymyr Zelensky spoke. He wants to meet Vladimir Putin soon."
    uk = "Володимир Зеленський виступив. Він хоче зустрітися з Володимиром Путіним."
    glossary = [
        GlossaryEntry("Volodymyr Zelensky", "PER", {"uk": ("Володимир Зеленський",)}),
        GlossaryEntry("Vladimir Putin", "PER", {"uk": ("Володимир Путін",)}),
    ]
    doc = find_entities(make_document(en, {"uk": uk}), ner=None, glossary=glossary)
    assert surfaces(doc, "Vladimir Putin", "uk") == ["Володимиром Путіним"]
    assert surfaces(doc, "Volodymyr Zelensky", "uk") == ["Володимир Зеленський"]


def test_nationality_words_and_added_sentences_find_names_without_flags() -> None:
    en = "Ukrainian President Volodymyr Zelensky visited Ukraine's east."
    uk = "Президент України Володимир Зеленський відвідав схід України. Зеленський був у Харкові."
    sentences = split_sentences(uk, "uk")
    doc = make_document(en, {"uk": uk})
    translation = Translation(
        "uk", uk, tuple(TargetSentence(s.id, s.text) for s in sentences), (Link((0,), (0,)), Link((), (1,)))
    )
    from dataclasses import replace

    doc = find_entities(replace(doc, translations={"uk": translation}), ner=None, glossary=[GlossaryEntry("Volodymyr Zelensky", "PER"), GlossaryEntry("Ukraine", "LOC")])
    assert surfaces(doc, "Ukraine", "uk") == ["України", "України"]
    assert surfaces(doc, "Volodymyr Zelensky", "uk") == ["Володимир Зеленський", "Зеленський"]
    assert all(not s.flags for s in doc.translations["uk"].sentences)


def test_multi_word_organisations_need_more_than_a_common_word() -> None:
    en = "Hungarian experts praised the Hungarian National Museum."
    hu = "Magyar szakértők dicsérték a Magyar Nemzeti Múzeumot."
    doc = find_entities(make_document(en, {"hu": hu}), ner=None, glossary=[GlossaryEntry("Hungarian National Museum", "ORG", {"hu": ("Magyar Nemzeti Múzeum",)})])
    assert surfaces(doc, "Hungarian National Museum", "hu") == ["Magyar Nemzeti Múzeumot"]


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
    entities = _source_entities([sentence], glossary, [[]])
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
    entities = _source_entities([sentence], [GlossaryEntry("Volodymyr Zelensky", "PER")], [[]])
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
    entities = _source_entities(sentences, [], found)
    assert [e.text for e in entities] == ["Donald Trump"]
    mentions = entities[0].mentions
    assert mentions == sorted(mentions) and len(mentions) == 2
    assert {sentences[s][a:b] for s, a, b in mentions} == {"Trump", "Donald Trump"}


def test_merged_surnames_keep_ids_in_order_of_first_appearance() -> None:
    sentences = ["Putin and Trump spoke.", "Donald Trump and Vladimir Putin left."]
    found = [[(0, 5, "PER"), (10, 15, "PER")], [(0, 12, "PER"), (17, 31, "PER")]]
    entities = _source_entities(sentences, [], found)
    assert [e.text for e in entities] == ["Vladimir Putin", "Donald Trump"]
    assert [e.mentions for e in entities] == [[(0, 0, 5), (1, 17, 31)], [(0, 10, 15), (1, 0, 12)]]
    # A lone name that is nobody's surname stays its own entity, and other labels are never merged.
    entities = _source_entities(["Biden spoke.", "Trump Tower rose."], [], [[(0, 5, "PER")], [(0, 11, "ORG")]])
    assert [e.text for e in entities] == ["Biden", "Trump Tower"]
