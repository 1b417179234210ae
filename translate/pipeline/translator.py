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
from ..errors import EngineNotAvailableError, TranslateError, UsageError
from ..languages import SOURCE_LANGUAGE, parse_targets, target_token_candidates
from ..text.segmentation import split_sentences
from ..text.validation import check_text
from ..types import Document, Sentence, Translation
from ..version import package_version
from .assembly import build_translation
from .placeholders import outside_spans
from .runner import Progress, Runner
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

    def signature(self, targets: Sequence[str]) -> str:
        name = self.settings.resolved_engine()
        parts = [f"engine={name}"]
        if engine_class(name).takes_quantization:
            parts.append(f"quant={self.settings.quantization}")
        parts.append(f"beam={self.settings.beam_size}")
        for lang in targets:
            engine, _ = self.engine_for(lang)
            parts.append(f"{lang}={engine.model_id}@{engine.revision or 'unknown'}")
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
            runner = Runner(engine, token, self.settings, lang, progress, len(texts))
            results = runner.translate_protected(list(texts))
        out = []
        for source, result in zip(texts, results, strict=True):
            flags = set(result.flags)
            if not result.copied:
                # URLs, e-mail addresses and emoji were carried over verbatim; judge only the translated words.
                flags.update(sentence_flags(outside_spans(source), outside_spans(result.text), lang))
            out.append((result.text, tuple(sorted(flags))))
        return out


def translate_text(text: str, targets: Sequence[str] | str = ("uk", "ru", "hu"), settings: Settings | None = None) -> Document:
    """One-call convenience: translate an English article with default settings."""
    return Translator(settings).translate_document(text, targets)
