"""The exception hierarchy. Every message says what was wrong and what to do about it.

Each class also subclasses the matching built-in, so callers that know nothing of ours
(``except ValueError``) still catch them.
"""

from __future__ import annotations


class TranslateError(Exception):
    """Base class of every error this package raises on purpose."""


class InputError(TranslateError, ValueError):
    """The text or file given to the tool cannot be used (empty, binary, not UTF-8, too long)."""


class UsageError(TranslateError, ValueError):
    """An option has a value the tool does not know (language, engine, model spec)."""


class ModelNotAvailableError(TranslateError, OSError):
    """A model cannot be found locally and cannot be downloaded."""


class ModelFormatError(TranslateError, ValueError):
    """A model folder exists but lacks files the tool needs (tokenizer, weights, config)."""


class EngineNotAvailableError(TranslateError, ImportError):
    """The Python package an engine needs is not installed."""


class OutputError(TranslateError, OSError):
    """A result could not be written where the user asked."""


class OutOfMemoryError(TranslateError, MemoryError):
    """Even a single sentence does not fit in memory with these settings."""
