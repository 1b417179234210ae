"""What visitors may see: model names, never server paths; their own mistakes, never the operator's fixes.

A model given as a local folder is shown by its folder name ("tiny-en-zle (local)"), in column
headers, signatures, downloads, the API's document and the page's configuration alike. Errors
about the server (a model that is not cached, an engine that cannot run, memory) reach the
visitor as one plain sentence; the full message, with its fix for the operator, goes to the
server's log (standard error).
"""

from __future__ import annotations

import re
import sys
from dataclasses import replace
from pathlib import Path

from ..errors import (
    EngineNotAvailableError,
    InputError,
    ModelFormatError,
    ModelNotAvailableError,
    OutOfMemoryError,
    OutputError,
    TranslateError,
    UsageError,
)
from ..languages import LANGUAGES
from ..models import HUB_ID
from ..types import Document

MODEL_PROBLEMS = (ModelNotAvailableError, ModelFormatError, EngineNotAvailableError)
_PATH = re.compile(r"(?<![\w.-])(?:~|\.{1,2})?/[^\s'\",;()]+")


def public_model_name(spec: str) -> str:
    """A hub id as it is; a local folder (the same rule as :func:`translate.models.resolve`) by its name.
    The two models of a pivoted translation (``A+B``) each so."""
    if "+" in spec and not Path(spec).expanduser().exists():
        return "+".join(public_model_name(part) for part in spec.split("+"))
    path = Path(spec).expanduser()
    if spec.startswith((".", "/", "~")) or not HUB_ID.match(spec) or path.exists():
        return f"{path.name or 'model'} (local)"
    return spec


def public_signature(signature: str) -> str:
    """The signature with every model (``uk=MODEL@REV``, ``ner=MODEL``) named as :func:`public_model_name` does."""
    parts = []
    for part in signature.split("|"):
        key, sep, value = part.partition("=")
        if sep and (key in LANGUAGES or key == "ner") and value != "provided":
            steps = []
            for step in value.split("+"):  # a pivot: both models, in order
                model, at, revision = step.rpartition("@") if "@" in step else (step, "", "")
                steps.append(f"{public_model_name(model)}{at}{revision}")
            part = f"{key}={'+'.join(steps)}"
        parts.append(part)
    return "|".join(parts)


def public_document(document: Document) -> Document:
    """``document`` as a visitor gets it: the same, with model names instead of server paths."""
    translations = {
        key: replace(translation, model=public_model_name(translation.model)) if translation.model else translation
        for key, translation in document.translations.items()
    }
    return replace(document, translations=translations, signature=public_signature(document.signature))


def scrub_paths(message: str) -> str:
    """``message`` with every absolute or relative file path replaced by its last part."""
    return _PATH.sub(lambda m: Path(m.group().rstrip(".:")).name + m.group()[len(m.group().rstrip(".:")):], message)


def tell_operator(message: str) -> None:
    print(f"translate serve: {message}", file=sys.stderr, flush=True)


def describe(error: BaseException) -> str:
    """An error in words for a visitor. Server problems are logged in full for the operator."""
    if isinstance(error, InputError | UsageError):
        return scrub_paths(str(error))
    if isinstance(error, MemoryError | OutOfMemoryError):
        tell_operator(f"out of memory: {error}")
        return "The server ran out of memory for this text; try a shorter article."
    if isinstance(error, MODEL_PROBLEMS):
        tell_operator(str(error))
        return "A model this needs is not available on this server right now; choose another model, or ask the page's operator."
    if isinstance(error, OSError | OutputError):
        tell_operator(f"{type(error).__name__}: {error}")
        return "The server could not read or write a file for this request; try again."
    if isinstance(error, TranslateError):
        return scrub_paths(str(error))
    tell_operator(f"unexpected {type(error).__name__}: {error}")
    return f"Something went wrong while translating ({type(error).__name__}). The page still works; try again."
