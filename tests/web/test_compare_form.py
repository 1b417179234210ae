"""The Compare tab's form: its slots, labels and the order its values reach the handler."""

from __future__ import annotations

from translate.pipeline import Settings
from translate.web.app import build_app
from translate.web.compare_form import EXTRA_SLOTS, CompareForm
from translate.web.service import WebService


def test_slot_values_become_language_name_text_triples() -> None:
    values = ["uk", "", "Текст.", "ru", "RIA", "Текст РИА."]
    assert CompareForm.texts(values) == [("uk", "", "Текст."), ("ru", "RIA", "Текст РИА.")]
    assert CompareForm.texts([]) == []


def test_the_tab_has_a_slot_per_language_and_more_to_add(tiny_settings_models: dict[str, str]) -> None:
    demo = build_app(WebService(Settings(engine="ctranslate2", models=tiny_settings_models), ner="none"))
    labels = [getattr(block, "label", None) for block in demo.blocks.values()]
    for lang, name in (("uk", "Ukrainian"), ("ru", "Russian"), ("hu", "Hungarian")):
        assert f"{name} translation ({lang})" in labels and f"{name} text name (optional)" in labels
    for number in range(4, 4 + EXTRA_SLOTS):
        assert {f"Text {number}", f"Text {number} language", f"Text {number} name"} <= set(labels)
    assert "Text 10" not in labels and "What the texts are to the English article" in labels
    rows = [b for b in demo.blocks.values() if type(b).__name__ == "Row" and b.visible is False]
    assert len(rows) == EXTRA_SLOTS  # shown one by one with "Add another text"
