"""A document's entities: one id everywhere, every key projected, entity_missing flags, the annotated set."""

from __future__ import annotations

import json
from dataclasses import replace

from support.entity_documents import GLOSSARY, TARGETS, make_document, surfaces
from support.goldsets import entity_gold_files, evaluate_entities, read_lines, rebuild_mentions

from translate.entities import GlossaryEntry, find_entities
from translate.text.segmentation import split_sentences
from translate.types import ENTITY_MISSING, Link, TargetSentence, Translation


def test_missing_entity_flags_the_aligned_target_sentence() -> None:
    targets = dict(TARGETS)
    targets["uk"] = TARGETS["uk"].replace("з Путіним ", "")
    doc = find_entities(make_document(targets=targets), ner=None, glossary=GLOSSARY)
    flags = [s.flags for s in doc.translations["uk"].sentences]
    assert ENTITY_MISSING in flags[0]
    assert ENTITY_MISSING not in flags[1]
    assert all(ENTITY_MISSING not in s.flags for s in doc.translations["ru"].sentences)


def test_provided_and_machine_keys_are_both_projected() -> None:
    doc = make_document()
    translations = dict(doc.translations)
    translations["uk-mt"] = translations["uk"]
    doc = find_entities(replace(doc, translations=translations), ner=None, glossary=GLOSSARY)
    assert surfaces(doc, "Budapest", "uk-mt") == surfaces(doc, "Budapest", "uk") == ["Будапешті"]


def test_nationality_words_and_added_sentences_find_names_without_flags() -> None:
    en = "Ukrainian President Volodymyr Zelensky visited Ukraine's east."
    uk = "Президент України Володимир Зеленський відвідав схід України. Зеленський був у Харкові."
    sentences = split_sentences(uk, "uk")
    doc = make_document(en, {"uk": uk})
    translation = Translation(
        "uk", uk, tuple(TargetSentence(s.id, s.text) for s in sentences), (Link((0,), (0,)), Link((), (1,)))
    )
    doc = find_entities(replace(doc, translations={"uk": translation}), ner=None, glossary=[GlossaryEntry("Volodymyr Zelensky", "PER"), GlossaryEntry("Ukraine", "LOC")])
    assert surfaces(doc, "Ukraine", "uk") == ["України", "України"]
    assert surfaces(doc, "Volodymyr Zelensky", "uk") == ["Володимир Зеленський", "Зеленський"]
    assert all(not s.flags for s in doc.translations["uk"].sentences)


def test_annotated_set_is_consistent_and_projection_stays_good() -> None:
    files = entity_gold_files()
    assert len(files) == 5
    for path in files:
        gold = json.loads(path.read_text(encoding="utf-8"))
        assert gold["mentions"] == rebuild_mentions(gold, path)  # the stored mentions are current
        for lang in ("en", "uk", "ru", "hu"):
            lines = read_lines(gold, path, lang)
            surfaces = {e["id"]: set(e["surfaces"][lang]) for e in gold["entities"]}
            for sentence, start, end, entity in gold["mentions"][lang]:
                assert lines[sentence][start:end] in surfaces[entity]
    report = evaluate_entities("forms")
    for lang in ("uk", "ru", "hu"):
        assert report[lang]["f1"] >= 0.9, (lang, report[lang])


def test_a_hungarian_place_adjective_says_the_place_without_being_a_mention() -> None:
    en = "Trump and Putin will meet at the Budapest summit. Kyiv was not invited."
    glossary = [GlossaryEntry("Budapest", "LOC"), GlossaryEntry("Kyiv", "LOC")]
    said = {"hu": "Trump és Putyin a budapesti csúcson találkozik. A kijevi vezetést nem hívták meg."}
    doc = find_entities(make_document(en, said), ner=None, glossary=glossary)
    assert [s.flags for s in doc.translations["hu"].sentences] == [(), ()]
    assert surfaces(doc, "Budapest", "hu") == []  # an adjective is not highlighted as the name
    lost = {"hu": "Trump és Putyin a csúcson találkozik. A vezetést nem hívták meg."}
    flagged = find_entities(make_document(en, lost), ner=None, glossary=glossary)
    assert all(ENTITY_MISSING in s.flags for s in flagged.translations["hu"].sentences)
