"""Projecting source entities into another language: matching words through inflection and transliteration.

Each entity is looked for with, in order of trust:

1. glossary base forms for that language (``forms``), matched with case endings;
2. CLDR names (:func:`translate.text.places.local_names`): territories (Ukraine → Україна/Украина/Ukrajna)
   and the exemplar cities of time zones (Kyiv → Київ/Киев/Kijev, Moscow → Moszkva), with the
   short forms of a few (United States → США/USA, European Union → ЄС/ЕС/EU);
3. the translation model on the entity phrase, when a ``translate`` callable is given;
4. the English words themselves, compared through :mod:`translate.text.transliteration` match keys,
   which fold Hungarian and Slavic spellings (Putyin, Zelenszkij, Vlagyimir, Путіним).

Whether a target word matches a pattern word is :mod:`.word_match`'s: a stem and a short case ending
(Budapesten, Путина, Fehér Házba), or close match keys. Adjacent matched words of one entity make one
mention.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

from ..errors import UsageError
from ..text.chinese_names import chinese_name_forms
from ..text.places import DEMONYMS, acronyms, english_name_code, local_names
from ..text.segmentation import ROMAN_NUMERAL
from ..text.transliteration import match_key, similar
from .regnal_names import regnal_forms
from .sources import SourceEntity, initials, surname, without_article
from .word_match import ADJECTIVE, KEY_THRESHOLD, REGION_WORD, WORD, PatternWord, region_form, word_score

__all__ = [
    "PatternWord", "TranslateFn", "defined_acronyms", "names_place_adjective", "patterns", "phrase_translator", "project_sentence",
    "translate_names",
]

# (phrases, target language) -> one translation per phrase.
TranslateFn = Callable[[list[str], str], list[str]]


def phrase_translator(translator: Any) -> TranslateFn:
    """Wrap a :class:`translate.pipeline.Translator` (duck-typed) as a :data:`TranslateFn`."""

    def run(phrases: list[str], lang: str) -> list[str]:
        return [text for text, _flags in translator.translate_sentences(phrases, lang)]

    return run


# Pattern sources, most trusted first; the score breaks ties between entities claiming one word.
_SCORE_FORM = 1.0
_SCORE_CLDR = 0.97
_SCORE_MODEL = 0.93


# A designation: letters, a hyphen (or, as some write it, a dash), a number (Tu-95, Su-34, S-400, Х-101).
_DESIGNATION_JOINS = frozenset("-\u2011\u2013")
_DESIGNATION = re.compile(r"(?<!\w)([^\W\d_]{1,4})[" + "".join(sorted(_DESIGNATION_JOINS)) + r"](\d{1,4})(?!\d)")


def _clean_phrase(text: str) -> str:
    return " ".join(WORD.findall(text))


def patterns(entity: SourceEntity, lang: str, translated: str | None) -> list[PatternWord]:
    words: list[PatternWord] = []
    seen: set[tuple[str, str]] = set()
    designations = dict(_DESIGNATION.findall(entity.text))  # the English words come one by one: Tu of Tu-95

    def add(text: str, word_lang: str, score: float, stem_only: bool, lower_case: bool = False, place: bool = False,
            any_case: bool = False, whole: bool = True, inner: bool = True, likeness: bool = True) -> None:
        found = WORD.findall(text)
        codes = dict(_DESIGNATION.findall(text)) or (designations if word_lang == "en" else {})
        for position, word in enumerate(found):
            if (word, word_lang) not in seen and (len(word) > 1 or (word.isupper() and inner)):
                seen.add((word, word_lang))
                own = stem_only and word_lang == lang
                words.append(PatternWord(word, word_lang, score, stem_only, whole and len(found) == 1, own and inner and position > 0,
                                         lower_case and len(found) == 1, place, any_case and not word.isupper(),
                                         codes.get(word, ""), likeness))

    for form in entity.forms.get(lang, ()):
        add(form, lang, _SCORE_FORM, True, lower_case=True)
    if entity.label == "PER":
        for form in regnal_forms(entity.text, lang):  # Charles III is Карл III and III. Károly: translated names
            add(form, lang, _SCORE_FORM, True)
    if entity.label == "PER":
        # Си Цзиньпин, Hszi Csin-ping: each word capitalised as written, no one-letter word ("Ван И": и is "and").
        for form in chinese_name_forms(entity.text, lang):
            add(form, lang, _SCORE_CLDR, True, inner=False)
    code = english_name_code(entity.text)
    thing = entity.label != "PER" and code is not None and code.startswith("thing:")
    if entity.label in ("LOC", "ORG", "MISC") or not entity.forms.get(lang):
        for name in (entity.text, *entity.words):
            # A place in a body's or a thing's name alone is the place: "України" is not the State Emergency
            # Service of Ukraine, "Запоріжжя" not the Zaporizhzhia nuclear plant (whatever its label).
            whole = name == entity.text or (entity.label == "LOC" and not thing)
            for local in local_names(name, lang):
                add(local, lang, _SCORE_CLDR, True, lower_case=True, place=True, any_case=thing, whole=whole)
        # Short forms: the United States is США, USA or U.S., the European Union ЄС, ЕС or EU.
        for short in acronyms(code) if code else ():
            add(short, lang, _SCORE_CLDR, True, lower_case=True)
        if entity.label in ("ORG", "MISC"):
            add(initials(entity.text), "en", _SCORE_CLDR, False)  # the ICC in Hungarian text too
    if translated:
        cleaned = _clean_phrase(translated)
        # A phrase translation that only echoes English adds nothing; a long one is a sentence, not a name.
        if cleaned and len(cleaned.split()) <= len(entity.text.split()) + 2:
            add(cleaned, lang, _SCORE_MODEL, True)
    person = entity.label == "PER"
    last_name = surname(entity.text) if person else ""
    for word in entity.words:
        word = without_article(word) if person else word
        if word[:1].isupper() or word.isupper():
            likeness = person or not local_names(word, lang)
            add(word, "en", 0.9, False, lower_case=word == last_name, likeness=likeness)
            for respelled in _respellings(word) if entity.label != "ORG" else ():
                add(respelled, "en", 0.85, False, lower_case=word == last_name, likeness=likeness)
            if lang in ("uk", "ru") and _CODE.fullmatch(word):
                add(word.translate(_CYRILLIC_LOOKALIKES), lang, 0.9, False)  # MH17 typed in Cyrillic: МН17
    return words


# A code of capitals and figures whose letters all have Cyrillic look-alikes, which Ukrainian and Russian
# writers often type for them (MH17 as МН17, A320 as А320).
_CODE = re.compile(r"(?=.*\d)[ABEKMHOPCTXI\d]+")
_CYRILLIC_LOOKALIKES = str.maketrans("ABEKMHOPCTXI", "АВЕКМНОРСТХІ")


def without_others_names(word_patterns: Sequence[list[PatternWord]], entities: Sequence[SourceEntity]) -> list[list[PatternWord]]:
    """Each entity's patterns less the one-word place-table names that are another entity's own name: with both
    Dnipro and Dnipropetrovsk in the glossary, the table's old name of Dnipro (Днепропетровск) is the
    other one ("Днепропетровской ОГА" is the region)."""
    own = [[match_key(word, "en") for word in WORD.findall(entity.text) if len(word) >= 4] for entity in entities]

    def names(key: str, keys: list[str]) -> bool:
        return any(similar(key, other) >= 0.9 for other in keys)

    result = []
    for index, patterns in enumerate(word_patterns):
        others = [key for other, keys in enumerate(own) if other != index for key in keys]
        result.append([
            pattern for pattern in patterns
            if not (pattern.place and pattern.single and names(key := match_key(pattern.word, pattern.lang), others)
                    and not any(similar(key, mine) >= KEY_THRESHOLD for mine in own[index]))
        ])
    return result


# An English text keeps the c of a Central European name, where it is ts or, its caron dropped, ch (Fico =
# Фіцо, Caputova = Čaputová = Чапутова, Vucic = Вучич); English spelling reads it as k before a, o, u.
_HARD_C = re.compile(r"(?<![sS])[cC](?![eiyhkszEIYHKSZ])")


# A German or Italian z after l, n or r is ts as well (Scholz = Шольц, Merz = Мерц, Lorenzo = Лоренцо).
_TS_Z = re.compile(r"(?<=[lnr])z(?=[aeiou]|$)")


# A Romanian, Italian or English g before e or i is dzh (Georgescu = Джорджеску, Giorgia = Джорджа), where a
# Russian or German one stays g (Gennady, Angela): another spelling to try, not the only one.
_SOFT_G = re.compile(r"([gG])(?:i(?=[aou])|(?=[eiy]))")  # Italian gi before a vowel is one sound: Giorgia, Giuseppe


def _soft_c(word: str) -> str:
    """``word`` with each c that English reads as k, and each German z, written ts, as they sound."""
    return _TS_Z.sub("ts", _HARD_C.sub(lambda m: "Ts" if m.group() == "C" else "ts", word))


def _respellings(word: str) -> list[str]:
    """Other spellings of a foreign name's word as it sounds (:func:`_soft_c`, a soft g), each tried apart."""
    soft_g = _SOFT_G.sub(lambda m: "J" if m.group(1) == "G" else "j", word)
    return [other for other in dict.fromkeys((_soft_c(word), soft_g)) if other != word]


def names_place_adjective(text: str, lang: str, words: Sequence[PatternWord]) -> bool:
    """Whether ``text`` has the Hungarian -i adjective of one of a place's one-word names
    (``budapesti`` for Budapest, ``kijevi`` for Kijev, ``moszkvai`` for Moszkva): the usual way to say
    "the Budapest meeting", so the place is not missing, though the adjective is no mention of it."""
    if lang != "hu":
        return False
    lowered = text.lower()
    for pattern in words:
        if pattern.single and pattern.lang in (lang, "en") and len(pattern.word) > 2 and not pattern.word.lower().endswith("i"):
            if re.search(rf"(?<!\w){re.escape(pattern.word.lower())}i(?!\w)", lowered):
                return True
    return False


def _lone_word_ok(entity: SourceEntity, pattern: PatternWord | None) -> bool:
    """May one word alone be a mention? Yes for one-word names, people (by the surname: a first name
    alone, "Владимир" of Volodymyr Zelensky before another surname, is someone else) and one-word forms."""
    words = entity.text.split()
    if len(words) > 1 and entity.label == "PER" and pattern is not None and pattern.lang == "en":
        last_name = surname(entity.text)
        return pattern.word in (last_name, *_respellings(last_name))  # a word of the English name itself: the surname only
    if pattern is not None and pattern.stem_only and not pattern.single and entity.label != "PER":
        return False  # one word of "Російська Федерація" alone is an adjective or a noun, not Russia
    if pattern is not None and pattern.lang == "en" and len(WORD.findall(entity.text)) > 1 and pattern.word not in _distinctive(entity.text):
        return False  # "Ministry" of the Defense Ministry, "Az" of News.Az: a common word of a longer name
    if pattern is not None and pattern.lang == "en" and len(words) > 1 and pattern.word.lower() in DEMONYMS:
        return False  # "Ukrainian" of the Ukrainian Embassy alone ("Ukrajnában") is the country, not the embassy
    return len(words) == 1 or entity.label == "PER" or (pattern is not None and pattern.single)


_REGION_NAME = frozenset({"region", "oblast", "province", "county", "district", "governorate", "krai"})


def _names_a_region(entity: SourceEntity) -> bool:
    """A region named after its town ("Donetsk region", "Butler County"): one word of it alone is the town,
    unless a word for a region follows it ("Донецької області", "Donyeck megyei")."""
    words = entity.text.split()
    return entity.label == "LOC" and len(words) > 1 and words[-1].lower() in _REGION_NAME


def _is_country(entity: SourceEntity) -> bool:
    """A country or union (not a city or region: "Каховської ГЕС", "Херсонській області" name the place)."""
    code = english_name_code(entity.text) if entity.label != "PER" else None
    return code is not None and ":" not in code


def _is_country_or_town(entity: SourceEntity) -> bool:
    """A country, city or region (not a body or a named thing: «Северный поток-2» is the pipeline)."""
    code = english_name_code(entity.text) if entity.label != "PER" else None
    return code is not None and not code.startswith(("org:", "thing:"))


@lru_cache(maxsize=1024)
def _distinctive(name: str) -> frozenset[str]:
    """The words of a multi-word name that may stand for it alone: capitalised, four letters or more,
    and not the generic word of a body (Wagner of the Wagner Group, not Group or Ministry) or a place;
    with their soft-c spellings (:func:`_soft_c`) and the name's initials (ICC)."""
    found = WORD.findall(name)
    if any(w.lower() in _COMPASS_WORDS for w in found):
        found = []  # "Korea" of North Korea is as much South Korea ("Південної Кореї")
    words = {w for w in found if len(w) >= 4 and w[:1].isupper() and w.lower() not in _GENERIC_WORDS and not _is_place_name(w)}
    return frozenset(words | {_soft_c(w) for w in words} | {initials(name)} - {""})


_COMPASS_WORDS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western"})


def _is_place_name(word: str) -> bool:
    """A country, city or region: alone, in a body's name, it is the place ("Україна" is not the State
    Emergency Service of Ukraine)."""
    code = english_name_code(word)
    return code is not None and not code.startswith(("org:", "thing:"))


_GENERIC_WORDS = frozenset({
    "group", "ministry", "council", "court", "committee", "agency", "service", "party", "union", "office",
    "department", "news", "house", "bank", "fund", "organization", "organisation", "assembly", "parliament",
    "government", "commission", "forces", "army", "guard", "company", "international", "national", "federal",
    "state", "united", "european", "defense", "defence", "foreign", "security", "general", "staff", "nations",
    # A saint's title: "Szent" (Hungarian for saint) is not Domus Santa Marta.
    "saint", "sainte", "santa", "santo", "sankt",
})


def project_sentence(
    text: str, lang: str, candidates: Sequence[tuple[int, list[PatternWord]]], entities: Sequence[SourceEntity]
) -> list[tuple[int, int, int]]:
    """Mentions ``(entity index, start, end)`` in one target sentence."""
    tokens = [(m.start(), m.end(), m.group()) for m in WORD.finditer(text)]
    scores: list[dict[int, tuple[float, PatternWord]]] = []
    alone: list[set[int]] = []  # per token, the entities it may be a mention of on its own
    adjective = ADJECTIVE.get(lang)
    countries = [_is_country(e) for e in entities]
    places = [_is_country_or_town(e) for e in entities]
    regions = [_names_a_region(e) for e in entities]
    for position, (_start, _end, word) in enumerate(tokens):
        key = match_key(word, lang)
        following = tokens[position + 1][2] if position + 1 < len(tokens) else ""
        region = REGION_WORD.match(following) is not None or (len(following) >= 2 and following.isupper())
        code = following if following.isdigit() and text[tokens[position][1] : tokens[position + 1][0]] in _DESIGNATION_JOINS else ""
        here: dict[int, tuple[float, PatternWord]] = {}
        lone: set[int] = set()
        for entity_index, patterns in candidates:
            best: tuple[float, PatternWord] | None = None
            for pattern in patterns:
                value = word_score(word, key, lang, pattern, region, code)
                if value > 0 and (best is None or value > best[0]):
                    best = (value, pattern)
                if value > 0 and (_lone_word_ok(entities[entity_index], pattern) or (pattern.code and code == pattern.code)) and not (
                    adjective is not None and not region and countries[entity_index]
                    and adjective.search(word.lower()) and not adjective.search(pattern.word.lower())
                ) and not (  # a country's adjective alone (Українська, Российский) is a nationality, no mention
                    regions[entity_index] and not region and (pattern.lang == "en" or not pattern.single)
                    and not region_form(word.lower(), lang)
                ):  # the town's noun alone is the town: "Донецк" is not the Donetsk region, "Батлер" not Butler County
                    lone.add(entity_index)  # "Oroszországgal" is Oroszország, whatever else it is a word of
            if best is not None:
                here[entity_index] = best
        scores.append(here)
        alone.append(lone)
    _join_hyphenated(text, lang, tokens, candidates, entities, scores, alone)
    choice = [max(here, key=lambda i: (here[i][0], -i)) if here else -1 for here in scores]

    def joined(a: int, b: int) -> bool:  # tokens a < b are neighbours: only spaces or a hyphen between
        between = text[tokens[a][1] : tokens[b][0]]
        if between.strip() == "." and ROMAN_NUMERAL.fullmatch(tokens[a][2]):
            return True  # a Hungarian regnal number before its name: "III. Károly"
        return between == "-" or not between.strip()  # a spaced dash ("СНО - про") parts two phrases

    # A word two names share (Володимир: Zelensky and Putin) goes to the name its neighbour belongs to.
    for _ in range(2):
        for position in range(len(tokens)):
            if not scores[position]:
                continue
            for other in (position - 1, position + 1):
                if 0 <= other < len(tokens) and choice[other] >= 0 and joined(min(position, other), max(position, other)):
                    wanted = choice[other]
                    if wanted != choice[position] and wanted in scores[position]:
                        if scores[position][wanted][0] >= 0.9 * scores[position][choice[position]][0]:
                            choice[position] = wanted
    # A word that is a later word of a body's name ("Украины" of «Вооружённые силы Украины») but stands
    # alone here is no mention of the body: it goes to the best name it may be alone (Ukraine).
    for position in range(len(tokens)):
        chosen = choice[position]
        if chosen < 0 or chosen in alone[position]:
            continue
        if any(0 <= other < len(tokens) and choice[other] == chosen and joined(min(position, other), max(position, other))
               for other in (position - 1, position + 1)):
            continue
        # Only a match as good (a case of the name, not a likeness: "Európai" of Európai Bizottság is no Europe).
        others = [i for i in alone[position] if i in scores[position] and scores[position][i][0] >= 0.95 * scores[position][chosen][0]]
        if others:
            choice[position] = max(others, key=lambda i: (scores[position][i][0], -i))
    mentions: list[tuple[int, int, int, int]] = []  # (entity, start, end, words)
    for position, (start, end, _word) in enumerate(tokens):
        entity_index = choice[position]
        if entity_index < 0:
            continue
        if mentions and mentions[-1][0] == entity_index and choice[position - 1] == entity_index and joined(position - 1, position):
            mentions[-1] = (entity_index, mentions[-1][1], end, mentions[-1][3] + 1)
            continue
        mentions.append((entity_index, start, end, 1))
    def headless(position: int, entity_index: int) -> bool:
        # A later word of a name in the text's own language, not capitalised as the name has it: "unió" is no
        # name without the "Európai" before it, nor "атомної енергії" without its agency.
        word, first = tokens[position][2], scores[position][entity_index][1]
        return first.inner and (word[:1].islower() or word[:1].isupper() != first.word[:1].isupper())

    kept: list[tuple[int, int, int]] = []
    for entity_index, start, end, count in mentions:
        position = next(i for i, t in enumerate(tokens) if t[0] == start)
        last = position + count - 1
        # A name neither begins nor ends with a preposition or article ("договорі про" is only the first word of
        # the treaty on strategic arms and its "on") nor begins with a later word of itself ("альянсу НАТО").
        while count > 1 and tokens[last][2] in _JOINING_WORDS:
            last, count = last - 1, count - 1
        while count > 1 and (tokens[position][2] in _JOINING_WORDS or headless(position, entity_index)):
            position, count = position + 1, count - 1
        if headless(position, entity_index):
            continue
        start, end = tokens[position][0], tokens[last][1]
        if count == 1 and entity_index not in alone[position]:
            continue
        if places[entity_index] and _QUOTED_NUMBERED.match(text, end) and text[max(start - 1, 0) : start] in _OPENING_QUOTES:
            continue  # «Россия 24», «Россия-1»: a channel named after the country, not the country
        kept.append((entity_index, start, end))
    return kept


# Prepositions, conjunctions and articles inside names (the Treaty on ..., Договір про ..., Organization of ...):
# no name begins or ends with one.
_JOINING_WORDS = frozenset({
    "of", "the", "and", "for", "on", "in", "at", "to", "an",
    "про", "і", "й", "та", "у", "в", "з", "із", "на", "до", "по", "за", "від", "для",
    "о", "об", "и", "во", "с", "со", "от",
    "a", "az", "és", "s",
})


def _join_hyphenated(
    text: str, lang: str, tokens: Sequence[tuple[int, int, str]], candidates: Sequence[tuple[int, list[PatternWord]]],
    entities: Sequence[SourceEntity], scores: list[dict[int, tuple[float, PatternWord]]], alone: list[set[int]],
) -> None:
    """Two capitalised words, joined by a hyphen or a space, that together spell one word of a name: Russian
    and Ukrainian write a Persian or Arabic name so (Amirabdollahian = Амир-Абдоллахиан, Амир Абдоллахиан).
    Both words become that name's, where neither matched it better alone."""
    for position in range(len(tokens) - 1):
        (_s, first_end, first), (second_start, _e, second) = tokens[position], tokens[position + 1]
        between = text[first_end:second_start]
        if between not in ("-", " ") or not (first[:1].isupper() and second[:1].isupper()) or first.isupper():
            continue
        joined = first + second.lower()
        key = match_key(joined, lang)
        for entity_index, patterns in candidates:
            if between == " " and entities[entity_index].label != "PER":
                continue  # two names side by side ("Svéd Nemzeti", "Повітряні Сили") are no one name
            for pattern in patterns:
                if pattern.lang != "en" or not _lone_word_ok(entities[entity_index], pattern):
                    continue
                value = word_score(joined, key, lang, pattern)
                here = [scores[position].get(entity_index), scores[position + 1].get(entity_index)]
                if value > 0 and all(found is None or found[0] < value for found in here):
                    for at in (position, position + 1):
                        scores[at][entity_index] = (value, pattern)
                        alone[at].add(entity_index)


_QUOTED_NUMBERED = re.compile(r"[ \-]\d{1,3}[»\"“”']")
_OPENING_QUOTES = frozenset('«"„“')

_DEFINITION = re.compile(r"\s*\(\s*([^\W\d_]{2,8})\s*\)")


def defined_acronyms(sentences: Sequence[str], mentions: Sequence[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """Mentions ``(entity, sentence, start, end)`` of the acronyms a text defines after a mention of an
    entity ("Міжнародний кримінальний суд (МКС)"): every such acronym of the text, the defining one
    too, where no mention is already. An acronym two entities define is nobody's."""
    defined: dict[str, set[int]] = {}
    for entity, sid, _start, end in mentions:
        match = _DEFINITION.match(sentences[sid], end)
        if match and match.group(1).isupper():
            defined.setdefault(match.group(1), set()).add(entity)
    taken = [(sid, start, end) for _entity, sid, start, end in mentions]
    found: list[tuple[int, int, int, int]] = []
    for acronym, entities in defined.items():
        if len(entities) != 1:
            continue
        entity = next(iter(entities))
        for sid, text in enumerate(sentences):
            for match in re.finditer(rf"(?<!\w){re.escape(acronym)}(?!\w)", text):
                if not any(s == sid and a < match.end() and match.start() < b for s, a, b in taken):
                    found.append((entity, sid, match.start(), match.end()))
    return found


def translate_names(sources: Sequence[SourceEntity], lang: str, translate: TranslateFn | None) -> dict[str, str]:
    if translate is None or not sources:
        return {}
    names = list(dict.fromkeys(e.text for e in sources))
    outputs = list(translate(names, lang))
    if len(outputs) != len(names):
        raise UsageError(
            f"the translate function returned {len(outputs)} phrases for {len(names)}; it must return one per phrase"
        )
    return dict(zip(names, outputs, strict=True))

