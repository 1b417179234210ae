"""The pipeline's logic with scripted engines (exact), and end to end with tiny real models (invariants)."""

from __future__ import annotations

import json
import re

import pytest
from support.paths import ENGINES
from support.scripted import ScriptedEngine

from translate.engines.base import DecodeOptions
from translate.errors import InputError, UsageError
from translate.pipeline import Settings, Translator, split_to_budget
from translate.render import to_json
from translate.types import LENGTH_LIMIT_HIT, NUMBER_MISMATCH, REPETITION, SPLIT_LONG_INPUT, WRONG_SCRIPT

UK_SENTENCE = "Президент оголосив, що планує зустріч у Будапешті."


def translator_with(engine: ScriptedEngine, lang: str = "uk", **settings) -> Translator:
    return Translator(Settings(**settings), engines={lang: engine})


def flags_of(translator: Translator, texts: list[str], lang: str = "uk") -> list[tuple[str, tuple[str, ...]]]:
    return translator.translate_sentences(texts, lang)


def test_segments_without_words_pass_through_without_the_model() -> None:
    engine = ScriptedEngine(lambda text, o: UK_SENTENCE)
    out = flags_of(translator_with(engine), ["", "   ", "…", "1,600", "🙂🙂", "— 3.5 % —", "Hello there."])
    assert [t for t, _ in out[:6]] == ["", "   ", "…", "1,600", "🙂🙂", "— 3.5 % —"]
    assert all(f == () for _, f in out[:6])
    assert engine.calls == [["Hello there."]]


def test_order_is_restored_after_length_sorting() -> None:
    engine = ScriptedEngine(lambda text, o: "Переклад: " + text)
    texts = [
        "A much longer sentence with many words in it here.",
        "Short one.",
        "Middle sized sentence here.",
    ]
    out = flags_of(translator_with(engine), texts)
    assert [t for t, _ in out] == ["Переклад: " + t for t in texts]
    assert engine.calls[0][0] == "Short one."  # sorted by length before batching


def test_batches_respect_size_and_token_budget() -> None:
    engine = ScriptedEngine(lambda text, o: UK_SENTENCE)
    texts = [f"Sentence number {'word ' * (i % 7)}end." for i in range(40)]
    flags_of(translator_with(engine, max_batch_size=5, batch_tokens=40), texts)
    assert sum(len(b) for b in engine.calls) == 40
    for batch in engine.calls:
        assert len(batch) <= 5
        assert max(engine.count_tokens(t) for t in batch) * len(batch) <= 40 or len(batch) == 1


def test_long_sentence_is_split_translated_in_parts_and_flagged() -> None:
    engine = ScriptedEngine(lambda text, o: text.upper(), max_input_tokens=8)
    long = "one two three, four five six seven; eight nine ten eleven twelve thirteen fourteen fifteen"
    out = flags_of(translator_with(engine), [long])
    text, flags = out[0]
    assert SPLIT_LONG_INPUT in flags
    assert text.split() == long.upper().split()  # nothing dropped, nothing truncated
    assert all(engine.count_tokens(part) <= 8 for batch in engine.calls for part in batch)


def test_split_to_budget_handles_text_without_spaces() -> None:
    text = "x" * 1000
    pieces = split_to_budget(text, len, 64)
    assert "".join(sep + piece for sep, piece in pieces) == text and all(len(p) <= 64 for _, p in pieces)


def test_split_prefers_clause_boundaries() -> None:
    text = "alpha beta gamma delta, epsilon zeta eta theta iota kappa"
    pieces = split_to_budget(text, lambda t: len(t.split()), 6)
    assert pieces[0] == ("", "alpha beta gamma delta,")
    assert " ".join(p for _, p in pieces) == text


@pytest.mark.timeout(20)
def test_splitting_a_huge_sentence_is_not_cubic() -> None:
    words = " ".join(f"word{i % 97}" for i in range(6000))
    pieces = split_to_budget(words, lambda t: len(t.split()) + 1, 512)
    assert " ".join(p for _, p in pieces) == words and all(len(p.split()) <= 511 for _, p in pieces)


def test_a_long_word_cut_in_pieces_comes_back_without_inserted_spaces() -> None:
    engine = ScriptedEngine(lambda t, o: t, max_input_tokens=50)
    engine.count_tokens = lambda text, target_token=None: len(text) // 4 + 1  # type: ignore[method-assign]
    word = "Supercalifragilistic" * 20
    (text, flags), = Translator(Settings(), engines={"hu": engine}).translate_sentences([f"See {word} now."], "hu")
    assert text == f"See {word} now." and SPLIT_LONG_INPUT in flags


def test_length_limit_hit_is_flagged() -> None:
    engine = ScriptedEngine(lambda text, o: "слово " * 200)
    ((text, flags),) = flags_of(translator_with(engine), ["A short sentence."])
    assert LENGTH_LIMIT_HIT in flags


def test_repetition_is_retried_with_no_repeat_ngram_and_cleared() -> None:
    def respond(text: str, options: DecodeOptions) -> str:
        return UK_SENTENCE if options.no_repeat_ngram_size else "ні, ні, ні, ні, ні, ні"

    engine = ScriptedEngine(respond)
    ((text, flags),) = flags_of(translator_with(engine), ["No."])
    assert text == UK_SENTENCE and REPETITION not in flags
    assert [o.no_repeat_ngram_size for o in engine.options] == [0, 3]


def test_repetition_that_persists_is_flagged() -> None:
    engine = ScriptedEngine(lambda text, o: "так так так так так так")
    ((_, flags),) = flags_of(translator_with(engine), ["Yes."])
    assert REPETITION in flags


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


def test_url_survives_through_placeholder() -> None:
    engine = ScriptedEngine(
        lambda text, o: "Читайте більше на " + re.search(r"\[\d+\]", text).group() + " сьогодні."
    )
    ((text, _),) = flags_of(translator_with(engine), ["Read more at https://example.com/a?b=1 today."])
    assert text == "Читайте більше на https://example.com/a?b=1 сьогодні."


def test_spans_survive_when_the_model_drops_placeholders() -> None:
    engine = ScriptedEngine(lambda text, o: "Переклад.", unknown="中")
    source = "Trump 🙂 said 中国 at https://x.org/p now"
    ((text, _),) = flags_of(translator_with(engine), [source])
    for span in ("🙂", "中", "https://x.org/p"):
        assert span in text
    assert all(re.search(r"\[\d+\]", t) is None for batch in engine.calls[1:] for t in batch)


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


def test_bad_settings_are_refused() -> None:
    with pytest.raises(UsageError, match="engine 'fast' is not known"):
        Translator(Settings(engine="fast"))
    with pytest.raises(UsageError, match="beam size 0 is out of range"):
        Translator(Settings(beam_size=0))


# ---- tiny real models -----------------------------------------------------------------------


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
    first = to_json(real_translator.translate_document(seed_text, "hu"))
    second = to_json(real_translator.translate_document(seed_text, "hu"))
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


# ---- properties -----------------------------------------------------------------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_pieces = st.sampled_from(
    ["Trump", "met", "Putin", "in", "Budapest", "1,600", "3.5", "«quoted»", "🙂", "👍🏽", "https://x.org/a?b=1",
     "mail@example.com", "中", ".", "!", "?", "…", ",", " ", "  ", "\n", "\n\n", "\t", "U.S.", "Mr.", "\u200b", "é"]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_pieces, min_size=1, max_size=40).map(" ".join).filter(str.strip))
def test_identity_engine_gives_back_the_input_exactly(text: str) -> None:
    """Protection, restoration and rebuilding lose nothing: an engine that copies its input reproduces the text."""
    engine = ScriptedEngine(lambda t, o: t, unknown="中")
    doc = Translator(Settings(), engines={"hu": engine}).translate_document(text, "hu")
    assert doc.translations["hu"].text == text


@settings(max_examples=100, deadline=None)
@given(st.lists(_pieces, min_size=1, max_size=40).map(" ".join).filter(str.strip))
def test_protected_spans_survive_a_model_that_loses_placeholders(text: str) -> None:
    engine = ScriptedEngine(lambda t, o: "Szöveg.", unknown="中")
    doc = Translator(Settings(), engines={"hu": engine}).translate_document(text, "hu")
    out = doc.translations["hu"].text
    for span in ("🙂", "👍🏽", "https://x.org/a?b=1", "mail@example.com", "中"):
        assert out.count(span) >= text.count(span) or span not in text
    source_ids = [i for link in doc.translations["hu"].links for i in link.source]
    assert source_ids == list(range(len(doc.sentences)))


def test_lone_surrogate_is_refused_with_its_location() -> None:
    with pytest.raises(InputError, match=r"lone surrogate \(U\+D800\) at character 7, line 2"):
        Translator(Settings(), engines={"uk": ScriptedEngine()}).translate_document("Hello.\n\ud800 there.", "uk")


def test_odd_unicode_passes_through_without_crashing() -> None:
    text = "Zero\u200bwidth and \u202ebidi\u202c and NUL\x00 and NFD cafe\u0301.\r\nNext line."
    engine = ScriptedEngine(lambda t, o: t)
    doc = Translator(Settings(), engines={"hu": engine}).translate_document(text, "hu")
    assert doc.translations["hu"].text == text
    json.loads(to_json(doc))


class _SmallMemoryEngine(ScriptedEngine):
    """Runs out of memory on batches larger than two sentences, like a real engine on a small machine."""

    def translate_batches(self, batches, target_token, max_new_tokens, options):
        for batch in batches:
            if len(batch) > 2:
                raise RuntimeError("CUDA out of memory. Tried to allocate 2.00 GiB")
        yield from super().translate_batches(batches, target_token, max_new_tokens, options)


def test_out_of_memory_halves_the_batch_and_loses_nothing() -> None:
    engine = _SmallMemoryEngine(lambda t, o: "Fordítás: " + t)
    texts = [f"Sentence {i} is here." for i in range(9)]
    out = Translator(Settings(max_batch_size=8), engines={"hu": engine}).translate_sentences(texts, "hu")
    assert [t for t, _ in out] == ["Fordítás: " + t for t in texts]
    assert all(len(batch) <= 2 for batch in engine.calls)


def test_out_of_memory_on_one_sentence_is_a_clear_error() -> None:
    from translate.errors import OutOfMemoryError

    class NoMemory(ScriptedEngine):
        def translate_batches(self, batches, target_token, max_new_tokens, options):
            raise MemoryError()
            yield  # pragma: no cover

    with pytest.raises(OutOfMemoryError, match=r"ran out of memory translating one sentence \(5 tokens\) even on its own"):
        Translator(Settings(), engines={"hu": NoMemory()}).translate_sentences(["One two three four."], "hu")


def test_other_engine_errors_are_not_swallowed() -> None:
    class Broken(ScriptedEngine):
        def translate_batches(self, batches, target_token, max_new_tokens, options):
            raise RuntimeError("shape mismatch")
            yield  # pragma: no cover

    with pytest.raises(RuntimeError, match="shape mismatch"):
        Translator(Settings(), engines={"hu": Broken()}).translate_sentences(["One two."], "hu")


def test_a_line_that_is_only_a_url_is_copied_without_flags() -> None:
    engine = ScriptedEngine(lambda t, o: "Читайте звіт тут:")
    out = Translator(Settings(), engines={"uk": engine}).translate_sentences(
        ["Read the full report here:", "https://www.reuters.com/world/europe/trump-putin-2025-10-16/"], "uk"
    )
    assert out[1] == ("https://www.reuters.com/world/europe/trump-putin-2025-10-16/", ())


def test_a_url_inside_a_translation_does_not_make_it_wrong_script() -> None:
    engine = ScriptedEngine(lambda t, o: "Повний звіт читайте тут: " + re.search(r"\[\d+\]", t).group())
    (text, flags), = Translator(Settings(), engines={"uk": engine}).translate_sentences(
        ["Read the full report here: https://www.reuters.com/world/europe/trump-putin-meeting-budapest-2025-10-16/"], "uk"
    )
    assert text.endswith("2025-10-16/") and flags == ()


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
