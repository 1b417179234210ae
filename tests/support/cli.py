"""Running the `translate` command in a subprocess, as a user would, and reading its one-line errors."""

from __future__ import annotations

import os
import subprocess
import sys

from .paths import ROOT


def run(
    *args: str, stdin: bytes | str | None = None, env: dict[str, str] | None = None, timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    """``python -m translate ARGS`` from the repository root; the test session's offline caches are inherited."""
    full_env = {**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})}
    text_in = stdin.decode("utf-8", "surrogateescape") if isinstance(stdin, bytes) else stdin
    return subprocess.run(
        [sys.executable, "-m", "translate", *args],
        input=text_in,
        capture_output=True,
        text=True,
        env=full_env,
        cwd=ROOT,
        timeout=timeout,  # a hang guard, not a speed test
    )


def one_error_line(result: subprocess.CompletedProcess[str]) -> str:
    """The single ``error: …`` line on stderr (fails when there is a traceback or more than one line)."""
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: ")
    assert "Traceback" not in result.stderr
    return lines[0]
