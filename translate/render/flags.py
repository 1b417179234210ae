"""How views name a flag: a short label for the badge, and the plain-words explanation."""

from __future__ import annotations

from ..types import FLAG_EXPLANATIONS

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
