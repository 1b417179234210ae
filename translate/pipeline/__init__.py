"""The translation pipeline: settings, batching, placeholders, the per-language runner, the Translator.

Re-exports the names other parts of the package use, so ``from translate.pipeline import Translator``
stays the one way in.
"""

from __future__ import annotations

from .assembly import build_translation
from .batching import PLANNED_WORKERS, batch_size_for, plan_batches, split_to_budget
from .runner import Progress
from .settings import Settings
from .translator import FIRST_SENTENCES, Translator, translate_text

__all__ = [
    "FIRST_SENTENCES",
    "PLANNED_WORKERS",
    "Progress",
    "Settings",
    "Translator",
    "batch_size_for",
    "build_translation",
    "plan_batches",
    "split_to_budget",
    "translate_text",
]
