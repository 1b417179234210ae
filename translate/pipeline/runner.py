"""One language's translation of a list of sentences with one engine: protect, split, batch,
generate, retry loops, survive running out of memory, and reassemble in order."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from ..checks import is_repetitive
from ..engines.base import DecodeOptions, Engine, Hypothesis
from ..errors import OutOfMemoryError
from ..text.protection import has_words, protected_spans
from ..types import LENGTH_LIMIT_HIT, REPETITION, SPLIT_LONG_INPUT
from .batching import PLANNED_WORKERS, batch_size_for, length_cap, plan_batches, split_to_budget
from .placeholders import Span, gaps, mask, placeholder_form, restore
from .settings import Settings

Progress = Callable[[str, int, int], None]  # (lang, sentences done, sentences total)


@dataclass
class SegmentResult:
    """What came back for one input text."""

    text: str = ""
    flags: set[str] = field(default_factory=set)
    copied: bool = False  # passed through without the model: nothing to check


class WorkTracker:
    """Progress of one language in units of model work: a sentence, a piece of a split sentence or a
    retry each count one. The total grows when work is added (splits, retries), so the ETA stays honest."""

    def __init__(self, lang: str, total: int, report: Progress | None) -> None:
        self.lang = lang
        self.total = total
        self.done = 0
        self.report = report

    def add(self, units: int) -> None:
        if units > 0:
            self.total += units
            self.tell()

    def advance(self, units: int) -> None:
        if units > 0:
            self.done += units
            self.tell()

    def tell(self) -> None:
        if self.report is not None:
            self.report(self.lang, min(self.done, self.total), self.total)


def is_out_of_memory(error: BaseException) -> bool:
    """True for the ways the frameworks say they ran out of memory (CUDA, CPU allocator)."""
    message = str(error).lower()
    return isinstance(error, MemoryError) or "out of memory" in message or "bad_alloc" in message


class Runner:
    """Translates one language's texts with one engine; reports progress as batches complete."""

    def __init__(self, engine: Engine, token: str | None, settings: Settings, tracker: WorkTracker) -> None:
        self.engine = engine
        self.token = token
        self.settings = settings
        self.tracker = tracker

    def translate_protected(self, texts: list[str]) -> list[SegmentResult]:
        """Carry URLs, emoji and unencodable characters through: placeholders first, pieces if they get lost."""
        results = [SegmentResult() for _ in texts]
        jobs: list[str] = []
        plans: list[tuple[int, list[Span], str | None]] = []
        form = placeholder_form(self.engine.unknown_characters)
        for index, text in enumerate(texts):
            spans = protected_spans(text, self.engine.unknown_characters)
            remainder = "".join(text[a:b] for a, b in gaps(text, spans))
            if not has_words(remainder):
                results[index] = SegmentResult(text, copied=True)  # nothing to translate: numbers, punctuation, emoji
                self.tracker.advance(1)
                continue
            if spans and form:
                plans.append((index, spans, form))
                jobs.append(mask(text, spans, form))
            else:
                plans.append((index, spans, None))
                jobs.append(text)
        translated = self.translate_plain(jobs)
        retry: list[tuple[int, list[Span]]] = []
        for (index, spans, used), result in zip(plans, translated, strict=True):
            if used is None or not spans:
                if spans:
                    retry.append((index, spans))
                else:
                    results[index] = result
                continue
            restored = restore(result.text, texts[index], spans, used)
            if restored is None:
                retry.append((index, spans))
            else:
                results[index] = SegmentResult(restored, result.flags)
        if retry:
            self.translate_pieces(texts, retry, results)
        return results

    def translate_pieces(self, texts: list[str], plans: list[tuple[int, list[Span]]], results: list[SegmentResult]) -> None:
        """Fallback: translate the text between protected spans on its own and keep the spans verbatim."""
        pieces: list[str] = []
        layout: list[tuple[int, list[tuple[str, int | None]]]] = []
        for index, spans in plans:
            text = texts[index]
            parts: list[tuple[str, int | None]] = []
            cursor = 0
            for start, end in [*spans, (len(text), len(text))]:
                gap = text[cursor:start]
                if has_words(gap):
                    core = gap.strip()
                    lead = gap[: len(gap) - len(gap.lstrip())]
                    trail = gap[len(gap.rstrip()) :]
                    parts.append((lead, None))
                    parts.append(("", len(pieces)))
                    pieces.append(core)
                    parts.append((trail, None))
                else:
                    parts.append((gap, None))
                parts.append((text[start:end], None))
                cursor = end
            layout.append((index, parts))
        self.tracker.add(len(pieces))  # work nobody planned for: count it, or the bar would stall at 100%
        translated = self.translate_plain(pieces)
        for index, parts in layout:
            flags: set[str] = set()
            out = []
            for literal, piece in parts:
                if piece is None:
                    out.append(literal)
                else:
                    out.append(translated[piece].text)
                    flags |= translated[piece].flags
            results[index] = SegmentResult("".join(out).strip(), flags)

    def translate_plain(self, texts: list[str]) -> list[SegmentResult]:
        """Split over-long texts, batch by length, generate, retry loops, and reassemble in order."""
        budget = self.engine.max_input_tokens
        parts: list[str] = []
        separators: list[str] = []
        owner: list[int] = []
        results = [SegmentResult() for _ in texts]
        for index, text in enumerate(texts):
            pieces = split_to_budget(text, lambda t: self.engine.count_tokens(t, self.token), budget)
            if len(pieces) > 1:
                results[index].flags.add(SPLIT_LONG_INPUT)
            separators.extend(separator for separator, _ in pieces)
            parts.extend(piece for _, piece in pieces)
            owner.extend([index] * len(pieces))
        self.tracker.add(len(parts) - len(texts))  # the extra pieces of split sentences
        hyps = self.generate(parts, DecodeOptions(beam_size=self.settings.beam_size))
        loops = [i for i, h in enumerate(hyps) if is_repetitive(parts[i], h[0].text)]
        if loops:
            self.tracker.add(len(loops))  # retries are work too
            again = self.generate([parts[i] for i in loops], DecodeOptions(self.settings.beam_size, no_repeat_ngram_size=3))
            for i, hyp in zip(loops, again, strict=True):
                hyps[i] = hyp
        texts_by_owner: dict[int, list[str]] = {}
        for i, (hypothesis, hit) in enumerate(hyps):
            if hypothesis.text:
                texts_by_owner.setdefault(owner[i], []).append(separators[i] + hypothesis.text)
            if hit:
                results[owner[i]].flags.add(LENGTH_LIMIT_HIT)
            if is_repetitive(parts[i], hypothesis.text):
                results[owner[i]].flags.add(REPETITION)
        for index, pieces_out in texts_by_owner.items():
            results[index].text = "".join(pieces_out).strip()
        return results

    def generate(self, texts: list[str], options: DecodeOptions) -> list[tuple[Hypothesis, bool]]:
        """Sort by length, batch under the token budget, translate, return (hypothesis, cap hit) in input order.
        Progress advances as each batch finishes, in whatever order the engine finishes them."""
        if not texts:
            return []
        lengths = [self.engine.count_tokens(t, self.token) for t in texts]
        caps = [length_cap(n, self.engine.max_input_tokens) for n in lengths]
        size = batch_size_for(len(texts), self.settings.max_batch_size, PLANNED_WORKERS)
        batches = plan_batches(lengths, size, self.settings.batch_tokens)
        out: list[tuple[Hypothesis, bool] | None] = [None] * len(texts)
        stream = self.stream([[texts[i] for i in batch] for batch in batches], [[caps[i] for i in batch] for batch in batches], options)
        for k, hyps in stream:
            for i, hyp in zip(batches[k], hyps, strict=True):
                out[i] = (hyp, hyp.tokens >= caps[i])
            self.tracker.advance(len(batches[k]))
        return [o for o in out if o is not None]

    def stream(self, batches: list[list[str]], caps: list[list[int]], options: DecodeOptions) -> Iterator[tuple[int, list[Hypothesis]]]:
        """(batch index, hypotheses) as batches finish; after running out of memory, the rest one batch at a
        time, halved as needed."""
        done: set[int] = set()
        try:
            for k, hyps in self.engine.translate_batches_as_completed(batches, self.token, caps, options):
                done.add(k)
                yield k, hyps
            return
        except (MemoryError, RuntimeError) as error:
            if not is_out_of_memory(error):
                raise
        for k in range(len(batches)):
            if k not in done:
                yield k, self.halving(batches[k], caps[k], options)

    def halving(self, texts: list[str], caps: list[int], options: DecodeOptions) -> list[Hypothesis]:
        try:
            return next(iter(self.engine.translate_batches([texts], self.token, [caps], options)))
        except (MemoryError, RuntimeError) as error:
            if not is_out_of_memory(error):
                raise
            if len(texts) == 1:
                raise OutOfMemoryError(
                    f"ran out of memory translating one sentence ({self.engine.count_tokens(texts[0], self.token)} tokens) "
                    "even on its own; use a smaller --beam, --quantization int8, or free memory"
                ) from None
            middle = len(texts) // 2
            return self.halving(texts[:middle], caps[:middle], options) + self.halving(texts[middle:], caps[middle:], options)
