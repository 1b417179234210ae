"""The coverage gold set is well formed: every folder listed, every line linked once, every mention where it says.

Checks the files only (no aligner runs), so the held-out stories are checked too without being scored.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support.coverage_gold import COVERAGE, HELD_OUT_STORIES, STORIES

ALL = (*STORIES, *HELD_OUT_STORIES)
# Built for the next round's held-out set, not scored yet (tests/data/coverage-next/README.md).
NEXT = tuple(sorted(f"../coverage-next/{p.parent.name}" for p in (COVERAGE.parent / "coverage-next").glob("*/story.json")))


def test_every_story_folder_is_listed_once() -> None:
    folders = {p.parent.name for p in COVERAGE.glob("*/story.json")} | {
        f"../coverage-heldout/{p.parent.name}" for p in (COVERAGE.parent / "coverage-heldout").glob("*/story.json")
    }
    assert len(ALL) == len(set(ALL))
    assert folders == set(ALL)


@pytest.mark.parametrize("slug", (*ALL, *NEXT))
def test_a_story_is_well_formed(slug: str) -> None:
    folder = COVERAGE / slug
    story = json.loads((folder / "story.json").read_text(encoding="utf-8"))
    glossary = json.loads((folder / "glossary.json").read_text(encoding="utf-8"))
    assert sorted(e["text"] for e in glossary) == sorted(e["text"] for e in story["entities"].values())
    lines = {story["english"]["file"]: (folder / story["english"]["file"]).read_text(encoding="utf-8").splitlines()}
    english = len(lines[story["english"]["file"]])
    assert story["texts"] and {t["lang"] for t in story["texts"]} == {"uk", "ru", "hu"}
    for text in story["texts"]:
        assert Path(text["file"]).name.startswith(text["lang"] + "-")
        lines[text["file"]] = (folder / text["file"]).read_text(encoding="utf-8").splitlines()
        assert [entry[0] for entry in text["links"]] == list(range(len(lines[text["file"]]))), text["file"]
        for _line, sure, possible in text["links"]:
            assert not set(sure) & set(possible) and all(0 <= en < english for en in (*sure, *possible)), text["file"]
    for file_lines in lines.values():
        assert all(line.strip() and line == " ".join(line.split()) for line in file_lines)
    for key in ("mentions", "other_mentions"):
        for file, mentions in story.get(key, {}).items():
            for line, surface, entity in mentions:
                assert surface in lines[file][line], (file, line, surface)
                assert key == "other_mentions" or entity in story["entities"], (file, entity)
