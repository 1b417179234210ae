"""How views name a flag: a short label for the badge, and the plain-words explanation."""

from __future__ import annotations

from collections.abc import Sequence

from ..languages import language_name
from ..types import FLAG_EXPLANATIONS, PIVOTED, Translation

FLAG_SHORT = {
    "split_long_input": "split",
    "length_limit_hit": "cut short?",
    "repetition": "repeats",
    "wrong_script": "language?",
    "number_mismatch": "number",
    "entity_missing": "name missing",
}


def flag_label(flag: str) -> str:
    """The badge's text: ``number_mismatch`` -> ``number``; an unknown flag by its own words."""
    return FLAG_SHORT.get(flag, flag.replace("_", " "))


def flag_explanation(flag: str) -> str:
    return FLAG_EXPLANATIONS.get(flag, flag)


def pivot_note(translation: Translation | None) -> str:
    """``"translated through English"`` for a pivoted translation (said once on its column), else ""."""
    if translation is None or not translation.pivot:
        return ""
    return f"translated through {language_name(translation.pivot)}"


def shown_flags(flags: Sequence[str], translation: Translation | None) -> tuple[str, ...]:
    """The flags a view shows on a sentence: ``pivoted`` is left to the column's note (every sentence of a
    pivoted translation has it), so that the flags that tell one sentence from another stay readable."""
    if not pivot_note(translation):
        return tuple(flags)
    return tuple(flag for flag in flags if flag != PIVOTED)
