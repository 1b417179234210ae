"""The page's handlers called straight through Gradio's queue, as a script could: every answer is
a message in place or a plain HTTP refusal, never a server error."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
import uuid
from typing import Any

import pytest
from support.paths import ROOT


def _post(url: str, body: dict[str, Any]) -> tuple[int, str]:
    request = urllib.request.Request(url, json.dumps(body).encode(), {"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=60) as answer:
            return answer.status, answer.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def _config(url: str) -> dict[str, Any]:
    with urllib.request.urlopen(url + "config", timeout=60) as answer:
        config: dict[str, Any] = json.loads(answer.read())
    return config


def _call(url: str, fn_index: int, data: list[Any]) -> dict[str, Any]:
    """Join the queue and read the event stream to its end: the last message."""
    session = uuid.uuid4().hex[:12]
    status, body = _post(url + "gradio_api/queue/join", {"data": data, "fn_index": fn_index, "session_hash": session})
    assert status == 200, body
    last: dict[str, Any] = {}
    with urllib.request.urlopen(url + f"gradio_api/queue/data?session_hash={session}", timeout=120) as stream:
        for raw in stream:
            line = raw.decode("utf-8", "replace").strip()
            if line.startswith("data:"):
                last = json.loads(line[5:])
                if last.get("msg") == "process_completed":
                    break
    return last


def test_an_unknown_handler_is_a_404_not_a_500(live_server: Any) -> None:
    status, body = _post(live_server.url + "gradio_api/queue/join", {"data": [], "fn_index": 9999, "session_hash": "x1"})
    assert (status, json.loads(body)) == (404, {"detail": "this page has no such handler"})


FILE_INPUTS = ("file", "uploadbutton")


@pytest.mark.parametrize(
    "garbage",
    [[None] * 8, [12345, None, None, None, None, None, None, None], ["text", "uk", 7, "x", 1, 2, 3, 4], [[], {}, [1], {"a": 1}] * 2],
    ids=["nothing", "a-number-for-text", "wrong-types", "lists-and-objects"],
)
def test_internal_handlers_answer_any_data_in_place(live_server: Any, garbage: list[Any]) -> None:
    config = _config(live_server.url)
    kinds = {component["id"]: component["type"] for component in config["components"]}
    handlers = [d for d in config["dependencies"] if d.get("queue") is not False and d.get("backend_fn")]
    assert len(handlers) >= 6
    for handler in handlers:
        data = (garbage + [None] * len(handler["inputs"]))[: len(handler["inputs"])]
        # A file slot is Gradio's to check (only files it received may be read): those get nothing here.
        data = [None if kinds.get(i) in FILE_INPUTS else value for i, value in zip(handler["inputs"], data, strict=True)]
        result = _call(live_server.url, handler["id"], data)
        assert result.get("msg") == "process_completed", (handler, result)
        text = json.dumps(result)
        assert "Traceback" not in text and "NoneType" not in text and "has no attribute" not in text, (handler["api_name"], text)
    assert f'File "{ROOT / "translate"}' not in live_server.log_text()  # nothing of ours raised


def test_a_file_slot_takes_only_files_gradio_received(live_server: Any) -> None:
    config = _config(live_server.url)
    kinds = {component["id"]: component["type"] for component in config["components"]}
    opener = next(d for d in config["dependencies"] if d.get("backend_fn") and [kinds.get(i) for i in d["inputs"]] == ["file"]
                  and d["targets"][0][1] == "upload" and "tr-open" in json.dumps(_component(config, d["inputs"][0])))
    for payload in ("/etc/passwd", {"path": "/etc/passwd", "meta": {"_type": "gradio.FileData"}}):
        result = _call(live_server.url, opener["id"], [payload])
        assert result.get("msg") == "process_completed" and result.get("success") is False
        assert "root:" not in json.dumps(result)


def _component(config: dict[str, Any], component_id: int) -> dict[str, Any]:
    return next(c for c in config["components"] if c["id"] == component_id)
