"""Progressive page updates: a translation runs in a worker thread, the page shows each step.

The source shows at once with a waiting column per language; each language's first sentences
show as soon as they are translated, and each column fills in when its language is done. When
the visitor stops or leaves, Gradio closes the generator and the worker stops at its next step.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any, Generic, Protocol, TypeVar

from ..languages import SOURCE_LANGUAGE
from ..render.page import render_document, render_message, render_placeholder, render_progress
from ..types import Document, Translation
from .public import describe, tell_operator

PROGRESS_INTERVAL_S = 0.2  # at most this often a progress-only update
HEARTBEAT_S = 1.0  # a handler waiting for a worker yields this often, so that Gradio can stop it

T = TypeVar("T")


@dataclass
class PageUpdate:
    """What one step of a handler changes on the page. ``None`` leaves a part as it is."""

    status: str | None = None  # progress bars or a message
    view: str | None = None  # the aligned view
    coverage: str | None = None  # the coverage matrix of the document in the view ("" for none)
    downloads: dict[str, str] | None = None  # "json" / "tmx" / "html" -> file path; {} hides them
    document: dict[str, Any] | None = None
    source_note: str | None = None  # what the page found the source language to be ("" for nothing)


class DocumentTranslator(Protocol):
    """What streaming needs of a :class:`~translate.pipeline.Translator`."""

    def translate_document(
        self,
        text: str,
        targets: Sequence[str],
        *,
        progress: Callable[[str, int, int], None] | None = ...,
        on_language: Callable[[Translation], None] | None = ...,
        on_partial: Callable[[Translation], None] | None = ...,
        source_lang: str = ...,
    ) -> Document: ...


class Cancelled(Exception):
    """Raised inside the worker's callbacks to stop a translation nobody waits for any more."""


def stream_translation(
    translator: DocumentTranslator,
    text: str,
    codes: tuple[str, ...],
    finish: Callable[[Document, str], PageUpdate],
    *,
    source_lang: str = SOURCE_LANGUAGE,
) -> Iterator[PageUpdate]:
    """Page updates while ``translator`` works in a thread; ``finish(document, status)`` makes the last one.
    A pivoted language reports two models' work per sentence (its bar counts both)."""
    from ..text.segmentation import split_sentences

    sentences = tuple(split_sentences(text, source_lang))
    shown = Document(source_lang, text, sentences, {}, "")
    progress: dict[str, tuple[int, int]] = {lang: (0, len(sentences)) for lang in codes}
    yield PageUpdate(status=render_progress(progress, codes), view=render_document(shown, pending=codes), downloads={})
    events: queue.Queue[tuple[str, Any]] = queue.Queue()
    cancelled = threading.Event()  # set when the visitor stops or leaves: the worker stops at its next step

    def report(kind: str) -> Callable[..., None]:
        def callback(*payload: Any) -> None:
            if cancelled.is_set():
                raise Cancelled
            events.put((kind, payload[0] if len(payload) == 1 else payload))

        return callback

    def work() -> None:
        try:
            document = translator.translate_document(
                text, codes, progress=report("progress"), on_language=report("language"), on_partial=report("partial"),
                source_lang=source_lang,
            )
            events.put(("done", document))
        except Cancelled:
            tell_operator("a translation stopped: the visitor pressed Stop or left")
        except BaseException as error:  # reported in place; the worker must never die silently
            events.put(("error", error))

    try:
        threading.Thread(target=work, name="translate-web", daemon=True).start()
        yield from _relay(events, codes, shown, progress, finish)
    finally:
        cancelled.set()  # normal end, error, or the generator closed by a stop or a disconnect


def run_cancellable(work: Callable[[threading.Event], T]) -> Iterator[PageUpdate | Finished[T]]:
    """Run ``work(cancelled)`` in a thread; yield empty updates while it runs, then its result.

    The empty updates give Gradio a moment to stop the handler when the visitor stops or leaves;
    closing this generator sets ``cancelled``, which ``work`` checks at its own steps.
    """
    box: queue.Queue[tuple[str, Any]] = queue.Queue(maxsize=1)
    cancelled = threading.Event()

    def run() -> None:
        try:
            box.put(("done", work(cancelled)))
        except Cancelled:
            tell_operator("a comparison stopped: the visitor pressed Stop or left")
        except BaseException as error:  # raised again in the handler's thread
            box.put(("error", error))

    threading.Thread(target=run, name="translate-web", daemon=True).start()
    try:
        while True:
            try:
                kind, value = box.get(timeout=HEARTBEAT_S)
            except queue.Empty:
                yield PageUpdate()
                continue
            if kind == "error":
                raise value
            yield Finished(value)
            return
    finally:
        cancelled.set()


@dataclass(frozen=True)
class Finished(Generic[T]):
    """The result of :func:`run_cancellable`'s work."""

    value: T


def _relay(
    events: queue.Queue[tuple[str, Any]],
    codes: tuple[str, ...],
    shown: Document,
    progress: dict[str, tuple[int, int]],
    finish: Callable[[Document, str], PageUpdate],
) -> Iterator[PageUpdate]:
    """Page updates from the worker's events, until its result or its error."""
    finished: list[str] = []
    incomplete: set[str] = set()
    last = 0.0

    def view() -> str:
        # Every code gives the column order (the finished ones too, or they would move to the end);
        # those without a translation yet are the waiting columns.
        return render_document(shown, pending=codes, incomplete=incomplete)

    while True:
        kind, payload = events.get()
        if kind == "progress":
            lang, done, total = payload
            progress[lang] = (done, total)
            now = time.monotonic()
            if now - last > PROGRESS_INTERVAL_S:
                last = now
                yield PageUpdate(status=render_progress(progress, codes, finished))
        elif kind in ("partial", "language"):
            # "partial": a language's first sentences, shown now; the rest of its column keeps waiting.
            translation: Translation = payload
            if kind == "language":
                finished.append(translation.lang)
                incomplete.discard(translation.lang)
            else:
                incomplete.add(translation.lang)
            shown = replace(shown, translations={**shown.translations, translation.lang: translation})
            yield PageUpdate(status=render_progress(progress, codes, finished), view=view())
        elif kind == "error":
            # Keep the languages shown so far; drop the columns that will not come.
            page = render_document(shown, incomplete=incomplete) if shown.translations else render_placeholder()
            yield PageUpdate(status=render_message(describe(payload)), view=page)
            return
        else:
            status = render_progress(progress, codes, codes)
            try:
                final = finish(payload, status)
            except Exception as error:  # shown in place; the page stays usable
                final = PageUpdate(status=render_message(describe(error)), view=render_document(shown))
            yield final
            return


class WatchedTranslator:
    """A :class:`~translate.pipeline.Translator` whose translations stop (:class:`Cancelled`) at
    their next batch once ``cancelled`` is set. Everything else is the translator's own."""

    def __init__(self, translator: Any, cancelled: threading.Event) -> None:
        self.translator = translator
        self.cancelled = cancelled

    def translate_sentences(
        self, texts: Sequence[str], lang: str, *, progress: Any = None, **options: Any
    ) -> list[tuple[str, tuple[str, ...]]]:
        def check(code: str, done: int, total: int) -> None:
            if self.cancelled.is_set():
                raise Cancelled
            if progress is not None:
                progress(code, done, total)

        if self.cancelled.is_set():
            raise Cancelled
        result: list[tuple[str, tuple[str, ...]]] = self.translator.translate_sentences(texts, lang, progress=check, **options)
        return result

    def __getattr__(self, name: str) -> Any:
        return getattr(self.translator, name)
