"""A small English article with uk/ru/hu translations and a glossary, for the entity tests."""

from __future__ import annotations

import re

from translate.entities import GlossaryEntry
from translate.text.segmentation import split_sentences
from translate.types import Document, Link, Mention, TargetSentence, Translation

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
