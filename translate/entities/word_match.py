"""Whether one word of a text is one word of a name: its stem and case endings, its transliteration key.

A target word matches a pattern word when it starts with the pattern's stem (its last vowel dropped)
followed by a short case ending (Budapesten, Путина, Fehér Házba), or when their match keys are close
(:func:`translate.text.transliteration.similar`); :mod:`.projection` decides which words are patterns and
which matched words are mentions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.places import common_word
from ..text.segmentation import ROMAN_NUMERAL
from ..text.transliteration import match_key, similar

__all__ = ["ADJECTIVE", "KEY_THRESHOLD", "REGION_WORD", "WORD", "PatternWord", "region_form", "word_score"]

# Hyphens split words (Kelet-Ukrajnában, Нью-Йорк); adjacent matched parts join again into one mention.
WORD = re.compile(r"[^\W_]+(?:['\u2019\u02bc][^\W_]+)*")
_VOWEL_END = "aeiouyáéíóöőúüűаеєиіїоуюяыэйь"
_MAX_ENDING = {"uk": 4, "ru": 4, "hu": 7}
# After a foreign name's whole transliteration key (Trump → Трамп-ом, Зеленськ-им) a Cyrillic ending
# has three letters at most.
_KEY_ENDING = {"uk": 3, "ru": 3}
_CYRILLIC = frozenset({"uk", "ru"})
# The last letter of a Ukrainian or Russian case ending: a vowel, й, ь, м (-ом), х (-ах), в (-ів, -ов).
_KEY_VOWELS = frozenset("aeiouy")  # the vowels of match keys (Cyrillic и, ы, і are i there)
_CASE_ENDING_LAST = frozenset("аеиоуыэюяіїєйьмхв")
KEY_THRESHOLD = 0.8
# The letters of the Ukrainian and Russian case endings a stem of three letters takes (Риг-и, Риг-ою, Біл-ому):
# vowels, й, м, х and the г of -ого.
_SHORT_STEM_ENDING = frozenset("аеиоуыэюяіїєймхг")


def _only_begins_like(stem: str, ending: str) -> bool:
    """A word that begins with a stem of three letters but goes on with no case ending: "перед" is no Перу."""
    return bool(ending) and len(stem) < 4 and not set(ending) <= _SHORT_STEM_ENDING


@dataclass(frozen=True)
class PatternWord:
    """One word to look for, with where it came from and how much it is trusted."""

    word: str
    lang: str  # language the word is written in ("en" for the source's own words)
    score: float
    stem_only: bool  # glossary, CLDR and model forms (not the English words themselves)
    single: bool = False  # the word is a whole name on its own (Еврокомиссия), not part of a longer one
    inner: bool = False  # a later word of a name in the text's own language: its case may differ ("Рада безпеки")
    lower_case: bool = False  # the press may write it in lower case (Ukrainian outlets' "путін", "росія")
    place: bool = False  # a name from the place table: no common word that begins like it is it (крім ≠ Крим)
    any_case: bool = False  # a named thing the press writes in either case (холодна війна, hidegháború, Cold War)
    code: str = ""  # the number of a designation the word begins (Tu of Tu-95, Su of Su-34): "95"
    # Found by likeness of spelling too (Zelenskyy, Зеленський). Not an English word the place table names in
    # the text's language: its local name is looked for instead, and "Укрінформ" merely looks like Ukraine
    # (before a word for a region it still may: "Запорізької області" is not a case of Запоріжжя).
    likeness: bool = True


def _stems(word: str, lang: str = "") -> list[str]:
    """Stems a case ending may follow: the word less up to two final vowels (Україна → україн,
    Білий → біл), for Ukrainian the і → о/е alternation of closed syllables (дім → дом, Київ → Києв)
    and the г/к/х → з/ц/с of the locative (Гаага → у Гаазі, Америка → в Америці, потік → на потоці)."""
    lowered = word.lower()
    stems = [lowered]
    stem = lowered
    for _ in range(2):
        if lang == "hu" and stem.endswith("i"):
            break  # Hungarian -i makes an adjective (Európai, Oroszországi): not a stem of Európa
        if len(lowered) >= 4 and len(stem) > 3 and stem[-1] in _VOWEL_END:
            stem = stem[:-1]
            stems.append(stem)
    extra = []
    for stem in stems:
        at = stem.rfind("і")
        if at > 0 and at >= len(stem) - 3:
            extra += [stem[:at] + "о" + stem[at + 1 :], stem[:at] + "е" + stem[at + 1 :], stem[:at] + "є" + stem[at + 1 :]]
    if lang in _CYRILLIC and len(lowered) >= 5 and lowered[-2:] in _FLEETING:
        extra.append(lowered[:-2] + lowered[-1])  # a vowel that drops in the other cases: дворец → дворца, замок → замка
    if lang == "uk":  # both changes at once too: потік → на потоці
        extra += [stem[:-1] + _UK_LOCATIVE[stem[-1]] for stem in stems + extra if stem[-1:] in _UK_LOCATIVE and len(stem) >= 3]
    return stems + extra


_UK_LOCATIVE = {"г": "з", "к": "ц", "х": "с"}
_FLEETING = frozenset({"ец", "ок", "ёк"})
_PLURAL_ENDINGS = frozenset({"ах", "ам", "ами"})


def word_score(target: str, target_key: str, lang: str, pattern: PatternWord, region: bool = False, code: str = "") -> float:
    """How well a target word matches one pattern word (0 when it does not). ``region``: the next word
    is a word for a region (області, области, terület) or an acronym, after which the adjective names
    the place ("Херсонській області", "Kurszki területen", "Каховської ГЕС"). ``code``: the number
    joined to the target word by a hyphen ("Ту-95": "95"), if any."""
    regnal = (len(pattern.word) > 1 and ROMAN_NUMERAL.fullmatch(pattern.word)) or (len(target) > 1 and ROMAN_NUMERAL.fullmatch(target))
    if regnal and not pattern.code and not code:
        # A regnal number is itself only (match keys fold "III" into "II"): Елизавета II, not Карл III; the IL
        # of IL-76 is a designation. A regnal name has no surname either (Elizabeth of Elizabeth II: sources.surname).
        return pattern.score if target == pattern.word else 0.0
    if pattern.code and code == pattern.code and target_key == match_key(pattern.word, pattern.lang):
        return pattern.score * 0.95  # a designation in either script: Tu-95 = Ту-95, Su-34 = Су-34, S-400 = С-400
    if target.islower() and pattern.word.isupper() and pattern.lower_case and lang in _LOWER_CASE_NAMES and pattern.lang == lang:
        # A place's acronym in lower case, as Ukrainian outlets write Russia's since 2022 ("рф").
        return pattern.score * 0.9 if target.upper() == pattern.word else 0.0
    if target[:1].isupper() != pattern.word[:1].isupper() and not (target.isupper() and pattern.word.isupper()):
        if target[:1].islower() and pattern.lower_case and lang in _LOWER_CASE_NAMES and not pattern.any_case:
            return _lower_case_score(target, target_key, lang, pattern)
        if not pattern.inner and not pattern.any_case:
            return 0.0
    lowered = target.lower()
    plain = pattern.word.lower()
    if lowered == plain:
        return pattern.score
    if pattern.place and common_word(target, lang, len(match_key(pattern.word, pattern.lang))):
        return 0.0  # "Крім того" begins like Крим
    if target.isupper() and pattern.word.isupper() and len(target) > 1 and target_key == match_key(pattern.word, pattern.lang):
        return pattern.score * 0.95  # one acronym in two scripts: FSB, ФСБ, FSZB; NATO, НАТО
    limit = _MAX_ENDING.get(lang, 4)
    if len(plain) <= 3:
        # Short words and acronyms match only as they are, or, inside a base form of this
        # language, followed by a case ending (Fehér Ház → Fehér Házba, дім → домі).
        if pattern.stem_only and pattern.lang == lang and len(plain) == 3:
            for stem in _stems(pattern.word, pattern.lang):
                if len(stem) == 3 and lowered.startswith(stem) and 0 < len(lowered) - 3 <= limit:
                    return pattern.score * 0.97
        if len(plain) == 3 and pattern.lang != lang and target[:1].isupper() and target_key == match_key(pattern.word, pattern.lang):
            return pattern.score * 0.95  # a short name in another script, as it is: Kim = Кім, Ким; Ufa = Уфа
        return 0.0
    if lang in _CYRILLIC and len(plain) == 4 and plain[-1] in "yиы" and lowered[3:] in _PLURAL_ENDINGS:
        # A town named in the plural declines as one (Sumy, Суми: у Сумах, Сумам, Сумами), from a stem
        # too short for the rules below (сума, сумка are no Sumy).
        if match_key(target[:3], lang) == match_key(pattern.word, pattern.lang)[:-1]:
            return pattern.score * 0.95
    for stem in _stems(pattern.word, pattern.lang):
        ending = lowered[len(stem) :]
        if ending and lang in _CYRILLIC and ((stem == plain and stem[-1] in _VOWEL_END) or ending[-1] not in _CASE_ENDING_LAST):
            continue  # Молдова declines as Молдов-у, Молдов-ой: "Молдовагаз(у)" is the gas company
        if lang in _CYRILLIC and _only_begins_like(stem, ending):
            continue  # Рига declines as Риг-и, Риг-ою, Біл-ому; "Перша" and "Первый" only begin like Перу
        if lowered.startswith(stem) and len(ending) <= limit and (not ending or ending.isalpha()):
            if not region and lang == "hu" and ending == "i" and pattern.word[-1:] != "i":
                return 0.0  # Hungarian -i makes an adjective (kijevi, brüsszeli), not a case of the name
            return pattern.score * (1.0 - 0.01 * (len(lowered) - len(plain) if len(lowered) > len(plain) else 1))
    pattern_key = match_key(pattern.word, pattern.lang)
    if len(pattern_key) < 3 or not target_key or target_key[0] != pattern_key[0]:
        return 0.0
    if len(target_key) < len(pattern_key) - 1:
        return 0.0  # inflected names are not shorter than their base (ukrán is not Ukraine)
    if lang in _CYRILLIC and pattern.lang != lang and len(pattern_key) >= 4 and pattern_key[-1] in "ao":
        # A foreign name ending in -a or -o declines by its last vowel: Bucha is Бучі, Бучи, Буче, Бучей
        # (not one in -y or -i: Sumy is a plural, and "Сума" a sum).
        ending = target_key[len(pattern_key) - 1 :]
        if target_key.startswith(pattern_key[:-1]) and 0 < len(ending) <= 2 and all(c in _KEY_VOWELS for c in ending):
            return pattern.score * 0.93
    own = pattern.stem_only and pattern.lang == lang
    key_ending = limit if region else _KEY_ENDING.get(lang, limit)  # Херсон-ської області
    # A name of the text's own language takes its case endings after its stem (above), not after its
    # whole form: "Молдовагазу" is the gas company, not Moldova.
    if lang in _CYRILLIC and pattern_key[-1] in "aoeu" and len(target_key) > len(pattern_key) and target_key.startswith(pattern_key):
        return 0.0  # Moldova declines as Молдову, Молдовой: "Молдовагаз" is another word
    if target_key.startswith(pattern_key) and len(target_key) - len(pattern_key) <= (2 if own else key_ending):
        if not region and lang == "hu" and target_key[len(pattern_key) :] == "i":
            return 0.0
        return pattern.score * 0.95
    if len(pattern_key) < 4 or own or not (pattern.likeness or region) or len(target_key) - len(pattern_key) > key_ending:
        return 0.0  # a name in the text's own language is found by its stem, not by likeness (Российский ≠ Россия)
    value = similar(pattern_key, target_key)
    if value >= KEY_THRESHOLD:
        return min(pattern.score, 0.9) * value
    return 0.0


# Adjectives made of a name (Україна → Українська, Россия → Российский): alone, no mention of a
# country (a nationality); a person's name may look like one (Зеленського), and a town's names a thing
# (Каховської ГЕС).
ADJECTIVE = {
    "uk": re.compile(r"(?:ськ|цьк|зьк)(?:ий|а|е|і|ого|ому|ої|ій|у|им|их|ими|ою)$"),
    "ru": re.compile(r"(?:ск|цк)(?:ий|ая|ое|ие|ого|ому|ой|ую|им|их|ими|ою)$"),
}
# A region's own noun made of its town's name (Курщина, Донеччина, Харківщина).
_REGION_NOUN = re.compile(r"(?:щин|ччин)\w{0,3}$")
# Ukrainian towns in -ськ, -цьк decline to -ська, -ську: the town, though an adjective ends so too.
_UK_TOWN_CASE = re.compile(r"(?:ськ|цьк|зьк)[ау]$")


def region_form(word: str, lang: str) -> bool:
    """Whether a lower-case word names a region by its own form: an adjective of its town (Донецкой, without
    the word for a region after it in a list: "Донецкой и Луганской областей") or a region's noun (Донеччини)."""
    adjective = ADJECTIVE.get(lang)
    if _REGION_NOUN.search(word):
        return True
    return adjective is not None and adjective.search(word) is not None and not (lang == "uk" and _UK_TOWN_CASE.search(word))
# Words for a region, after which a place's adjective is the region's name (Тверської області).
REGION_WORD = re.compile(r"(?:област|кра[йюї]|район|terület|megy[eé]|régió)\w*$", re.IGNORECASE)
# Languages whose press may write a name in lower case on purpose (Ukrainian outlets since 2022).
_LOWER_CASE_NAMES = frozenset({"uk", "ru"})


def _lower_case_score(target: str, target_key: str, lang: str, pattern: PatternWord) -> float:
    """A lower-case word as a name written in lower case ("путіна", "росії"): the name less its final
    vowel, then at most two letters of ending, so that adjectives and demonyms ("російський",
    "росіяни", "росіян") stay apart."""
    lowered = target.lower()
    if len(lowered) < 5:
        return 0.0
    if pattern.lang == lang:
        stems = _stems(pattern.word, lang)
        stem = stems[1] if len(stems) > 1 and len(stems[1]) == len(stems[0]) - 1 else stems[0]  # росія → росі
        ending = lowered[len(stem) :]
        if lowered.startswith(stem) and len(ending) <= 2 and not ending.startswith("ян") and not _only_begins_like(stem, ending):
            return pattern.score * 0.9
        return 0.0
    key = match_key(pattern.word, pattern.lang)
    if len(key) >= 4 and target_key.startswith(key) and len(target_key) - len(key) <= 2:
        return pattern.score * 0.85
    return 0.0
