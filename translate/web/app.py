"""The Gradio page: the Blocks wired to :class:`~translate.web.service.WebService`, and ``serve``.

With :mod:`translate.web.compare_form`, the only modules of the package that import Gradio (inside
their functions, so importing them is cheap).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..errors import TranslateError, UsageError
from ..languages import TARGET_LANGUAGES, language_name
from ..limits import BEAM_MIN, WEB_BEAM_MAX
from ..pipeline import Settings
from ..render.page import render_placeholder
from ..render.page_assets import CSS, SCRIPT
from ..render.report_html import COVERAGE_CSS, COVERAGE_SCRIPT
from .compare_form import CompareForm, build_compare_form
from .service import Limits, WebService
from .streaming import PageUpdate

PAGE_CSS = (
    CSS
    + COVERAGE_CSS
    + """
.gradio-container { max-width: 1480px !important; }
#tr-title h1 { font-size: 24px; font-weight: 700; margin: 0; letter-spacing: -.01em; }
#tr-title p { color: #52606d; margin: 2px 0 0; font-size: 14.5px; }
#tr-status:empty { display: none; }
#tr-coverage .coverage { margin: 8px 0 14px; }
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
        # The matrix belongs to the document in the view: a new view without one clears it.
        coverage = update.coverage if update.coverage is not None else ("" if update.view is not None else gr.skip())
        return (
            gr.skip() if update.status is None else update.status,
            gr.skip() if update.view is None else update.view,
            *downloads,
            coverage,
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
                form = build_compare_form(GLOSSARY_LABEL)
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
        coverage_view = gr.HTML("", elem_id="tr-coverage", elem_classes=["tr-view"], js_on_load=COVERAGE_SCRIPT)
        view = gr.HTML(render_placeholder(), elem_id="tr-result", elem_classes=["tr-view"], js_on_load=SCRIPT)
        outputs = [status, view, download_json, download_tmx, download_html, coverage_view]

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

        def on_compare(source_value: Any, relation: Any, mt: Any, glossary_path: Any, *slots: Any) -> Iterator[tuple[Any, ...]]:
            texts = CompareForm.texts(slots)
            for update in service.compare_texts_page(source_value, texts, relation, bool(mt), glossary_path):
                yield show(update)

        form.button.click(on_compare, inputs=form.inputs(), outputs=outputs, api_visibility="private")
        seed_button.click(service.load_seed, outputs=text, api_visibility="private", queue=False)
        form.seed.click(service.load_seed, outputs=form.source, api_visibility="private", queue=False)

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
