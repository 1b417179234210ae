"""Flag names in views."""

from __future__ import annotations

from translate.render.flags import flag_explanation, flag_label
from translate.types import FLAG_EXPLANATIONS, NUMBER_MISMATCH


def test_known_flags_have_short_labels_and_plain_explanations() -> None:
    assert flag_label(NUMBER_MISMATCH) == "number"
    assert flag_explanation(NUMBER_MISMATCH) == FLAG_EXPLANATIONS[NUMBER_MISMATCH]
    assert all(flag_label(flag) for flag in FLAG_EXPLANATIONS)


def test_an_unknown_flag_is_shown_in_its_own_words() -> None:
    assert (flag_label("made_up_flag"), flag_explanation("made_up_flag")) == ("made up flag", "made_up_flag")


def test_a_pivot_is_one_note_on_its_column_and_leaves_the_other_flags() -> None:
    from translate.render.flags import pivot_note, shown_flags
    from translate.types import PIVOTED, Translation

    pivoted = Translation("hu", "", (), (), pivot="en")
    direct = Translation("en", "", (), ())
    assert (pivot_note(pivoted), pivot_note(direct), pivot_note(None)) == ("translated through English", "", "")
    assert shown_flags((NUMBER_MISMATCH, PIVOTED), pivoted) == (NUMBER_MISMATCH,)
    assert shown_flags((PIVOTED,), direct) == (PIVOTED,)  # a flag without its note stays
