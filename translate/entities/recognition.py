"""Recognising entities in the English source with a token-classification (NER) model.

The model is resolved like a translation model (hub id or local folder, cached, offline rules in
:mod:`translate.models`), loaded once per folder, and never leaves this module: callers get
plain ``(start, end, label)`` spans. :func:`ner_choice` turns what a user typed (``"auto"``,
``"none"``, a hub id or folder) into the model to use.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from ..errors import ModelFormatError, TranslateError
from .glossary import LABELS

__all__ = ["AUTO_NER", "DEFAULT_NER", "NO_NER", "ner_choice", "recognise", "resolve_ner", "wants_model"]

DEFAULT_NER = "dslim/bert-base-NER"
# ``"auto"``: the default model when it can be had, else none (with a notice).
AUTO_NER = "auto"
NO_NER = "none"

# Loaded pipelines by model folder: one per process, shared by every caller.
_pipelines: dict[str, Any] = {}
_pipelines_lock = threading.Lock()


def resolve_ner(spec: str, revision: str | None, allow_download: bool) -> Path:
    """A local folder for an NER model given as a hub id or path (same rules and messages as translation models)."""
    from ..models import NER, resolve

    return resolve(spec, revision=revision, allow_download=allow_download, kind=NER).path


def wants_model(spec: str | None) -> bool:
    """False for None, ``""`` and ``"none"`` (any case): no NER model, the glossary alone."""
    return spec is not None and spec.strip().lower() not in ("", NO_NER)


def ner_choice(
    spec: str | None,
    *,
    allow_download: bool = True,
    revision: str | None = None,
    log: Callable[[str], None] | None = None,
    glossary: bool = True,
) -> str | None:
    """The NER model to use for what a user asked for, or None for the glossary alone (``glossary``:
    whether one is given, for the notice's words).

    * None, ``""`` or ``"none"``: None.
    * ``"auto"``: :data:`DEFAULT_NER` when it is cached or can be downloaded; otherwise None,
      and ``log`` gets ``"notice: <why>; finding entities with the glossary alone"``.
    * anything else, a hub id or folder: checked now (so a bad one fails before the slow work,
      with the message of :func:`resolve_ner`) and returned as given.
    """
    if not wants_model(spec):
        return None
    assert spec is not None
    if spec.strip().lower() == AUTO_NER:
        try:
            resolve_ner(DEFAULT_NER, revision, allow_download)
        except TranslateError as error:
            if log:
                alone = ("finding entities with the glossary alone" if glossary
                         else "no names are marked without it: give a glossary of the English names with --entities FILE")
                log(f"notice: {error}; {alone}")
            return None
        return DEFAULT_NER
    resolve_ner(spec, revision, allow_download)
    return spec

def _pipeline(spec: str, revision: str | None, allow_download: bool) -> Any:
    folder = resolve_ner(spec, revision, allow_download)
    key = str(folder)
    with _pipelines_lock:
        if key not in _pipelines:
            from transformers import AutoModelForTokenClassification, AutoTokenizer, pipeline
            from transformers.utils import logging as hf_logging

            hf_logging.disable_progress_bar()
            tokenizer = AutoTokenizer.from_pretrained(key)
            if not getattr(tokenizer, "is_fast", False):
                raise ModelFormatError(
                    f"NER model {spec} has no fast tokenizer (tokenizer.json); character offsets need one; "
                    "save the model with a fast tokenizer or pass --ner none"
                )
            model = AutoModelForTokenClassification.from_pretrained(key).eval()
            _pipelines[key] = pipeline(
                "token-classification", model=model, tokenizer=tokenizer, aggregation_strategy="simple", device=-1
            )
        return _pipelines[key]


def _label(group: str) -> str:
    group = group.upper().removeprefix("B-").removeprefix("I-")
    return {"PERSON": "PER", "LOCATION": "LOC", "GPE": "LOC", "ORGANIZATION": "ORG"}.get(group, group if group in LABELS else "MISC")


def recognise(
    sentences: Sequence[str], ner: str = DEFAULT_NER, *, revision: str | None = None, allow_download: bool = True
) -> list[list[tuple[int, int, str]]]:
    """Entity spans ``(start, end, label)`` per sentence, from a token-classification model."""
    if not sentences:
        return []
    nlp = _pipeline(ner, revision, allow_download)
    out: list[list[tuple[int, int, str]]] = []
    for text in sentences:
        spans: list[tuple[int, int, str]] = []
        if text.strip():
            for item in nlp(text, stride=32) if len(text) > 1500 else nlp(text):
                start, end = int(item["start"]), int(item["end"])
                start, end = _trim(text, start, end)
                if end > start:
                    label = _label(str(item.get("entity_group", item.get("entity", "MISC"))))
                    if spans and spans[-1][2] == label and not text[spans[-1][1] : start].strip():
                        spans[-1] = (spans[-1][0], end, label)  # word pieces the aggregation left apart
                    else:
                        spans.append((start, end, label))
        out.append(spans)
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop surrounding spaces and punctuation, a possessive 's and a leading 'the'."""
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum() and text[end - 1] != ".":
        end -= 1
    if text[start:end].lower().startswith("the "):
        start += 4
    for suffix in ("'s", "\u2019s"):
        if text[start:end].endswith(suffix) and end - start > len(suffix):
            end -= len(suffix)
    return start, end
