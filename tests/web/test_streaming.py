"""Progressive updates: the worker thread, its events, and stopping it when nobody waits."""

from __future__ import annotations

import threading
import time
from typing import Any

from translate.errors import InputError
from translate.types import Document
from translate.web.public import describe
from translate.web.streaming import PageUpdate, stream_translation

SHORT = "Donald Trump will meet Vladimir Putin in Budapest.\n\nThe date is not set yet."


def _finish(document: Document, status: str) -> PageUpdate:
    return PageUpdate(status=status, view="final", document=document.to_dict())


class _EndlessTranslator:
    """Reports progress until told to stop, like a long article; records how it ended."""

    def __init__(self) -> None:
        self.started = threading.Event()
        self.ended: list[str] = []

    def translate_document(
        self, text: str, codes: object, *, progress: Any, on_language: Any, on_partial: Any = None, source_lang: str = "en"
    ) -> object:
        deadline = time.monotonic() + 20
        try:
            while time.monotonic() < deadline:
                progress("uk", 0, 2)
                self.started.set()
                time.sleep(0.01)
        except BaseException as error:
            self.ended.append(type(error).__name__)
            raise
        self.ended.append("ran to the end")
        raise RuntimeError("not stopped")


def test_a_closed_request_stops_its_worker() -> None:
    fake = _EndlessTranslator()
    stream = stream_translation(fake, SHORT, ("uk",), _finish)
    first = next(stream)
    assert first.view is not None  # the pending columns
    assert next(stream).status is not None  # the worker's first progress report
    assert fake.started.is_set()
    stream.close()  # what Gradio does when the visitor presses Stop or leaves
    workers = [t for t in threading.enumerate() if t.name == "translate-web"]
    for worker in workers:
        worker.join(10)
    assert fake.ended == ["Cancelled"]
    assert not any(worker.is_alive() for worker in workers)


class _FailingTranslator:
    def translate_document(self, text: str, codes: object, **callbacks: Any) -> Document:
        raise RuntimeError("boom")


def test_a_failing_worker_ends_in_a_message() -> None:
    updates = list(stream_translation(_FailingTranslator(), SHORT, ("uk",), _finish))  # type: ignore[arg-type]
    assert "Something went wrong while translating (RuntimeError). The page still works" in (updates[-1].status or "")
    assert "boom" not in (updates[-1].status or "")  # details are for the operator's log
    assert 'class="placeholder"' in (updates[-1].view or "")


def test_errors_are_described_for_visitors() -> None:
    assert describe(InputError("the file is empty")) == "the file is empty"
    assert describe(MemoryError()) == "The server ran out of memory for this text; try a shorter article."


def test_a_closed_handler_cancels_its_worker() -> None:
    from translate.web.streaming import Cancelled, Finished, run_cancellable

    seen: list[str] = []
    started = threading.Event()

    def work(cancelled: threading.Event) -> str:
        started.set()
        for _ in range(2000):
            if cancelled.is_set():
                seen.append("cancelled")
                raise Cancelled
            time.sleep(0.01)
        return "finished"

    steps = run_cancellable(work)
    assert next(steps) == PageUpdate()  # a heartbeat while the work runs
    assert started.is_set()
    steps.close()  # Gradio closes the handler when the visitor stops or leaves
    deadline = time.monotonic() + 30
    while not seen and time.monotonic() < deadline:
        time.sleep(0.05)
    assert seen == ["cancelled"]
    assert list(run_cancellable(lambda cancelled: 7)) == [Finished(7)]


def test_a_watched_translator_stops_at_its_next_batch() -> None:
    import pytest

    from translate.web.streaming import Cancelled, WatchedTranslator

    class Batches:
        model = "m"

        def translate_sentences(self, texts: list[str], lang: str, *, progress: Any = None) -> list[tuple[str, tuple[str, ...]]]:
            for done in range(1, len(texts) + 1):
                progress(lang, done, len(texts))
            return [(t.upper(), ()) for t in texts]

    cancelled = threading.Event()
    watched = WatchedTranslator(Batches(), cancelled)
    assert watched.translate_sentences(["a", "b"], "uk") == [("A", ()), ("B", ())]
    assert watched.model == "m"
    cancelled.set()
    with pytest.raises(Cancelled):
        watched.translate_sentences(["a"], "uk")
