"""The shared limits: one number each, the same words from every front door."""

from __future__ import annotations

from translate.limits import BEAM_MAX, BEAM_MIN, DEFAULT_BEAM, WEB_BEAM_MAX, beam_problem


def test_beam_range() -> None:
    assert BEAM_MIN <= DEFAULT_BEAM <= WEB_BEAM_MAX <= BEAM_MAX
    assert beam_problem(BEAM_MIN) is None and beam_problem(BEAM_MAX) is None


def test_beam_problem_names_the_range_and_the_default() -> None:
    assert beam_problem(0) == "beam size 0 is out of range; choose 1 to 32 (4 is the default)"
    assert beam_problem(9, WEB_BEAM_MAX) == "beam size 9 is out of range; choose 1 to 8 (4 is the default)"
