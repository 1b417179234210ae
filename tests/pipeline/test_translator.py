"""The Translator: documents, target tokens, checks, first sentences first, and tiny real models end to end."""

from __future__ import annotations

import json

import pytest
from support.paths import ENGINES
from support.scripted import ScriptedEngine
from support.translators import UK_SENTENCE, flags_of, translator_with

from translate.errors import InputError, UsageError
from translate.pipeline import Settings, Translator
from translate.render import to_json
from translate.types import NUMBER_MISMATCH, SPLIT_LONG_INPUT, WRONG_SCRIPT


def test_wrong_script_russian_for_ukrainian_is_flagged() -> None:
    engine = ScriptedEngine(lambda text, o: "Президент объявил, что планирует встречу в Будапеште.")
    ((_, flags),) = flags_of(translator_with(engine), ["The president announced a meeting in Budapest."])
    assert WRONG_SCRIPT in flags


def test_latin_output_for_russian_is_flagged() -> None:
    engine = ScriptedEngine(lambda text, o: "The president announced a meeting in Budapest.")
    ((_, flags),) = flags_of(
        translator_with(engine, lang="ru"), ["The president announced a meeting in Budapest."], "ru"
    )
    assert WRONG_SCRIPT in flags


def test_number_mismatch_is_flagged_and_separators_are_tolerated() -> None:
    engine = ScriptedEngine(lambda text, o: "Дальність близько 1 000 миль (1600 кілометрів).")
    ((_, ok),) = flags_of(translator_with(engine), ["A range of about 1,000 miles (1,600 kilometers)."])
    assert NUMBER_MISMATCH not in ok
    engine = ScriptedEngine(lambda text, o: "Дальність близько 1000 миль.")
    ((_, bad),) = flags_of(translator_with(engine), ["A range of about 1,000 miles (1,600 kilometers)."])
    assert NUMBER_MISMATCH in bad


def test_multi_target_model_gets_the_target_token() -> None:
    engine = ScriptedEngine(lambda text, o: UK_SENTENCE, targets=(">>rus<<", ">>ukr<<"))
    translator = Translator(Settings(), engines={"uk": engine, "ru": engine})
    translator.translate_sentences(["Hello world."], "uk")
    translator.translate_sentences(["Hello world."], "ru")
    assert engine.tokens_seen == [">>ukr<<", ">>rus<<"]


def test_multi_target_model_without_the_language_is_refused() -> None:
    engine = ScriptedEngine(targets=(">>deu<<", ">>fra<<"))
    with pytest.raises(
        UsageError, match=r"serves several languages \(>>deu<<, >>fra<<\) but none of them is 'hu'"
    ):
        Translator(Settings(), engines={"hu": engine}).translate_sentences(["Hi there."], "hu")


def test_document_keeps_paragraphs_and_links_split_outputs() -> None:
    engine = ScriptedEngine(lambda text, o: "Перше речення. Друге речення." if "two" in text else UK_SENTENCE)
    text = "Headline without a stop\n\nFirst sentence here. This one has two.\n\nLast one."
    doc = Translator(Settings(), engines={"uk": engine}).translate_document(text, "uk")
    uk = doc.translations["uk"]
    assert uk.text.count("\n\n") == 2
    assert [link.to_list() for link in uk.links] == [[[0], [0]], [[1], [1]], [[2], [2, 3]], [[3], [4]]]
    assert [s.paragraph for s in uk.sentences] == [0, 1, 1, 1, 2]
    assert uk.text.split("\n\n")[1] == f"{UK_SENTENCE} Перше речення. Друге речення."


def test_empty_input_is_refused() -> None:
    with pytest.raises(InputError, match="the input text is empty"):
        Translator(Settings(), engines={"uk": ScriptedEngine()}).translate_document("  \n ", "uk")


def test_unknown_target_language_is_refused() -> None:
    with pytest.raises(UsageError, match=r"target language 'de' is not supported; choose from: uk, ru, hu"):
        Translator(Settings(), engines={}).translate_document("Hello.", "de")


@pytest.fixture(scope="module", params=ENGINES)
def real_translator(request, tiny_settings_models) -> Translator:
    return Translator(Settings(engine=request.param, models=tiny_settings_models, beam_size=2))


def test_seed_article_end_to_end_invariants(real_translator: Translator, seed_text: str) -> None:
    progress: list[tuple[str, int, int]] = []
    doc = real_translator.translate_document(
        seed_text, ("uk", "ru", "hu"), progress=lambda *a: progress.append(a)
    )
    assert len(doc.sentences) == 24
    for lang in ("uk", "ru", "hu"):
        tr = doc.translations[lang]
        source_ids = [i for link in tr.links for i in link.source]
        target_ids = [i for link in tr.links for i in link.target]
        assert source_ids == list(range(len(doc.sentences)))
        assert target_ids == list(range(len(tr.sentences)))
        assert tr.text.count("\n\n") == seed_text.count("\n\n")
        assert tr.engine == real_translator.settings.engine and tr.revision == "local"
        assert progress and progress[-1][1] <= progress[-1][2]
    # uk and ru share one loaded model
    assert real_translator.engine_for("uk")[0] is real_translator.engine_for("ru")[0]
    assert doc.signature.startswith(f"engine={real_translator.settings.engine}|")


def test_output_is_byte_identical_across_runs(real_translator: Translator, seed_text: str) -> None:
    text = "\n\n".join(seed_text.split("\n\n")[:6])  # six paragraphs, batched as the whole article would be
    first = to_json(real_translator.translate_document(text, "hu"))
    second = to_json(real_translator.translate_document(text, "hu"))
    assert first == second
    json.loads(first)


def test_sentence_result_does_not_depend_on_batch_company(real_translator: Translator) -> None:
    alone = real_translator.translate_sentences(["Trump met Putin in Budapest."], "hu")
    crowd = real_translator.translate_sentences(
        ["Hi.", "Trump met Putin in Budapest.", "Energy is a concern."], "hu"
    )
    assert alone[0] == crowd[1]


def test_overlong_sentence_with_real_model_is_split_not_truncated(tiny_models) -> None:
    translator = Translator(Settings(engine="transformers", models={"hu": str(tiny_models["short"])}))
    sentence = " ".join(["Trump met Putin in Budapest on Thursday"] * 12) + "."
    ((text, flags),) = translator.translate_sentences([sentence], "hu")
    assert SPLIT_LONG_INPUT in flags


def test_lone_surrogate_is_refused_with_its_location() -> None:
    with pytest.raises(InputError, match=r"lone surrogate \(U\+D800\) at character 7, line 2"):
        Translator(Settings(), engines={"uk": ScriptedEngine()}).translate_document("Hello.\n\ud800 there.", "uk")


def test_odd_unicode_passes_through_without_crashing() -> None:
    text = "Zero\u200bwidth and \u202ebidi\u202c and NUL\x00 and NFD cafe\u0301.\r\nNext line."
    engine = ScriptedEngine(lambda t, o: t)
    doc = Translator(Settings(), engines={"hu": engine}).translate_document(text, "hu")
    assert doc.translations["hu"].text == text
    json.loads(to_json(doc))


def test_first_sentences_arrive_first_and_the_result_is_the_same_either_way() -> None:
    engine = ScriptedEngine(lambda t, o: "Fordítás: " + t)
    text = "One here. Two here. Three here.\n\nFour here. Five here."
    seen: list = []
    with_partial = Translator(Settings(), engines={"hu": engine}).translate_document(text, "hu", on_partial=seen.append)
    without = Translator(Settings(), engines={"hu": ScriptedEngine(lambda t, o: "Fordítás: " + t)}).translate_document(text, "hu")
    assert to_json(with_partial) == to_json(without)
    assert len(seen) == 1 and [s.text for s in seen[0].sentences] == ["Fordítás: One here."]
    assert engine.calls[0] == ["One here."]  # the head went ahead on its own


def test_progress_counts_the_whole_article_across_the_head_and_the_rest() -> None:
    reports: list[tuple[str, int, int]] = []
    text = "One here. Two here. Three here. Four here."
    Translator(Settings(), engines={"hu": ScriptedEngine(lambda t, o: "Szia.")}).translate_document(
        text, "hu", progress=lambda *r: reports.append(r)
    )
    assert reports[-1] == ("hu", 4, 4) and all(total == 4 for _, _, total in reports)


def test_signature_names_the_quantization_only_for_an_engine_that_takes_it() -> None:
    engine = ScriptedEngine()
    ct2 = Translator(Settings(engine="ctranslate2"), engines={"hu": engine}).signature(["hu"])
    hf = Translator(Settings(engine="transformers"), engines={"hu": engine}).signature(["hu"])
    assert ct2.startswith("engine=ctranslate2|quant=int8|beam=4|hu=scripted-model@r1|version=")
    assert hf.startswith("engine=transformers|beam=4|hu=scripted-model@r1|version=")


def test_a_cyrillic_source_is_refused_before_any_model_loads() -> None:
    russian = "Президент объявил, что планирует встречу с премьер-министром в Будапеште на следующей неделе."
    with pytest.raises(InputError, match=r"the text is mostly in Cyrillic letters \(\d+%\) \(Russian or Ukrainian\?\), not English"):
        Translator(Settings(models={"hu": "/nowhere"})).translate_document(russian, "hu")


def test_an_english_source_with_some_foreign_names_is_accepted() -> None:
    engine = ScriptedEngine(lambda t, o: "Szia.")
    text = "Zelensky (Зеленський) met Trump in Washington on Friday to discuss the war."
    Translator(Settings(), engines={"hu": engine}).translate_document(text, "hu")


def test_copied_segments_are_checked_too() -> None:
    """A sentence the model cannot read at all is copied; it must not pass as a good translation."""
    engine = ScriptedEngine(lambda t, o: "Szia.", unknown="абвгдежзийклмнопрстуфхцчшщъыьэюяАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ")
    ((text, flags),) = Translator(Settings(), engines={"hu": engine}).translate_sentences(["Привет всем"], "hu")
    assert text == "Привет всем" and WRONG_SCRIPT in flags


def test_missing_models_are_reported_all_at_once(tmp_path) -> None:
    from translate.errors import ModelNotAvailableError

    settings = Settings(models={"uk": str(tmp_path / "uk-model"), "hu": str(tmp_path / "hu-model")})
    with pytest.raises(ModelNotAvailableError, match=r"2 models are missing: model folder .*uk-model does not exist.*; and model folder .*hu-model does not exist"):
        Translator(settings).translate_document("Trump met Putin in Budapest on Thursday evening.", ("uk", "hu"))


def test_the_target_token_is_recorded_for_each_language() -> None:
    engine = ScriptedEngine(lambda t, o: UK_SENTENCE, targets=(">>rus<<", ">>ukr<<"))
    single = ScriptedEngine(lambda t, o: "Szia.")
    doc = Translator(Settings(), engines={"uk": engine, "ru": engine, "hu": single}).translate_document("Hello there, world.", ("uk", "ru", "hu"))
    data = doc.to_dict()["translations"]
    assert data["uk"]["target_token"] == ">>ukr<<" and data["ru"]["target_token"] == ">>rus<<"
    assert "target_token" not in data["hu"]  # a single-target model is given no token


def test_signature_can_key_languages_and_leave_out_the_version() -> None:
    from translate.languages import machine_key

    engine = ScriptedEngine()
    signature = Translator(Settings(engine="transformers"), engines={"hu": engine}).signature(["hu"], key=machine_key, version=False)
    assert signature == "engine=transformers|beam=4|hu-mt=scripted-model@r1"
