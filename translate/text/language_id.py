"""Which of the four languages is this text in? Offline identification with lingua.

`lingua-language-detector <https://github.com/pemistahl/lingua-py>`_ ships its n-gram models in
its wheel (nothing is downloaded), runs offline, and tells Ukrainian from Russian well on short
text, where letter checks alone (і, ї, є, ґ against ы, э, ъ, ё) see nothing in many sentences.

Two detectors are used: one restricted to en, uk, ru, hu for the verdict (high accuracy), and one
(low accuracy, quick to load) over their common neighbours (Belarusian, Bulgarian, German, Polish, …) to tell a text in another language
from one of ours. Models load on first use, not at import.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..errors import EngineNotAvailableError, InputError, UsageError
from ..languages import AUTO, normalize_code

LANGS: tuple[str, ...] = ("en", "uk", "ru", "hu")

# Languages a text given to this tool is most often confused with or actually written in.
_NEIGHBOURS: tuple[str, ...] = (
    "BELARUSIAN", "BULGARIAN", "MACEDONIAN", "SERBIAN",
    "POLISH", "CZECH", "SLOVAK", "SLOVENE", "CROATIAN", "BOSNIAN", "ROMANIAN", "GERMAN", "FRENCH",
    "SPANISH", "ITALIAN", "PORTUGUESE", "DUTCH", "FINNISH", "ESTONIAN", "TURKISH", "LATVIAN", "LITHUANIAN",
)
_OURS = {"ENGLISH": "en", "UKRAINIAN": "uk", "RUSSIAN": "ru", "HUNGARIAN": "hu"}

MIN_LETTERS = 12  # below this, no verdict: a name or a number says nothing about its language
SURE = 0.75  # confidence of the top language for a verdict on one sentence
DOCUMENT_SHARE = 0.8  # share of the letters in one language for a document verdict
OTHER_MARGIN = 3.0  # another language must fit this many times better than ours to be named

_LETTER = re.compile(r"[^\W\d_]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_HUNGARIAN_LETTERS = frozenset("áéíóöőúüűÁÉÍÓÖŐÚÜŰ")


@dataclass(frozen=True)
class LanguageGuess:
    """The identified language (None: no clear verdict), its confidence, and every candidate's score."""

    lang: str | None
    confidence: float
    scores: dict[str, float] = field(default_factory=dict)
    other: str | None = None  # a language outside the four that fits better, by its English name
    letters: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "lang": self.lang,
            "confidence": round(self.confidence, 4),
            "scores": {k: round(v, 4) for k, v in self.scores.items()},
            "other": self.other,
            "letters": self.letters,
        }


_lock = threading.Lock()
_detectors: dict[str, Any] = {}


def _lingua() -> Any:
    try:
        import lingua
    except ImportError:
        raise EngineNotAvailableError(
            "language identification needs the package lingua-language-detector; "
            "install it with: pip install lingua-language-detector (or pass --from LANG)"
        ) from None
    return lingua


def _detector(kind: str) -> Any:
    with _lock:
        if kind not in _detectors:
            lingua = _lingua()
            names = list(_OURS) + (list(_NEIGHBOURS) if kind == "wide" else [])
            languages = [getattr(lingua.Language, name) for name in names if hasattr(lingua.Language, name)]
            builder = lingua.LanguageDetectorBuilder.from_languages(*languages)
            if kind == "wide":  # only asks "is it one of ours at all?": trigram models suffice and load 20x faster
                builder = builder.with_low_accuracy_mode()
            _detectors[kind] = builder.build()
        return _detectors[kind]


def letter_count(text: str) -> int:
    return len(_LETTER.findall(text))


_WORDS = re.compile(r"[^\W\d_]+")


def prose(text: str) -> str:
    """``text`` without the capitalised words written in another script than its lower-case words:
    names, not language (a passenger list in Latin letters inside a Ukrainian sentence, "Путін" in an
    English one). Unchanged when the lower-case words are of both scripts or there are none."""
    words = _WORDS.findall(text)
    lower = [w for w in words if w[:1].islower()]
    cyrillic = sum(1 for w in lower if _CYRILLIC.match(w))
    latin = sum(1 for w in lower if _LATIN.match(w))
    if not lower or (cyrillic and latin and min(cyrillic, latin) > 0.1 * len(lower)):
        return text
    other = _LATIN if cyrillic > latin else _CYRILLIC
    return _WORDS.sub(lambda m: "" if m.group()[:1].isupper() and other.match(m.group()) else m.group(), text)


def identify(text: str, candidates: Sequence[str] = LANGS) -> LanguageGuess:
    """The language of a short text (a sentence or a paragraph) among ``candidates``; names in another
    script than its prose are left out (:func:`prose`)."""
    text = prose(text)
    letters = letter_count(text)
    if letters < MIN_LETTERS:
        return LanguageGuess(None, 0.0, {}, None, letters)
    values = _detector("ours").compute_language_confidence_values(text)
    scores = {_OURS[v.language.name]: float(v.value) for v in values if _OURS.get(v.language.name) in candidates}
    total = sum(scores.values()) or 1.0
    scores = {k: v / total for k, v in sorted(scores.items(), key=lambda kv: -kv[1])}
    best = next(iter(scores), None)
    confidence = scores.get(best, 0.0) if best else 0.0
    other = None
    wide = {v.language.name: float(v.value) for v in _detector("wide").compute_language_confidence_values(text)}
    top = max(wide, key=lambda name: wide[name]) if wide else None
    ours = max((wide.get(name, 0.0) for name in _OURS), default=0.0)
    if top is not None and top not in _OURS and wide[top] > OTHER_MARGIN * ours:
        other = top.capitalize()
    lang = best if best and confidence >= SURE and other is None else None
    return LanguageGuess(lang, confidence, scores, other, letters)


def _chunks(text: str) -> list[str]:
    """Paragraphs, and long paragraphs cut into pieces of about 400 characters at spaces."""
    pieces: list[str] = []
    for paragraph in re.split(r"\n\s*\n|\n", text):
        paragraph = paragraph.strip()
        while len(paragraph) > 600:
            cut = paragraph.rfind(" ", 0, 400)
            cut = cut if cut > 0 else 400
            pieces.append(paragraph[:cut])
            paragraph = paragraph[cut:].strip()
        if paragraph:
            pieces.append(paragraph)
    return pieces


def identify_document(text: str, candidates: Sequence[str] = LANGS) -> LanguageGuess:
    """The language of a whole article: a vote of its paragraphs, weighted by their letters.

    ``lang`` is None when the text is not clearly in one language of ``candidates``; ``scores``
    then holds each language's share of the letters (``"other"`` for those outside the four).
    """
    shares: dict[str, int] = {}
    others: dict[str, int] = {}
    total = 0
    for piece in _chunks(text):
        guess = identify(piece, candidates)
        if not guess.letters or guess.letters < MIN_LETTERS:
            continue
        total += guess.letters
        if guess.other:
            others[guess.other] = others.get(guess.other, 0) + guess.letters
            shares["other"] = shares.get("other", 0) + guess.letters
        elif guess.scores:
            top = next(iter(guess.scores))
            shares[top] = shares.get(top, 0) + guess.letters
    if not total:
        return LanguageGuess(None, 0.0, {}, None, 0)
    scores = {k: v / total for k, v in sorted(shares.items(), key=lambda kv: -kv[1])}
    best = next(iter(scores))
    other = max(others, key=lambda name: others[name]) if others else None
    lang = best if best != "other" and scores[best] >= DOCUMENT_SHARE else None
    return LanguageGuess(lang, scores[best], scores, other, total)


def describe(guess: LanguageGuess) -> str:
    """What was found, in words: 'Russian 92%, Ukrainian 8%'."""
    from ..languages import LANGUAGES

    def name(code: str) -> str:
        if code == "other":
            return guess.other or "another language"
        return LANGUAGES[code].name if code in LANGUAGES else code

    return ", ".join(f"{name(code)} {share:.0%}" for code, share in guess.scores.items() if share >= 0.01) or "too few words to tell"


def found_words(guess: LanguageGuess) -> str:
    """How sure the identification is, in the words the CLI and the page both say:
    'found Russian 100%', or for a short text its letters decided, 'the only one of the four its
    letters allow (found: Slovak 80%, …)'."""
    found = describe(guess)
    return f"found {found}" if guess.confidence >= 0.5 else f"the only one of the four its letters allow (found: {found})"


def require_document_language(text: str, candidates: Sequence[str] = LANGS, *, what: str = "the text") -> LanguageGuess:
    """The document's language, or InputError naming what was found and how to force a choice."""
    guess = identify_document(text, candidates)
    if guess.lang is None:
        if not guess.scores:
            raise InputError(f"cannot tell the language of {what}: it has too few words; name it with --from LANG")
        raise InputError(
            f"{what} is not clearly in one of {', '.join(candidates)} (found: {describe(guess)}); "
            "name its language with --from LANG to translate it anyway"
        )
    return guess


SCRIPT_SHARE = 0.2  # a script with less than this share of the letters rules its languages out
FOREIGN_SHARE = 0.02  # accented Latin letters neither English nor Hungarian (ł ę š): above this, not English


def letter_candidates(text: str) -> tuple[str, ...]:
    """The languages of the four that the letters of ``text`` allow: Cyrillic rules out en and hu,
    Latin uk and ru (each when under a fifth of the letters); a Latin text without one of
    á é í ó ö ő ú ü ű is not Hungarian, and one where other accented Latin letters (ł ę š ç ß …)
    are more than a name's worth is not English. All four when the letters rule out every one."""
    letters = letter_count(text) or 1
    cyrillic = len(_CYRILLIC.findall(text)) / letters
    latin = len(_LATIN.findall(text)) / letters
    hungarian = any(c in _HUNGARIAN_LETTERS for c in text)
    foreign = sum(1 for c in _LATIN.findall(text) if not c.isascii() and c not in _HUNGARIAN_LETTERS)
    keep = [
        lang for lang in LANGS
        if (cyrillic if lang in ("uk", "ru") else latin) >= SCRIPT_SHARE
        and (lang != "hu" or hungarian)
        and (lang != "en" or foreign < max(2, FOREIGN_SHARE * letters))
    ]
    return tuple(keep) or LANGS


LETTERS_DECIDE_BELOW = 200  # letters: in a shorter text a neighbour language's verdict is noise


def guess_source(text: str) -> LanguageGuess:
    """The language of a text to translate (None when unclear): :func:`identify_document`, with the
    letters as a check (:func:`letter_candidates`). Where they rule out the identifier's best
    language (Hungarian for "Trump met Putin in Budapest.", which has no á é í ó ö ő ú ü ű), it is
    asked again among the languages they allow. When the letters allow one language only and the
    text is short (a headline, "Zelensky met Trump."), that language is the verdict even where the
    identifier names a neighbour (Slovak) or finds too few words; ``confidence`` stays the identifier's."""
    candidates = letter_candidates(text)
    guess = identify_document(text)
    best = next(iter(guess.scores), None)
    if guess.lang in candidates or best is None and not letter_count(text):
        return guess
    if best is not None and best != "other" and best not in candidates:
        guess = identify_document(text, candidates)
    if guess.lang is None and len(candidates) == 1 and 0 < letter_count(text) < LETTERS_DECIDE_BELOW:
        lang = candidates[0]
        return LanguageGuess(lang, guess.scores.get(lang, 0.0), guess.scores, guess.other, guess.letters)
    return guess


def identify_source(text: str, *, what: str = "the text") -> LanguageGuess:
    """:func:`guess_source`, or InputError naming what was found and how to force a choice
    (the message of :func:`require_document_language`)."""
    guess = guess_source(text)
    if guess.lang is None:
        return require_document_language(text, LANGS, what=what)  # raises, naming what was found
    return guess


def source_language(text: str, choice: str = AUTO, *, what: str = "the text") -> tuple[str, LanguageGuess | None]:
    """The source language to translate from: ``choice`` itself (en, uk, ru, hu), or for ``"auto"`` the
    identified one with its guess (see :func:`identify_source`)."""
    code = normalize_code(str(choice))
    if code == AUTO:
        guess = identify_source(text, what=what)
        return str(guess.lang), guess
    if code not in LANGS:
        raise UsageError(f"source language '{choice}' is not supported; choose auto or one of: {', '.join(LANGS)}")
    return code, None


FLAG_MIN_LETTERS = 20  # shorter sentences are misjudged too often (bench/eval_language_id.py)
_UK_ONLY = frozenset("іїєґІЇЄҐ")
_RU_ONLY = frozenset("ыэъёЫЭЪЁ")


def is_wrong_language(text: str, lang: str) -> bool:
    """True when a sentence is confidently in another of the four languages than ``lang``.

    Abstains (False) on short sentences and where the letters contradict the identifier
    (a Ukrainian-only letter in a sentence meant to be Ukrainian is never called Russian).
    """
    if lang not in LANGS or letter_count(text) < FLAG_MIN_LETTERS:
        return False
    letters = set(text)
    if (lang == "uk" and letters & _UK_ONLY) or (lang == "ru" and letters & _RU_ONLY):
        return False
    guess = identify(text)
    return guess.lang is not None and guess.lang != lang


CLEAR_SHARE = 0.9  # share of the letters in another language for a declared language to be refused
CLEAR_LETTERS = 100  # letters: a shorter text is never refused for its language


def letters_confirm(text: str, lang: str) -> bool:
    """Whether the letters alone show that ``text`` is in ``lang`` (no identifier needed, which takes a
    second to load): Ukrainian-only letters (і ї є ґ) and no Russian-only ones (ы э ъ ё), or the reverse;
    Hungarian's accented vowels; Latin letters with hardly an accent (Orbán) for English."""
    cyrillic = _CYRILLIC.findall(text)
    latin = _LATIN.findall(text)
    if lang in ("uk", "ru"):
        if len(cyrillic) < 0.9 * (len(cyrillic) + len(latin)):
            return False
        # ъ alone is no Russian evidence: Bulgarian writes it in most sentences (and no ы or э).
        own, other = (_UK_ONLY, _RU_ONLY) if lang == "uk" else (_RU_ONLY - {"ъ", "Ъ"}, _UK_ONLY)
        mine = sum(1 for c in cyrillic if c in own)
        theirs = sum(1 for c in cyrillic if c in other)
        return mine >= 0.01 * len(cyrillic) and theirs <= 0.001 * len(cyrillic)
    if len(latin) < 0.9 * (len(cyrillic) + len(latin)):
        return False
    accented = sum(1 for c in latin if c in _HUNGARIAN_LETTERS)
    if lang == "hu":
        return accented >= 0.03 * len(latin)
    return sum(1 for c in latin if not c.isascii()) <= 0.005 * len(latin)  # English: an accented name at most


def check_declared_language(text: str, lang: str, what: str, fix: Callable[[str], str] | None = None) -> None:
    """InputError when ``text``, said to be in ``lang``, is clearly another of the four languages:
    a document verdict (:func:`guess_source`) for another language with at least :data:`CLEAR_SHARE`
    of at least :data:`CLEAR_LETTERS` letters (half, when the letters alone show that language: і ї є
    and no ы э ъ ё, or the reverse). Short, mixed or unclear texts pass (a Ukrainian article
    quoting Russian, names in Latin letters). ``fix(found)`` says what to do, after the finding."""
    if lang not in LANGS or letter_count(text) < CLEAR_LETTERS or letters_confirm(text, lang):
        return
    guess = guess_source(text)
    from ..languages import language_name

    if guess.lang is None and guess.other and guess.scores.get("other", 0.0) >= CLEAR_SHARE and guess.letters >= CLEAR_LETTERS:
        raise InputError(  # German given as Hungarian, French as English: no language of the four at all
            f"{what} looks {guess.other.title()} ({found_words(guess)}), not {language_name(lang)}; "
            "this tool reads English, Ukrainian, Russian and Hungarian only"
        )
    if guess.lang is None or guess.lang == lang or guess.letters < CLEAR_LETTERS:
        return
    # The identifier's share may dip under CLEAR_SHARE on a short text (a Ukrainian excerpt read as partly
    # Macedonian); its letters then decide: Ukrainian-only letters and no Russian-only ones, or the reverse.
    if guess.confidence < CLEAR_SHARE and not (guess.confidence >= 0.5 and letters_confirm(text, guess.lang)):
        return
    message = f"{what} looks {language_name(guess.lang)} ({found_words(guess)}), not {language_name(lang)}"
    raise InputError(f"{message}; {fix(guess.lang)}" if fix else message)
