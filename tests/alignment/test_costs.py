"""Bead costs: shared anchors and matching lengths make a bead cheaper."""

from __future__ import annotations

import pytest

from translate.alignment.costs import PARAMS, Costs


def test_a_bead_of_matching_sentences_costs_less_than_a_wrong_one() -> None:
    source = ["Zelensky met Orban in Kyiv on 2 July.", "The weather was fine."]
    target = ["Зеленський зустрівся з Орбаном у Києві 2 липня.", "Погода була гарна."]
    costs = Costs(source, target, "en", "uk", None)
    assert costs.bead(1, 1, 1, 1) < costs.bead(1, 1, 2, 1)
    assert costs.bead(2, 1, 2, 1) < costs.bead(2, 1, 1, 1)


def test_null_beads_pay_their_prior() -> None:
    costs = Costs(["A sentence."], ["Речення."], "en", "uk", None)
    assert costs.null("s", 0) == pytest.approx(PARAMS.prior_null)


def test_model_mode_rewards_overlap_with_the_translation() -> None:
    source = ["one two three four", "five six seven eight"]
    target = ["five six seven eight", "one two three four"]
    costs = Costs(source, target, "en", "uk", list(source))
    assert costs.bead(1, 1, 2, 1) < costs.bead(1, 1, 1, 1)
