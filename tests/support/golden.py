"""Golden files: rendered outputs that must not drift. Regenerate deliberately with UPDATE_GOLDEN=1."""

from __future__ import annotations

import os

from .paths import ROOT

GOLDEN = ROOT / "tests" / "golden"


def assert_golden(name: str, rendered: str) -> None:
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(rendered, encoding="utf-8")
    assert path.is_file(), f"{path} is missing; run UPDATE_GOLDEN=1 pytest tests/render"
    assert rendered == path.read_text(encoding="utf-8")
