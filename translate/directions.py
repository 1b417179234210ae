"""The model table: which model translates each direction among en, uk, ru, hu, and how well.

One entry per (source, target) pair that has a direct model: the default, the target token a
multi-target model needs, the alternatives, and the FLORES-101 devtest score the model card
publishes (None where the card publishes none). Every other pair goes through English
(:func:`route`): hu → uk is hu → en, then en → uk.

This module imports nothing of the package but the errors; :mod:`translate.languages` reads its
en → X entries for the names it has always had (``DEFAULT_MODELS``, ``ALTERNATIVE_MODELS``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .errors import UsageError

PIVOT = "en"  # the language a pair without a direct model goes through


@dataclass(frozen=True)
class Score:
    """A published score on FLORES-101 devtest (1012 sentences): BLEU, chrF (0–1, rounded to three places)
    and the file that publishes both."""

    bleu: float
    chrf: float
    source: str


@dataclass(frozen=True)
class ModelChoice:
    """A model for one direction: hub id, target token for multi-target models, a note, its published score."""

    model_id: str
    target_token: str | None  # e.g. ">>ukr<<" for multi-target models
    note: str = ""
    flores: Score | None = None  # FLORES-101 devtest for this direction; None: the model card publishes none


@dataclass(frozen=True)
class Direction:
    source: str
    target: str
    default: ModelChoice
    alternatives: tuple[ModelChoice, ...] = ()

    @property
    def key(self) -> str:
        return direction_key(self.source, self.target)


_CARD = "https://huggingface.co/Helsinki-NLP/{}/blob/main/benchmark_results.txt"
_EN_ZLE = "opus-mt-tc-big-en-zle"
_ZLE_EN = "opus-mt-tc-big-zle-en"
_NO_FLORES = "smaller, older; its model card publishes Tatoeba{} scores, no FLORES-101"


def _hub(name: str) -> str:
    return f"Helsinki-NLP/{name}"


_TABLE: tuple[Direction, ...] = (
    # One multi-target model serves Ukrainian and Russian; it is loaded once for both.
    Direction("en", "uk", ModelChoice(_hub(_EN_ZLE), ">>ukr<<", "multi-target en→uk/ru/be, transformer-big",
                                      Score(32.1, 0.601, _CARD.format(_EN_ZLE))),
              (ModelChoice(_hub("opus-mt-en-uk"), None, "smaller, older; known to answer in Russian at times"),)),
    Direction("en", "ru", ModelChoice(_hub(_EN_ZLE), ">>rus<<", "multi-target en→uk/ru/be, transformer-big",
                                      Score(32.7, 0.597, _CARD.format(_EN_ZLE))),
              (ModelChoice(_hub("opus-mt-en-ru"), None, "smaller, older"),)),
    Direction("en", "hu", ModelChoice(_hub("opus-mt-tc-big-en-hu"), None, "transformer-big",
                                      Score(29.6, 0.602, _CARD.format("opus-mt-tc-big-en-hu"))),
              (ModelChoice(_hub("opus-mt-en-hu"), None, "smaller, older"),)),
    # One multi-source model reads Ukrainian and Russian (and Belarusian); it needs no target token.
    Direction("uk", "en", ModelChoice(_hub(_ZLE_EN), None, "multi-source uk/ru/be→en, transformer-big",
                                      Score(39.2, 0.650, _CARD.format(_ZLE_EN))),
              (ModelChoice(_hub("opus-mt-uk-en"), None, _NO_FLORES.format(" and newstest")),)),
    Direction("ru", "en", ModelChoice(_hub(_ZLE_EN), None, "multi-source uk/ru/be→en, transformer-big",
                                      Score(35.2, 0.626, _CARD.format(_ZLE_EN))),
              (ModelChoice(_hub("opus-mt-ru-en"), None, _NO_FLORES.format(" and newstest")),)),
    Direction("hu", "en", ModelChoice(_hub("opus-mt-tc-big-hu-en"), None, "transformer-big",
                                      Score(34.6, 0.620, _CARD.format("opus-mt-tc-big-hu-en"))),
              (ModelChoice(_hub("opus-mt-hu-en"), None, _NO_FLORES.format("")),)),
)
DIRECTIONS: dict[tuple[str, str], Direction] = {(d.source, d.target): d for d in _TABLE}

# The languages of the table, in the order they are offered (en, uk, ru, hu).
CODES: tuple[str, ...] = tuple(dict.fromkeys(code for pair in DIRECTIONS for code in pair))


def direction_key(source: str, target: str) -> str:
    """``"ru-en"``: the name of a direction in ``--model``, ``Settings.models`` and ``models pull``."""
    return f"{source}-{target}"


def direction(source: str, target: str) -> Direction | None:
    """The table's entry for a direct pair, or None when the pair has no default model."""
    return DIRECTIONS.get((source, target))


def parse_model_key(key: str) -> tuple[str, str]:
    """``"uk"`` → ``("en", "uk")`` (the short form means out of English); ``"ru-en"`` → ``("ru", "en")``."""
    text = str(key).strip().lower()
    source, sep, target = text.partition("-")
    if not sep:
        source, target = PIVOT, text
    choices = ", ".join(CODES)
    if source not in CODES or target not in CODES or source == target:
        raise UsageError(
            f"model key '{key}' is not a target language or a direction; write LANG (uk means en-uk) "
            f"or SRC-TGT (e.g. ru-en, hu-uk) with two different languages of: {choices}"
        )
    return source, target


def short_key(source: str, target: str) -> str:
    """The key users have always written for a direction: ``"uk"`` for en-uk, ``"ru-en"`` otherwise."""
    return target if source == PIVOT else direction_key(source, target)


def route(source: str, target: str, has_model: Callable[[str, str], bool]) -> tuple[tuple[str, str], ...]:
    """The steps that translate ``source`` into ``target``: the pair itself when ``has_model`` says it has a
    direct model, else through English (``((source, "en"), ("en", target))``)."""
    if source == target:
        raise UsageError(f"the text is already in '{target}'; choose another target language")
    if has_model(source, target):
        return ((source, target),)
    steps = ((source, PIVOT), (PIVOT, target))
    if PIVOT in (source, target) or not all(has_model(a, b) for a, b in steps):
        raise UsageError(
            f"no model translates {source} into {target}; pass --model {direction_key(source, target)}=HUB_ID_OR_PATH"
        )
    return steps
