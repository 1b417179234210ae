"""The language table: target parsing, lookups, target tokens and translation keys."""

from __future__ import annotations

import pytest

from translate.errors import UsageError
from translate.languages import (
    DEFAULT_MODELS,
    LANGUAGES,
    TARGET_LANGUAGES,
    key_language,
    language,
    language_name,
    machine_key,
    parse_targets,
    target_token_candidates,
)


def test_parse_targets_keeps_order_and_drops_repeats_and_blanks() -> None:
    assert parse_targets("hu, UK,,hu") == ("hu", "uk")
    assert parse_targets(["ru", "uk"]) == ("ru", "uk")


def test_parse_targets_refuses_unknown_and_empty() -> None:
    with pytest.raises(UsageError, match=r"target language 'de' is not supported; choose from: uk, ru, hu"):
        parse_targets("uk,de")
    with pytest.raises(UsageError, match="no target language given"):
        parse_targets(" , ")


def test_language_lookup() -> None:
    assert language("uk").iso3 == "ukr" and language("hu").script == "Latin"
    with pytest.raises(UsageError, match=r"language 'xx' is not supported; choose from: en, uk, ru, hu"):
        language("xx")


def test_every_target_has_a_default_model_and_the_table_is_consistent() -> None:
    assert set(TARGET_LANGUAGES) == set(DEFAULT_MODELS)
    for code, lang in LANGUAGES.items():
        assert lang.code == code and len(lang.iso3) == 3
        assert not set(lang.own_letters) & set(lang.foreign_letters)


def test_target_token_candidates_prefer_iso3() -> None:
    assert target_token_candidates("uk") == (">>ukr<<", ">>uk<<")
    assert target_token_candidates("xx") == (">>xx<<", ">>xx<<")


def test_translation_keys() -> None:
    assert machine_key("uk") == "uk-mt"
    assert key_language("uk-mt") == key_language("uk") == "uk"
    assert language_name("uk-mt") == "Ukrainian" and language_name("zz") == "zz"


def test_targets_of_another_source_are_the_other_three() -> None:
    from translate.languages import default_targets, target_choices

    assert target_choices("uk") == ("en", "ru", "hu") and target_choices() == ("uk", "ru", "hu")
    assert parse_targets("en,hu", "uk") == ("en", "hu")
    with pytest.raises(UsageError, match=r"target language 'uk' is not supported; choose from: en, ru, hu"):
        parse_targets("uk", "uk")
    assert default_targets("ru") == ("en",) and default_targets("en") == ("uk", "ru", "hu")
