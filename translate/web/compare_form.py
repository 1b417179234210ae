"""The Compare tab's form: the English source and as many texts as needed, each with a language and a name.

A slot per target language is always shown (labelled as before, with an optional name), and
:data:`EXTRA_SLOTS` more appear one by one with "Add another text", each with its own language
choice. :meth:`CompareForm.texts` turns the slots' values into (language, name, text) for
:meth:`~translate.web.service.WebService.compare_texts_page`. Imports Gradio inside its functions only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..languages import TARGET_LANGUAGES, language_name

EXTRA_SLOTS = 6  # texts beyond the one per language; the service refuses more than it allows anyway
RELATION_CHOICES = (
    ("Decide for each text", "auto"),
    ("All are translations", "translation"),
    ("All are independent reports (coverage)", "coverage"),
)
INTRO = (
    "Paste translations of the English article, or other outlets' reports of the same story: as many "
    "as you have, each with its language and, when a language has several, a name (RIA, TASS…). Each "
    "text is read as a translation or as independent coverage, decided from the texts or chosen below; "
    "for coverage a matrix shows which outlet reports which English sentence."
)


@dataclass
class CompareForm:
    """The form's components; ``slots`` are (language, name, text) per text, fixed slots first."""

    source: Any
    seed: Any
    slots: list[tuple[Any, Any, Any]]
    extra_rows: list[Any]
    shown: Any  # gr.State: how many extra slots are shown
    add: Any
    relation: Any
    glossary: Any
    with_mt: Any
    back: Any  # translate each text into English: the aligner then also compares meaning
    button: Any

    def inputs(self) -> list[Any]:
        """The inputs of the compare event, in the order :meth:`texts` and the handler read them."""
        return [
            self.source, self.relation, self.with_mt, self.back, self.glossary, *(c for slot in self.slots for c in slot)
        ]

    @staticmethod
    def texts(values: Sequence[Any]) -> list[tuple[Any, Any, Any]]:
        """The slots' flat values (language, name, text, language, …) as (language, name, text) triples."""
        return list(zip(values[0::3], values[1::3], values[2::3], strict=False))


def build_compare_form(glossary_label: str) -> CompareForm:
    """The form, inside the current ``gr.Tab``; wires its own "Add another text" button."""
    import gradio as gr

    gr.Markdown(INTRO)
    source = gr.Textbox(label="English source", lines=6, max_lines=12)
    seed = gr.Button("Use the sample article as the source", size="sm")
    slots: list[tuple[Any, Any, Any]] = []
    with gr.Row():
        for lang in TARGET_LANGUAGES:
            with gr.Column(min_width=220):
                text = gr.Textbox(label=f"{language_name(lang)} translation ({lang})", lines=6, max_lines=12)
                name = gr.Textbox(
                    label=f"{language_name(lang)} text name (optional)", max_lines=1, placeholder="e.g. Pravda, RIA, Index"
                )
                slots.append((gr.State(lang), name, text))
    choices = [(f"{language_name(lang)} ({lang})", lang) for lang in TARGET_LANGUAGES]
    extra_rows = []
    for number in range(len(TARGET_LANGUAGES) + 1, len(TARGET_LANGUAGES) + EXTRA_SLOTS + 1):
        with gr.Row(visible=False, equal_height=False) as row:
            lang_box = gr.Dropdown(choices, value=TARGET_LANGUAGES[(number - 1) % len(TARGET_LANGUAGES)],
                                   label=f"Text {number} language", scale=0, min_width=180)
            name = gr.Textbox(label=f"Text {number} name", max_lines=1, placeholder="e.g. TASS", scale=0, min_width=200)
            text = gr.Textbox(label=f"Text {number}", lines=4, max_lines=12, scale=3)
        extra_rows.append(row)
        slots.append((lang_box, name, text))
    shown = gr.State(0)
    add = gr.Button("Add another text", size="sm")
    relation = gr.Radio(list(RELATION_CHOICES), value="auto", label="What the texts are to the English article")
    with gr.Row():
        with gr.Column(scale=2):
            glossary = gr.File(
                label=glossary_label, file_types=[".json", ".csv"], type="filepath", height=90, elem_id="tr-compare-glossary"
            )
        with gr.Column(scale=1, min_width=260):
            with_mt = gr.Checkbox(label="Also show the machine translation next to each", value=False)
            back = gr.Checkbox(
                label="Also translate each text into English (links paraphrases too)", value=False, elem_id="tr-back",
            )
            button = gr.Button("Compare", variant="primary")

    def reveal(count: Any) -> tuple[Any, ...]:
        count = min(int(count or 0) + 1, EXTRA_SLOTS)
        rows = [gr.Row(visible=index < count) for index in range(EXTRA_SLOTS)]
        return (count, *rows, gr.Button(visible=count < EXTRA_SLOTS))

    add.click(reveal, inputs=shown, outputs=[shown, *extra_rows, add], api_visibility="private", queue=False)
    return CompareForm(source, seed, slots, extra_rows, shown, add, relation, glossary, with_mt, back, button)

