"""Load on the web page: how long a big glossary holds a worker, and how many requests run at once.

    python bench/web_load.py glossary       # time the compare handler with glossaries of 1,000 / 5,000 / 20,000 entries
    python bench/web_load.py concurrency    # 6 requests at once (2 API, 2 Translate button, 2 Compare button)

No model is loaded: the translation and the comparison are replaced by a stand-in that sleeps
(``--work`` seconds) and counts how many run at the same time. The server runs in this process on
127.0.0.1; the internal handlers are called through the raw queue, as a script could.
"""

from __future__ import annotations

import argparse
import json
import socket
import sys
import tempfile
import threading
import time
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from translate.pipeline import Settings  # noqa: E402
from translate.web import Limits, WebService, build_app  # noqa: E402


def glossary(args: argparse.Namespace) -> None:
    service = WebService(Settings(engine="transformers"), Limits(), ner="none")
    folder = Path(tempfile.mkdtemp())
    cases = [(n, {"text": "Name {i}", "label": "PER"}) for n in (1_000, 5_000, 20_000)]
    cases.append((1_000, {"text": "Name {i}", "label": "PER", "forms": {"uk": ["Ім'я {i}"] * 7, "hu": ["Név {i}"] * 7}}))
    cases.append((1_000, {"text": "Name {i}", "label": "PER", "forms": {"uk": ["Ім'я {i}"] * 40, "hu": ["Név {i}"] * 40}}))
    for count, shape in cases:
        entries = [json.loads(json.dumps(shape).replace("{i}", str(i))) for i in range(count)]
        path = folder / f"names-{count}-{len(json.dumps(shape))}.json"
        path.write_text("[\n" + ",\n".join(json.dumps(e, ensure_ascii=False) for e in entries) + "\n]\n", encoding="utf-8")
        start = time.perf_counter()
        try:
            read = f"{len(service.read_glossary(str(path))):,} read in {time.perf_counter() - start:.2f} s; "
        except Exception:
            read = ""
        start = time.perf_counter()
        updates = list(service.compare_texts_page("Name 1 met Name 2.", [("uk", "", "Ім'я 1 зустрів Ім'я 2.")], "auto", False, str(path)))
        took = time.perf_counter() - start
        outcome = "refused" if updates[-1].document is None else "accepted"
        message = (updates[-1].status or "")[:110].split(">", 1)[-1]
        print(f"{count:>6,} entries {path.stat().st_size / 1024:>6,.0f} KiB: {took:7.2f} s  {read}{outcome}: {message}")


class _Tracker:
    def __init__(self, work: float) -> None:
        self.work = work
        self.active = 0
        self.peak = 0
        self.lock = threading.Lock()

    def run(self) -> None:
        with self.lock:
            self.active += 1
            self.peak = max(self.peak, self.active)
        time.sleep(self.work)
        with self.lock:
            self.active -= 1


def _document(text: str) -> Any:
    from translate.types import Document, Link, Sentence, TargetSentence, Translation

    uk = Translation("uk", "Т.", (TargetSentence(0, "Т."),), (Link((0,), (0,)),), model="stand-in")
    return Document("en", text, (Sentence(0, text, 0, len(text), 0),), {"uk": uk}, "engine=stand-in")


def _raw_call(url: str, fn_index: int, data: list[Any]) -> str:
    """One call through the raw queue, as the page's own script makes it; returns how it ended."""
    session = uuid.uuid4().hex[:10]
    body = json.dumps({"data": data, "fn_index": fn_index, "session_hash": session, "trigger_id": None}).encode()
    request = urllib.request.Request(url + "gradio_api/queue/join", body, {"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=120) as answer:
        answer.read()
    with urllib.request.urlopen(url + f"gradio_api/queue/data?session_hash={session}", timeout=120) as stream:
        for raw in stream:
            line = raw.decode("utf-8", "replace").strip()
            if line.startswith("data:") and '"process_completed"' in line:
                return "ok" if json.loads(line[5:]).get("success") else "error"
    return "no answer"


def concurrency(args: argparse.Namespace) -> None:
    import translate.compare
    import translate.pipeline

    tracker = _Tracker(args.work)

    def fake_translate(self: Any, text: str, targets: Any = (), **callbacks: Any) -> Any:
        tracker.run()
        return _document(text)

    def fake_compare(source: str, provided: Any, **options: Any) -> Any:
        tracker.run()
        return _document(source)

    translate.pipeline.Translator.translate_document = fake_translate  # type: ignore[method-assign]
    translate.compare.compare = fake_compare  # type: ignore[assignment]
    service = WebService(Settings(engine="transformers"), Limits(), ner="none")
    demo = build_app(service)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    demo.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True)
    url = f"http://127.0.0.1:{port}/"
    by_name = {fn.name: (index, fn) for index, fn in demo.fns.items()}

    def defaults(name: str) -> tuple[int, list[Any]]:
        index, fn = by_name[name]
        return index, [getattr(component, "value", None) for component in fn.inputs]

    from gradio_client import Client

    def api(_: int) -> str:
        Client(url, verbose=False).predict("Donald Trump will meet Vladimir Putin.", ["uk"], api_name="/translate")
        return "ok"

    def button(name: str, texts: list[str]) -> Any:
        def call(_: int) -> str:
            index, data = defaults(name)
            data[: len(texts)] = texts
            return _raw_call(url, index, data)

        return call

    calls = [api, api, button("on_translate", ["Donald Trump will meet Vladimir Putin."])] * 1
    calls += [button("on_translate", ["Donald Trump will meet Vladimir Putin."])]
    calls += [button("on_compare", ["Trump met Putin.", "Трамп зустрів Путіна."])] * 2
    start = time.perf_counter()
    with ThreadPoolExecutor(len(calls)) as pool:
        outcomes = list(pool.map(lambda fc: fc(0), calls))
    took = time.perf_counter() - start
    print(f"{len(calls)} requests, {args.work:.1f} s of work each: {took:.1f} s in all; at most {tracker.peak} ran at once; {outcomes}")
    demo.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=("glossary", "concurrency"))
    parser.add_argument("--work", type=float, default=2.0, help="seconds each stand-in translation takes (concurrency)")
    args = parser.parse_args()
    {"glossary": glossary, "concurrency": concurrency}[args.what](args)


if __name__ == "__main__":
    main()
