"""Place names across English, Ukrainian, Russian and Hungarian: one table, read from CLDR through babel.

CLDR (the Unicode locale data that babel ships) names every territory in every language
(Ukraine, Україна, Украина, Ukrajna) and the exemplar city of every time zone (Kyiv, Київ, Киев,
Kijev). This module loads those names once, on first use, with the short forms, cities, regions and
bodies CLDR lacks (``places.tsv``), and answers two questions:

* :func:`place_code`: which place does a word of any of the four languages name? Words are compared
  through :func:`translate.text.transliteration.match_key` prefixes, so inflected forms match
  (Угорщині, Magyarországon, Венгрии → HU). The aligner uses the codes as anchors.
* :func:`local_names`: what is an English place name called in another language? Entity projection
  looks for those names in a translation.

babel is a dependency, but the module still works without it (only places.tsv is used).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .transliteration import match_key

__all__ = [
    "DEMONYMS", "ListedPlaces", "PLACES_FILE", "PLACE_LANGUAGES", "acronym_place", "acronyms", "common_word", "english_name_code", "english_names", "listed_places", "local_names", "normal_name", "place_code",
]

PLACE_LANGUAGES = ("en", "uk", "ru", "hu")
PLACES_FILE = Path(__file__).with_name("places.tsv")
# Codes that are no place (unknown region, outlying Oceania, the eurozone, the world).
_NOT_PLACES = frozenset({"ZZ", "QO", "UM", "EZ", "001"})
# Numeric regions worth an anchor (Africa, Oceania, the Americas, Asia, Europe).
_KEEP_NUMERIC = frozenset({"002", "009", "019", "142", "150"})
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019\u02bc][^\W\d_]+)*")


def _is_place(code: str) -> bool:
    """Is a CLDR territory code a place worth a name (countries and the continents, not "world")?"""
    return code not in _NOT_PLACES and (not code.isdigit() or code in _KEEP_NUMERIC)


@dataclass(frozen=True)
class ListedPlaces:
    """What ``places.tsv`` lists."""

    names: dict[str, tuple[tuple[str, str], ...]]  # code -> (lang, spelling) names
    acronyms: dict[str, str]  # acronym -> code
    common_words: dict[str, tuple[tuple[str, int], ...]]  # lang -> (beginning of a common word, its key's length)


@lru_cache(maxsize=1)
def listed_places() -> ListedPlaces:
    """``places.tsv``, read once."""
    names: dict[str, list[tuple[str, str]]] = {}
    short: dict[str, str] = {}
    common: dict[str, set[str]] = {}
    for number, line in enumerate(PLACES_FILE.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        code, *columns = line.split("\t")
        if code == _NO_PLACE:
            for lang, column in zip(PLACE_LANGUAGES, columns, strict=False):
                common.setdefault(lang, set()).update(filter(None, (w.strip() for w in column.split(";"))))
            continue
        if len(columns) != len(PLACE_LANGUAGES) or code in names:
            raise ValueError(f"{PLACES_FILE.name} line {number}: a new code and {len(PLACE_LANGUAGES)} columns of names")
        names[code] = []
        for lang, column in zip(PLACE_LANGUAGES, columns, strict=True):
            for spelling in filter(None, (s.strip() for s in column.split(";"))):
                if _is_acronym(spelling):
                    short[spelling.replace(".", "")] = code
                else:
                    names[code].append((lang, spelling))
    return ListedPlaces(
        {code: tuple(spellings) for code, spellings in names.items()}, short,
        {lang: tuple((start, len(match_key(start, lang))) for start in sorted(words)) for lang, words in common.items()},
    )


_NO_PLACE = "-"


def common_word(word: str, lang: str, matched: int) -> bool:
    """Does ``word`` begin like a common word of ``lang`` that is longer than the ``matched`` letters
    of the place's key (крім, román)?"""
    lowered = word.lower()
    return any(lowered.startswith(start) and length >= matched for start, length in listed_places().common_words.get(lang, ()))


def _is_acronym(spelling: str) -> bool:
    letters = spelling.replace(".", "")
    return len(letters) >= 2 and letters.isalpha() and letters.isupper()


def acronym_place(word: str) -> str | None:
    """The place an upper-case short form names (``"США"``, ``"ENSZ"``, ``"U.S."`` → ``"US"``, ``"UN"``), or None."""
    return listed_places().acronyms.get(word.replace(".", "").strip())


# British and American spellings of the words of bodies' names: the Collective Security Treaty
# Organisation is the table's Organization, the Ministry of Defence its Defense.
_BRITISH_SPELLING = re.compile(r"(?<=\w)isation\b|\bdefence\b|\bcentre\b")
_AMERICAN_SPELLING = {"defence": "defense", "centre": "center"}


def normal_name(text: str) -> str:
    """A name folded for comparison: NFC, case-folded, one space between words, no final dot, US spelling."""
    folded = " ".join(unicodedata.normalize("NFC", text).casefold().replace("\u2019", "'").split()).rstrip(".")
    return _BRITISH_SPELLING.sub(lambda m: _AMERICAN_SPELLING.get(m.group(), "ization"), folded)


@lru_cache(maxsize=1)
def _cldr() -> tuple[dict[str, dict[str, str]], dict[str, dict[str, str]]]:
    """CLDR territory names ``{lang: {code: name}}`` and time-zone cities ``{lang: {zone: city}}``."""
    try:
        from babel import Locale
        from babel.core import get_global
        from babel.dates import get_timezone_location
    except ImportError:  # without babel, only places.tsv is used
        return {}, {}
    territories = {lang: dict(Locale.parse(lang).territories) for lang in PLACE_LANGUAGES}
    cities: dict[str, dict[str, str]] = {lang: {} for lang in PLACE_LANGUAGES}
    for zone in get_global("zone_territories"):
        try:
            names = {lang: get_timezone_location(zone, locale=lang, return_city=True) for lang in PLACE_LANGUAGES}
        except Exception:  # a zone babel cannot name: skip it
            continue
        for lang, name in names.items():
            cities[lang][zone] = name
    return territories, cities


def _stems(key: str) -> list[str]:
    """A territory key and its stem without a final vowel (Ukraina → ukrain)."""
    out = [key]
    if len(key) >= 5 and key[-1] in "aeiou":
        out.append(key[:-1])
    return out


# Nouns of many names that a CLDR name of several words holds (Європейський Союз, Американський регіон, Egyesült
# Nemzetek Szervezete): alone they name no place.
_NAME_NOUNS = ("союз", "регіон", "регион", "szervezet")


@lru_cache(maxsize=8)
def _key_table(lang: str) -> dict[str, tuple[str, bool]]:
    """Match key → (place code, whether lower-case words may match it), for words of ``lang``.

    Only the names that language writes are keys (CLDR's, and the listed ones; a listed place
    without a spelling in ``lang`` is looked for by its other spellings' keys): a key of another
    language's name would make words of this one places ("Criminal" is not Крим, "війна" not Вена).
    """
    whole: dict[str, set[str]] = {}
    parts: dict[str, set[str]] = {}
    territories, _cities = _cldr()
    for code, name in territories.get(lang, {}).items():
        if not _is_place(code):
            continue
        words = _WORD.findall(name.replace("-", " "))
        if len(words) == 1:
            key = match_key(words[0], lang)
            for stem in _stems(key):
                if len(stem) >= 4:
                    whole.setdefault(stem, set()).add(code)
            if lang == "hu" and key.endswith("orsag") and len(key) >= 9:
                # Németország → német: Hungarian adjectives drop "ország" (country).
                whole.setdefault(key[: -len("orsag")], set()).add(code)
        else:
            for word in words:
                if word.lower().startswith(_NAME_NOUNS):
                    continue  # "Союзу" of "Союз порятунку Румунії" or "Радянського Союзу" is no European Union
                key = match_key(word, lang)
                for stem in _stems(key):
                    if len(stem) >= 5:
                        parts.setdefault(stem, set()).add(code)
    for code, spellings in listed_places().names.items():
        own = [(spelling_lang, spelling) for spelling_lang, spelling in spellings if spelling_lang == lang]
        for spelling_lang, spelling in own or spellings:
            for stem in _stems(match_key(spelling, spelling_lang)):
                whole.setdefault(stem, set()).add(code)
    table: dict[str, tuple[str, bool]] = {}
    for key, codes in parts.items():
        if len(codes) == 1:
            table[key] = (next(iter(codes)), False)
    for key, codes in whole.items():
        if len(codes) == 1:
            table[key] = (next(iter(codes)), True)
        else:
            table.pop(key, None)
    return table


def place_code(word: str, lang: str, capitalised: bool) -> str | None:
    """The place a word of ``lang`` names (``"UA"``, ``"city:kyiv"``), or None.

    The longest prefix of the word's match key (down to five characters fewer, a case ending) that
    names one place wins, unless the word begins like a listed common word longer than that prefix
    (крім, román). A lower-case word (``capitalised`` false) matches only a whole one-word name, so
    "ukrán" is Ukraine but "united" is not the United States.
    """
    table = _key_table(lang)
    key = match_key(word, lang)
    shortest = 4 if capitalised else 5
    for length in range(len(key), max(shortest, len(key) - 5) - 1, -1):
        hit = table.get(key[:length])
        if hit is not None and (capitalised or hit[1]):
            return None if common_word(word, lang, length) else hit[0]
    return None


@lru_cache(maxsize=1)
def _local_table() -> dict[str, dict[str, tuple[str, ...]]]:
    """English place name (normalised) → {lang: local names}."""
    territories, cities = _cldr()
    if not territories:
        return {}
    table: dict[str, dict[str, set[str]]] = {}
    targets = PLACE_LANGUAGES[1:]
    for code, english in territories["en"].items():
        if not _is_place(code) or code == "UN":  # the UN: places.tsv has its names
            continue
        for lang in targets:
            local = territories[lang].get(code)
            if local:
                table.setdefault(normal_name(english), {}).setdefault(lang, set()).add(local)
    for zone, english in cities["en"].items():
        for lang in targets:
            table.setdefault(normal_name(english), {}).setdefault(lang, set()).add(cities[lang][zone])
    for code, spellings in listed_places().names.items():
        english_names = [normal_name(spelling) for lang, spelling in spellings if lang == "en"]
        english_names += [normal_name(territories["en"][code])] if code in territories["en"] else []
        names = [(lang, spelling) for lang, spelling in spellings if lang != "en" and spelling[:1].isupper()]
        # names, not adjectives (ukrán, британський); another English name of a territory ("Turkey"
        # for CLDR's "Türkiye") has its CLDR names too
        names += [(lang, territories[lang][code]) for lang in targets if code in territories.get(lang, {})]
        adjectives = [(lang, spelling) for lang, spelling in spellings if lang != "en" and spelling[:1].islower()]
        for name in english_names:
            # A nationality word (British) is the adjectives (британський, brit), not the country: with both
            # "British" and "United Kingdom" in a glossary, Велика Британія is the United Kingdom.
            for lang, spelling in adjectives if name in DEMONYMS else names:
                table.setdefault(name, {}).setdefault(lang, set()).add(spelling)
    return {name: {lang: tuple(sorted(v)) for lang, v in langs.items()} for name, langs in table.items()}


def local_names(english: str, lang: str) -> tuple[str, ...]:
    """CLDR's names in ``lang`` for an English territory or city name (``"Hungary"``, ``"uk"`` →
    ``("Угорщина",)``), or () when CLDR does not know it."""
    table = _local_table()
    code = acronym_place(english) if _is_acronym(english) else None
    if code is not None:  # US, U.S., EU: the names of the territory the short form stands for
        names = [name for name, found in _english_codes().items() if found == code]
        return tuple(sorted({local for name in names for local in table.get(name, {}).get(lang, ())}))
    return table.get(normal_name(english), {}).get(lang, ()) or table.get(_body_without_country(english), {}).get(lang, ())


_OF_COUNTRY = re.compile(r"^(?P<body>.+) of (?:the )?(?P<country>[^ ].*)$")  # the last "of": Ministry of Defence of Russia


@lru_cache(maxsize=4096)
def _body_without_country(english: str) -> str:
    """A listed body named with its country ("Russian defence ministry", "Ukraine's Foreign Ministry",
    "Ministry of Defence of Russia" → "defence ministry", "foreign ministry", "ministry of defence"):
    the body's own names are what the press writes ("Минобороны России" holds "Минобороны"); "" when
    the name is no such thing."""
    name = normal_name(english)
    first, _, rest = name.partition(" ")
    candidates = [(rest, first.removesuffix("'s"))]
    if match := _OF_COUNTRY.match(name):
        candidates.append((match["body"], match["country"]))
        # a body of a body of a country: the General Staff of the Armed Forces of Ukraine
        if inner := _OF_COUNTRY.match(match["body"]):
            candidates.append((inner["body"], match["country"]))
    codes = _english_codes()
    for body, country in candidates:
        if codes.get(body, "").startswith("org:") and (country in codes or country in DEMONYMS or country in _US):
            return body
    return ""


# English demonyms of the countries the news names most, with the country's English name: "the Russian
# Foreign Ministry" is Russia's, "the Ukrainian President" names Ukraine.
DEMONYMS: dict[str, str] = {
    "ukrainian": "ukraine", "russian": "russia", "hungarian": "hungary", "american": "united states",
    "polish": "poland", "serbian": "serbia", "romanian": "romania", "slovak": "slovakia", "german": "germany",
    "french": "france", "british": "united kingdom", "chinese": "china", "israeli": "israel", "iranian": "iran",
    "indian": "india", "turkish": "turkey", "belarusian": "belarus", "moldovan": "moldova", "georgian": "georgia",
    "european": "europe",
}
_US = frozenset({"us", "u.s", "u.s."})  # the US State Department


@lru_cache(maxsize=1)
def _english_codes() -> dict[str, str]:
    territories, _cities = _cldr()
    table = {normal_name(name): code for code, name in territories.get("en", {}).items() if _is_place(code)}
    for code, spellings in listed_places().names.items():  # Turkey, the Russian Federation, The Hague, the ICC
        for lang, spelling in spellings:
            if lang == "en" and spelling[:1].isupper():
                table.setdefault(normal_name(spelling), code)
    return table


@lru_cache(maxsize=4096)
def english_name_code(english: str) -> str | None:
    """The code of an English name or short form of a territory, city, region or body
    (``"United States"``, ``"U.S."``, ``"EU"``, ``"Turkey"``, ``"The Hague"`` → ``"US"``, ``"US"``,
    ``"EU"``, ``"TR"``, ``"city:the-hague"``), or None."""
    code = acronym_place(english) if _is_acronym(english.strip()) else None
    if code is not None:
        return code
    return _english_codes().get(normal_name(english))


def english_names(code: str) -> tuple[str, ...]:
    """The English names places.tsv lists for a code (``"RU"`` → Russian Federation), not its short forms."""
    return tuple(spelling for lang, spelling in listed_places().names.get(code, ()) if lang == "en" and spelling[:1].isupper() and not spelling.isupper())


def acronyms(code: str) -> tuple[str, ...]:
    """The short forms of a place or body in the four languages (``"US"`` → USA, US, США)."""
    return tuple(short for short, found in listed_places().acronyms.items() if found == code)
