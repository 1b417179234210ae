"""`translate serve` on the tiny models, once for all web tests that need a live server."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from support.paths import ROOT

MAX_CHARS = 6000  # the server's --max-chars


@dataclass(frozen=True)
class Server:
    url: str
    log: Path  # the server's standard output and error: the operator's log

    def log_text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def live_server(
    model_args: list[str], direction_models: dict[str, Path], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Server]:
    port = _free_port()
    log = tmp_path_factory.mktemp("serve") / "serve.log"
    env = dict(os.environ, GRADIO_ANALYTICS_ENABLED="False", PYTHONUNBUFFERED="1")
    command = [
        sys.executable, "-m", "translate", "serve", "--port", str(port), "--engine", "ctranslate2", "--beam", "1",
        "--max-chars", str(MAX_CHARS), "--ner", "none", *model_args,
        # out of Ukrainian, Russian and Hungarian: into English directly, into the others through English
        "--model", f"ru-en={direction_models['zle-en']}", "--model", f"uk-en={direction_models['zle-en']}",
        "--model", f"hu-en={direction_models['hu-en']}",
    ]
    with open(log, "wb") as out:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 300  # a condition with a generous limit: a busy 2-core machine starts Gradio slowly
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail(f"the server did not start:\n{log.read_text(errors='replace')[-3000:]}")
            time.sleep(0.3)
    yield Server(f"http://127.0.0.1:{port}/", log)
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
