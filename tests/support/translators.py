"""Translators around scripted engines, for exact tests of the pipeline's logic."""

from __future__ import annotations

from typing import Any

from translate.pipeline import Settings, Translator

from .scripted import ScriptedEngine

UK_SENTENCE = "Президент оголосив, що планує зустріч у Будапешті."


def translator_with(engine: ScriptedEngine, lang: str = "uk", **settings: Any) -> Translator:
    return Translator(Settings(**settings), engines={lang: engine})


def flags_of(translator: Translator, texts: list[str], lang: str = "uk") -> list[tuple[str, tuple[str, ...]]]:
    return translator.translate_sentences(texts, lang)
