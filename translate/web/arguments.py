"""The handlers' arguments: whatever a caller sends through Gradio's queue, a plain message for
anything unusable, in the words the public ``/translate`` endpoint uses."""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import InputError, UsageError
from ..languages import SOURCE_LANGUAGE, parse_targets, target_choices
from ..limits import WEB_BEAM_MAX


def text_argument(value: object, what: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise InputError(f"{what} must be text, not {type(value).__name__}")
    return value


def codes_argument(value: object, source: str = SOURCE_LANGUAGE) -> str | list[str]:
    """The target codes as sent ("uk,hu" or a list of text), not yet checked against ``source``."""
    if isinstance(value, str):
        return value
    if not isinstance(value, list | tuple) or not all(isinstance(item, str) for item in value):
        raise UsageError(f"no target language given; choose from: {', '.join(target_choices(source))}")
    return list(value)


def targets_argument(value: object, source: str = SOURCE_LANGUAGE) -> tuple[str, ...]:
    """The target languages of a text in ``source``, in the order given."""
    return parse_targets(codes_argument(value, source), source)


def path_argument(value: object, what: str) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str | os.PathLike):
        raise InputError(f"{what} must be an uploaded file, not {type(value).__name__}")
    path = Path(value)
    if not path.is_file():
        raise InputError(f"{what} was not received; upload it again")
    return str(path)


def beam_argument(value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or value != int(value):
        raise UsageError(f"beam size {value!r} is not a whole number; choose 1 to {WEB_BEAM_MAX}")
    return int(value)
