"""The translation pipeline: segment -> protect -> split long -> batch -> generate -> restore -> check.

Everything that is the same for every engine lives here, once: span protection, splitting of
over-long sentences, length-sorted batching under a token budget, order restoration, the
repetition retry and the per-sentence checks.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from . import __version__
from .checks import is_repetitive, sentence_flags
from .engines import default_engine, engine_class
from .engines.base import DecodeOptions, Engine, Hypothesis
from .errors import EngineNotAvailableError, OutOfMemoryError, TranslateError, UsageError
from .languages import DEFAULT_MODELS, SOURCE_LANGUAGE, parse_targets, target_token_candidates
from .limits import beam_problem
from .text.protection import has_words, protected_spans
from .text.segmentation import clause_cut_points, split_sentences
from .text.validation import check_text
from .types import LENGTH_LIMIT_HIT, REPETITION, SPLIT_LONG_INPUT, Document, Link, TargetSentence, Translation

Progress = Callable[[str, int, int], None]  # (lang, sentences done, sentences total)

PLANNED_WORKERS = 2
FIRST_SENTENCES = 1  # translated ahead of the rest, so the first lines of an article show at once
PLACEHOLDER_FORMS = ("[{n}]", "({n})", "#{n}", "{n}")


@dataclass(frozen=True)
class Settings:
    """How to translate. Every field ends up in the result's signature."""

    engine: str = ""  # "" -> CTranslate2 when installed, else transformers
    beam_size: int = 4
    models: Mapping[str, str] = field(default_factory=dict)  # lang -> hub id or local folder
    revision: str | None = None
    device: str = "cpu"
    quantization: str = "int8"  # CTranslate2 compute type on CPU; "none" keeps float32
    batch_tokens: int = 1536  # padded source tokens per batch
    max_batch_size: int = 12
    threads: int = 0  # 0 = decide from the CPU count
    allow_download: bool = True

    def resolved_engine(self) -> str:
        return self.engine or default_engine()

    def model_spec(self, lang: str) -> tuple[str, str | None]:
        """(hub id or folder, target token known for it) for a target language."""
        if lang in self.models:
            return self.models[lang], None
        if lang not in DEFAULT_MODELS:
            raise UsageError(f"no default model for '{lang}'; pass --model {lang}=HUB_ID_OR_PATH")
        choice = DEFAULT_MODELS[lang]
        return choice.model_id, choice.target_token

    def validate(self) -> None:
        engine_class(self.resolved_engine())  # raises UsageError for an unknown name
        beam_problem_ = beam_problem(self.beam_size)
        if beam_problem_:
            raise UsageError(beam_problem_)
        if self.device not in ("cpu", "cuda", "auto") and not self.device.startswith("cuda:"):
            raise UsageError(f"device '{self.device}' is not known; choose cpu, cuda or auto")
        if self.quantization not in ("int8", "int8_float32", "float32", "none", "float16", "bfloat16", "int8_float16"):
            raise UsageError(f"quantization '{self.quantization}' is not known; choose int8 or none")


@dataclass
class _Result:
    text: str = ""
    flags: set[str] = field(default_factory=set)
    copied: bool = False  # passed through without the model: nothing to check


class Translator:
    """Loads engines lazily (one per model, shared across target languages) and translates."""

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        engines: Mapping[str, Engine] | None = None,
        log: Callable[[str], None] | None = None,
    ) -> None:
        self.settings = settings or Settings()
        self.settings.validate()
        self._given = dict(engines or {})
        self._loaded: dict[tuple[str, str | None], Engine] = {}
        self._lock = threading.Lock()
        self._run_locks: dict[int, threading.Lock] = {}
        self._log = log or (lambda message: None)

    # ---- engines -------------------------------------------------------------------------
    def engine_for(self, lang: str) -> tuple[Engine, str | None]:
        """The engine serving ``lang`` and the target token to prefix (None for single-target models)."""
        if lang in self._given:
            engine = self._given[lang]
            return engine, self._target_token(engine, lang, None, engine.model_id)
        spec, known_token = self.settings.model_spec(lang)
        key = (spec, self.settings.revision)
        with self._lock:
            if key not in self._loaded:
                self._loaded[key] = self._load(spec, lang)
            engine = self._loaded[key]
        return engine, self._target_token(engine, lang, known_token, spec)

    def _load(self, spec: str, lang: str) -> Engine:
        from .models import resolve

        model = resolve(
            spec, revision=self.settings.revision, lang=lang, allow_download=self.settings.allow_download, log=self._log
        )
        name = self.settings.resolved_engine()
        self._log(f"loading {spec} ({name})")
        cls = engine_class(name)
        kwargs: dict[str, object] = {"device": self.settings.device, "threads": self.settings.threads}
        if name == "ctranslate2":
            kwargs["quantization"] = self.settings.quantization
            kwargs["log"] = self._log
        try:
            return cls(model, **kwargs)  # type: ignore[call-arg]
        except TranslateError:
            raise
        except (ValueError, RuntimeError, AssertionError) as error:  # the frameworks' own words for a bad setup
            detail = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
            raise EngineNotAvailableError(
                f"engine '{name}' cannot run {spec} with device '{self.settings.device}' and quantization "
                f"'{self.settings.quantization}' ({detail}); try --device cpu and --quantization int8"
            ) from None

    @staticmethod
    def _target_token(engine: Engine, lang: str, known: str | None, spec: str) -> str | None:
        tokens = engine.target_tokens()
        if not tokens:
            return None
        if known and known in tokens:
            return known
        for candidate in target_token_candidates(lang):
            if candidate in tokens:
                return candidate
        raise UsageError(
            f"model {spec} serves several languages ({', '.join(sorted(tokens)[:12])}) but none of them is '{lang}'; "
            f"choose another model with --model {lang}=HUB_ID_OR_PATH"
        )

    def signature(self, targets: Sequence[str]) -> str:
        parts = [f"engine={self.settings.resolved_engine()}"]
        if self.settings.resolved_engine() == "ctranslate2":
            parts.append(f"quant={self.settings.quantization}")
        parts.append(f"beam={self.settings.beam_size}")
        for lang in targets:
            engine, _ = self.engine_for(lang)
            parts.append(f"{lang}={engine.model_id}@{engine.revision or 'unknown'}")
        parts.append(f"version={__version__}")
        return "|".join(parts)

    # ---- documents -----------------------------------------------------------------------
    def translate_document(
        self,
        text: str,
        targets: Sequence[str] | str = ("uk", "ru", "hu"),
        *,
        progress: Progress | None = None,
        on_language: Callable[[Translation], None] | None = None,
        on_partial: Callable[[Translation], None] | None = None,
    ) -> Document:
        """Translate an English article into each target language and return the whole document.

        ``on_language`` gets each language when it is complete; ``on_partial`` gets each language's
        first sentences as soon as they are done (a Translation of those sentences only).
        """
        check_text(text)
        codes = parse_targets(targets if isinstance(targets, str) else tuple(targets))
        sentences = split_sentences(text, SOURCE_LANGUAGE)
        translations: dict[str, Translation] = {}
        for lang in codes:
            translation = self.translate_language(text, sentences, lang, progress=progress, on_partial=on_partial)
            translations[lang] = translation
            if on_language:
                on_language(translation)
        return Document(SOURCE_LANGUAGE, text, tuple(sentences), translations, self.signature(codes))

    def translate_language(
        self,
        text: str,
        sentences: Sequence,
        lang: str,
        *,
        progress: Progress | None = None,
        on_partial: Callable[[Translation], None] | None = None,
    ) -> Translation:
        """One language. The first sentences go ahead on their own (always, so every caller gets the
        same output) and a reader sees the start of the article while the rest is translated."""
        engine, _ = self.engine_for(lang)
        texts = [s.text for s in sentences]
        total = len(texts)
        head = min(FIRST_SENTENCES, total)

        def shifted(offset: int) -> Progress | None:
            if progress is None:
                return None
            return lambda code, done, _total: progress(code, offset + done, total)

        results = self.translate_sentences(texts[:head], lang, progress=shifted(0))
        if on_partial is not None and head < total:
            on_partial(build_translation(text, sentences[:head], results, lang, engine))
        results += self.translate_sentences(texts[head:], lang, progress=shifted(head))
        return build_translation(text, sentences, results, lang, engine)

    # ---- sentences -----------------------------------------------------------------------
    def translate_sentences(
        self, texts: Sequence[str], lang: str, *, progress: Progress | None = None
    ) -> list[tuple[str, tuple[str, ...]]]:
        """Translate independent sentences; returns (translation, flags) for each, in order."""
        engine, token = self.engine_for(lang)
        run_lock = self._run_locks.setdefault(id(engine), threading.Lock())
        with run_lock:
            runner = _Runner(engine, token, self.settings, lang, progress, len(texts))
            results = runner.translate_protected(list(texts))
        out = []
        for source, result in zip(texts, results, strict=True):
            flags = set(result.flags)
            if not result.copied:
                # URLs, e-mail addresses and emoji were carried over verbatim; judge only the translated words.
                flags.update(sentence_flags(_outside_spans(source), _outside_spans(result.text), lang))
            out.append((result.text, tuple(sorted(flags))))
        return out


class _Runner:
    """One language's translation of a list of sentences with one engine."""

    def __init__(self, engine: Engine, token: str | None, settings: Settings, lang: str, progress: Progress | None, total: int):
        self.engine = engine
        self.token = token
        self.settings = settings
        self.lang = lang
        self.progress = progress
        self.total = total
        self.done = 0

    def translate_protected(self, texts: list[str]) -> list[_Result]:
        """Carry URLs, emoji and unencodable characters through: placeholders first, pieces if they get lost."""
        results = [_Result() for _ in texts]
        jobs: list[str] = []
        plans: list[tuple[int, list[tuple[int, int]], str | None]] = []
        placeholder = self._placeholder_form()
        for index, text in enumerate(texts):
            spans = protected_spans(text, self.engine.unknown_characters)
            remainder = "".join(text[a:b] for a, b in _gaps(text, spans))
            if not has_words(remainder):
                results[index] = _Result(text, copied=True)  # nothing to translate: numbers, punctuation, emoji
                continue
            if spans and placeholder:
                masked, last = [], 0
                for n, (start, end) in enumerate(spans, 1):
                    masked.append(text[last:start] + placeholder.format(n=n))
                    last = end
                masked.append(text[last:])
                plans.append((index, spans, placeholder))
                jobs.append("".join(masked))
            else:
                plans.append((index, spans, None))
                jobs.append(text)
        translated = self.translate_plain(jobs)
        retry: list[tuple[int, list[tuple[int, int]]]] = []
        for (index, spans, form), result in zip(plans, translated, strict=True):
            if form is None or not spans:
                if spans:
                    retry.append((index, spans))
                else:
                    results[index] = result
                continue
            restored = _restore(result.text, texts[index], spans, form)
            if restored is None:
                retry.append((index, spans))
            else:
                results[index] = _Result(restored, result.flags)
        if retry:
            self._translate_pieces(texts, retry, results)
        return results

    def _placeholder_form(self) -> str | None:
        for form in PLACEHOLDER_FORMS:
            if not self.engine.unknown_characters(form.format(n=1234567890)):
                return form
        return None

    def _translate_pieces(self, texts: list[str], plans: list[tuple[int, list[tuple[int, int]]]], results: list[_Result]) -> None:
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
            results[index] = _Result("".join(out).strip(), flags)

    def translate_plain(self, texts: list[str]) -> list[_Result]:
        """Split over-long texts, batch by length, generate, retry loops, and reassemble in order."""
        budget = self.engine.max_input_tokens
        parts: list[str] = []
        separators: list[str] = []
        owner: list[int] = []
        results = [_Result() for _ in texts]
        for index, text in enumerate(texts):
            pieces = split_to_budget(text, lambda t: self.engine.count_tokens(t, self.token), budget)
            if len(pieces) > 1:
                results[index].flags.add(SPLIT_LONG_INPUT)
            separators.extend(separator for separator, _ in pieces)
            parts.extend(piece for _, piece in pieces)
            owner.extend([index] * len(pieces))
        hyps = self._generate(parts, DecodeOptions(beam_size=self.settings.beam_size))
        loops = [i for i, h in enumerate(hyps) if is_repetitive(parts[i], h[0].text)]
        if loops:
            again = self._generate([parts[i] for i in loops], DecodeOptions(self.settings.beam_size, no_repeat_ngram_size=3), count=False)
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

    def _generate(self, texts: list[str], options: DecodeOptions, count: bool = True) -> list[tuple[Hypothesis, bool]]:
        """Sort by length, batch under the token budget, translate, return (hypothesis, cap hit) in input order."""
        if not texts:
            return []
        lengths = [self.engine.count_tokens(t, self.token) for t in texts]
        limit = self.engine.max_input_tokens
        caps = [min(2 * n + 10, limit) for n in lengths]
        # Planned for two parallel workers whatever this machine has, so the batch layout (and with beam
        # search, the output) is the same on every machine for the same settings.
        size = batch_size_for(len(texts), self.settings.max_batch_size, PLANNED_WORKERS)
        batches = plan_batches(lengths, size, self.settings.batch_tokens)
        out: list[tuple[Hypothesis, bool] | None] = [None] * len(texts)
        stream = self._stream([[texts[i] for i in batch] for batch in batches], [[caps[i] for i in batch] for batch in batches], options)
        for batch, hyps in zip(batches, stream, strict=True):
            for i, hyp in zip(batch, hyps, strict=True):
                out[i] = (hyp, hyp.tokens >= caps[i])
            if count and self.progress:
                self.done += len(batch)
                self.progress(self.lang, min(self.done, self.total), self.total)
        return [o for o in out if o is not None]


    def _stream(self, batches: list[list[str]], caps: list[list[int]], options: DecodeOptions) -> Iterator[list[Hypothesis]]:
        """The engine's stream; after running out of memory, the rest one batch at a time, halved as needed."""
        done = 0
        try:
            for hyps in self.engine.translate_batches(batches, self.token, caps, options):
                done += 1
                yield hyps
            return
        except (MemoryError, RuntimeError) as error:
            if not _out_of_memory(error):
                raise
        for texts, batch_caps in zip(batches[done:], caps[done:], strict=True):
            yield self._halving(texts, batch_caps, options)

    def _halving(self, texts: list[str], caps: list[int], options: DecodeOptions) -> list[Hypothesis]:
        try:
            return next(iter(self.engine.translate_batches([texts], self.token, [caps], options)))
        except (MemoryError, RuntimeError) as error:
            if not _out_of_memory(error):
                raise
            if len(texts) == 1:
                raise OutOfMemoryError(
                    f"ran out of memory translating one sentence ({self.engine.count_tokens(texts[0], self.token)} tokens) "
                    "even on its own; use a smaller --beam, --quantization int8, or free memory"
                ) from None
            middle = len(texts) // 2
            return self._halving(texts[:middle], caps[:middle], options) + self._halving(texts[middle:], caps[middle:], options)


def _out_of_memory(error: BaseException) -> bool:
    message = str(error).lower()
    return isinstance(error, MemoryError) or "out of memory" in message or "bad_alloc" in message


def batch_size_for(count: int, max_batch_size: int, workers: int) -> int:
    """Batch size for ``count`` sentences: about two batches per parallel worker, 4 to ``max_batch_size``.

    One batch per worker leaves the worker with the short sentences idle while the other finishes
    the long ones; two each, costliest first, balance them (measured on 2 cores with CTranslate2).
    """
    if workers <= 1:
        return max_batch_size
    return max(1, min(max_batch_size, max(4, -(-count // (2 * workers)))))


def plan_batches(lengths: Sequence[int], max_batch_size: int, batch_tokens: int) -> list[list[int]]:
    """Indices sorted by length, cut into batches of at most ``max_batch_size`` and ``batch_tokens`` padded tokens."""
    order = sorted(range(len(lengths)), key=lambda i: (lengths[i], i))
    batches: list[list[int]] = []
    for i in order:
        if batches:
            batch = batches[-1]
            width = max(lengths[i], max(lengths[j] for j in batch))
            if len(batch) < max_batch_size and width * (len(batch) + 1) <= batch_tokens:
                batch.append(i)
                continue
        batches.append([i])
    return batches


def _outside_spans(text: str) -> str:
    return "".join(text[a:b] for a, b in _gaps(text, protected_spans(text)))


def _gaps(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    gaps, cursor = [], 0
    for start, end in spans:
        gaps.append((cursor, start))
        cursor = end
    gaps.append((cursor, len(text)))
    return gaps


def _restore(output: str, source: str, spans: list[tuple[int, int]], form: str) -> str | None:
    """Put protected spans back in place of their placeholders; None if any placeholder was lost or doubled."""
    for n in range(1, len(spans) + 1):
        mark = form.format(n=n)
        if output.count(mark) != 1:
            return None
        output = output.replace(mark, "\0" + str(n) + "\0")
    for n, (start, end) in enumerate(spans, 1):
        output = output.replace("\0" + str(n) + "\0", source[start:end])
    return output


def split_to_budget(text: str, count: Callable[[str], int], budget: int) -> list[tuple[str, str]]:
    """Cut ``text`` into pieces that each fit ``budget`` tokens: at clauses, else whitespace, else characters.

    Returns (separator, piece) pairs: the separator is the whitespace that stood before the piece ("" for
    the first piece and after a cut inside a word), so joining them gives back the text with nothing lost.
    """
    if count(text) <= budget:
        return [("", text)]
    pieces: list[tuple[str, str]] = []
    rest, separator = text, ""
    while count(rest) > budget:
        cut = _best_cut(rest, count, budget)
        head, tail = rest[:cut], rest[cut:]
        if head.strip():
            pieces.append((separator, head.rstrip()))
        separator = " " if (head[-1:].isspace() or tail[:1].isspace()) else ""
        rest = tail.lstrip()
    if rest:
        pieces.append((separator, rest))
    return pieces


def _best_cut(text: str, count: Callable[[str], int], budget: int) -> int:
    """The cut for the first piece: the latest boundary that fits (found by binary search, since a
    prefix never has fewer tokens than a shorter one), a clause boundary if one is not much earlier."""
    points = sorted(set(clause_cut_points(text)))
    low, high = 0, len(points) - 1
    fits = -1
    while low <= high:
        middle = (low + high) // 2
        if count(text[: points[middle]]) <= budget:
            fits, low = middle, middle + 1
        else:
            high = middle - 1
    if fits >= 0:
        latest = points[fits]
        clauses = [p for p in points[: fits + 1] if text[p - 1] in ",;:—–" or text[p - 1 : p + 1].strip() in ("—", "–")]
        return max(clauses) if clauses and max(clauses) >= latest // 2 else latest
    # No boundary fits (e.g. a long run without spaces): binary-search a character position.
    low, high = 1, len(text) - 1
    while low < high:
        middle = (low + high + 1) // 2
        if count(text[:middle]) <= budget:
            low = middle
        else:
            high = middle - 1
    return max(1, low)


def build_translation(
    text: str, sentences: Sequence, results: Sequence[tuple[str, tuple[str, ...]]], lang: str, engine: Engine | None
) -> Translation:
    """Assemble one language: the text rebuilt with the source's own separators, its sentences, 1-n links."""
    out_text: list[str] = []
    cursor = 0
    target: list[TargetSentence] = []
    links: list[Link] = []
    for sentence, (translated, flags) in zip(sentences, results, strict=True):
        out_text.append(text[cursor : sentence.start])
        out_text.append(translated)
        cursor = sentence.end
        pieces = [s.text for s in split_sentences(translated, lang)] if translated.strip() else []
        ids = []
        for piece in pieces:
            ids.append(len(target))
            target.append(TargetSentence(len(target), piece, tuple(flags), sentence.paragraph))
        links.append(Link((sentence.id,), tuple(ids)))
    out_text.append(text[cursor:])
    return Translation(
        lang=lang,
        text="".join(out_text),
        sentences=tuple(target),
        links=tuple(links),
        model=engine.model_id if engine else "",
        revision=engine.revision if engine else "",
        engine=engine.name if engine else "",
    )


def translate_text(text: str, targets: Sequence[str] | str = ("uk", "ru", "hu"), settings: Settings | None = None) -> Document:
    """One-call convenience: translate an English article with default settings."""
    return Translator(settings).translate_document(text, targets)
