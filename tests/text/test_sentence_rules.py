"""The per-language knowledge of the sentence splitter: its data files and their parser."""

from __future__ import annotations

import subprocess
import sys

import pytest

from translate.languages import LANGUAGES
from translate.text.sentence_rules import SECTIONS, parse_rules, sentence_rules

PRIMARY = ("never", "number", "ending", "ambiguous")  # a word may be in one of these at most


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_every_language_has_a_rules_file(code: str) -> None:
    rules = sentence_rules(code)
    assert len(rules.starters) >= 50
    assert rules.never and rules.ending
    assert sentence_rules(code) is rules  # read once


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_abbreviations_are_lower_case_without_the_final_dot(code: str) -> None:
    rules = sentence_rules(code)
    for word in rules.abbreviations | rules.starters | rules.ordinal_after:
        assert word == word.lower() and word.strip(".") == word and not any(ch.isspace() for ch in word)


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_each_abbreviation_has_one_primary_class(code: str) -> None:
    rules = sentence_rules(code)
    classes = {
        "never": rules.never,
        "number": rules.number,
        "ending": rules.ending,
        "ambiguous": rules.ambiguous,
    }
    for a in PRIMARY:
        for b in PRIMARY:
            if a < b:
                assert not classes[a] & classes[b], (a, b, sorted(classes[a] & classes[b]))


def test_parse_rules_reads_sections_comments_and_options() -> None:
    rules = parse_rules(
        "# a comment\n[never]\nMr Dr  # titles\n[ending]\netc\n[options]\nordinal-dots\n[starters]\nThe a\n"
    )
    assert rules.never == {"mr", "dr"}
    assert rules.ending == {"etc"}
    assert rules.starters == {"the", "a"}
    assert rules.ordinal_dots and not rules.closed_abbreviations
    assert rules.is_abbreviation("mr") and rules.is_abbreviation("etc") and not rules.is_abbreviation("the")


def test_parse_rules_names_an_unknown_section() -> None:
    with pytest.raises(ValueError, match=r"^x\.txt:2: unknown section \[abbrevs\]; choose from: never, "):
        parse_rules("\n[abbrevs]\nmr\n", "x.txt")


def test_parse_rules_names_an_unknown_option() -> None:
    with pytest.raises(
        ValueError,
        match=r"^x\.txt:2: unknown option 'roman'; choose from: closed-abbreviations, ordinal-dots$",
    ):
        parse_rules("[options]\nroman\n", "x.txt")


def test_parse_rules_refuses_words_before_a_section() -> None:
    with pytest.raises(ValueError, match=r"^<rules>:1: words before the first \[section\]$"):
        parse_rules("mr dr\n[never]\n")


def test_sections_are_the_documented_ones() -> None:
    doc = sentence_rules.__module__
    module = sys.modules[doc]
    for name in SECTIONS:
        assert f"``{name}``" in (module.__doc__ or "")


def test_nothing_is_read_at_import() -> None:
    code = (
        "import translate, translate.text.segmentation\n"
        "from translate.text.sentence_rules import sentence_rules\n"
        "assert sentence_rules.cache_info().currsize == 0\n"
        "translate.text.segmentation.split_sentences('A. B.', 'uk')\n"
        "assert sentence_rules.cache_info().currsize == 1\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
