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
    with pytest.raises(UsageError, match=r"target language 'uk' is the article's own language; choose from: en, ru, hu"):
        parse_targets("uk", "uk")
    assert default_targets("ru") == ("en",) and default_targets("en") == ("uk", "ru", "hu")
def test_aliases_and_suggestions() -> None:
    from translate.languages import normalize_code

    assert parse_targets("ua,RUS,hun") == ("uk", "ru", "hu")
    assert normalize_code("ukr") == "uk" and normalize_code("eng") == "en" and normalize_code("en-GB") == "en"
    assert normalize_code(" UK ") == "uk"
    assert language("ua").code == "uk" and language("ukr").code == "uk"
    with pytest.raises(UsageError):
        language("EN")  # the library takes codes as they are; the command line normalizes first
    with pytest.raises(UsageError, match=r"target language 'hx' is not supported; did you mean 'hu'\? choose from: uk, ru, hu"):
        parse_targets("hx")
    with pytest.raises(UsageError, match=r"did you mean 'ru'\?"):
        parse_targets("ur")  # two letters swapped, though 'uk' is one letter off
    with pytest.raises(UsageError, match=r"target language 'ukranian' is not supported; did you mean 'uk'\?"):
        parse_targets("ukranian")
    with pytest.raises(UsageError, match=r"^language 'de' is not supported; choose from: en, uk, ru, hu$"):
        language("de")  # nothing close: no guess


def test_script_counts_and_problems() -> None:
    from translate.languages import script_counts, script_problem

    assert script_counts("Kyiv Київ") == {"Latin": 4, "Cyrillic": 4}
    assert script_problem("Short Привет", "en") is None  # too few letters to judge
    assert script_problem("Trump met Putin in Budapest (Будапешт) on Thursday.", "en") is None
    problem = script_problem("Президент объявил о встрече в Будапеште на следующей неделе.", "en")
    assert problem == "the text is mostly in Cyrillic letters (100%) (Russian or Ukrainian?), not English (Latin letters)"


def test_text_names_are_one_safe_line() -> None:
    from translate.languages import check_text_name

    for name in ("RIA", " Українська правда ", "index.hu", "24.hu", "Fox & Friends", "O'Brien"):
        assert check_text_name(name) == name.strip()
    for name in ("", "a/b", "..", "-x", "a:b", "x=y", "a\\b", "x" * 41, "two\nlines", "ends-"):
        with pytest.raises(UsageError, match=r"cannot name a text; use up to 40 letters, digits, spaces"):
            check_text_name(name)


def test_provided_keys_name_several_texts_of_one_language() -> None:
    from translate.languages import provided_keys

    how = "--with {lang}:NAME=FILE"
    assert provided_keys([("uk", "", "pravda"), ("hu", "", "index")], how) == ["uk", "hu"]
    assert provided_keys([("uk", "Pravda", "")], how) == ["uk:Pravda"]
    assert provided_keys([("ru", "", "ria"), ("ru", "TASS", "tass"), ("uk", "", "x")], how) == ["ru:ria", "ru:TASS", "uk"]
    with pytest.raises(UsageError, match=r"^two texts are named ru:ria; give each text of one language its own name: --with ru:NAME=FILE$"):
        provided_keys([("ru", "", "ria"), ("ru", "ria", "")], how)
    with pytest.raises(UsageError, match=r"^there are 2 Russian texts; name each one: a name in its box$"):
        provided_keys([("ru", "", ""), ("ru", "TASS", "")], "a name in its box")
