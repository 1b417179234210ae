"""Place names across English, Ukrainian, Russian and Hungarian: one table, read from CLDR through babel.

CLDR (the Unicode locale data that babel ships) names every territory in every language
(Ukraine, Україна, Украина, Ukrajna) and the exemplar city of every time zone (Kyiv, Київ, Киев,
Kijev). This module loads those names once, on first use, with a few short forms and cities CLDR
lacks, and answers two questions:

* :func:`place_code`: which place does a word of any of the four languages name? Words are compared
  through :func:`translate.text.transliteration.match_key` prefixes, so inflected forms match
  (Угорщині, Magyarországon, Венгрии → HU). The aligner uses the codes as anchors.
* :func:`local_names`: what is an English place name called in another language? Entity projection
  looks for those names in a translation.

babel is a dependency, but the module still works without it (only the short table is used).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .transliteration import match_key

__all__ = ["ACRONYM_PLACES", "PLACE_LANGUAGES", "acronyms", "local_names", "normal_name", "place_code", "territory_code"]

PLACE_LANGUAGES = ("en", "uk", "ru", "hu")

# Short forms that CLDR's territory names lack, matched on the exact (upper-case) word.
# fmt: off
ACRONYM_PLACES: dict[str, str] = {
    "USA": "US", "US": "US", "США": "US", "UK": "GB", "EU": "EU", "ЄС": "EU", "ЕС": "EU",
    "UN": "UN", "ООН": "UN", "ENSZ": "UN", "РФ": "RU", "ОАЕ": "AE", "ОАЭ": "AE",
}
# Inflectable words for places whose names differ across the languages more than keys forgive.
_EXTRA_PLACES: dict[str, tuple[tuple[str, str], ...]] = {
    "GB": (("en", "Britain"), ("en", "British"), ("uk", "Британія"), ("uk", "британський"),
           ("ru", "Британия"), ("ru", "британский"), ("hu", "Britannia"), ("hu", "brit")),
    "UA": (("hu", "ukrán"),),
    "city:vienna": (("en", "Vienna"), ("uk", "Відень"), ("ru", "Вена"), ("hu", "Bécs")),
    "city:warsaw": (("en", "Warsaw"), ("uk", "Варшава"), ("hu", "Varsó")),
    "city:beijing": (("en", "Beijing"), ("uk", "Пекін"), ("ru", "Пекин"), ("hu", "Peking")),
    "city:geneva": (("en", "Geneva"), ("uk", "Женева"), ("hu", "Genf")),
    "city:munich": (("en", "Munich"), ("uk", "Мюнхен"), ("hu", "München")),
    "city:rome": (("en", "Rome"), ("uk", "Рим"), ("hu", "Róma")),
    "city:kharkiv": (("en", "Kharkiv"), ("uk", "Харків"), ("ru", "Харьков"), ("hu", "Harkiv")),
    "city:lviv": (("en", "Lviv"), ("uk", "Львів"), ("ru", "Львов"), ("hu", "Lemberg")),
    "city:moscow": (("en", "Moscow"), ("uk", "Москва"), ("hu", "Moszkva")),
    "city:kyiv": (("en", "Kyiv"), ("en", "Kiev"), ("uk", "Київ"), ("ru", "Киев"), ("hu", "Kijev")),
    "EU": (("uk", "Євросоюз"), ("ru", "Евросоюз")),
    # Bodies of the news whose names are translated, not transliterated: their seats are places of the
    # story as a capital is, and entity projection finds "the European Council" as "Європейська рада".
    "org:european-council": (("en", "European Council"), ("uk", "Європейська рада"), ("uk", "Єврорада"),
                             ("ru", "Европейский совет"), ("ru", "Евросовет"), ("hu", "Európai Tanács")),
    "org:european-commission": (("en", "European Commission"), ("uk", "Європейська комісія"), ("uk", "Єврокомісія"),
                                ("ru", "Европейская комиссия"), ("ru", "Еврокомиссия"), ("hu", "Európai Bizottság")),
    "org:european-parliament": (("en", "European Parliament"), ("uk", "Європейський парламент"), ("uk", "Європарламент"),
                                ("ru", "Европейский парламент"), ("ru", "Европарламент"), ("hu", "Európai Parlament")),
    "org:white-house": (("en", "White House"), ("uk", "Білий дім"), ("ru", "Белый дом"), ("hu", "Fehér Ház")),
    "org:kremlin": (("en", "Kremlin"), ("uk", "Кремль"), ("ru", "Кремль"), ("hu", "Kreml")),
    "org:state-department": (("en", "State Department"), ("uk", "Держдеп"), ("ru", "Госдеп")),  # Hungarian has no name for it
    "org:security-council": (("en", "Security Council"), ("uk", "Рада Безпеки"), ("ru", "Совет Безопасности"),
                             ("hu", "Biztonsági Tanács")),
    "org:investigative-committee": (("en", "Investigative Committee"), ("uk", "Слідчий комітет"),
                                    ("ru", "Следственный комитет"), ("hu", "Nyomozó Bizottság")),
    "org:federal-security-service": (("en", "Federal Security Service"), ("uk", "Федеральна служба безпеки"),
                                     ("ru", "Федеральная служба безопасности"), ("hu", "Szövetségi Biztonsági Szolgálat")),
    "org:islamic-state": (("en", "Islamic State"), ("uk", "Ісламська держава"), ("ru", "Исламское государство"),
                          ("hu", "Iszlám Állam")),
    "org:state-duma": (("en", "State Duma"), ("uk", "Державна дума"), ("ru", "Государственная дума"), ("ru", "Госдума"),
                       ("hu", "Állami Duma")),
    "org:verkhovna-rada": (("en", "Verkhovna Rada"), ("uk", "Верховна Рада"), ("ru", "Верховная рада"),
                           ("hu", "Legfelsőbb Tanács")),
}
# English short forms of territories, for local_names.
_ENGLISH_ALIASES = (
    ("us", "united states"), ("u.s", "united states"), ("uk", "united kingdom"), ("u.k", "united kingdom"),
    ("eu", "european union"),
)
# fmt: on
# Codes that are no place (unknown region, outlying Oceania, the eurozone, the world).
_NOT_PLACES = frozenset({"ZZ", "QO", "UM", "EZ", "001"})
# Numeric regions worth an anchor (Africa, Oceania, the Americas, Asia, Europe).
_KEEP_NUMERIC = frozenset({"002", "009", "019", "142", "150"})
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019\u02bc][^\W\d_]+)*")


def normal_name(text: str) -> str:
    """A name folded for comparison: NFC, case-folded, one space between words, no final dot."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().replace("\u2019", "'").split()).rstrip(".")


@lru_cache(maxsize=1)
def _cldr() -> tuple[dict[str, dict[str, str]], dict[str, dict[str, str]]]:
    """CLDR territory names ``{lang: {code: name}}`` and time-zone cities ``{lang: {zone: city}}``."""
    try:
        from babel import Locale
        from babel.core import get_global
        from babel.dates import get_timezone_location
    except ImportError:  # without babel, only the short tables above are used
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


@lru_cache(maxsize=1)
def _key_table() -> dict[str, tuple[str, bool]]:
    """Match key → (place code, whether lower-case words may match it)."""
    whole: dict[str, set[str]] = {}
    parts: dict[str, set[str]] = {}
    territories, _cities = _cldr()
    for lang, names in territories.items():
        for code, name in names.items():
            if code in _NOT_PLACES or (code.isdigit() and code not in _KEEP_NUMERIC):
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
                    key = match_key(word, lang)
                    for stem in _stems(key):
                        if len(stem) >= 5:
                            parts.setdefault(stem, set()).add(code)
    for code, spellings in _EXTRA_PLACES.items():
        for lang, spelling in spellings:
            for stem in _stems(match_key(spelling, lang)):
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


def place_code(key: str, capitalised: bool) -> str | None:
    """The place a word's match key names (``"UA"``, ``"city:kyiv"``), or None.

    The longest prefix of ``key`` (down to five characters fewer, a case ending) that names one
    place wins. A lower-case word (``capitalised`` false) matches only a whole one-word name, so
    "ukrán" is Ukraine but "united" is not the United States.
    """
    table = _key_table()
    shortest = 4 if capitalised else 5
    for length in range(len(key), max(shortest, len(key) - 5) - 1, -1):
        hit = table.get(key[:length])
        if hit is not None and (capitalised or hit[1]):
            return hit[0]
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
        if code.isdigit() or code in ("ZZ", "QO", "EZ", "UN"):
            continue
        for lang in targets:
            local = territories[lang].get(code)
            if local:
                table.setdefault(normal_name(english), {}).setdefault(lang, set()).add(local)
    for zone, english in cities["en"].items():
        for lang in targets:
            table.setdefault(normal_name(english), {}).setdefault(lang, set()).add(cities[lang][zone])
    for code, spellings in _EXTRA_PLACES.items():
        names = [normal_name(spelling) for lang, spelling in spellings if lang == "en"]
        names += [normal_name(territories["en"][code])] if code in territories["en"] else []
        for name in names:
            for lang, spelling in spellings:
                if lang != "en" and spelling[:1].isupper():  # names, not adjectives (ukrán, британський)
                    table.setdefault(name, {}).setdefault(lang, set()).add(spelling)
    for alias, full in _ENGLISH_ALIASES:
        if full in table:
            table.setdefault(alias, table[full])
    return {name: {lang: tuple(sorted(v)) for lang, v in langs.items()} for name, langs in table.items()}


def local_names(english: str, lang: str) -> tuple[str, ...]:
    """CLDR's names in ``lang`` for an English territory or city name (``"Hungary"``, ``"uk"`` →
    ``("Угорщина",)``), or () when CLDR does not know it."""
    return _local_table().get(normal_name(english), {}).get(lang, ())



@lru_cache(maxsize=1)
def _english_codes() -> dict[str, str]:
    territories, _cities = _cldr()
    table = {normal_name(name): code for code, name in territories.get("en", {}).items() if not code.isdigit()}
    for alias, full in _ENGLISH_ALIASES:
        if full in table:
            table.setdefault(alias, table[full])
    return table


def territory_code(english: str) -> str | None:
    """The code of an English territory name or short form (``"United States"``, ``"U.S."``,
    ``"European Union"``, ``"EU"`` → ``"US"``, ``"EU"``), or None."""
    short = english.replace(".", "").strip()
    if short in ACRONYM_PLACES:
        return ACRONYM_PLACES[short]
    return _english_codes().get(normal_name(english))


def acronyms(code: str) -> tuple[str, ...]:
    """The short forms of a territory in the four languages (``"US"`` → USA, US, США)."""
    return tuple(short for short, found in ACRONYM_PLACES.items() if found == code)
