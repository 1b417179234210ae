"""One language's run with a scripted engine: batching, splitting, caps, retries, memory."""

from __future__ import annotations

import pytest
from support.scripted import ScriptedEngine
from support.translators import UK_SENTENCE, flags_of, translator_with

from translate.engines.base import DecodeOptions
from translate.errors import OutOfMemoryError
from translate.pipeline import Settings, Translator
from translate.types import LENGTH_LIMIT_HIT, REPETITION, SPLIT_LONG_INPUT


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


def test_out_of_memory_is_recognised_in_every_framework_wording() -> None:
    from translate.pipeline.runner import is_out_of_memory

    assert is_out_of_memory(MemoryError())
    assert is_out_of_memory(RuntimeError("CUDA out of memory. Tried to allocate 2.00 GiB"))
    assert is_out_of_memory(RuntimeError("std::bad_alloc"))
    assert not is_out_of_memory(RuntimeError("shape mismatch"))


def test_progress_is_reported_per_batch_and_never_passes_the_total() -> None:
    from translate.pipeline import Settings
    from translate.pipeline.runner import Runner, WorkTracker

    reports: list[tuple[str, int, int]] = []
    engine = ScriptedEngine(lambda t, o: "Szia " + t)
    tracker = WorkTracker("hu", 5, lambda *r: reports.append(r))
    results = Runner(engine, None, Settings(max_batch_size=2), tracker).translate_protected([f"Sentence {i} here." for i in range(5)])
    assert [r.text for r in results] == [f"Szia Sentence {i} here." for i in range(5)]
    assert reports[-1] == ("hu", 5, 5) and [done for _, done, _ in reports] == sorted(done for _, done, _ in reports)


def test_retries_and_split_pieces_are_counted_as_work() -> None:
    """The bar neither stalls at 100% while retries run nor jumps: the total grows with the work."""
    def respond(text: str, options: DecodeOptions) -> str:
        return "Szia." if options.no_repeat_ngram_size else "ni ni ni ni ni ni ni"

    reports: list[tuple[str, int, int]] = []
    engine = ScriptedEngine(respond, max_input_tokens=8)
    long = "one two three four five six seven, eight nine ten eleven twelve thirteen"
    Translator(Settings(), engines={"hu": engine}).translate_sentences(
        ["Short one.", long], "hu", progress=lambda *r: reports.append(r)
    )
    pieces = sum(len(batch) for batch in engine.calls)  # first pass pieces + retried pieces
    assert reports[-1] == ("hu", pieces, pieces) and pieces > 2
    assert all(done <= total for _, done, total in reports)


class _BackwardsEngine(ScriptedEngine):
    """Finishes its batches last to first, as parallel workers running the costliest first can."""

    def translate_batches_as_completed(self, batches, target_token, max_new_tokens, options):
        done = list(enumerate(self.translate_batches(batches, target_token, max_new_tokens, options)))
        yield from reversed(done)


def test_progress_follows_batches_as_they_finish_and_order_is_kept() -> None:
    reports: list[tuple[str, int, int]] = []
    engine = _BackwardsEngine(lambda t, o: "Fordítás: " + t)
    texts = [f"Sentence number {i} is here {'and longer ' * (i % 3)}." for i in range(12)]
    out = Translator(Settings(max_batch_size=4), engines={"hu": engine}).translate_sentences(
        texts, "hu", progress=lambda *r: reports.append(r)
    )
    assert [t for t, _ in out] == ["Fordítás: " + t for t in texts]
    assert [done for _, done, _ in reports] == sorted(done for _, done, _ in reports) and reports[-1] == ("hu", 12, 12)
    assert len(reports) == len(engine.calls)  # one report per finished batch
