"""Checks that a JSON document follows the tool's contract (shared by CLI, web and batch tests)."""

from __future__ import annotations

from typing import Any


def check_document(doc: dict[str, Any], targets: tuple[str, ...], source_lang: str = "en") -> None:
    source = doc["source"]
    assert source["lang"] == source_lang
    text = source["text"]
    sentences = source["sentences"]
    assert [s["id"] for s in sentences] == list(range(len(sentences)))
    for s in sentences:
        assert text[s["start"] : s["end"]] == s["text"]
        assert isinstance(s["paragraph"], int)
    assert tuple(doc["translations"]) == targets
    for lang, tr in doc["translations"].items():
        for key in ("model", "revision", "engine", "text", "sentences", "links"):
            assert key in tr, f"{lang} lacks {key}"
        assert [s["id"] for s in tr["sentences"]] == list(range(len(tr["sentences"])))
        for s in tr["sentences"]:
            assert isinstance(s["text"], str) and isinstance(s["flags"], list)
        src_ids = [i for link in tr["links"] for i in link[0]]
        tgt_ids = [i for link in tr["links"] for i in link[1]]
        assert sorted(src_ids) == list(range(len(sentences))), f"{lang}: source sentences not covered exactly once"
        assert sorted(tgt_ids) == list(range(len(tr["sentences"]))), f"{lang}: target sentences not covered exactly once"
    signature = doc["signature"]
    assert "engine=" in signature and "beam=" in signature and "version=" in signature
