"""The translation pipeline: segment -> protect -> split long -> batch -> generate -> restore -> check.

Everything that is the same for every engine lives in this package, once: span protection,
splitting of over-long sentences, length-sorted batching under a token budget, order restoration,
the repetition retry and the per-sentence checks. The Translator holds the loaded engines.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping, MutableMapping, Sequence
from dataclasses import replace

from ..checks import sentence_flags
from ..directions import PIVOT, parse_model_key, route, short_key
from ..engines import engine_class
from ..engines.base import Engine
from ..errors import (
    EngineNotAvailableError,
    InputError,
    ModelFormatError,
    ModelNotAvailableError,
    TranslateError,
    UsageError,
)
from ..languages import SOURCE_LANGUAGE, language, parse_targets, script_problem, target_token_candidates
from ..text.segmentation import split_sentences
from ..text.validation import check_text
from ..types import PIVOTED, Document, Sentence, Translation
from ..version import package_version
from .assembly import build_translation
from .placeholders import outside_spans
from .runner import Progress, Runner, SegmentResult, WorkTracker
from .settings import Settings

FIRST_SENTENCES = 1  # translated ahead of the rest, so the first lines of an article show at once

# Translations already made for one document, by (source, target, sentence): the English of a pivot
# is made once, and is the same text as the document's English column when both are asked for.
Memo = MutableMapping[tuple[str, str, str], SegmentResult]


class Translator:
    """Loads engines lazily (one per model, shared across directions) and translates.

    ``engines`` are ready engines by direction: ``"hu"`` serves en → hu, ``"ru-en"`` serves ru → en.
    """

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        engines: Mapping[str, Engine] | None = None,
        log: Callable[[str], None] | None = None,
    ) -> None:
        self.settings = settings or Settings()
        self.settings.validate()
        self._given = {parse_model_key(key): engine for key, engine in (engines or {}).items()}
        self._loaded: dict[tuple[str, str | None], Engine] = {}
        self._lock = threading.Lock()
        self._run_locks: dict[int, threading.Lock] = {}
        self._log = log or (lambda message: None)

    # ---- engines -------------------------------------------------------------------------
    def engine_for(self, lang: str, source_lang: str = SOURCE_LANGUAGE) -> tuple[Engine, str | None]:
        """The engine of the direct model for ``source_lang`` → ``lang`` and the target token to prefix
        (None for single-target models)."""
        key = short_key(source_lang, lang)
        if (source_lang, lang) in self._given:
            engine = self._given[(source_lang, lang)]
            return engine, self._target_token(engine, lang, None, engine.model_id, key)
        found = self.settings.model_for(source_lang, lang)
        if found is None:
            raise UsageError(f"no model translates {source_lang} into {lang}; pass --model {key}=HUB_ID_OR_PATH")
        spec, known_token = found
        cache_key = (spec, self.settings.revision)
        with self._lock:
            if cache_key not in self._loaded:
                self._loaded[cache_key] = self._load(spec, key)
            engine = self._loaded[cache_key]
        return engine, self._target_token(engine, lang, known_token, spec, key)

    def has_model(self, source_lang: str, lang: str) -> bool:
        """Whether a direct model (given, named in the settings, or the table's default) serves the pair."""
        return (source_lang, lang) in self._given or self.settings.model_for(source_lang, lang) is not None

    def route(self, source_lang: str, lang: str) -> tuple[tuple[str, str], ...]:
        """The steps from ``source_lang`` to ``lang``: the pair itself, or through English when it has no model."""
        return route(source_lang, lang, self.has_model)

    def check_models(self, source_lang: str, targets: Sequence[str]) -> None:
        """Find (or download, when allowed) every model the targets need before translating any, so that
        all the missing ones are reported at once rather than one per run."""
        from ..models import resolve

        problems: list[ModelNotAvailableError | ModelFormatError] = []
        seen: set[str] = set()
        for lang in targets:
            for step_source, step_target in self.route(source_lang, lang):
                found = self.settings.model_for(step_source, step_target)
                if (step_source, step_target) in self._given or found is None:
                    continue
                spec = found[0]
                if (spec, self.settings.revision) in self._loaded or spec in seen:
                    continue
                seen.add(spec)
                key = short_key(step_source, step_target)
                try:
                    resolve(spec, revision=self.settings.revision, lang=key, allow_download=self.settings.allow_download, log=self._log)
                except (ModelNotAvailableError, ModelFormatError) as error:
                    problems.append(error)
        if len(problems) == 1:
            raise problems[0]
        if problems:
            raise ModelNotAvailableError(f"{len(problems)} models are missing: " + "; and ".join(map(str, problems)))

    def _load(self, spec: str, key: str) -> Engine:
        from ..models import resolve

        model = resolve(
            spec, revision=self.settings.revision, lang=key, allow_download=self.settings.allow_download, log=self._log
        )
        name = self.settings.resolved_engine()
        self._log(f"loading {spec} ({name})")
        cls = engine_class(name)
        kwargs: dict[str, object] = {"device": self.settings.device, "threads": self.settings.threads, "log": self._log}
        if cls.takes_quantization:
            kwargs["quantization"] = self.settings.quantization
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
    def _target_token(engine: Engine, lang: str, known: str | None, spec: str, key: str) -> str | None:
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
            f"choose another model with --model {key}=HUB_ID_OR_PATH"
        )

    def signature(
        self,
        targets: Sequence[str],
        source_lang: str = SOURCE_LANGUAGE,
        *,
        key: Callable[[str], str] | None = None,
        version: bool = True,
    ) -> str:
        """How results are made: ``engine=…|quant=…|beam=…|uk=MODEL@REV|…|version=…``; for another source
        ``from=ru`` follows the beam, and a pivoted language names both models in order:
        ``hu=ZLE_EN@REV+EN_HU@REV``.

        ``key`` names each language's entry (``machine_key`` gives ``uk-mt=…`` next to a provided ``uk``);
        ``version=False`` leaves the version to a caller that adds its own."""
        name = self.settings.resolved_engine()
        parts = [f"engine={name}"]
        if engine_class(name).takes_quantization:
            parts.append(f"quant={self.settings.quantization}")
        parts.append(f"beam={self.settings.beam_size}")
        if source_lang != SOURCE_LANGUAGE:
            parts.append(f"from={source_lang}")
        for lang in targets:
            steps = [self.engine_for(b, a)[0] for a, b in self.route(source_lang, lang)]
            name_of = key(lang) if key else lang
            parts.append(f"{name_of}=" + "+".join(f"{engine.model_id}@{engine.revision or 'unknown'}" for engine in steps))
        if version:
            parts.append(f"version={package_version()}")
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
        source_lang: str = SOURCE_LANGUAGE,
    ) -> Document:
        """Translate an article in ``source_lang`` (en, uk, ru or hu; ``"auto"``: identify it) into each
        target language and return the whole document.

        ``on_language`` gets each language when it is complete; ``on_partial`` gets each language's
        first sentences as soon as they are done (a Translation of those sentences only). A target
        without a direct model is translated through English (its sentences are flagged ``pivoted``).
        """
        check_text(text)
        if source_lang == "auto":
            from ..text.language_id import identify_source

            source_lang = str(identify_source(text).lang)
        language(source_lang)  # raises for an unknown code
        codes = parse_targets(targets if isinstance(targets, str) else tuple(targets), source_lang)
        check_source(text, source_lang)
        self.check_models(source_lang, codes)  # a pair without models, or every missing model, before the slow part
        sentences = split_sentences(text, source_lang)
        translations: dict[str, Translation] = {}
        # Out of English every step is direct and nothing is shared; keep its batches exactly as they were.
        memo: Memo | None = {} if source_lang != SOURCE_LANGUAGE else None
        for lang in codes:
            translation = self.translate_language(
                text, sentences, lang, progress=progress, on_partial=on_partial, source_lang=source_lang, memo=memo
            )
            translations[lang] = translation
            if on_language:
                on_language(translation)
        return Document(source_lang, text, tuple(sentences), translations, self.signature(codes, source_lang))

    def translate_language(
        self,
        text: str,
        sentences: Sequence[Sentence],
        lang: str,
        *,
        progress: Progress | None = None,
        on_partial: Callable[[Translation], None] | None = None,
        source_lang: str = SOURCE_LANGUAGE,
        memo: Memo | None = None,
    ) -> Translation:
        """One language. The first sentences go ahead on their own (always, so every caller gets the
        same output) and a reader sees the start of the article while the rest is translated."""
        steps = self.route(source_lang, lang)
        engines = [self.engine_for(b, a) for a, b in steps]
        texts = [s.text for s in sentences]
        head = min(FIRST_SENTENCES, len(texts))
        tracker = WorkTracker(lang, len(texts) * len(steps), progress)

        def made(done: Sequence[Sentence], results: list[tuple[str, tuple[str, ...]]]) -> Translation:
            last, token = engines[-1]
            translation = build_translation(text, done, results, lang, last, token)
            if len(engines) == 1:
                return translation
            return replace(
                translation,
                model="+".join(engine.model_id for engine, _ in engines),
                revision="+".join(engine.revision for engine, _ in engines),
                pivot=PIVOT,
            )

        results = self._translate(texts[:head], source_lang, lang, tracker, memo)
        if on_partial is not None and head < len(texts):
            on_partial(made(sentences[:head], results))
        results += self._translate(texts[head:], source_lang, lang, tracker, memo)
        return made(sentences, results)

    # ---- sentences -----------------------------------------------------------------------
    def translate_sentences(
        self,
        texts: Sequence[str],
        lang: str,
        *,
        progress: Progress | None = None,
        source_lang: str = SOURCE_LANGUAGE,
        memo: Memo | None = None,
    ) -> list[tuple[str, tuple[str, ...]]]:
        """Translate independent sentences; returns (translation, flags) for each, in order.

        ``progress`` gets (lang, done, total) in units of model work as batches finish; the total grows
        when sentences must be split or retried. Through English when the pair has no direct model:
        every result then carries ``pivoted``, the flags of both steps, and the checks of the final
        text against the source."""
        steps = self.route(source_lang, lang)
        tracker = WorkTracker(lang, len(texts) * len(steps), progress)
        return self._translate(texts, source_lang, lang, tracker, memo)

    def _translate(
        self, texts: Sequence[str], source_lang: str, lang: str, tracker: WorkTracker, memo: Memo | None
    ) -> list[tuple[str, tuple[str, ...]]]:
        steps = self.route(source_lang, lang)
        memo = {} if memo is None else memo
        if len(steps) == 1:
            results = self._step(list(texts), source_lang, lang, tracker, memo)
        else:
            first = self._step(list(texts), source_lang, PIVOT, tracker, memo)
            second = self._step([r.text for r in first], PIVOT, lang, tracker, memo)
            results = [
                SegmentResult(b.text, a.flags | b.flags | {PIVOTED}, a.copied) for a, b in zip(first, second, strict=True)
            ]
        out = []
        for source, result in zip(texts, results, strict=True):
            # Copied segments are checked too (a Russian sentence the model cannot read comes back as it was);
            # URLs, e-mail addresses and emoji were carried over verbatim, so only the words are judged.
            flags = set(result.flags) | set(
                sentence_flags(outside_spans(source), outside_spans(result.text), lang, source_lang)
            )
            out.append((result.text, tuple(sorted(flags))))
        return out

    def _step(self, texts: list[str], source_lang: str, lang: str, tracker: WorkTracker, memo: Memo) -> list[SegmentResult]:
        """One model's translation of ``texts``; what the memo already holds is not translated again."""
        todo = [t for t in texts if (source_lang, lang, t) not in memo]
        tracker.advance(len(texts) - len(todo))
        if todo:
            engine, token = self.engine_for(lang, source_lang)
            run_lock = self._run_locks.setdefault(id(engine), threading.Lock())
            with run_lock:
                results = Runner(engine, token, self.settings, tracker).translate_protected(todo)
            for source, result in zip(todo, results, strict=True):
                memo[(source_lang, lang, source)] = result
        return [memo[(source_lang, lang, t)] for t in texts]


def check_source(text: str, lang: str) -> None:
    """Refuse a source text that is not in ``lang`` by its script (a Russian article given as English
    would otherwise come back verbatim as its "translation")."""
    problem = script_problem(text, lang)
    if problem:
        raise InputError(f"{problem}; name the article's language with --from LANG (or --from auto)")


def translate_text(
    text: str,
    targets: Sequence[str] | str = ("uk", "ru", "hu"),
    settings: Settings | None = None,
    *,
    source_lang: str = SOURCE_LANGUAGE,
) -> Document:
    """One-call convenience: translate an article (English unless ``source_lang`` says otherwise) with default settings."""
    return Translator(settings).translate_document(text, targets, source_lang=source_lang)
