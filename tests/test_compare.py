"""Comparison mode: provided translations aligned with the source, machine ones beside them, entities."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from support.coverage_gold import read_story
from support.scripted import ScriptedEngine

from translate.alignment import check_links
from translate.compare import AUTO_NER, align_texts, compare
from translate.entities import GlossaryEntry
from translate.errors import InputError, ModelNotAvailableError, UsageError
from translate.languages import machine_key
from translate.pipeline import Settings, Translator
from translate.render import to_html, to_markdown, to_text, to_tmx

DATA = Path(__file__).parent / "data" / "alignment"


def article(name: str, lang: str) -> str:
    return (DATA / f"{name}.{lang}.txt").read_text(encoding="utf-8")


GLOSSARY = [
    GlossaryEntry("Volodymyr Zelensky", "PER"),
    GlossaryEntry("Vladimir Putin", "PER"),
    GlossaryEntry("Donald Trump", "PER"),
    GlossaryEntry("Budapest", "LOC"),
    GlossaryEntry("Kyiv", "LOC"),
    GlossaryEntry("Hungary", "LOC"),
]


def test_provided_translations_are_aligned_and_marked_provided() -> None:
    provided = {lang: article("summit-talks", lang) for lang in ("uk", "ru", "hu")}
    doc = compare(article("summit-talks", "en"), provided, glossary=GLOSSARY)
    assert list(doc.translations) == ["uk", "ru", "hu"]
    for lang, translation in doc.translations.items():
        assert translation.origin == "provided"
        assert translation.alignment_mode == "lengths+anchors"
        assert translation.text == provided[lang]
        check_links(translation.links, len(doc.sentences), len(translation.sentences))
    assert doc.signature.startswith("compare|uk=provided|ru=provided|hu=provided|glossary=6|version=")
    zelensky = next(e for e in doc.entities if e.text == "Volodymyr Zelensky")
    hu = doc.translations["hu"].sentences
    assert [hu[m.sentence].text[m.start : m.end] for m in zelensky.mentions["hu"]][:2] == ["Volodimir Zelenszkij", "Zelenszkij"]


def scripted_translator() -> Translator:
    engine = ScriptedEngine(lambda text, options: "Президент Зеленський у Києві.")
    return Translator(Settings(engine="transformers"), engines={"uk": engine})


def test_machine_translation_sits_beside_the_provided_one() -> None:
    doc = compare(article("summit-talks", "en"), {"uk": article("summit-talks", "uk")}, translator=scripted_translator(), glossary=GLOSSARY)
    assert list(doc.translations) == ["uk", "uk-mt"] and machine_key("uk") == "uk-mt"
    assert doc.translations["uk"].origin == "provided" and doc.translations["uk"].alignment_mode == "model"
    mt = doc.translations["uk-mt"]
    assert mt.origin == "machine" and mt.model == "scripted-model" and mt.lang == "uk-mt"
    assert len(mt.links) == len(doc.sentences)
    assert "Ukrainian (uk-mt)" in to_html(doc) and "Ukrainian (uk-mt)" in to_markdown(doc) and "(uk-mt)" in to_text(doc)
    keys = [p.text for p in ET.fromstring(to_tmx(doc)).iter("prop") if p.get("type") == "x-key"]
    assert "uk" in keys and "uk-mt" in keys
    # The machine column is projected too: the scripted "Зеленський" matches Zelensky.
    zelensky = next(e for e in doc.entities if e.text == "Volodymyr Zelensky")
    assert "uk-mt" in zelensky.mentions


def test_compare_with_tiny_real_models(tiny_settings_models: dict[str, str]) -> None:
    translator = Translator(Settings(engine="transformers", models=tiny_settings_models, beam_size=1))
    # Short sentences: a random tiny model runs to its length cap, which is cheap only for short input.
    source = "Trump met Putin.\nKyiv waited."
    provided = {"hu": "Trump Putyinnal találkozott.\nKijev várt."}
    doc = compare(source, provided, translator=translator)
    assert list(doc.translations) == ["hu", "hu-mt"]
    assert doc.translations["hu"].alignment_mode == "model"
    check_links(doc.translations["hu"].links, len(doc.sentences), len(doc.translations["hu"].sentences))
    # The align command's library call: model mode when the pair's model is there.
    aligned = align_texts(source, provided["hu"], "en", "hu", lines=True, translator=translator)
    assert aligned.alignment.mode == "model"


def test_auto_ner_falls_back_to_the_glossary_with_a_notice() -> None:
    notices: list[str] = []
    doc = compare("Trump met Putin in Budapest.", {"hu": "Trump Budapesten találkozott Putyinnal."}, ner=AUTO_NER, glossary=GLOSSARY[3:4], log=notices.append)
    assert len(notices) == 1 and notices[0].startswith("notice: NER model dslim/bert-base-NER is not cached and HF_HUB_OFFLINE is set;")
    assert notices[0].endswith("finding entities with the glossary alone")
    assert [e.text for e in doc.entities] == ["Budapest"]


def test_compare_errors() -> None:
    with pytest.raises(UsageError, match=r"^nothing to compare; give at least one other text \(a translation or another outlet's report\) with --with LANG=FILE, or --translate$"):
        compare("Hello.", {})
    with pytest.raises(UsageError, match=r"^--with de=…: language 'de' is not supported; choose from: uk, ru, hu$"):
        compare("Hello.", {"de": "Hallo."})
    with pytest.raises(InputError, match=r"^the uk translation is empty; give a file with the translated article$"):
        compare("Hello.", {"uk": "  \n"})
    with pytest.raises(InputError, match=r"^the input text is empty"):
        compare(" ", {"uk": "Привіт."})


def test_align_texts_lines_and_model_fallback() -> None:
    notices: list[str] = []
    translator = Translator(Settings(engine="transformers", models={}))
    result = align_texts(article("danube-flood", "en"), article("danube-flood", "uk"), "en", "uk", lines=True, translator=translator, log=notices.append)
    assert result.alignment.mode == "lengths+anchors"
    assert len(notices) == 1 and notices[0].startswith("notice: aligning without a translation model (model Helsinki-NLP/opus-mt-tc-big-en-zle is not cached")
    data = result.to_dict()
    assert set(data) == {"mode", "source_sentences", "target_sentences", "links"}
    assert len(data["source_sentences"]) == len(article("danube-flood", "en").splitlines())
    with pytest.raises(ModelNotAvailableError):
        align_texts("A.", "Б.", "en", "uk", translator=translator, model_required=True)


def test_a_lone_surrogate_in_a_provided_translation_is_refused() -> None:
    from translate.compare import compare
    from translate.errors import InputError

    with pytest.raises(InputError, match=r"the uk translation: the input has a lone surrogate \(U\+D800\) at character 6"):
        compare("Hello world. Bye.", {"uk": "Привіт\ud800 світ. Бувай."})


def test_source_document_is_the_one_split_of_the_source() -> None:
    from translate.compare import source_document
    from translate.text.segmentation import split_sentences

    text = "Trump met Putin. Kyiv waited.\n\nThe end."
    document = source_document(text, "sig")
    assert document.sentences == tuple(split_sentences(text, "en"))
    assert (document.source_lang, document.source_text, document.translations, document.signature) == ("en", text, {}, "sig")
    with pytest.raises(InputError, match=r"^the input text is empty"):
        source_document("  ")
    compared = compare(text, {"uk": "Трамп зустрівся з Путіним. Київ чекав. Кінець."})
    assert compared.sentences == document.sentences


COVERAGE = Path(__file__).parent / "data" / "coverage" / "orban-trump-sanctions-exemption"


def coverage_texts() -> tuple[str, dict[str, str]]:
    texts = {
        "ru:Kommersant": (COVERAGE / "ru-kommersant.txt").read_text(encoding="utf-8"),
        "ru:Prime": (COVERAGE / "ru-prime.txt").read_text(encoding="utf-8"),
        "hu": (COVERAGE / "hu-444.txt").read_text(encoding="utf-8"),
    }
    return (COVERAGE / "en.txt").read_text(encoding="utf-8"), texts


def test_several_named_coverage_texts_per_language() -> None:
    from translate.entities import load_glossary
    from translate.types import Document

    source, texts = coverage_texts()
    doc = compare(source, texts, glossary=load_glossary(COVERAGE / "glossary.json"))
    assert list(doc.translations) == ["ru:Kommersant", "ru:Prime", "hu"]
    assert doc.signature.startswith("compare|ru:Kommersant=provided|ru:Prime=provided|hu=provided|glossary=14|")
    for key, translation in doc.translations.items():
        assert translation.relation == "coverage" and translation.relation_evidence is not None
        assert translation.alignment_mode == "coverage"
        check_links(translation.links, len(doc.sentences), len(translation.sentences))  # every export still reads it
        assert not any(link.source and link.target for link in translation.links)
        assert all(not s.flags for s in translation.sentences), key  # no entity_missing on coverage
        for link in translation.coverage_links:
            assert 0 <= link.source < len(doc.sentences) and 0 <= link.target < len(translation.sentences)
            assert link.evidence.names or link.evidence.numbers or link.evidence.terms
    # Link quality is measured on the whole gold set (tests/alignment/test_coverage.py); here: links are
    # drawn, and, over the three texts, no more of them wrong than right (the story's hand links).
    files = {"ru-kommersant.txt": "ru:Kommersant", "ru-prime.txt": "ru:Prime", "hu-444.txt": "hu"}
    gold = {files[text.file]: text.sure | text.possible for text in read_story(COVERAGE.name).texts if text.file in files}
    drawn = {key: {(link.source, link.target) for link in doc.translations[key].coverage_links} for key in doc.translations}
    right = sum(len(drawn[key] & gold[key]) for key in drawn)
    wrong = sum(len(drawn[key] - gold[key]) for key in drawn)
    assert right and wrong <= right, (drawn, gold)
    # Entities in every sentence, with the source's ids: Орбан in sentence 1, which reports nothing linked.
    orban = next(e for e in doc.entities if e.text == "Viktor Orban")
    assert 1 in {m.sentence for m in orban.mentions["ru:Prime"]}
    data = doc.to_dict()
    assert data["translations"]["ru:Prime"]["relation"] == "coverage"
    assert set(data["translations"]["ru:Prime"]["relation_evidence"]) == {
        "relation", "score", "aligned_share", "anchor_agreement", "length_ratio", "one_to_one_share", "overridden"
    }
    assert set(data["translations"]["ru:Prime"]["coverage_links"][0]) == {"source", "target", "score", "evidence"}
    report = data["coverage"]
    assert len(report["reported_by"]) == len(doc.sentences)
    assert set(report["unreported"]) == set(texts)
    assert Document.from_dict(data).to_dict() == data


def test_translations_keep_their_alignment_and_say_so() -> None:
    provided = {lang: article("summit-talks", lang) for lang in ("uk", "ru", "hu")}
    doc = compare(article("summit-talks", "en"), provided)
    plain = {lang: align_texts(article("summit-talks", "en"), provided[lang], "en", lang).alignment.links for lang in provided}
    for lang, translation in doc.translations.items():
        assert translation.relation == "translation" and translation.links == plain[lang]
        assert translation.coverage_links == ()
    assert doc.coverage is None and "coverage" not in doc.to_dict()
    assert "coverage_links" not in doc.to_dict()["translations"]["uk"]


def test_the_relation_can_be_chosen_per_text_or_for_all() -> None:
    source, texts = coverage_texts()
    doc = compare(source, texts, relation={"hu": "translation"})
    assert doc.translations["hu"].relation == "translation" and doc.translations["hu"].relation_evidence.overridden  # type: ignore[union-attr]
    assert doc.translations["ru:Prime"].relation == "coverage"
    forced = compare(article("summit-talks", "en"), {"uk": article("summit-talks", "uk")}, relation="coverage")
    assert forced.translations["uk"].relation == "coverage" and forced.coverage is not None
    with pytest.raises(UsageError, match=r"^--with de:X=…: language 'de' is not supported"):
        compare("Hello.", {"de:X": "Hallo."})


def test_key_language_reads_named_and_machine_keys() -> None:
    from translate.languages import key_language, text_key

    assert [key_language(k) for k in ("uk", "uk-mt", "ru:RIA", "ru:RIA-Novosti", "hu:index.hu")] == ["uk", "uk", "ru", "ru", "hu"]
    assert (text_key("ru", "RIA"), text_key("uk")) == ("ru:RIA", "uk")


# ---- back-translation (--back-translate) and the coverage aligner's model mode -----------------

PARAPHRASE_EN = (
    "Donald Trump met Vladimir Putin in Budapest on Thursday.\n"
    "The negotiations ended without any agreement on a ceasefire.\n"
    "Ukrainian officials expressed disappointment with the outcome."
)
# An outlet's report: the first sentence shares names and a weekday; the second says the same as the
# English second sentence in other words, with no name, number or term in common.
PARAPHRASE_RU = "Трамп встретился с Путиным в Будапеште в четверг.\n\nСтороны разошлись, так ничего и не решив."
PARAPHRASE_BACK = {
    "Трамп встретился с Путиным в Будапеште в четверг.": "Trump met Putin in Budapest on Thursday.",
    "Стороны разошлись, так ничего и не решив.": "The sides parted ways: the negotiations ended with no agreement about a ceasefire.",
}


def back_translator(answers: dict[str, str] = PARAPHRASE_BACK) -> tuple[Translator, ScriptedEngine]:
    """A translator whose ru → en engine is a test double answering ``answers``."""
    engine = ScriptedEngine(lambda text, options: answers.get(text, "Something else entirely."))
    return Translator(Settings(engine="transformers"), engines={"ru-en": engine}), engine


def test_back_translation_sits_next_to_its_text_sentence_for_sentence() -> None:
    translator, engine = back_translator()
    doc = compare(PARAPHRASE_EN, {"ru:RIA": PARAPHRASE_RU}, translator=translator, back_translate=True, forward=False, relation="coverage")
    assert list(doc.translations) == ["ru:RIA", "ru-en:RIA"]
    back = doc.translations["ru-en:RIA"]
    provided = doc.translations["ru:RIA"]
    assert back.origin == "machine" and back.back_translation_of == "ru:RIA" and back.model == "scripted-model"
    assert [s.text for s in back.sentences] == [PARAPHRASE_BACK[s.text] for s in provided.sentences]
    assert [s.paragraph for s in back.sentences] == [s.paragraph for s in provided.sentences]
    assert back.text == "Trump met Putin in Budapest on Thursday.\n\n" + PARAPHRASE_BACK["Стороны разошлись, так ничего и не решив."]
    assert back.links == provided.links and back.coverage_links == provided.coverage_links
    assert doc.signature.startswith("compare|ru:RIA=provided|engine=transformers|beam=4|ru-en=scripted-model@r1|version=")
    assert engine.calls and all(text in PARAPHRASE_BACK for batch in engine.calls for text in batch)
    data = doc.to_dict()["translations"]["ru-en:RIA"]
    assert data["back_translation_of"] == "ru:RIA" and data["origin"] == "machine"
    # The back-translation is no outlet of its own: the report has one text.
    assert doc.coverage is not None and set(doc.coverage.unreported) == {"ru:RIA"}


def test_model_mode_links_a_paraphrase_that_shares_no_anchor() -> None:
    translator, _ = back_translator()
    free = compare(PARAPHRASE_EN, {"ru": PARAPHRASE_RU}, relation="coverage")
    model = compare(PARAPHRASE_EN, {"ru": PARAPHRASE_RU}, translator=translator, back_translate=True, forward=False, relation="coverage")
    assert free.translations["ru"].alignment_mode == "coverage"
    assert model.translations["ru"].alignment_mode == "coverage+model"
    assert [(link.source, link.target) for link in free.translations["ru"].coverage_links] == [(0, 0)]
    links = model.translations["ru"].coverage_links
    assert [(link.source, link.target) for link in links] == [(0, 0), (1, 1)]
    assert all(link.evidence.similarity is not None for link in links)
    paraphrase = links[1]
    assert paraphrase.evidence.names == () and paraphrase.evidence.terms == () and paraphrase.evidence.similarity > 0.4
    assert "similarity" not in free.to_dict()["translations"]["ru"]["coverage_links"][0]["evidence"]
    assert model.to_dict()["translations"]["ru"]["coverage_links"][1]["evidence"]["similarity"] == round(paraphrase.evidence.similarity, 3)


def test_back_translation_in_every_export() -> None:
    translator, _ = back_translator()
    doc = compare(PARAPHRASE_EN, {"ru": PARAPHRASE_RU}, translator=translator, back_translate=True, forward=False, relation="coverage")
    assert "English (ru-en)" in to_html(doc) and "English (ru-en)" in to_markdown(doc) and "(ru-en)" in to_text(doc)
    tuvs = [tuv.get("{http://www.w3.org/XML/1998/namespace}lang") for tuv in ET.fromstring(to_tmx(doc)).iter("tuv")]
    assert "en" in tuvs[1:]
    from translate.render import render

    report = render(doc, "report")
    assert "aligned in model mode: anchors and the similarity of its English back-translation (ru-en)" in report
    assert "(English) The sides parted ways" in report and "similarity of the back-translation" in report
    from translate.render.page import page_columns

    columns = page_columns(doc)
    assert [c.key for c in columns] == ["en", "ru", "ru-en"]
    assert columns[2].lang == "en" and columns[2].subtitle == "machine translation of ru · scripted-model"


def test_back_translations_of_several_texts_each_follow_their_text() -> None:
    from translate.render.rows import column_keys

    translator, _ = back_translator()
    provided = {"ru:RIA": PARAPHRASE_RU, "ru:TASS": "Трамп встретился с Путиным в Будапеште в четверг."}
    doc = compare(PARAPHRASE_EN, provided, translator=translator, back_translate=True, forward=False, relation="coverage")
    assert column_keys(doc) == ["ru:RIA", "ru-en:RIA", "ru:TASS", "ru-en:TASS"]
    assert doc.translations["ru:TASS"].alignment_mode == "coverage+model"


def test_back_translation_needs_its_models_before_any_work() -> None:
    engine = ScriptedEngine()
    translator = Translator(Settings(engine="transformers"), engines={"hu": engine})
    with pytest.raises(ModelNotAvailableError, match=r"^2 models are missing: model Helsinki-NLP/opus-mt-tc-big-zle-en is not cached"):
        compare(PARAPHRASE_EN, {"ru": PARAPHRASE_RU, "uk": "Трамп зустрівся з Путіним.", "hu": "Trump Putyinnal találkozott."},
                translator=translator, back_translate=True)
    assert engine.calls == []
    with pytest.raises(UsageError, match=r"^back-translation needs a translator"):
        compare(PARAPHRASE_EN, {"ru": PARAPHRASE_RU}, back_translate=True)


def test_back_translation_of_a_translation_keeps_its_links(tiny_settings_models: dict[str, str], direction_models) -> None:
    models = {**tiny_settings_models, "hu-en": str(direction_models["hu-en"])}
    translator = Translator(Settings(engine="transformers", models=models, beam_size=1))
    source = "Trump met Putin.\nKyiv waited."
    doc = compare(source, {"hu": "Trump Putyinnal találkozott.\nKijev várt."}, translator=translator, back_translate=True)
    assert list(doc.translations) == ["hu", "hu-en", "hu-mt"]
    back = doc.translations["hu-en"]
    assert back.links == doc.translations["hu"].links and len(back.sentences) == len(doc.translations["hu"].sentences)
    assert back.model == str(direction_models["hu-en"]) or back.model.endswith("tiny-hu-en")
    assert "|hu-mt=" in doc.signature and "|hu-en=" in doc.signature


def test_back_translation_keys() -> None:
    from translate.languages import back_key, back_translated, key_language

    assert [back_key(k) for k in ("ru", "ru:RIA", "uk:Daily-en")] == ["ru-en", "ru-en:RIA", "uk-en:Daily-en"]
    assert [key_language(k) for k in ("ru-en", "ru-en:RIA", "uk:Daily-en", "uk-mt")] == ["en", "en", "uk", "uk"]
    assert [back_translated(k) for k in ("ru-en", "ru-en:RIA", "uk:Daily-en", "uk-mt", "ru")] == ["ru", "ru:RIA", "", "", ""]


def test_entities_are_found_in_the_back_translation_column_too() -> None:
    translator, _ = back_translator()
    doc = compare(PARAPHRASE_EN, {"ru": PARAPHRASE_RU}, translator=translator, back_translate=True, forward=False,
                  relation="coverage", glossary=GLOSSARY)
    putin = next(e for e in doc.entities if e.text == "Vladimir Putin")
    back = doc.translations["ru-en"].sentences
    assert [back[m.sentence].text[m.start : m.end] for m in putin.mentions["ru-en"]] == ["Putin"]
    assert all(not s.flags for s in back)


def test_a_provided_translation_gets_number_flags_and_coverage_does_not() -> None:
    english = "Six people died in 1977. The bridge fell. It was 300 metres long."
    russian = "Погибли шесть человек в 1976 году. Мост рухнул. Его длина была 300 метров."
    document = compare(english, {"ru": russian}, relation="translation", ner="none")
    assert [s.flags for s in document.translations["ru"].sentences] == [("number_mismatch",), (), ()]
    coverage = compare(english, {"ru": russian}, relation="coverage", ner="none")
    assert all(not s.flags for s in coverage.translations["ru"].sentences)  # an outlet's other figures are reported, not flagged


def test_a_glossary_name_the_english_does_not_name_is_noted_and_a_bodys_name_may_be_lower_case() -> None:
    notes: list[str] = []
    glossary = [GlossaryEntry("Constitutional Court", "ORG"), GlossaryEntry("Romania", "LOC"), GlossaryEntry("EFE", "ORG")]
    document = compare(
        "Romania's constitutional court annulled the vote.\nThe court met on Friday.\n",
        {"uk": "Конституційний суд Румунії скасував вибори.\nСуд зібрався в п'ятницю.\n"},
        ner=None, glossary=glossary, relation="coverage", log=notes.append,
    )
    assert {e.text: sorted(e.mentions) for e in document.entities} == {"Romania": ["en", "uk"], "Constitutional Court": ["en", "uk"]}
    assert notes == [
        "notice: the English article does not name the glossary's “EFE”, so it is looked for in the independent reports only; "
        "check the spelling the English uses"
    ]


def test_a_watch_list_name_only_an_outlet_uses_is_marked_there() -> None:
    glossary = [GlossaryEntry("Romania", "LOC"), GlossaryEntry("Donald Trump", "PER")]
    document = compare(
        "Romania's court annulled the vote.\nThe court met on Friday.\n",
        {"uk": "Суд Румунії скасував вибори.\nДональд Трамп прокоментував рішення.\n"},
        ner=None, glossary=glossary, relation="coverage",
    )
    assert [(e.id, e.text, sorted(e.mentions)) for e in document.entities] == [("E1", "Romania", ["en", "uk"]), ("E2", "Donald Trump", ["uk"])]


def test_a_hard_wrapped_text_gets_a_notice() -> None:
    english = "Queen Elizabeth II has died at Balmoral, Buckingham Palace said. She was 96."
    wrapped = "В возрасте 96 лет скончалась\nкоролева Елизавета II, сообщил\nБукингемский дворец."
    notes: list[str] = []
    doc = compare(english, {"ru": wrapped}, relation="coverage", log=notes.append)
    assert len(doc.translations["ru"].sentences) == 3  # each line is still a sentence, as documented
    assert notes == ["notice: the ru text has a line broken inside a sentence (hard-wrapped?); each line is read as a sentence "
                     "of its own: join each paragraph's lines into one (blank lines keep paragraphs apart)"]
    notes.clear()
    compare(english, {"ru": "Скончалась королева.\nОб этом сообщил дворец."}, relation="coverage", log=notes.append)
    assert notes == []


def test_a_text_pasted_twice_gets_a_notice_and_loses_nothing() -> None:
    english = "Moldova voted narrowly to join the European Union, results showed on Monday. Turnout was low."
    once = "Молдова незначним перевагою проголосувала за вступ до Європейського Союзу. Явка була низькою. "
    notes: list[str] = []
    doc = compare(english, {"uk": once * 3}, relation="coverage", log=notes.append)
    assert len(doc.translations["uk"].sentences) == 6  # every copy is kept, as given
    assert notes == ["notice: the uk text says 2 of its sentences more than once, word for word (6 sentences in all; pasted more "
                     "than once?); each copy is read as a sentence of its own: give each article once"]
    notes.clear()
    compare(english, {"uk": once}, relation="coverage", log=notes.append)
    assert notes == []


def test_a_text_many_times_the_english_gets_a_notice() -> None:
    from translate.compare import long_text_notice

    assert long_text_notice("the ru:Lenta text", 300, 10) == (
        "notice: the ru:Lenta text has 300 sentences, 30 times the English article's 10 (a whole page or several articles "
        "pasted?); it is compared as one article: give the article on the story alone")
    assert long_text_notice("the ru text", 150, 1) is None  # a long article, not yet a page
    assert long_text_notice("the ru text", 300, 20) is None  # 15 times: a long report of a long article


def test_a_glossary_name_the_english_writes_is_no_absent_name_when_another_entry_takes_it() -> None:
    glossary = [GlossaryEntry("Security Service of Ukraine", "ORG"), GlossaryEntry("SBU", "ORG")]
    notes: list[str] = []
    compare("The Security Service of Ukraine (SBU) detained two men.\nThe SBU said they spied.\n",
            {"uk": "СБУ затримала двох чоловіків.\n"}, ner=None, glossary=glossary, relation="coverage", log=notes.append)
    assert not any("does not name" in note for note in notes)
