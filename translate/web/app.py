"""The Gradio page: the Blocks wired to :class:`~translate.web.service.WebService`, and ``serve``.

With :mod:`translate.web.compare_form`, the only modules of the package that import Gradio (inside
their functions, so importing them is cheap). Every event that does work, and the ``/translate``
API, share one concurrency group: at most ``Limits.concurrency`` of them run at once on the whole
server, the rest wait in Gradio's queue.
"""

# No `from __future__ import annotations` here: Gradio finds the `request: gr.Request` parameter
# of a handler by its evaluated annotation, and gradio is imported inside build_app.
import hashlib
from collections.abc import Callable, Iterator
from typing import Any

from ..errors import TranslateError, UsageError
from ..languages import TARGET_LANGUAGES, language_name
from ..limits import BEAM_MIN, WEB_BEAM_MAX
from ..pipeline import Settings
from ..render.page import render_message, render_placeholder
from ..render.page_assets import CSS, SCRIPT
from ..render.report_html import COVERAGE_CSS, COVERAGE_SCRIPT
from .compare_form import CompareForm, build_compare_form
from .public import describe
from .service import Limits, WebService
from .source import DETECT, SOURCE_CHOICES, SOURCE_LABEL, SourceView, target_offer
from .streaming import PageUpdate

WORK = "work"  # the one concurrency group of every handler that does work
DETECTION = "detect"  # the source-language note while a visitor types: light, and apart from the work
DOWNLOADS = (
    ("json", "Download JSON"), ("tmx", "Download TMX"), ("html", "Download HTML"), ("docx", "Download DOCX"),
    ("md", "Download Markdown"),
)

PAGE_CSS = (
    CSS
    + COVERAGE_CSS
    + """
.gradio-container { max-width: 1480px !important; }
#tr-title h1 { font-size: 24px; font-weight: 700; margin: 0; letter-spacing: -.01em; }
#tr-title p { color: var(--body-text-color); margin: 2px 0 0; font-size: 14.5px; }
#tr-status:empty { display: none; }
#tr-coverage .coverage { margin: 8px 0 14px; }
#tr-downloads { justify-content: flex-end; gap: 8px; flex-wrap: wrap; }
/* The column header sticks to the window: no box around the result may clip or scroll it. */
#tr-result, #tr-result > *, #tr-result .html-container, #tr-result .prose { overflow: visible !important; }
.gradio-container { overflow: clip !important; }  /* clips as "hidden" does, without becoming a scroll box */
/* Keyboard focus is always visible, on Gradio's own controls too. */
.gradio-container input[type=checkbox]:focus-visible, .gradio-container input[type=radio]:focus-visible,
.gradio-container button:focus-visible, .gradio-container [role=tab]:focus-visible {
  outline: 3px solid #1b62a8 !important; outline-offset: 2px !important; }
.dark .gradio-container input[type=checkbox]:focus-visible, .dark .gradio-container button:focus-visible {
  outline-color: #7cb8f7 !important; }
/* The tab overflow button says what it holds. */
.tabs .overflow-menu > button::after { content: "More"; margin-left: 4px; font-size: 14px; }
.tabs .overflow-menu > button { display: inline-flex; align-items: center; padding-left: 6px; padding-right: 6px; }
/* Gradio's own text in AA contrast (4.5:1) in both schemes. */
.tabs [role=tab].selected { color: #1d4ed8 !important; }
.dark .tabs [role=tab].selected { color: #93c5fd !important; }
[data-testid="block-label"] { color: #1e3a8a !important; }
.dark [data-testid="block-label"] { color: #ffffff !important; }
footer .show-api, footer .built-with, footer .settings, footer a, footer button { color: #475569 !important; }
.dark footer .show-api, .dark footer .built-with, .dark footer .settings, .dark footer a, .dark footer button { color: #cbd5e1 !important; }
.dark .download-link { color: #a5b4fc !important; }
"""
)

GLOSSARY_LABEL = "Glossary of names to highlight (optional; .json or .csv as for 'translate compare --entities')"

HEADER = (
    '<div id="tr-title"><h1>Read one article in four languages</h1>'
    "<p>English · Ukrainian · Russian · Hungarian, aligned sentence by sentence, names highlighted in every version.</p></div>"
)


def session_of(request: Any) -> str:
    """The visitor's session, as a name safe for a folder (Gradio's hash, hashed again)."""
    raw = str(getattr(request, "session_hash", "") or "")
    return hashlib.sha256(raw.encode("utf-8", "replace")).hexdigest()[:24] if raw else ""


def build_app(service: WebService) -> Any:
    """The Blocks of the page, wired to ``service``'s handlers. Imports Gradio."""
    import gradio as gr

    limits = service.limits
    english = target_offer("en")  # offered until the page knows the text's language
    source_choices = [(shown.split(" (")[0], code) for shown, code in SOURCE_CHOICES]  # "Russian": "Russian (ru)" is a target
    work: dict[str, Any] = {"concurrency_id": WORK, "concurrency_limit": limits.concurrency}

    def show(update: PageUpdate) -> tuple[Any, ...]:
        downloads: list[Any] = []
        for kind, _label in DOWNLOADS:
            if update.downloads is None:
                downloads.append(gr.skip())
            elif kind in update.downloads:
                downloads.append(gr.DownloadButton(value=update.downloads[kind], visible=True))
            else:
                downloads.append(gr.DownloadButton(value=None, visible=False))
        # The matrix belongs to the document in the view: a new view without one clears it.
        coverage = update.coverage if update.coverage is not None else ("" if update.view is not None else gr.skip())
        return (
            gr.skip() if update.status is None else update.status,
            gr.skip() if update.view is None else update.view,
            *downloads,
            coverage,
            gr.skip() if update.source_note is None else update.source_note,
        )

    def guarded(handler: Callable[..., Iterator[PageUpdate]]) -> Callable[..., Iterator[tuple[Any, ...]]]:
        """Whatever arrives (the queue accepts any data), an update in place, never a server error."""

        def run(*args: Any) -> Iterator[tuple[Any, ...]]:
            try:
                for update in handler(*args):
                    yield show(update)
            except Exception as error:
                yield show(PageUpdate(status=render_message(describe(error))))

        return run

    def parsed(components: list[Any], values: tuple[Any, ...]) -> list[Any]:
        """The handlers' arguments from the raw data (events run with ``preprocess=False``, so that data
        Gradio cannot preprocess reaches the handler, which says what is wrong with it, instead of
        ending in Gradio's error). Gradio still checks every file against its upload folder first."""
        out: list[Any] = []
        for component, value in zip(components, values, strict=False):
            if value is None:
                out.append(None)
                continue
            try:
                model = getattr(component, "data_model", None)
                out.append(component.preprocess(model.model_validate(value) if model is not None else value))
            except Exception:  # the service's own checks name the problem
                out.append(value)
        return out

    keep = limits.keep_files_s
    with gr.Blocks(title="translate · four-way article reader", delete_cache=(min(600, keep), keep)) as demo:
        gr.HTML(HEADER)
        with gr.Tabs():
            with gr.Tab("Translate"):
                with gr.Row(equal_height=False):
                    with gr.Column(scale=3):
                        text = gr.Textbox(
                            label="Article",
                            lines=10,
                            max_lines=18,
                            placeholder="Paste a news article in English, Ukrainian, Russian or Hungarian here…",
                            info=f"Up to {limits.max_chars:,} characters.",
                        )
                    with gr.Column(scale=1, min_width=260):
                        source = gr.Radio(source_choices, value=DETECT, label=SOURCE_LABEL, elem_id="tr-source")
                        source_note = gr.HTML("", elem_id="tr-source-note", elem_classes=["tr-view"])
                        offered_for = gr.State(english.source)  # the source the target choices are for
                        targets = gr.CheckboxGroup(
                            english.labelled(), value=list(english.ticked), label="Translate into", elem_id="tr-targets"
                        )
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
                form = build_compare_form(GLOSSARY_LABEL)
            with gr.Tab("Open a saved JSON"):
                opened = gr.File(
                    label="A .json document from the JSON download", file_types=[".json"], type="filepath",
                    height=90, elem_id="tr-open",
                )
        status = gr.HTML("", elem_id="tr-status", elem_classes=["tr-view"], js_on_load=None)
        with gr.Row(elem_id="tr-downloads"):
            stop_button = gr.Button("Stop", variant="stop", size="sm", scale=0, min_width=110)
            download_buttons = [
                gr.DownloadButton(label, visible=False, size="sm", scale=0, min_width=160) for _kind, label in DOWNLOADS
            ]
        coverage_view = gr.HTML("", elem_id="tr-coverage", elem_classes=["tr-view"], js_on_load=COVERAGE_SCRIPT)
        view = gr.HTML(render_placeholder(), elem_id="tr-result", elem_classes=["tr-view"], js_on_load=SCRIPT)
        outputs = [status, view, *download_buttons, coverage_view, source_note]

        translate_inputs = [text, targets, engine, beam, *model_boxes.values(), glossary, source]

        def on_translate(
            text_value: Any, target_values: Any, engine_value: Any, beam_value: Any,
            uk: Any, ru: Any, hu: Any, glossary_path: Any, source_value: Any, request: gr.Request,
        ) -> Iterator[tuple[Any, ...]]:
            raw = (text_value, target_values, engine_value, beam_value, uk, ru, hu, glossary_path, source_value)
            text_value, target_values, engine_value, beam_value, uk, ru, hu, glossary_path, source_value = parsed(
                translate_inputs, raw
            )
            yield from guarded(service.translate_page)(
                text_value, target_values, engine_value, beam_value, {"uk": uk, "ru": ru, "hu": hu}, glossary_path,
                session_of(request), source_value,
            )

        def on_source(*values: Any) -> tuple[Any, Any, Any]:
            """The note on the source and, when the source changed, the targets that follow it."""
            try:
                found = service.source_view(*parsed(source_inputs, values))
            except Exception as error:  # never a server error for what a visitor typed
                found = SourceView(describe(error))
            note = render_message(found.note, "info") if found.note else ""
            if found.offer is None:
                return gr.skip(), gr.skip(), note
            offer = found.offer
            return gr.CheckboxGroup(choices=offer.labelled(), value=list(offer.ticked)), offer.source, note

        source_inputs = [text, source, offered_for]
        source_outputs = [targets, offered_for, source_note]
        for event in (text.change, source.change):
            event(
                on_source, inputs=source_inputs, outputs=source_outputs, api_visibility="private",
                trigger_mode="always_last", show_progress="hidden", preprocess=False,
                # its own queue: naming the language of what is typed never waits behind, nor holds up, a translation or an upload
                concurrency_id=DETECTION, concurrency_limit=1,
            )

        translating = translate_button.click(
            on_translate, inputs=translate_inputs, outputs=outputs, api_visibility="private", preprocess=False, **work
        )

        compare_inputs = form.inputs()

        def on_compare(request: gr.Request, *values: Any) -> Iterator[tuple[Any, ...]]:
            # Any number of text slots: the request comes first, as Gradio only fills positional parameters.
            source_value, relation, mt, back, glossary_path, *slots = parsed(compare_inputs, values)
            texts = CompareForm.texts(slots)
            yield from guarded(service.compare_texts_page)(
                source_value, texts, relation, mt, glossary_path, session_of(request), back
            )

        comparing = form.button.click(
            on_compare, inputs=compare_inputs, outputs=outputs, api_visibility="private", preprocess=False, **work
        )
        stop_button.click(
            lambda: render_message("Stopped. The page is ready for the next article.", "info"),
            outputs=status, cancels=[translating, comparing], queue=False, api_visibility="private",
        )
        seed_button.click(service.load_seed, outputs=text, api_visibility="private", queue=False)
        form.seed.click(service.load_seed, outputs=form.source, api_visibility="private", queue=False)

        def on_upload(path: Any) -> tuple[Any, Any]:
            value, message = service.upload_text(parsed([upload], (path,))[0])
            return (gr.skip() if value is None else value), message

        upload.upload(on_upload, inputs=upload, outputs=[text, status], api_visibility="private", preprocess=False, **work)
        def glossary_checker(box: Any) -> Callable[[Any], str]:
            def glossary_status(path: Any) -> str:
                return service.glossary_status(parsed([box], (path,))[0])

            return glossary_status

        for box in (glossary, form.glossary):
            box.upload(glossary_checker(box), inputs=box, outputs=status, api_visibility="private", preprocess=False, **work)

        def on_open(path: Any, request: gr.Request) -> tuple[Any, ...]:
            try:
                return show(service.open_document(parsed([opened], (path,))[0], session_of(request)))
            except Exception as error:
                return show(PageUpdate(status=render_message(describe(error))))

        opened.upload(on_open, inputs=opened, outputs=outputs, api_visibility="private", preprocess=False, **work)

        def on_leave(request: gr.Request) -> None:
            service.end_session(session_of(request))

        demo.unload(on_leave)

        def translate(text: str, targets: list[str], source: str = DETECT) -> dict:
            """Translate an article into the target languages (en, uk, ru, hu other than its own); returns the
            JSON document. ``source`` is "auto" (identify the language; ``source.lang`` says which it found)
            or en, uk, ru, hu; with "auto" the found language is left out of the targets."""
            try:
                return service.api_translate(text, targets, source)
            except Exception as error:
                raise gr.Error(describe(error), print_exception=not isinstance(error, TranslateError)) from None

        gr.api(translate, api_name="translate", **work)
    demo.queue(max_size=limits.queue_size, default_concurrency_limit=limits.concurrency)
    return demo


def _unknown_request(request: Any, error: Exception) -> Any:
    """A request naming no handler of the page (an unknown fn index) is a 404, not a server error."""
    from fastapi.responses import JSONResponse

    return JSONResponse({"detail": "this page has no such handler"}, status_code=404)


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
            max_file_size=service.limits.upload_ceiling,
            css=PAGE_CSS,
            theme=gr.themes.Soft(primary_hue="blue", neutral_hue="slate"),
            show_error=True,
            prevent_thread_lock=not block,
            ssr_mode=False,
            app_kwargs={"exception_handlers": {KeyError: _unknown_request}},
        )
    except (OSError, OverflowError, ValueError) as error:  # port taken or out of range, host not valid
        raise UsageError(
            f"cannot start the web page on {host}:{port} ({str(error).splitlines()[0]}); choose another --port or --host"
        ) from None
    return demo
