"""The model table: one entry per direct pair, short and SRC-TGT keys, and the route through English."""

from __future__ import annotations

import pytest

from translate.directions import (
    CODES,
    DIRECTIONS,
    PIVOT,
    direction,
    direction_key,
    parse_model_key,
    route,
    short_key,
)
from translate.errors import UsageError
from translate.languages import ALTERNATIVE_MODELS, DEFAULT_MODELS


def test_the_table_has_every_direction_to_and_from_english() -> None:
    assert CODES == ("en", "uk", "ru", "hu")
    assert set(DIRECTIONS) == {("en", "uk"), ("en", "ru"), ("en", "hu"), ("uk", "en"), ("ru", "en"), ("hu", "en")}
    for (source, target), entry in DIRECTIONS.items():
        assert (entry.source, entry.target) == (source, target) and entry.key == f"{source}-{target}"
        assert entry.default.model_id.startswith("Helsinki-NLP/opus-mt-")
        assert entry.alternatives


def test_english_sources_keep_today_s_models_and_tokens() -> None:
    assert {lang: (c.model_id, c.target_token) for lang, c in DEFAULT_MODELS.items()} == {
        "uk": ("Helsinki-NLP/opus-mt-tc-big-en-zle", ">>ukr<<"),
        "ru": ("Helsinki-NLP/opus-mt-tc-big-en-zle", ">>rus<<"),
        "hu": ("Helsinki-NLP/opus-mt-tc-big-en-hu", None),
    }
    assert {lang: [c.model_id for c in cs] for lang, cs in ALTERNATIVE_MODELS.items()} == {
        "uk": ["Helsinki-NLP/opus-mt-en-uk"], "ru": ["Helsinki-NLP/opus-mt-en-ru"], "hu": ["Helsinki-NLP/opus-mt-en-hu"],
    }


def test_one_multi_source_model_reads_ukrainian_and_russian_without_a_target_token() -> None:
    uk, ru, hu = direction("uk", "en"), direction("ru", "en"), direction("hu", "en")
    assert uk is not None and ru is not None and hu is not None
    assert uk.default.model_id == ru.default.model_id == "Helsinki-NLP/opus-mt-tc-big-zle-en"
    assert uk.default.target_token is None and ru.default.target_token is None
    assert hu.default.model_id == "Helsinki-NLP/opus-mt-tc-big-hu-en"
    assert [c.model_id for c in uk.alternatives + ru.alternatives + hu.alternatives] == [
        "Helsinki-NLP/opus-mt-uk-en", "Helsinki-NLP/opus-mt-ru-en", "Helsinki-NLP/opus-mt-hu-en",
    ]
    assert direction("hu", "uk") is None


def test_published_scores_are_recorded_with_their_source() -> None:
    scores = {entry.key: entry.default.flores for entry in DIRECTIONS.values()}
    assert {key: (s.bleu, s.chrf) for key, s in scores.items() if s} == {
        "en-uk": (32.1, 0.601), "en-ru": (32.7, 0.597), "en-hu": (29.6, 0.602),
        "uk-en": (39.2, 0.650), "ru-en": (35.2, 0.626), "hu-en": (34.6, 0.620),
    }
    for entry in DIRECTIONS.values():
        assert entry.default.flores is not None and "huggingface.co/Helsinki-NLP/" in entry.default.flores.source
        assert all(alt.flores is None for alt in entry.alternatives)  # the older cards publish no FLORES-101


@pytest.mark.parametrize(
    ("key", "pair"),
    [("uk", ("en", "uk")), ("HU", ("en", "hu")), ("ru-en", ("ru", "en")), (" hu-uk ", ("hu", "uk")), ("en-ru", ("en", "ru"))],
)
def test_model_keys(key: str, pair: tuple[str, str]) -> None:
    assert parse_model_key(key) == pair


@pytest.mark.parametrize("key", ["de", "en", "uk-uk", "ru-de", "uk-en-hu", ""])
def test_bad_model_keys_are_refused_with_the_forms_to_write(key: str) -> None:
    with pytest.raises(UsageError, match=r"is not a target language or a direction; write LANG \(uk means en-uk\) or SRC-TGT"):
        parse_model_key(key)


def test_keys_users_write() -> None:
    assert short_key("en", "uk") == "uk" and short_key("ru", "en") == "ru-en" == direction_key("ru", "en")


def test_route_is_direct_when_a_model_exists_else_through_english() -> None:
    table = lambda source, target: (source, target) in DIRECTIONS  # noqa: E731
    assert route("ru", "en", table) == (("ru", "en"),)
    assert route("hu", "uk", table) == (("hu", PIVOT), (PIVOT, "uk"))
    assert route("hu", "uk", lambda s, t: True) == (("hu", "uk"),)  # a direct model named with --model hu-uk=…


def test_route_refuses_the_same_language_and_a_missing_leg() -> None:
    with pytest.raises(UsageError, match="the text is already in 'uk'"):
        route("uk", "uk", lambda s, t: True)
    with pytest.raises(UsageError, match=r"no model translates hu into uk; pass --model hu-uk=HUB_ID_OR_PATH"):
        route("hu", "uk", lambda s, t: (s, t) == ("hu", "en"))
