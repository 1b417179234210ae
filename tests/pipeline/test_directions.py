"""Translating out of uk, ru and hu: direct models, the pivot through English, signatures, checks per direction."""

from __future__ import annotations

import pytest
from support.paths import ENGINES, coverage_lines
from support.scripted import ScriptedEngine

from translate.errors import InputError, UsageError
from translate.pipeline import Settings, Translator
from translate.types import NUMBER_MISMATCH, PIVOTED, WRONG_SCRIPT

RUSSIAN = "Президент встретился с премьер-министром.\n\nПереговоры продолжатся завтра."
HUNGARIAN = "Orbán Viktor Kijevbe utazott.\n\nA tárgyalások holnap folytatódnak."


def english(text: str, options: object) -> str:
    return "The talks will go on tomorrow."


def ukrainian(text: str, options: object) -> str:
    return "Переговори триватимуть завтра."


def named(respond, model_id: str, revision: str = "r1") -> ScriptedEngine:
    engine = ScriptedEngine(respond)
    engine.model_id, engine.revision = model_id, revision
    return engine


def test_a_direct_model_translates_into_english() -> None:
    ru_en = named(english, "zle-en")
    doc = Translator(Settings(engine="transformers"), engines={"ru-en": ru_en}).translate_document(RUSSIAN, "en", source_lang="ru")
    assert doc.source_lang == "ru" and list(doc.translations) == ["en"]
    en = doc.translations["en"]
    assert [s.text for s in en.sentences] == ["The talks will go on tomorrow."] * 2
    assert all(PIVOTED not in s.flags for s in en.sentences) and en.pivot == "" and en.model == "zle-en"
    assert doc.signature.startswith("engine=transformers|beam=4|from=ru|en=zle-en@r1|version=")
    assert doc.to_dict()["source"]["lang"] == "ru" and "pivot" not in doc.to_dict()["translations"]["en"]


def test_a_pair_without_a_model_goes_through_english_and_says_so() -> None:
    hu_en, en_uk = named(lambda t, o: f"English: {t}", "hu-en", "a"), named(ukrainian, "en-uk", "b")
    doc = Translator(Settings(engine="transformers"), engines={"hu-en": hu_en, "uk": en_uk}).translate_document(
        HUNGARIAN, "uk", source_lang="hu"
    )
    uk = doc.translations["uk"]
    assert [s.text for s in uk.sentences] == ["Переговори триватимуть завтра."] * 2
    assert all(PIVOTED in s.flags for s in uk.sentences)
    assert (uk.model, uk.revision, uk.pivot) == ("hu-en+en-uk", "a+b", "en")
    assert "|from=hu|uk=hu-en@a+en-uk@b|" in doc.signature
    # the English of the first step, the first sentence ahead of the rest
    assert en_uk.calls == [["English: Orbán Viktor Kijevbe utazott."], ["English: A tárgyalások holnap folytatódnak."]]
    assert doc.to_dict()["translations"]["uk"]["pivot"] == "en"


def test_the_english_of_a_pivot_is_made_once_and_is_the_english_column() -> None:
    hu_en, en_uk = named(lambda t, o: f"English of {t[:5]}.", "hu-en"), named(ukrainian, "en-uk")
    translator = Translator(Settings(), engines={"hu-en": hu_en, "uk": en_uk})
    doc = translator.translate_document(HUNGARIAN, ["en", "uk"], source_lang="hu")
    assert sum(len(batch) for batch in hu_en.calls) == 2  # two sentences, each translated once
    assert [s.text for s in doc.translations["en"].sentences] == [t for call in en_uk.calls for t in call]
    assert all(PIVOTED not in s.flags for s in doc.translations["en"].sentences)


def test_a_direct_model_named_for_the_pair_is_used_directly() -> None:
    hu_uk = named(ukrainian, "hu-uk")
    doc = Translator(Settings(), engines={"hu-uk": hu_uk}).translate_document(HUNGARIAN, "uk", source_lang="hu")
    uk = doc.translations["uk"]
    assert uk.model == "hu-uk" and uk.pivot == "" and all(PIVOTED not in s.flags for s in uk.sentences)
    assert Translator(Settings(models={"hu-uk": "./folder"})).route("hu", "uk") == (("hu", "uk"),)
    assert Translator(Settings()).route("hu", "uk") == (("hu", "en"), ("en", "uk"))


def test_progress_of_a_pivot_runs_through_both_steps_to_the_end() -> None:
    seen: list[tuple[str, int, int]] = []
    Translator(Settings(), engines={"hu-en": named(english, "a"), "uk": named(ukrainian, "b")}).translate_document(
        HUNGARIAN, "uk", source_lang="hu", progress=lambda *a: seen.append(a)
    )
    # two sentences through two models: four units of model work
    assert seen[-1] == ("uk", 4, 4) and all(done <= total for _, done, total in seen)
    assert [done for _, done, _ in seen] == sorted(done for _, done, _ in seen)


@pytest.mark.parametrize(
    ("source", "lang", "output", "flagged"),
    [
        ("Погибли 1,6 тыс. человек 16.10.2025.", "ru", "1.6 thousand people died on October 16, 2025.", False),
        ("Погибли 1,6 тыс. человек 16.10.2025.", "ru", "1,600 people died on 16 October 2025.", False),
        ("Погибли 1,6 тыс. человек 16.10.2025.", "ru", "1.6 thousand people died on October 2025.", True),
        ("A költségvetés 2,5 milliárd forint 2025. október 16-án.", "hu", "The budget is 2.5 billion forints on October 16, 2025.", False),
        ("A költségvetés 2,5 milliárd forint.", "hu", "The budget is 25 billion forints.", True),
    ],
)
def test_numbers_are_compared_by_value_in_each_language(source: str, lang: str, output: str, flagged: bool) -> None:
    engine = named(lambda t, o: output, "x-en")
    ((_, flags),) = Translator(Settings(), engines={f"{lang}-en": engine}).translate_sentences([source], "en", source_lang=lang)
    assert (NUMBER_MISMATCH in flags) is flagged


def test_the_script_check_judges_the_target_language() -> None:
    engine = named(lambda t, o: "Переговоры продолжатся завтра в Будапеште.", "x-en")
    ((_, flags),) = Translator(Settings(), engines={"ru-en": engine}).translate_sentences(
        ["Переговоры продолжатся завтра в Будапеште."], "en", source_lang="ru"
    )
    assert WRONG_SCRIPT in flags


def test_the_source_language_can_be_identified() -> None:
    text = "\n".join(coverage_lines("uk")[:6])
    doc = Translator(Settings(), engines={"uk-en": named(english, "zle-en")}).translate_document(text, "en", source_lang="auto")
    assert doc.source_lang == "uk"
    with pytest.raises(InputError, match=r"is not clearly in one of en, uk, ru, hu \(found: .*\); name its language with --from LANG"):
        Translator(Settings(), engines={}).translate_document("Dzień dobry, jak się masz? To jest zdanie po polsku, całkiem długie.", "en", source_lang="auto")


def test_targets_follow_the_source_and_unknown_sources_are_refused() -> None:
    translator = Translator(Settings(), engines={"uk-en": named(english, "zle-en")})
    with pytest.raises(UsageError, match=r"target language 'uk' is the article's own language; choose from: en, ru, hu"):
        translator.translate_document("Привіт, світе.", "uk", source_lang="uk")
    with pytest.raises(UsageError, match=r"language 'de' is not supported; choose from: en, uk, ru, hu"):
        translator.translate_document("Hallo Welt.", "en", source_lang="de")


def test_settings_name_models_by_direction() -> None:
    settings = Settings(models={"ru-en": "./zle-en", "uk": "./en-zle"})
    assert settings.model_for("ru", "en") == ("./zle-en", None)
    assert settings.model_for("en", "uk") == ("./en-zle", None) and settings.model_spec("uk") == ("./en-zle", None)
    assert Settings().model_for("uk", "en") == ("Helsinki-NLP/opus-mt-tc-big-zle-en", None)
    assert Settings().model_for("hu", "uk") is None
    with pytest.raises(UsageError, match=r"two models are named for en-uk"):
        Translator(Settings(models={"uk": "./a", "en-uk": "./b"}))
    with pytest.raises(UsageError, match=r"model key 'de' is not a target language or a direction"):
        Translator(Settings(models={"de": "./a"}))


# ---- tiny real models, both engines ----------------------------------------------------------------


@pytest.fixture(scope="module", params=ENGINES)
def into_english(request, direction_models, tiny_models) -> Translator:
    models = {"uk-en": str(direction_models["zle-en"]), "ru-en": str(direction_models["zle-en"]),
              "hu-en": str(direction_models["hu-en"]), "hu": str(tiny_models["hu"])}
    return Translator(Settings(engine=request.param, models=models, beam_size=2))


@pytest.mark.parametrize("lang", ["uk", "ru", "hu"])
def test_tiny_models_translate_each_language_into_english(into_english: Translator, lang: str) -> None:
    text = "\n".join(coverage_lines(lang)[:4])
    doc = into_english.translate_document(text, "en", source_lang=lang)
    en = doc.translations["en"]
    assert doc.source_lang == lang and len(doc.sentences) >= 4
    assert sorted(i for link in en.links for i in link.source) == list(range(len(doc.sentences)))
    assert sorted(i for link in en.links for i in link.target) == list(range(len(en.sentences)))
    assert en.revision == "local" and en.engine == into_english.settings.engine and not en.pivot
    assert f"|from={lang}|en=" in doc.signature


def test_one_multi_source_model_serves_ukrainian_and_russian(into_english: Translator) -> None:
    assert into_english.engine_for("en", "uk")[0] is into_english.engine_for("en", "ru")[0]
    assert into_english.engine_for("en", "uk")[1] is None  # no target token


def test_tiny_models_pivot_from_ukrainian_to_hungarian(into_english: Translator, direction_models, tiny_models) -> None:
    text = "\n".join(coverage_lines("uk")[:3])
    doc = into_english.translate_document(text, ["en", "hu"], source_lang="uk")
    hu = doc.translations["hu"]
    assert hu.pivot == "en" and hu.model == f"{direction_models['zle-en']}+{tiny_models['hu']}"
    assert hu.sentences and all(PIVOTED in s.flags for s in hu.sentences)
    assert f"|hu={direction_models['zle-en']}@local+{tiny_models['hu']}@local|" in doc.signature
    assert sorted(i for link in hu.links for i in link.source) == list(range(len(doc.sentences)))
