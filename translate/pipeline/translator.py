"""The translation pipeline: segment -> protect -> split long -> batch -> generate -> restore -> check.

Everything that is the same for every engine lives in this package, once: span protection,
splitting of over-long sentences, length-sorted batching under a token budget, order restoration,
the repetition retry and the per-sentence checks. The Translator holds the loaded engines.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping, Sequence

from ..checks import sentence_flags
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
from ..types import Document, Sentence, Translation
from ..version import package_version
from .assembly import build_translation
from .placeholders import outside_spans
from .runner import Progress, Runner, WorkTracker
from .settings import Settings

FIRST_SENTENCES = 1  # translated ahead of the rest, so the first lines of an article show at once


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

    def check_models(self, targets: Sequence[str]) -> None:
        """Find (or download, when allowed) every model the targets need before translating any, so that
        all the missing ones are reported at once rather than one per run."""
        from ..models import resolve

        problems: list[ModelNotAvailableError | ModelFormatError] = []
        seen: set[str] = set()
        for lang in targets:
            if lang in self._given:
                continue
            spec, _ = self.settings.model_spec(lang)
            if (spec, self.settings.revision) in self._loaded or spec in seen:
                continue
            seen.add(spec)
            try:
                resolve(spec, revision=self.settings.revision, lang=lang, allow_download=self.settings.allow_download, log=self._log)
            except (ModelNotAvailableError, ModelFormatError) as error:
                problems.append(error)
        if len(problems) == 1:
            raise problems[0]
        if problems:
            raise ModelNotAvailableError(f"{len(problems)} models are missing: " + "; and ".join(map(str, problems)))

    def _load(self, spec: str, lang: str) -> Engine:
        from ..models import resolve

        model = resolve(
            spec, revision=self.settings.revision, lang=lang, allow_download=self.settings.allow_download, log=self._log
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

    def signature(
        self, targets: Sequence[str], *, key: Callable[[str], str] | None = None, version: bool = True
    ) -> str:
        """How results are made: ``engine=…|quant=…|beam=…|LANG=model@revision|…|version=…``.

        ``key`` names each language's entry (``machine_key`` gives ``uk-mt=…`` next to a provided ``uk``);
        ``version=False`` leaves the version to a caller that adds its own."""
        name = self.settings.resolved_engine()
        parts = [f"engine={name}"]
        if engine_class(name).takes_quantization:
            parts.append(f"quant={self.settings.quantization}")
        parts.append(f"beam={self.settings.beam_size}")
        for lang in targets:
            engine, _ = self.engine_for(lang)
            parts.append(f"{key(lang) if key else lang}={engine.model_id}@{engine.revision or 'unknown'}")
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
    ) -> Document:
        """Translate an English article into each target language and return the whole document.

        ``on_language`` gets each language when it is complete; ``on_partial`` gets each language's
        first sentences as soon as they are done (a Translation of those sentences only).
        """
        check_text(text)
        codes = parse_targets(targets if isinstance(targets, str) else tuple(targets))
        check_source(text, SOURCE_LANGUAGE)
        self.check_models(codes)
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
        sentences: Sequence[Sentence],
        lang: str,
        *,
        progress: Progress | None = None,
        on_partial: Callable[[Translation], None] | None = None,
    ) -> Translation:
        """One language. The first sentences go ahead on their own (always, so every caller gets the
        same output) and a reader sees the start of the article while the rest is translated."""
        engine, token = self.engine_for(lang)
        texts = [s.text for s in sentences]
        head = min(FIRST_SENTENCES, len(texts))
        tracker = WorkTracker(lang, len(texts), progress)
        results = self._translate(texts[:head], lang, tracker)
        if on_partial is not None and head < len(texts):
            on_partial(build_translation(text, sentences[:head], results, lang, engine, token))
        results += self._translate(texts[head:], lang, tracker)
        return build_translation(text, sentences, results, lang, engine, token)

    # ---- sentences -----------------------------------------------------------------------
    def translate_sentences(
        self, texts: Sequence[str], lang: str, *, progress: Progress | None = None
    ) -> list[tuple[str, tuple[str, ...]]]:
        """Translate independent sentences; returns (translation, flags) for each, in order.

        ``progress`` gets (lang, done, total) in units of model work as batches finish; the total grows
        when sentences must be split or retried."""
        return self._translate(texts, lang, WorkTracker(lang, len(texts), progress))

    def _translate(self, texts: Sequence[str], lang: str, tracker: WorkTracker) -> list[tuple[str, tuple[str, ...]]]:
        engine, token = self.engine_for(lang)
        run_lock = self._run_locks.setdefault(id(engine), threading.Lock())
        with run_lock:
            results = Runner(engine, token, self.settings, tracker).translate_protected(list(texts))
        out = []
        for source, result in zip(texts, results, strict=True):
            # Copied segments are checked too (a Russian sentence the model cannot read comes back as it was);
            # URLs, e-mail addresses and emoji were carried over verbatim, so only the words are judged.
            flags = set(result.flags) | set(sentence_flags(outside_spans(source), outside_spans(result.text), lang))
            out.append((result.text, tuple(sorted(flags))))
        return out


def check_source(text: str, lang: str) -> None:
    """Refuse a source text that is not in ``lang`` by its script (a Russian article given as English
    would otherwise come back verbatim as its "translation")."""
    problem = script_problem(text, lang)
    if problem:
        raise InputError(
            f"{problem}; the tool translates from {language(lang).name}: give an {language(lang).name} article "
            "(translating from Russian, Ukrainian or Hungarian is not supported yet)"
        )


def translate_text(text: str, targets: Sequence[str] | str = ("uk", "ru", "hu"), settings: Settings | None = None) -> Document:
    """One-call convenience: translate an English article with default settings."""
    return Translator(settings).translate_document(text, targets)
