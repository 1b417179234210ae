"""The web page: a thin Gradio adapter over the library.

``WebService`` holds the handlers as plain methods (text and file paths in, HTML strings,
file paths and dicts out) so they are tested without Gradio; ``build_app`` wires them to
components and is the only place that imports Gradio. Models load lazily, once per process
and per settings, and are shared by every visitor.
"""

from __future__ import annotations

import csv
import json
import os
import queue
import shutil
import tempfile
import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .errors import InputError, TranslateError, UsageError
from .languages import ALTERNATIVE_MODELS, DEFAULT_MODELS, SOURCE_LANGUAGE, TARGET_LANGUAGES, parse_targets
from .limits import (
    BEAM_MIN,
    WEB_BEAM_MAX,
    WEB_MAX_CHARS,
    WEB_MAX_GLOSSARY_ENTRIES,
    WEB_MAX_UPLOAD_BYTES,
    beam_problem,
)
from .pipeline import Settings, Translator
from .types import Document, Translation
from .web_render import (
    CSS,
    SCRIPT,
    language_name,
    render_document,
    render_message,
    render_placeholder,
    render_progress,
    standalone_page,
)

SEED_PATH = Path(__file__).resolve().parents[1] / "seeds" / "trump-putin-budapest.txt"
ENGINE_CHOICES = ("ctranslate2", "transformers")


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
class PageUpdate:
    """What one step of a handler changes on the page. ``None`` leaves a part as it is."""

    status: str | None = None  # progress bars or a message
    view: str | None = None  # the aligned view
    downloads: dict[str, str] | None = None  # "json" / "tmx" / "html" -> file path; {} hides them
    document: dict[str, Any] | None = None


@dataclass
class _Options:
    engine: str = ""
    beam_size: int | None = None
    models: dict[str, str] = field(default_factory=dict)


class WebService:
    """The page's handlers. One instance serves every visitor of a process."""

    def __init__(self, settings: Settings | None = None, limits: Limits | None = None, *, ner: str = "auto") -> None:
        self.settings = settings or Settings()
        self.settings.validate()
        self.limits = limits or Limits()
        self.ner_spec = ner  # "auto": the default NER model when it can be had, else glossary only
        self._ner: str | None | bool = False  # False: not decided yet
        self._translators: OrderedDict[tuple, Translator] = OrderedDict()
        self._lock = threading.Lock()
        self._outputs: deque[Path] = deque()
        self._output_lock = threading.Lock()

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
        return [current, *(e for e in ENGINE_CHOICES if e != current)]

    def default_model(self, lang: str) -> str:
        return self.settings.model_spec(lang)[0]

    # ---- translators ---------------------------------------------------------------------
    def translator(self, options: _Options | None = None) -> Translator:
        """The shared Translator for these settings, made on first use (models load on first translation)."""
        settings = self._settings_for(options or _Options())
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

    def _settings_for(self, options: _Options) -> Settings:
        engine = options.engine or self.settings.resolved_engine()
        if engine not in ENGINE_CHOICES:
            raise UsageError(f"engine '{engine}' is not known; choose one of: {', '.join(ENGINE_CHOICES)}")
        beam = self.settings.beam_size if options.beam_size is None else int(options.beam_size)
        beam_problem_ = beam_problem(beam, WEB_BEAM_MAX)
        if beam_problem_:
            raise UsageError(beam_problem_)
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
        from .text.validation import check_text

        try:
            check_text(text)  # the library's own checks: a lone surrogate is reported with its place
        except InputError as error:
            message = str(error)
            raise InputError(f"{what} {message[len('the input '):]}" if message.startswith("the input ") else message) from None
        return text

    def read_upload(self, path: str | os.PathLike[str] | None, what: str = "the file") -> str:
        """Text of an uploaded file (the temporary path Gradio gives), checked for size and encoding."""
        from .files import decode_text

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
            options = _Options(engine or "", None if beam_size is None else int(beam_size), dict(models or {}))
            translator = self.translator(options)
            glossary = self.read_glossary(glossary_path)
        except Exception as error:  # anything a visitor gives ends in a message, never an exception
            yield PageUpdate(status=render_message(_describe(error)))
            return
        yield from self._stream(translator, text, codes, glossary)

    def read_glossary(self, path: str | None) -> tuple[Any, ...]:
        """Glossary entries from an uploaded .json or .csv file (see translate.entities)."""
        if not path:
            return ()
        from .entities import parse_glossary

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

    def _stream(self, translator: Translator, text: str, codes: tuple[str, ...], glossary: Sequence[Any]) -> Iterator[PageUpdate]:
        from .text.segmentation import split_sentences

        sentences = [s.to_dict() for s in split_sentences(text, SOURCE_LANGUAGE)]
        partial: dict[str, Any] = {"source": {"lang": SOURCE_LANGUAGE, "text": text, "sentences": sentences}, "translations": {}}
        progress: dict[str, tuple[int, int]] = {lang: (0, len(sentences)) for lang in codes}
        finished: list[str] = []
        yield PageUpdate(
            status=render_progress(progress, codes), view=render_document(partial, pending=codes), downloads={}
        )
        events: queue.Queue[tuple[str, Any]] = queue.Queue()
        cancelled = threading.Event()  # set when the visitor stops or leaves: the worker stops at its next step

        def on_progress(lang: str, done: int, total: int) -> None:
            if cancelled.is_set():
                raise _Cancelled
            events.put(("progress", (lang, done, total)))

        def on_language(translation: Translation) -> None:
            if cancelled.is_set():
                raise _Cancelled
            events.put(("language", translation))

        def on_partial(translation: Translation) -> None:
            if cancelled.is_set():
                raise _Cancelled
            events.put(("partial", translation))

        def work() -> None:
            try:
                document = translator.translate_document(
                    text, codes, progress=on_progress, on_language=on_language, on_partial=on_partial
                )
                events.put(("done", document))
            except _Cancelled:
                pass  # nobody is waiting for the result
            except BaseException as error:  # reported in place; the worker must never die silently
                events.put(("error", error))

        try:
            threading.Thread(target=work, name="translate-web", daemon=True).start()
            yield from self._relay(events, translator, codes, glossary, partial, progress, finished)
        finally:
            cancelled.set()  # normal end, error, or the generator closed by a stop or a disconnect

    def _relay(
        self,
        events: queue.Queue[tuple[str, Any]],
        translator: Translator,
        codes: tuple[str, ...],
        glossary: Sequence[Any],
        partial: dict[str, Any],
        progress: dict[str, tuple[int, int]],
        finished: list[str],
    ) -> Iterator[PageUpdate]:
        """Page updates from the worker's events, until its result or its error."""
        last = 0.0
        while True:
            kind, payload = events.get()
            if kind == "progress":
                lang, done, total = payload
                progress[lang] = (done, total)
                now = time.monotonic()
                if now - last > 0.2:
                    last = now
                    yield PageUpdate(status=render_progress(progress, codes, finished))
            elif kind == "partial":
                # The first sentences of a language: show them now; the rest of its column keeps waiting.
                head: Translation = payload
                partial["translations"][head.lang] = {**head.to_dict(), "partial": True}
                yield PageUpdate(
                    status=render_progress(progress, codes, finished),
                    view=render_document(partial, pending=[c for c in codes if c not in finished]),
                )
            elif kind == "language":
                translation: Translation = payload
                finished.append(translation.lang)
                partial["translations"][translation.lang] = translation.to_dict()
                yield PageUpdate(
                    status=render_progress(progress, codes, finished),
                    view=render_document(partial, pending=[c for c in codes if c not in finished]),
                )
            elif kind == "error":
                # Keep the languages that finished; drop the columns that will not come.
                view = render_document(partial) if partial["translations"] else render_placeholder()
                yield PageUpdate(status=render_message(_describe(payload)), view=view)
                return
            else:
                status = render_progress(progress, codes, codes)
                try:
                    document = self.add_entities(payload, glossary, translator)
                except TranslateError as error:
                    status += render_message(f"The translations are ready, but names could not be marked: {error}")
                    document = payload
                try:
                    final = self._final(document, status)
                except Exception as error:  # shown in place; the page stays usable
                    final = PageUpdate(status=render_message(_describe(error)), view=render_document(partial))
                yield final
                return

    def ner_model(self) -> str | None:
        """The NER model to use, decided once: with "auto", the default model if it is available."""
        if self._ner is False:
            from .entities import DEFAULT_NER, resolve_ner

            spec = DEFAULT_NER if self.ner_spec == "auto" else self.ner_spec
            if spec.strip().lower() in ("", "none"):
                self._ner = None
            else:
                try:
                    resolve_ner(spec, None, self.settings.allow_download)
                    self._ner = spec
                except TranslateError:
                    if self.ner_spec != "auto":
                        raise
                    self._ner = None  # offline without the model: the glossary alone
        return self._ner  # type: ignore[return-value]

    def add_entities(self, document: Document, glossary: Sequence[Any] = (), translator: Translator | None = None) -> Document:
        """Find the entities (NER model and/or glossary) and project them onto every translation."""
        from .entities import find_entities, phrase_translator

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

    def _final(self, document: Document, status: str) -> PageUpdate:
        data = document.to_dict()
        return PageUpdate(status=status, view=render_document(data), downloads=self.write_downloads(document), document=data)

    def write_downloads(self, document: Document) -> dict[str, str]:
        """JSON, TMX and HTML files of the document in a fresh temporary folder; old folders are removed."""
        from . import export

        makers: dict[str, tuple[str, Callable[[Document], str] | None]] = {
            "json": ("article.json", export.to_json),
            "tmx": ("article.tmx", getattr(export, "to_tmx", None)),
            "html": ("article.html", getattr(export, "to_html", None) or (lambda d: standalone_page(d.to_dict()))),
        }
        folder = Path(tempfile.mkdtemp(prefix="translate-web-"))
        written = {}
        for kind, (name, make) in makers.items():
            if make is None:
                continue
            try:
                content = make(document)
            except Exception:  # one export failing must not cost the others (or the view)
                if kind == "json":
                    raise
                continue
            path = folder / name
            path.write_text(content, encoding="utf-8")
            written[kind] = str(path)
        with self._output_lock:
            self._outputs.append(folder)
            while len(self._outputs) > 64:
                shutil.rmtree(self._outputs.popleft(), ignore_errors=True)
        return written

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
            yield PageUpdate(status=render_message(_describe(error)))
            return
        waiting = "Translating the source and aligning…" if with_mt else "Aligning…"
        yield PageUpdate(status=render_message(waiting, "info"), downloads={})
        try:
            from .compare import compare

            ner = self.ner_model()
            document = compare(
                source, texts, translator=translator, ner=ner, glossary=glossary,
                allow_download=self.settings.allow_download,
            )
            count = len(texts)
            final = self._final(
                document, render_message(f"Aligned {count} translation{'s' if count > 1 else ''} with the English source.", "info")
            )
        except Exception as error:  # shown in place; the page stays usable
            yield PageUpdate(status=render_message(_describe(error)))
            return
        yield final

    # ---- opening a saved document --------------------------------------------------------
    def open_document(self, path: str | None) -> PageUpdate:
        """Show a JSON document saved earlier (by this page or `translate --format json`)."""
        if not path:
            return PageUpdate()
        try:
            raw = self.read_upload(path, Path(path).name)
            try:
                data = json.loads(raw)
                if not isinstance(data, dict):
                    raise TypeError("the file holds no JSON object")
                document = Document.from_dict(data)
                return self._final(document, render_message(f"Opened {Path(path).name}.", "info"))
            except (ValueError, KeyError, TypeError, IndexError, AttributeError, RecursionError) as error:
                detail = "nested too deeply" if isinstance(error, RecursionError) else f"{type(error).__name__}: {error}"
                raise InputError(
                    f"{Path(path).name} is not a document saved by this tool ({detail}); "
                    "give a .json file from the JSON download or 'translate --format json'"
                ) from None
        except TranslateError as error:
            return PageUpdate(status=render_message(str(error)))
        except Exception as error:  # anything a visitor gives ends in a message, never an exception
            return PageUpdate(status=render_message(f"{Path(path).name} could not be opened: {_describe(error)}"))


class _Cancelled(Exception):
    """Raised inside the worker's callbacks to stop a translation nobody waits for any more."""


def _describe(error: BaseException) -> str:
    if isinstance(error, TranslateError):
        return str(error)
    if isinstance(error, MemoryError):
        return "The server ran out of memory for this text; try a shorter article."
    return f"Something went wrong while translating ({type(error).__name__}: {error}). The page still works; try again."


# ---- Gradio ------------------------------------------------------------------------------
PAGE_CSS = (
    CSS
    + """
.gradio-container { max-width: 1480px !important; }
#tr-title h1 { font-size: 24px; font-weight: 700; margin: 0; letter-spacing: -.01em; }
#tr-title p { color: #52606d; margin: 2px 0 0; font-size: 14.5px; }
#tr-status:empty { display: none; }
#tr-downloads { justify-content: flex-end; gap: 8px; }
"""
)

GLOSSARY_LABEL = "Glossary of names to highlight (optional; .json or .csv as for 'translate compare --entities')"

HEADER = (
    '<div id="tr-title"><h1>Read one article in four languages</h1>'
    "<p>English · Ukrainian · Russian · Hungarian, aligned sentence by sentence, names highlighted in every version.</p></div>"
)


def build_app(service: WebService) -> Any:
    """The Blocks of the page, wired to ``service``'s handlers. Imports Gradio."""
    import gradio as gr

    limits = service.limits
    target_choices = [(f"{language_name(lang)} ({lang})", lang) for lang in TARGET_LANGUAGES]

    def show(update: PageUpdate) -> tuple[Any, ...]:
        downloads: list[Any] = []
        for kind in ("json", "tmx", "html"):
            if update.downloads is None:
                downloads.append(gr.skip())
            elif kind in update.downloads:
                downloads.append(gr.DownloadButton(value=update.downloads[kind], visible=True))
            else:
                downloads.append(gr.DownloadButton(value=None, visible=False))
        return (
            gr.skip() if update.status is None else update.status,
            gr.skip() if update.view is None else update.view,
            *downloads,
        )

    with gr.Blocks(title="translate · four-way article reader") as demo:
        gr.HTML(HEADER)
        with gr.Tabs():
            with gr.Tab("Translate"):
                with gr.Row(equal_height=False):
                    with gr.Column(scale=3):
                        text = gr.Textbox(
                            label="English article",
                            lines=10,
                            max_lines=18,
                            placeholder="Paste an English news article here…",
                            info=f"Up to {limits.max_chars:,} characters.",
                        )
                    with gr.Column(scale=1, min_width=260):
                        targets = gr.CheckboxGroup(target_choices, value=list(TARGET_LANGUAGES), label="Translate into")
                        translate_button = gr.Button("Translate", variant="primary")
                        seed_button = gr.Button("Load the sample article", size="sm")
                        upload = gr.File(
                            label="Upload a .txt or .md file", file_types=[".txt", ".md"], type="filepath",
                            height=120, elem_id="tr-upload",
                        )
                with gr.Accordion("Advanced options", open=False):
                    with gr.Row():
                        engine = gr.Dropdown(service.engine_choices(), value=service.engine_choices()[0], label="Engine")
                        beam = gr.Slider(BEAM_MIN, WEB_BEAM_MAX, value=min(max(service.settings.beam_size, BEAM_MIN), WEB_BEAM_MAX), step=1, label="Beam size")
                    with gr.Row():
                        model_boxes = {
                            lang: gr.Dropdown(
                                service.model_choices(lang), value=service.default_model(lang),
                                label=f"{language_name(lang)} model",
                            )
                            for lang in TARGET_LANGUAGES
                        }
                    glossary = gr.File(
                        label=GLOSSARY_LABEL, file_types=[".json", ".csv"], type="filepath", height=90, elem_id="tr-glossary"
                    )
            with gr.Tab("Compare translations"):
                gr.Markdown("Paste existing translations to see them aligned against the English source.")
                compare_source = gr.Textbox(label="English source", lines=6, max_lines=12)
                compare_seed = gr.Button("Use the sample article as the source", size="sm")
                with gr.Row():
                    provided = {
                        lang: gr.Textbox(label=f"{language_name(lang)} translation ({lang})", lines=6, max_lines=12)
                        for lang in TARGET_LANGUAGES
                    }
                with gr.Row():
                    with gr.Column(scale=2):
                        compare_glossary = gr.File(
                            label=GLOSSARY_LABEL, file_types=[".json", ".csv"], type="filepath", height=90,
                            elem_id="tr-compare-glossary",
                        )
                    with gr.Column(scale=1, min_width=260):
                        with_mt = gr.Checkbox(label="Also show the machine translation next to each", value=False)
                        compare_button = gr.Button("Compare", variant="primary")
            with gr.Tab("Open a saved JSON"):
                opened = gr.File(
                    label="A .json document from the JSON download", file_types=[".json"], type="filepath",
                    height=90, elem_id="tr-open",
                )
        status = gr.HTML("", elem_id="tr-status", elem_classes=["tr-view"], js_on_load=None)
        with gr.Row(elem_id="tr-downloads"):
            download_json = gr.DownloadButton("Download JSON", visible=False, size="sm", scale=0, min_width=160)
            download_tmx = gr.DownloadButton("Download TMX", visible=False, size="sm", scale=0, min_width=160)
            download_html = gr.DownloadButton("Download HTML", visible=False, size="sm", scale=0, min_width=160)
        view = gr.HTML(render_placeholder(), elem_id="tr-result", elem_classes=["tr-view"], js_on_load=SCRIPT)
        outputs = [status, view, download_json, download_tmx, download_html]

        def on_translate(text_value: str, target_values: list[str], engine_value: str, beam_value: float, *rest: Any) -> Iterator[tuple[Any, ...]]:
            models = dict(zip(TARGET_LANGUAGES, rest[: len(TARGET_LANGUAGES)], strict=True))
            for update in service.translate_page(text_value, target_values, engine_value, beam_value, models, rest[-1]):
                yield show(update)

        translate_button.click(
            on_translate,
            inputs=[text, targets, engine, beam, *model_boxes.values(), glossary],
            outputs=outputs,
            api_visibility="private",
        )

        def on_compare(source_value: str, uk: str, ru: str, hu: str, mt: bool, glossary_path: str | None) -> Iterator[tuple[Any, ...]]:
            for update in service.compare_page(source_value, {"uk": uk, "ru": ru, "hu": hu}, mt, glossary_path):
                yield show(update)

        compare_button.click(
            on_compare,
            inputs=[compare_source, *provided.values(), with_mt, compare_glossary],
            outputs=outputs,
            api_visibility="private",
        )
        seed_button.click(service.load_seed, outputs=text, api_visibility="private", queue=False)
        compare_seed.click(service.load_seed, outputs=compare_source, api_visibility="private", queue=False)

        def on_upload(path: str | None) -> tuple[Any, Any]:
            value, message = service.upload_text(path)
            return (gr.skip() if value is None else value), message

        upload.upload(on_upload, inputs=upload, outputs=[text, status], api_visibility="private")
        opened.upload(lambda path: show(service.open_document(path)), inputs=opened, outputs=outputs, api_visibility="private")

        def translate(text: str, targets: list[str]) -> dict:
            """Translate an English article into the target languages (uk, ru, hu); returns the JSON document."""
            try:
                return service.api_translate(text, targets)
            except TranslateError as error:
                raise gr.Error(str(error), print_exception=False) from None

        gr.api(translate, api_name="translate")
    demo.queue(max_size=limits.queue_size, default_concurrency_limit=limits.concurrency)
    return demo


def serve(
    settings: Settings | None = None,
    *,
    host: str = "127.0.0.1",
    port: int = 7860,
    limits: Limits | None = None,
    ner: str = "auto",
    block: bool = True,
) -> Any:
    """Build the page and launch it; returns the Blocks (``block=False`` returns at once)."""
    service = WebService(settings, limits or Limits.from_env(), ner=ner)
    demo = build_app(service)
    import gradio as gr

    try:
        demo.launch(
            server_name=host,
            server_port=port,
            max_file_size=service.limits.max_upload_bytes,
            css=PAGE_CSS,
            theme=gr.themes.Soft(primary_hue="blue", neutral_hue="slate"),
            show_error=True,
            prevent_thread_lock=not block,
            ssr_mode=False,
        )
    except (OSError, OverflowError, ValueError) as error:  # port taken or out of range, host not valid
        raise UsageError(
            f"cannot start the web page on {host}:{port} ({str(error).splitlines()[0]}); choose another --port or --host"
        ) from None
    return demo
