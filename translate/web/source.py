"""The Translate tab's source language: "Detect" or one of en, uk, ru, hu, the targets that follow
it, and what detection found, in the words the CLI uses (``source language: … found …``).

Plain data and strings; no Gradio. The library identifies the language
(:func:`translate.text.language_id.source_language`); this module only words it for the page.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import InputError, UsageError
from ..languages import (
    AUTO,
    LANGUAGES,
    default_targets,
    language_name,
    normalize_code,
    parse_targets,
    target_choices,
)
from ..text.language_id import LanguageGuess, found_words, identify_source, letter_count, source_language
from .arguments import codes_argument, targets_argument

DETECT = AUTO
SOURCE_LABEL = "Source language"
# (shown, value) in the order the page offers them; "Detect" first, the default.
SOURCE_CHOICES: tuple[tuple[str, str], ...] = (
    ("Detect", DETECT),
    *((f"{language_name(code)} ({code})", code) for code in LANGUAGES),
)
_FIX = f"choose its language under {SOURCE_LABEL!r}"
_CLI_FIXES = (
    ("name its language with --from LANG", _FIX),
    ("name it with --from LANG", _FIX.replace("its language", "the language")),
    ("name the article's language with --from LANG (or --from auto)", _FIX.replace("its", "the article's")),
)


def source_argument(value: object) -> str:
    """The visitor's choice as the library's: ``"auto"`` (also for None, "" and "detect") or en, uk, ru, hu."""
    if value is None or value == "":
        return DETECT
    if not isinstance(value, str):
        raise UsageError(f"the source language must be text, not {type(value).__name__}")
    code = normalize_code(value)
    if code in (DETECT, "detect"):
        return DETECT
    if code not in LANGUAGES:
        choices = ", ".join(code for _, code in SOURCE_CHOICES)
        raise UsageError(f"source language {value.strip()!r} is not supported; choose one of: {choices}")
    return code


def page_words(message: str) -> str:
    """A library message with the CLI's fix (``--from LANG``) in the page's words."""
    for cli, page in _CLI_FIXES:
        message = message.replace(cli, page)
    return message


def find_source(text: str, choice: str) -> tuple[str, LanguageGuess | None]:
    """(language, guess) of ``text`` for the visitor's choice; the guess is None when they named it.
    A text that is not clearly one of the four raises the library's InputError, in the page's words."""
    try:
        return source_language(text, choice, what="the article")
    except InputError as error:
        raise InputError(page_words(str(error))) from None


def source_note(lang: str, guess: LanguageGuess | None) -> str:
    """``"source language: Russian (ru); found Russian 100%"`` after detection, or the language chosen."""
    if guess is None:
        return f"source language: {language_name(lang)} ({lang}), as chosen"
    return f"source language: {language_name(lang)} ({lang}); {found_words(guess)}; if it is wrong, choose it under {SOURCE_LABEL!r}"


def targets_for(chosen: object, lang: str, detected: bool) -> tuple[str, ...]:
    """The target languages of a translation from ``lang``.

    A named source is never among valid targets (asking for it is an error with the choices). A
    detected one may be: the visitor ticked targets before the page knew the language, so it is
    left out, and when nothing is left the default for that source is used (English, or for an
    English source uk, ru, hu).
    """
    if not detected:
        return targets_argument(chosen, lang)
    given = codes_argument(chosen, lang)
    codes = [code for code in (given.split(",") if isinstance(given, str) else given) if normalize_code(code) != lang]
    return parse_targets(codes, lang) if any(code.strip() for code in codes) else default_targets(lang)


@dataclass(frozen=True)
class TargetOffer:
    """The target checkboxes for a source: the choices (code, shown) and the ones ticked."""

    source: str
    choices: tuple[str, ...]
    ticked: tuple[str, ...]

    def labelled(self) -> list[tuple[str, str]]:
        return [(f"{language_name(code)} ({code})", code) for code in self.choices]


def target_offer(lang: str) -> TargetOffer:
    """The targets offered for a source ``lang``, its default ones ticked."""
    return TargetOffer(lang, target_choices(lang), default_targets(lang))


@dataclass(frozen=True)
class SourceView:
    """What the page shows about the source before translating: a note ("" for none) and new target
    checkboxes (None: they stay as they are)."""

    note: str
    offer: TargetOffer | None = None


def source_view(text: str, choice: str, shown_for: str) -> SourceView:
    """The note and targets for the text in the box: a named source offers its targets; with Detect the
    text's language is identified (not clearly one of the four: the library's message). ``shown_for``
    is the source the checkboxes are offered for now: they change only when the source does."""
    def offer(lang: str) -> TargetOffer | None:
        return None if lang == shown_for else target_offer(lang)

    if choice != DETECT:
        return SourceView("", offer=offer(choice))
    if not letter_count(text):
        return SourceView("")
    try:
        guess = identify_source(text, what="the article")
    except InputError as error:
        return SourceView(page_words(str(error)))  # said as an error when the visitor translates it
    lang = str(guess.lang)
    return SourceView(source_note(lang, guess), offer=offer(lang))
