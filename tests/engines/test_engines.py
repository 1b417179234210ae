"""Both engines run the same tests on tiny real models loaded the way users load models."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.paths import ENGINES

from translate.engines import engine_class
from translate.engines.base import DecodeOptions
from translate.models import resolve


@pytest.fixture(scope="module", params=ENGINES)
def engine(request: pytest.FixtureRequest, tiny_models: dict[str, Path]):
    model = resolve(str(tiny_models["zle"]))
    return engine_class(request.param)(model)


def test_engine_reports_model_and_limits(engine, tiny_models) -> None:
    assert engine.model_id == str(tiny_models["zle"])
    assert engine.revision == "local"
    assert engine.max_input_tokens == 512
    assert set(engine.target_tokens()) == {">>bel<<", ">>rus<<", ">>ukr<<"}


def test_count_tokens_includes_target_token_and_eos(engine) -> None:
    plain = engine.count_tokens("Trump met Putin.")
    assert plain >= 3
    assert engine.count_tokens("Trump met Putin.", ">>ukr<<") == plain + 1


def test_unknown_characters_are_reported(engine) -> None:
    assert engine.unknown_characters("Trump 🙂 met 中 Putin") == {"🙂", "中"}
    assert engine.unknown_characters("Trump met Putin.") == set()


def test_translate_batches_keeps_order_and_shape(engine) -> None:
    batches = [["Trump met Putin.", "Budapest"], ["The missiles have a range of about 1,000 miles."]]
    out = list(engine.translate_batches(batches, ">>ukr<<", [[12, 5], [20]], DecodeOptions(beam_size=2)))
    assert [len(b) for b in out] == [2, 1]
    for batch, caps in zip(out, [[12, 5], [20]], strict=True):
        for hyp, cap in zip(batch, caps, strict=True):
            assert isinstance(hyp.text, str)
            assert 0 <= hyp.tokens <= cap
            assert "\u2581" not in hyp.text and "</s>" not in hyp.text and ">>" not in hyp.text


def test_translation_is_deterministic_and_batch_independent(engine) -> None:
    text = "Energy has been a critical concern throughout the conflict."
    alone = list(engine.translate_batches([[text]], ">>rus<<", [[30]], DecodeOptions()))[0][0]
    again = list(engine.translate_batches([[text]], ">>rus<<", [[30]], DecodeOptions()))[0][0]
    assert alone == again


def test_target_token_changes_the_output(engine) -> None:
    outputs = set()
    for token in (">>ukr<<", ">>rus<<", ">>bel<<"):
        batch = ["Hi", "Kyiv", "Putin"]
        out = list(engine.translate_batches([batch], token, [[8, 8, 8]], DecodeOptions(beam_size=1)))[0]
        outputs.add(tuple(h.text for h in out))
    assert len(outputs) > 1


def test_no_repeat_ngram_option_is_honoured(engine) -> None:
    text = "Trump Trump Trump Trump Trump Trump"
    out = list(
        engine.translate_batches(
            [[text]], ">>ukr<<", [[40]], DecodeOptions(beam_size=1, no_repeat_ngram_size=2)
        )
    )
    hyp = out[0][0]
    assert hyp.tokens > 0


def test_engines_agree_on_greedy_output_in_float32(tiny_models) -> None:
    """CTranslate2 float32 and transformers compute the same model: greedy outputs match."""
    model = resolve(str(tiny_models["hu"]))
    hf = engine_class("transformers")(model)
    ct2 = engine_class("ctranslate2")(model, quantization="float32")
    texts = [
        "Trump met Putin in Budapest.",
        "Russia has intensified its attacks.",
        "How will the leaders respond?",
    ]
    a = list(hf.translate_batches([texts], None, [[25, 25, 25]], DecodeOptions(beam_size=1)))[0]
    b = list(ct2.translate_batches([texts], None, [[25, 25, 25]], DecodeOptions(beam_size=1)))[0]
    assert [h.text for h in a] == [h.text for h in b]


def test_each_sentence_is_cut_at_its_own_cap(engine) -> None:
    """Greedy output of a sentence is the same alone and next to a sentence with a larger cap."""
    short, long = "They talked.", "Energy has been a critical concern throughout the conflict in eastern Ukraine."
    alone = list(engine.translate_batches([[short]], ">>ukr<<", [[9]], DecodeOptions(beam_size=1)))[0][0]
    together = list(engine.translate_batches([[short, long]], ">>ukr<<", [[9, 60]], DecodeOptions(beam_size=1)))[0]
    assert together[0] == alone and alone.tokens <= 9


@pytest.mark.parametrize("engine_name", ENGINES)
@pytest.mark.parametrize(("model", "text"), [
    ("zle-en", "Віктор Орбан у Києві попросив Зеленського про припинення вогню."),
    ("zle-en", "Орбан предложил Зеленскому прекратить огонь."),
    ("hu-en", "Orbán Viktor hétfőn Kijevbe utazott."),
])
def test_models_into_english_need_no_target_token(engine_name: str, model: str, text: str, direction_models) -> None:
    """Like opus-mt-tc-big-zle-en: one model reads Ukrainian and Russian, and English needs no >>eng<< token."""
    engine = engine_class(engine_name)(resolve(str(direction_models[model])))
    assert engine.target_tokens() == ()
    assert engine.unknown_characters(text) == set()
    [[hyp]] = list(engine.translate_batches([[text]], None, [[12]], DecodeOptions(beam_size=1)))
    assert 0 <= hyp.tokens <= 12 and ">>" not in hyp.text and "\u2581" not in hyp.text
def test_batches_as_completed_give_every_batch_once_with_the_same_result(engine) -> None:
    batches = [["Trump met Putin."], ["Budapest", "Kyiv"], ["The missiles have a range of about 1,000 miles."]]
    caps = [[12], [5, 5], [20]]
    ordered = list(engine.translate_batches(batches, ">>ukr<<", caps, DecodeOptions(beam_size=1)))
    completed = dict(engine.translate_batches_as_completed(batches, ">>ukr<<", caps, DecodeOptions(beam_size=1)))
    assert sorted(completed) == [0, 1, 2] and [completed[k] for k in range(3)] == ordered
