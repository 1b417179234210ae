"""translate: read one news article in English, Ukrainian, Russian and Hungarian side by side.

Importing the package is cheap: torch, transformers, ctranslate2 and gradio load only when
an engine or the web page is used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__all__ = [
    "Document",
    "Settings",
    "Translator",
    "TranslateError",
    "__version__",
    "split_sentences",
    "translate_text",
]

if TYPE_CHECKING:
    from .errors import TranslateError
    from .pipeline import Settings, Translator, translate_text
    from .text.segmentation import split_sentences
    from .types import Document
    from .version import __version__

_LAZY = {
    "__version__": "version",
    "Document": "types",
    "TranslateError": "errors",
    "Settings": "pipeline",
    "Translator": "pipeline",
    "translate_text": "pipeline",
    "split_sentences": "text.segmentation",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'translate' has no attribute {name!r}")
