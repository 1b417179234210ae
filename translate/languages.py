"""The language table: codes, names, scripts, letters that tell languages apart; target parsing.

The models of every direction live in :mod:`translate.directions`; the en → X defaults are
re-exported here as ``DEFAULT_MODELS`` and ``ALTERNATIVE_MODELS``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .directions import DIRECTIONS, ModelChoice
from .errors import UsageError


@dataclass(frozen=True)
class Language:
    code: str  # ISO 639-1
    iso3: str  # ISO 639-3, as used in OPUS-MT target tokens (>>ukr<<)
    name: str
    script: str  # "Latin" or "Cyrillic"
    # Letters that only this language (of the ones we check) uses; their presence confirms it.
    own_letters: str = ""
    # Letters this language never uses but a confusable neighbour does; their presence is wrong.
    foreign_letters: str = ""


LANGUAGES: dict[str, Language] = {
    "en": Language("en", "eng", "English", "Latin"),
    "uk": Language("uk", "ukr", "Ukrainian", "Cyrillic", own_letters="іїєґІЇЄҐ", foreign_letters="ыэъёЫЭЪЁ"),
    # Russian has no letters of its own that every long sentence contains (ы э ъ ё are often absent).
    "ru": Language("ru", "rus", "Russian", "Cyrillic", own_letters="", foreign_letters="іїєґІЇЄҐ"),
    "hu": Language("hu", "hun", "Hungarian", "Latin", own_letters="áéíóöőúüűÁÉÍÓÖŐÚÜŰ", foreign_letters=""),
}

SOURCE_LANGUAGE = "en"
AUTO = "auto"  # a source language to identify (per text, or per record of a corpus)
TARGET_LANGUAGES: tuple[str, ...] = ("uk", "ru", "hu")


# The en → X entries of the model table (translate/directions.py), under the names they have always had.
DEFAULT_MODELS: dict[str, ModelChoice] = {d.target: d.default for d in DIRECTIONS.values() if d.source == SOURCE_LANGUAGE}
ALTERNATIVE_MODELS: dict[str, tuple[ModelChoice, ...]] = {
    d.target: d.alternatives for d in DIRECTIONS.values() if d.source == SOURCE_LANGUAGE
}

# ISO 639-1 -> 639-3 for finding the target token of a multi-target model the table above does not know.
ISO3: dict[str, str] = {
    "af": "afr",
    "ar": "ara",
    "be": "bel",
    "bg": "bul",
    "bs": "bos",
    "ca": "cat",
    "cs": "ces",
    "cy": "cym",
    "da": "dan",
    "de": "deu",
    "el": "ell",
    "en": "eng",
    "es": "spa",
    "et": "est",
    "eu": "eus",
    "fa": "fas",
    "fi": "fin",
    "fr": "fra",
    "ga": "gle",
    "gl": "glg",
    "he": "heb",
    "hi": "hin",
    "hr": "hrv",
    "hu": "hun",
    "hy": "hye",
    "id": "ind",
    "is": "isl",
    "it": "ita",
    "ja": "jpn",
    "ka": "kat",
    "kk": "kaz",
    "ko": "kor",
    "lt": "lit",
    "lv": "lav",
    "mk": "mkd",
    "nl": "nld",
    "no": "nor",
    "pl": "pol",
    "pt": "por",
    "ro": "ron",
    "ru": "rus",
    "sk": "slk",
    "sl": "slv",
    "sq": "sqi",
    "sr": "srp",
    "sv": "swe",
    "tr": "tur",
    "uk": "ukr",
    "vi": "vie",
    "zh": "zho",
}


# Codes people type for our languages: ISO 639-2/3 and the country code "ua".
ALIASES: dict[str, str] = {
    "ua": "uk", "ukr": "uk", "eng": "en", "rus": "ru", "hun": "hu", "ukrainian": "uk", "russian": "ru",
    "hungarian": "hu", "english": "en", "magyar": "hu",
}


def normalize_code(value: str) -> str:
    """A language code as typed (``UA``, ``ukr``, `` hu ``) in our form (``uk``, ``hu``); unknown codes stay as typed."""
    code = value.strip().lower().replace("_", "-")
    code = code.partition("-")[0] if code.partition("-")[0] in LANGUAGES and code not in LANGUAGES else code
    return ALIASES.get(code, code)


def unknown_language(code: str, choices: tuple[str, ...] | list[str], what: str = "language") -> UsageError:
    """The error for a code not in ``choices``: the closest code when one is near, then the choices."""
    import difflib

    known = [*choices, *(alias for alias, target in ALIASES.items() if target in choices)]
    if len(code) <= 3:
        # A typo in a short code: two letters swapped ('ur' -> 'ru', before 'uk', one letter off), or one letter
        # off in place ('hx' -> 'hu'), not any shared letter.
        swapped = {code[:i] + code[i + 1] + code[i] + code[i + 2 :] for i in range(len(code) - 1)}
        near = [k for k in known if k in swapped][:1] or [
            k for k in known if len(k) == len(code) and sum(a != b for a, b in zip(k, code, strict=True)) == 1
        ][:1]
    else:
        near = difflib.get_close_matches(code, known, n=1, cutoff=0.6)
    guess = ALIASES.get(near[0], near[0]) if near else None
    hint = f"did you mean '{guess}'? " if guess and guess != code else ""
    return UsageError(f"{what} '{code}' is not supported; {hint}choose from: {', '.join(choices)}")


def parse_targets(value: str | list[str] | tuple[str, ...], source: str = SOURCE_LANGUAGE) -> tuple[str, ...]:
    """Turn ``"uk,ru,hu"`` (or a list) into a tuple of known target codes, in the order given.

    The targets are the languages other than ``source``: uk, ru, hu for English, and for a
    Ukrainian source en, ru, hu.
    """
    choices = target_choices(source)
    items = value.split(",") if isinstance(value, str) else list(value)
    codes: list[str] = []
    for item in items:
        if not item.strip():
            continue
        code = normalize_code(item)
        if code == source:
            raise UsageError(f"target language '{code}' is the article's own language; choose from: {', '.join(choices)}")
        if code not in choices:
            raise unknown_language(item.strip().lower(), choices, "target language")
        if code not in codes:
            codes.append(code)
    if not codes:
        raise UsageError(f"no target language given; choose from: {', '.join(choices)}")
    return tuple(codes)


def target_choices(source: str = SOURCE_LANGUAGE) -> tuple[str, ...]:
    """The languages a ``source`` text can be translated into (uk, ru, hu for English; any of the four
    for ``"auto"``, texts of several languages, each translated into the others)."""
    if source == SOURCE_LANGUAGE:
        return TARGET_LANGUAGES
    if source == AUTO:
        return tuple(LANGUAGES)
    language(source)  # raises for an unknown code
    return tuple(code for code in LANGUAGES if code != source)


def default_targets(source: str = SOURCE_LANGUAGE) -> tuple[str, ...]:
    """What to translate into when no target is named: uk, ru, hu from English, English otherwise."""
    return TARGET_LANGUAGES if source == SOURCE_LANGUAGE else (SOURCE_LANGUAGE,)


def language(code: str) -> Language:
    """The table entry for a code or an alias (``ua``, ``ukr``); case and spacing are the caller's to
    normalize (``normalize_code``), so the library refuses ``"EN"`` as it always did."""
    found = LANGUAGES.get(code) or LANGUAGES.get(ALIASES.get(code, ""))
    if found is None:
        raise unknown_language(code.strip().lower(), tuple(LANGUAGES))
    return found


def target_token_candidates(code: str) -> tuple[str, ...]:
    """Tokens a multi-target model may use for this language, most likely first."""
    iso3 = ISO3.get(code, code)
    return (f">>{iso3}<<", f">>{code}<<")


# ---- translation keys ---------------------------------------------------------------------------
# A document's translations are keyed by language, with a variant after a separator when one
# language has several versions: "uk", "uk-mt" (the tool's own next to a provided one),
# "ru:RIA" and "ru:TASS" (several named texts of one language), and "ru-en" / "ru-en:RIA" (the
# tool's English translation of the provided "ru" / "ru:RIA", a back-translation: its language is en).

MT_SUFFIX = "-mt"
BACK_SUFFIX = "-en"  # after the language of a provided text's key: its English back-translation
NAME_SEPARATOR = ":"


def key_language(key: str) -> str:
    """The language of a translation key: ``"uk"`` for ``"uk"``, ``"uk-mt"`` and ``"uk:Pravda"``;
    ``"en"`` for a back-translation (``"ru-en"``, ``"ru-en:RIA"``)."""
    head = str(key).partition(NAME_SEPARATOR)[0]
    lang, _, variant = head.partition("-")
    return SOURCE_LANGUAGE if "-" + variant == BACK_SUFFIX and lang != SOURCE_LANGUAGE else lang


def back_key(key: str) -> str:
    """The key of the English back-translation of the provided text ``key``: ``"ru"`` → ``"ru-en"``,
    ``"ru:RIA"`` → ``"ru-en:RIA"`` (the name stays after the separator, so no name can make a key of
    another text)."""
    head, sep, name = str(key).partition(NAME_SEPARATOR)
    return f"{head}{BACK_SUFFIX}{sep}{name}"


def back_translated(key: str) -> str:
    """The provided text a back-translation key translates (``"ru-en:RIA"`` → ``"ru:RIA"``); "" for other keys."""
    head, sep, name = str(key).partition(NAME_SEPARATOR)
    lang, _, variant = head.partition("-")
    if "-" + variant != BACK_SUFFIX or lang == SOURCE_LANGUAGE:
        return ""
    return f"{lang}{sep}{name}"


def text_key(lang: str, name: str = "") -> str:
    """The key of a provided text: its language, with ``":NAME"`` when it is named (``"ru:RIA"``)."""
    return f"{lang}{NAME_SEPARATOR}{name}" if name else lang


TEXT_NAME_MAX = 40
# Letters and digits of any script, inner spaces and . - _ ' & +: safe in a file name (no / \ : =), one line.
_TEXT_NAME = re.compile(r"[^\W_](?:[\w .'&+-]*[\w.'&+])?")


def check_text_name(name: str) -> str:
    """``name`` (stripped) if it can name a provided text (``RIA``, ``Українська правда``, ``index.hu``), else UsageError."""
    name = name.strip()
    if len(name) > TEXT_NAME_MAX or not _TEXT_NAME.fullmatch(name):
        raise UsageError(
            f"the name {name!r} cannot name a text; use up to {TEXT_NAME_MAX} letters, digits, spaces "
            "and . - _ ' & +, starting with a letter or digit (e.g. RIA, Ukrainska Pravda, index.hu)"
        )
    return name


def provided_keys(texts: Sequence[tuple[str, str, str]], how: str) -> list[str]:
    """The keys of provided texts given as (language, name, fallback name), in order.

    A language with a single text keeps its plain key (``"uk"``) unless the text is named; with
    several, each is named by its name, else by its fallback (a file stem), as ``"ru:RIA"``. Two texts
    with one key, or an unnamed text among several of its language without a fallback, are a
    UsageError whose fix is ``how`` (formatted with ``lang``: how to name a text where it was given).
    """
    counts: dict[str, int] = {}
    for lang, _name, _fallback in texts:
        counts[lang] = counts.get(lang, 0) + 1
    keys: list[str] = []
    for lang, name, fallback in texts:
        chosen = name.strip() or (fallback.strip() if counts[lang] > 1 else "")
        if counts[lang] > 1 and not chosen:
            raise UsageError(f"there are {counts[lang]} {language_name(lang)} texts; name each one: {how.format(lang=lang)}")
        key = text_key(lang, check_text_name(chosen) if chosen else "")
        if key in keys:
            raise UsageError(f"two texts are named {key}; give each text of one language its own name: {how.format(lang=lang)}")
        keys.append(key)
    return keys


def machine_key(lang: str) -> str:
    """The key of the tool's own translation in a comparison (``"uk"`` → ``"uk-mt"``)."""
    return lang + MT_SUFFIX


def language_name(key: str) -> str:
    """The English name of a key's language (``"uk-mt"`` → ``"Ukrainian"``), or the key itself."""
    lang = LANGUAGES.get(key_language(key))
    return lang.name if lang else str(key)


# ---- scripts ------------------------------------------------------------------------------------

MIN_LETTERS_FOR_SCRIPT = 20  # fewer letters than this say too little about a text's language
SCRIPT_SHARE = 0.5  # the text's own script must hold at least this share of its letters


def script_counts(text: str) -> dict[str, int]:
    """Letters of ``text`` by script ("Latin", "Cyrillic", "Greek", "Arabic", …), most frequent first."""
    import unicodedata

    counts: dict[str, int] = {}
    for char in text:
        if char.isalpha():
            script = unicodedata.name(char, "UNKNOWN").split(" ")[0].capitalize()
            counts[script] = counts.get(script, 0) + 1
    return dict(sorted(counts.items(), key=lambda item: -item[1]))


def script_problem(text: str, code: str) -> str | None:
    """Why ``text`` cannot be in language ``code`` judging by its letters' script (None when it can be)."""
    lang = language(code)
    counts = script_counts(text)
    letters = sum(counts.values())
    if letters < MIN_LETTERS_FOR_SCRIPT or counts.get(lang.script, 0) >= SCRIPT_SHARE * letters:
        return None
    main = next(iter(counts))
    share = round(100 * counts[main] / letters)
    guess = " (Russian or Ukrainian?)" if main == "Cyrillic" else ""
    return f"the text is mostly in {main} letters ({share}%){guess}, not {lang.name} ({lang.script} letters)"
