"""The JSON document: ``Document.to_dict()`` as text, the contract shared by the CLI, the page and batch jobs."""

from __future__ import annotations

import json

from ..types import Document


def to_json(document: Document) -> str:
    return json.dumps(document.to_dict(), ensure_ascii=False, indent=1) + "\n"
