"""Placeholders for protected spans: mask URLs, emoji and unencodable characters before the model
sees them, and put them back afterwards (or report that the model lost a placeholder)."""

from __future__ import annotations

from collections.abc import Callable

from ..text.protection import protected_spans

Span = tuple[int, int]
FORMS = ("[{n}]", "({n})", "#{n}", "{n}")  # tried in order; the first the model can encode is used


def placeholder_form(unknown_characters: Callable[[str], set[str]]) -> str | None:
    """The first placeholder form whose characters the model's vocabulary knows (None: none is usable)."""
    for form in FORMS:
        if not unknown_characters(form.format(n=1234567890)):
            return form
    return None


def gaps(text: str, spans: list[Span]) -> list[Span]:
    """The (start, end) stretches of ``text`` between the spans, first and last included."""
    found, cursor = [], 0
    for start, end in spans:
        found.append((cursor, start))
        cursor = end
    found.append((cursor, len(text)))
    return found


def outside_spans(text: str) -> str:
    """``text`` without its URLs, e-mail addresses and emoji: the words a check should judge."""
    return "".join(text[a:b] for a, b in gaps(text, protected_spans(text)))


def mask(text: str, spans: list[Span], form: str) -> str:
    """``text`` with span n replaced by the placeholder ``form.format(n=n)``."""
    masked, last = [], 0
    for n, (start, end) in enumerate(spans, 1):
        masked.append(text[last:start] + form.format(n=n))
        last = end
    masked.append(text[last:])
    return "".join(masked)


def restore(output: str, source: str, spans: list[Span], form: str) -> str | None:
    """Put protected spans back in place of their placeholders; None if any placeholder was lost or doubled."""
    for n in range(1, len(spans) + 1):
        mark = form.format(n=n)
        if output.count(mark) != 1:
            return None
        output = output.replace(mark, "\0" + str(n) + "\0")
    for n, (start, end) in enumerate(spans, 1):
        output = output.replace("\0" + str(n) + "\0", source[start:end])
    return output
