"""The page's handlers as plain methods: text and file paths in, HTML strings, file paths and dicts out.

Tested without Gradio. Models load lazily, once per process and per settings, and are shared by
every visitor; the limits here keep one visitor from starving the others.
"""

from __future__ import annotations

import csv
import json
import os
import threading
from collections import OrderedDict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ..engines import ENGINES, engine_class
from ..errors import InputError, TranslateError, UsageError
from ..files import decode_text
from ..languages import ALTERNATIVE_MODELS, DEFAULT_MODELS, TARGET_LANGUAGES, language_name, parse_targets
from ..limits import WEB_BEAM_MAX, WEB_MAX_CHARS, WEB_MAX_GLOSSARY_ENTRIES, WEB_MAX_UPLOAD_BYTES, beam_problem
from ..pipeline import Settings, Translator
from ..render.page import render_document, render_message
from ..render.report_html import coverage_fragment
from ..types import Document
from .downloads import Downloads
from .streaming import PageUpdate, describe, stream_translation
from .texts import RELATION_CHOICES, compared_message, named_texts

SEED_PATH = Path(__file__).resolve().parents[2] / "seeds" / "trump-putin-budapest.txt"


def _env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    if not value.isdigit() or int(value) < 1:
        raise UsageError(f"{name}={value!r} is not a whole number of at least 1; fix or unset it")
    return int(value)


@dataclass(frozen=True)
class Limits:
    """Bounds that keep one visitor from starving the others."""

    max_chars: int = WEB_MAX_CHARS  # characters of text per request (source or one provided translation)
    max_upload_bytes: int = WEB_MAX_UPLOAD_BYTES  # one uploaded text, glossary or JSON file
    queue_size: int = 16  # requests waiting; more are turned away with a message
    concurrency: int = 2  # requests translated at the same time
    max_translators: int = 4  # distinct settings kept loaded at once
    max_glossary_entries: int = WEB_MAX_GLOSSARY_ENTRIES  # entries of one uploaded glossary; the CLI takes larger watch lists

    @classmethod
    def from_env(cls) -> Limits:
        return cls(
            max_chars=_env_int("TRANSLATE_WEB_MAX_CHARS", cls.max_chars),
            max_upload_bytes=_env_int("TRANSLATE_WEB_MAX_UPLOAD", cls.max_upload_bytes),
            queue_size=_env_int("TRANSLATE_WEB_QUEUE", cls.queue_size),
            concurrency=_env_int("TRANSLATE_WEB_CONCURRENCY", cls.concurrency),
        )


@dataclass
class Options:
    """What a visitor chose under *Advanced options* ("" / None: the server's setting)."""

    engine: str = ""
    beam_size: int | None = None
    models: dict[str, str] = field(default_factory=dict)


def ner_choice(spec: str, allow_download: bool) -> str | None:
    """The NER model to use for ``--ner spec``: None for "none"; with "auto", the default model if it
    is available, else None (glossary names only)."""
    from ..entities import DEFAULT_NER, resolve_ner

    model = DEFAULT_NER if spec == "auto" else spec
    if model.strip().lower() in ("", "none"):
        return None
    try:
        resolve_ner(model, None, allow_download)
    except TranslateError:
        if spec != "auto":
            raise
        return None  # offline without the model: the glossary alone
    return model


class WebService:
    """The page's handlers. One instance serves every visitor of a process."""

    def __init__(self, settings: Settings | None = None, limits: Limits | None = None, *, ner: str = "auto") -> None:
        self.settings = settings or Settings()
        self.settings.validate()
        self.limits = limits or Limits()
        self.ner_spec = ner
        self._ner: str | None | bool = False  # False: not decided yet
        self._translators: OrderedDict[tuple, Translator] = OrderedDict()
        self._lock = threading.Lock()
        self.downloads = Downloads()

    # ---- choices shown in the advanced options -------------------------------------------
    def model_choices(self, lang: str) -> list[str]:
        """The configured model first, then the default and the alternatives. Only these are accepted."""
        choices: list[str] = []
        configured, _ = self.settings.model_spec(lang)
        for spec in [configured, DEFAULT_MODELS[lang].model_id, *(c.model_id for c in ALTERNATIVE_MODELS.get(lang, ()))]:
            if spec not in choices:
                choices.append(spec)
        return choices

    def engine_choices(self) -> list[str]:
        current = self.settings.resolved_engine()
        return [current, *(e for e in ENGINES if e != current)]

    def default_model(self, lang: str) -> str:
        return self.settings.model_spec(lang)[0]

    # ---- translators ---------------------------------------------------------------------
    def translator(self, options: Options | None = None) -> Translator:
        """The shared Translator for these settings, made on first use (models load on first translation)."""
        settings = self.settings_for(options or Options())
        key = (settings.engine, settings.beam_size, tuple(sorted(settings.models.items())))
        with self._lock:
            translator = self._translators.get(key)
            if translator is None:
                translator = Translator(settings)
                self._translators[key] = translator
                while len(self._translators) > self.limits.max_translators:
                    self._translators.popitem(last=False)
            self._translators.move_to_end(key)
            return translator

    def settings_for(self, options: Options) -> Settings:
        """The server's settings with a visitor's choices, each checked against what the page offers."""
        engine = options.engine or self.settings.resolved_engine()
        engine_class(engine)  # raises UsageError, with the choices, for an unknown name
        beam = self.settings.beam_size if options.beam_size is None else int(options.beam_size)
        problem = beam_problem(beam, WEB_BEAM_MAX)
        if problem:
            raise UsageError(problem)
        models = {lang: self.default_model(lang) for lang in TARGET_LANGUAGES}
        for lang, spec in options.models.items():
            if not spec:
                continue
            # Never let a visitor name a path: only the choices offered are accepted.
            if lang not in TARGET_LANGUAGES or spec not in self.model_choices(lang):
                raise UsageError(f"model '{spec}' is not offered for '{lang}'; choose one from the list")
            models[lang] = spec
        return replace(self.settings, engine=engine, beam_size=beam, models=models)

    # ---- input ---------------------------------------------------------------------------
    def check_text(self, text: str | None, what: str = "The article") -> str:
        text = text or ""
        if not text.strip():
            raise InputError(f"{what} is empty; paste an English article, upload a .txt or .md file, or load the sample")
        if len(text) > self.limits.max_chars:
            raise InputError(
                f"{what} has {len(text):,} characters; this page accepts at most {self.limits.max_chars:,}. "
                "Shorten it, or translate long texts with the command line: translate FILE"
            )
        from ..text.validation import check_text

        try:
            check_text(text)  # the library's own checks: a lone surrogate is reported with its place
        except InputError as error:
            message = str(error)
            raise InputError(f"{what} {message[len('the input '):]}" if message.startswith("the input ") else message) from None
        return text

    def read_upload(self, path: str | os.PathLike[str] | None, what: str = "the file") -> str:
        """Text of an uploaded file (the temporary path Gradio gives), checked for size and encoding."""
        if not path:
            return ""
        file = Path(path)
        size = file.stat().st_size
        if size > self.limits.max_upload_bytes:
            raise InputError(
                f"{what} is {size / 1024:,.0f} KiB; uploads may be at most {self.limits.max_upload_bytes // 1024:,} KiB"
            )
        return decode_text(file.read_bytes(), what)

    def load_seed(self) -> str:
        return SEED_PATH.read_text(encoding="utf-8")

    def upload_text(self, path: str | None) -> tuple[str | None, str]:
        """(text for the article box or None to keep it, status HTML) after a file upload."""
        if not path:
            return None, ""
        try:
            text = self.read_upload(path, Path(path).name)
            self.check_text(text, "The uploaded file")
        except TranslateError as error:
            return None, render_message(str(error))
        return text, render_message(f"Loaded {Path(path).name}: {len(text):,} characters.", "info")

    def read_glossary(self, path: str | None) -> tuple[Any, ...]:
        """Glossary entries from an uploaded .json or .csv file (see translate.entities)."""
        if not path:
            return ()
        from ..entities import parse_glossary

        name = Path(path).name
        text = self.read_upload(path, "the glossary")
        try:
            entries = parse_glossary(text, name, "csv" if name.lower().endswith(".csv") else "json")
        except RecursionError:
            raise InputError(
                f"{name}: the glossary is nested too deeply to read; "
                'write a flat list of objects: [{"text": "…", "label": "PER"}]'
            ) from None
        except csv.Error as error:
            raise InputError(f"{name}: the glossary is not a readable CSV file ({error}); check its quotes and fields") from None
        cap = self.limits.max_glossary_entries
        if len(entries) > cap:
            raise InputError(
                f"the glossary has {len(entries):,} entries; the page takes at most {cap:,} — use the CLI for larger watch lists"
            )
        return entries

    # ---- translating ---------------------------------------------------------------------
    def translate_page(
        self,
        text: str | None,
        targets: Sequence[str] | str | None,
        engine: str = "",
        beam_size: int | float | None = None,
        models: Mapping[str, str] | None = None,
        glossary_path: str | None = None,
    ) -> Iterator[PageUpdate]:
        """Translate and stream: the view shows each language as soon as it is ready."""
        try:
            text = self.check_text(text)
            codes = parse_targets(list(targets or []))
            options = Options(engine or "", None if beam_size is None else int(beam_size), dict(models or {}))
            translator = self.translator(options)
            glossary = self.read_glossary(glossary_path)
        except Exception as error:  # anything a visitor gives ends in a message, never an exception
            yield PageUpdate(status=render_message(describe(error)))
            return

        def finish(document: Document, status: str) -> PageUpdate:
            try:
                document = self.add_entities(document, glossary, translator)
            except TranslateError as error:
                status += render_message(f"The translations are ready, but names could not be marked: {error}")
            return self.final(document, status)

        yield from stream_translation(translator, text, codes, finish)

    def ner_model(self) -> str | None:
        """The NER model to use, decided once per process (see :func:`ner_choice`)."""
        if self._ner is False:
            self._ner = ner_choice(self.ner_spec, self.settings.allow_download)
        return self._ner  # type: ignore[return-value]

    def add_entities(self, document: Document, glossary: Sequence[Any] = (), translator: Translator | None = None) -> Document:
        """Find the entities (NER model and/or glossary) and project them onto every translation."""
        from ..entities import find_entities, phrase_translator

        ner = self.ner_model()
        if ner is None and not glossary:
            return document
        return find_entities(
            document,
            ner=ner,
            glossary=tuple(glossary),
            translate=phrase_translator(translator) if translator is not None else None,
            allow_download=self.settings.allow_download,
        )

    def final(self, document: Document, status: str) -> PageUpdate:
        """The last update of a handler: the whole document, its downloads and its JSON."""
        return PageUpdate(
            status=status, view=render_document(document), coverage=coverage_fragment(document, interactive=True),
            downloads=self.downloads.write(document), document=document.to_dict(),
        )

    def api_translate(self, text: str, targets: Sequence[str] | str = TARGET_LANGUAGES) -> dict[str, Any]:
        """The `/translate` endpoint: the same JSON document as `translate FILE --format json`."""
        text = self.check_text(text)
        codes = parse_targets(targets if isinstance(targets, str) else list(targets))
        return self.translator().translate_document(text, codes).to_dict()

    # ---- comparing existing translations -------------------------------------------------
    def compare_page(
        self,
        source: str | None,
        provided: Mapping[str, str | None],
        with_mt: bool = False,
        glossary_path: str | None = None,
    ) -> Iterator[PageUpdate]:
        """Align pasted translations against the English source, optionally next to machine translation."""
        try:
            source = self.check_text(source, "The English source")
            texts = {lang: text for lang, text in provided.items() if text and text.strip()}
            if not texts:
                raise InputError("no translation given; paste at least one of the Ukrainian, Russian or Hungarian texts")
            for lang, text in texts.items():
                if lang not in TARGET_LANGUAGES:
                    raise UsageError(f"language '{lang}' is not supported; choose from: {', '.join(TARGET_LANGUAGES)}")
                self.check_text(text, f"The {language_name(lang)} text")
            glossary = self.read_glossary(glossary_path)
            translator = self.translator() if with_mt else None
        except Exception as error:  # anything a visitor gives ends in a message, never an exception
            yield PageUpdate(status=render_message(describe(error)))
            return
        waiting = "Translating the source and aligning…" if with_mt else "Aligning…"
        yield PageUpdate(status=render_message(waiting, "info"), downloads={})
        try:
            from ..compare import compare

            document = compare(
                source, texts, translator=translator, ner=self.ner_model(), glossary=glossary,
                allow_download=self.settings.allow_download,
            )
            count = len(texts)
            done = render_message(f"Aligned {count} translation{'s' if count > 1 else ''} with the English source.", "info")
            final = self.final(document, done)
        except Exception as error:  # shown in place; the page stays usable
            yield PageUpdate(status=render_message(describe(error)))
            return
        yield final

    # ---- comparing any number of texts: translations or independent coverage ----------------
    def compare_texts_page(
        self,
        source: str | None,
        texts: Sequence[tuple[Any, Any, Any]],
        relation: Any = "auto",
        with_mt: bool = False,
        glossary_path: str | None = None,
    ) -> Iterator[PageUpdate]:
        """Align any number of (language, name, text) against the English source, each as a translation or as
        independent coverage (``relation``: auto, translation or coverage); the coverage matrix comes with the view."""
        try:
            source = self.check_text(source, "The English source")
            provided = named_texts(texts, self.check_text)
            if relation not in RELATION_CHOICES:
                raise UsageError(f"relation {relation!r} is not known; choose one of: {', '.join(RELATION_CHOICES)}")
            glossary = self.read_glossary(glossary_path)
            translator = self.translator() if with_mt else None
        except Exception as error:  # anything a visitor gives ends in a message, never an exception
            yield PageUpdate(status=render_message(describe(error)))
            return
        waiting = "Translating the source and aligning…" if with_mt else "Aligning…"
        yield PageUpdate(status=render_message(waiting, "info"), downloads={})
        try:
            from ..compare import compare

            document = compare(
                source, provided, translator=translator, ner=self.ner_model(), glossary=glossary,
                allow_download=self.settings.allow_download, relation=str(relation),
            )
            final = self.final(document, render_message(compared_message(document, list(provided)), "info"))
        except Exception as error:  # shown in place; the page stays usable
            yield PageUpdate(status=render_message(describe(error)))
            return
        yield final

    # ---- opening a saved document --------------------------------------------------------
    def open_document(self, path: str | None) -> PageUpdate:
        """Show a JSON document saved earlier (by this page or `translate --format json`)."""
        if not path:
            return PageUpdate()
        name = Path(path).name
        try:
            raw = self.read_upload(path, name)
            try:
                data = json.loads(raw)
                if not isinstance(data, dict):
                    raise TypeError("the file holds no JSON object")
                document = Document.from_dict(data)
                return self.final(document, render_message(f"Opened {name}.", "info"))
            except (ValueError, KeyError, TypeError, IndexError, AttributeError, RecursionError) as error:
                detail = "nested too deeply" if isinstance(error, RecursionError) else f"{type(error).__name__}: {error}"
                raise InputError(
                    f"{name} is not a document saved by this tool ({detail}); "
                    "give a .json file from the JSON download or 'translate --format json'"
                ) from None
        except TranslateError as error:
            return PageUpdate(status=render_message(str(error)))
        except Exception as error:  # anything a visitor gives ends in a message, never an exception
            return PageUpdate(status=render_message(f"{name} could not be opened: {describe(error)}"))
