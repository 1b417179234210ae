"""The page server's bounds: what keeps one visitor from starving the others, set by ``TRANSLATE_WEB_*``."""

from __future__ import annotations

import os
from dataclasses import dataclass

from ..errors import UsageError
from ..limits import WEB_MAX_CHARS, WEB_MAX_GLOSSARY_BYTES, WEB_MAX_GLOSSARY_ENTRIES, WEB_MAX_UPLOAD_BYTES

__all__ = ["Limits"]


def _env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    if not value.isdigit() or int(value) < 1:
        raise UsageError(f"{name}={value!r} is not a whole number of at least 1; fix or unset it")
    return int(value)


@dataclass(frozen=True)
class Limits:
    """Bounds that keep one visitor from starving the others."""

    max_chars: int = WEB_MAX_CHARS  # characters of text per request (source or one provided translation)
    max_upload_bytes: int = WEB_MAX_UPLOAD_BYTES  # one uploaded text, glossary or JSON file
    queue_size: int = 16  # requests waiting; more are turned away with a message
    concurrency: int = 2  # requests running at the same time, all handlers and the API together
    max_translators: int = 4  # distinct settings kept loaded at once
    max_glossary_entries: int = WEB_MAX_GLOSSARY_ENTRIES  # entries of one uploaded glossary; the CLI takes larger watch lists
    max_glossary_bytes: int = WEB_MAX_GLOSSARY_BYTES  # bytes of one uploaded glossary
    keep_files_s: int = 3600  # uploads and downloads are deleted this long after they were made, at the latest

    @property
    def upload_ceiling(self) -> int:
        """Gradio refuses larger uploads outright (with its own notice); up to here the page says size and limit."""
        return max(16 * self.max_upload_bytes, 16 * 1024 * 1024)

    @classmethod
    def from_env(cls) -> Limits:
        return cls(
            max_chars=_env_int("TRANSLATE_WEB_MAX_CHARS", cls.max_chars),
            max_upload_bytes=_env_int("TRANSLATE_WEB_MAX_UPLOAD", cls.max_upload_bytes),
            queue_size=_env_int("TRANSLATE_WEB_QUEUE", cls.queue_size),
            concurrency=_env_int("TRANSLATE_WEB_CONCURRENCY", cls.concurrency),
            keep_files_s=_env_int("TRANSLATE_WEB_KEEP_FILES", cls.keep_files_s),
        )
