"""A small table of news terms in English, Ukrainian, Russian and Hungarian, by word stem.

Independent reports of one story share few names in some sentences ("the talks lasted three hours"
against "Беседа длилась два часа"); what they share is the vocabulary of the event. This table
names common concepts of political and economic news with the stems that write them in each
language; a word matches a stem when it starts with it (stems are chosen so that case endings
follow: переговор-ах, tárgyal-ások), a stem with a space matches that phrase. It is a general
table of the genre, not a dictionary: a concept is listed only when its stems rarely mean anything
else in news text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

__all__ = ["TERMS", "terms"]

# fmt: off
TERMS: dict[str, dict[str, tuple[str, ...]]] = {
    "ceasefire": {"en": ("ceasefire", "cease-fire", "truce"), "uk": ("припинення вогню", "припинити вогонь", "перемир", "перервати вогонь"),
                  "ru": ("прекращени огня", "прекращения огня", "прекратив огонь", "перемири"), "hu": ("tűzszünet", "fegyverszünet")},
    "peace": {"en": ("peace",), "uk": ("миру", "мирн", "мир "), "ru": ("мира", "мирн", "мир "), "hu": ("béke",)},
    "talks": {"en": ("talks", "negotiat"), "uk": ("переговор", "перемовин"), "ru": ("переговор",), "hu": ("tárgyal",)},
    "summit": {"en": ("summit",), "uk": ("саміт",), "ru": ("саммит",), "hu": ("csúcs",)},
    "meeting": {"en": ("meeting", "met ", "meet"), "uk": ("зустр",), "ru": ("встреч", "встрети", "встрет"), "hu": ("találkoz",)},
    "visit": {"en": ("visit", "trip"), "uk": ("візит", "відвіда", "поїздк"), "ru": ("визит", "посети", "поездк"), "hu": ("látogat", "utazás")},
    "press": {"en": ("press conference", "press appearance", "reporters", "journalists", "questions"),
              "uk": ("пресконференц", "прес-конференц", "журналіст", "запитан"),
              "ru": ("пресс-конференц", "журналист", "вопрос"), "hu": ("sajtótájékoztató", "újságíró", "kérdés")},
    "war": {"en": ("war", "invasion", "conflict"), "uk": ("війн", "вторгнен", "конфлікт"), "ru": ("войн", "вторжени", "конфликт"), "hu": ("háború", "invázió", "konfliktus")},
    "sanctions": {"en": ("sanction",), "uk": ("санкці",), "ru": ("санкци",), "hu": ("szankci",)},
    "exemption": {"en": ("exemption", "exempt", "waiver"), "uk": ("звільнен", "виняток", "винятк", "відстрочк"),
                  "ru": ("исключени", "освобожд", "освободил"), "hu": ("mentesség", "mentesít", "felmentés", "engedmény")},
    "oil": {"en": ("oil",), "uk": ("нафт",), "ru": ("нефт",), "hu": ("olaj", "kőolaj")},
    "gas": {"en": ("gas",), "uk": ("газ",), "ru": ("газ",), "hu": ("gáz",)},
    "energy": {"en": ("energy",), "uk": ("енерг",), "ru": ("энерг",), "hu": ("energ",)},
    "pipeline": {"en": ("pipeline",), "uk": ("трубопровід", "трубопровод"), "ru": ("трубопровод",), "hu": ("vezeték",)},
    "sea": {"en": ("sea",), "uk": ("мор",), "ru": ("мор",), "hu": ("tenger",)},
    "deal": {"en": ("deal", "agreement", "agreed"), "uk": ("угод", "домовле", "домовил", "узгоджен"),
             "ru": ("сделк", "соглашени", "договорен", "договорил"), "hu": ("megállapod", "alku", "megegyez")},
    "appeal": {"en": ("urged", "called on", "asked"), "uk": ("попросив", "закликав"), "ru": ("попросил", "призвал"), "hu": ("kérte", "kértem", "szorgalmaz", "javasolt")},
    "aid": {"en": ("aid", "assistance"), "uk": ("допомог",), "ru": ("помощ",), "hu": ("segély", "támogatás")},
    "military": {"en": ("military",), "uk": ("військов",), "ru": ("военн",), "hu": ("katonai",)},
    "security": {"en": ("security",), "uk": ("безпек",), "ru": ("безопасност",), "hu": ("biztonság",)},
    "presidency": {"en": ("presidency",), "uk": ("головуван",), "ru": ("председательств", "председател"), "hu": ("elnökség", "soros elnök")},
    "membership": {"en": ("membership",), "uk": ("членств",), "ru": ("членств",), "hu": ("tagság",)},
    "veto": {"en": ("veto",), "uk": ("вето",), "ru": ("вето",), "hu": ("vétó",)},
    "tariff": {"en": ("tariff",), "uk": ("мит",), "ru": ("пошлин",), "hu": ("vám",)},
    "inflation": {"en": ("inflation",), "uk": ("інфляц",), "ru": ("инфляц",), "hu": ("infláci",)},
    "interest-rate": {"en": ("interest rate", "rate cut", "rates"), "uk": ("ставк",), "ru": ("ставк",), "hu": ("kamat",)},
    "flood": {"en": ("flood",), "uk": ("повін", "повен"), "ru": ("наводнени", "паводк"), "hu": ("árvíz",)},
    "killed": {"en": ("killed", "dead", "died"), "uk": ("загинул", "загиблих", "вбит"), "ru": ("погиб", "убит"), "hu": ("meghalt", "életét vesztette", "halott")},
    "wounded": {"en": ("wounded", "injured"), "uk": ("поранен",), "ru": ("ранен",), "hu": ("megsebesült", "sérült")},
    "attack": {"en": ("attack", "strike", "assault"), "uk": ("атак", "удар", "наступ"), "ru": ("атак", "удар", "наступлени"), "hu": ("támad", "csapás")},
    "drone": {"en": ("drone",), "uk": ("дрон", "безпілотник"), "ru": ("дрон", "беспилотник"), "hu": ("drón",)},
    "missile": {"en": ("missile", "rocket"), "uk": ("ракет",), "ru": ("ракет",), "hu": ("rakét",)},
    "troops": {"en": ("troops", "soldiers", "army"), "uk": ("військ", "солдат", "армі"), "ru": ("войск", "солдат", "арми"), "hu": ("csapat", "katonák", "hadsereg")},
    "parliament": {"en": ("parliament", "lawmakers"), "uk": ("парламент", "депутат", "рад"), "ru": ("парламент", "депутат"), "hu": ("parlament", "országgyűlés", "képviselő")},
    "government": {"en": ("government", "cabinet"), "uk": ("уряд",), "ru": ("правительств", "кабмин"), "hu": ("kormány",)},
    "criticism": {"en": ("critic", "criticiz", "criticis"), "uk": ("критик",), "ru": ("критик",), "hu": ("bírál", "kritiz")},
    "praise": {"en": ("praise", "praised"), "uk": ("похвал", "високо оцін"), "ru": ("похвал", "высоко оцен"), "hu": ("dicsér",)},
    "symbolic": {"en": ("symbolic",), "uk": ("символічн",), "ru": ("символичн",), "hu": ("szimbolikus",)},
    "bilateral": {"en": ("bilateral",), "uk": ("двосторонн",), "ru": ("двусторонн",), "hu": ("kétoldalú",)},
    "liquefied-gas": {"en": ("liquified natural gas", "liquefied natural gas", "lng"), "uk": ("скраплен", "lng"), "ru": ("сжиженн", "спг"), "hu": ("cseppfolyós", "lng")},
    "nuclear": {"en": ("nuclear",), "uk": ("ядерн", "атомн"), "ru": ("ядерн", "атомн"), "hu": ("nukleáris", "atom")},
    "consider": {"en": ("consider",), "uk": ("розгляда", "розглянути", "подума"), "ru": ("рассматрива", "рассмотреть", "подума"), "hu": ("fontolgat", "megfontol", "gondolja át")},
    "speed-up": {"en": ("speed up", "accelerat", "expedite"), "uk": ("прискор", "пришвид"), "ru": ("ускор",), "hu": ("gyorsít", "felgyorsít")},
    "purchase": {"en": ("buy", "purchas"), "uk": ("купів", "закуп", "купу"), "ru": ("покуп", "закуп", "купи"), "hu": ("vásárl", "beszerz", "vesz")},
}
# fmt: on
_SPACES = re.compile(r"\s+")


def _stem_pattern(stem: str) -> str:
    """A stem as a regex: each word of a phrase takes its own ending (прекращени огня → прекращению огня);
    a final space means the whole word (мир, not мирный)."""
    words = stem.split()
    body = r"\w*\s+".join(re.escape(w) for w in words)
    return body + (r"(?!\w)" if stem.endswith(" ") else "")


@lru_cache(maxsize=8)
def _patterns(lang: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    out = []
    for concept, stems in TERMS.items():
        options = stems.get(lang, ())
        if options:
            alternatives = "|".join(_stem_pattern(s) for s in options)
            out.append((concept, re.compile(r"(?<!\w)(?:" + alternatives + ")")))
    return tuple(out)


def terms(sentence: str, lang: str) -> set[str]:
    """The concepts of :data:`TERMS` that ``sentence`` (written in ``lang``) names."""
    text = _SPACES.sub(" ", unicodedata.normalize("NFC", sentence).lower())
    return {concept for concept, pattern in _patterns(lang) if pattern.search(text)}


def terms_per_sentence(sentences: Sequence[str], lang: str) -> list[set[str]]:
    return [terms(s, lang) for s in sentences]
