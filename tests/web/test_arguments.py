"""Handler arguments: anything a script sends gets the public endpoint's words."""

from __future__ import annotations

from pathlib import Path

import pytest

from translate.errors import InputError, UsageError
from translate.web.arguments import beam_argument, path_argument, targets_argument, text_argument


def test_text() -> None:
    assert text_argument(None, "The article") == ""
    assert text_argument("x", "The article") == "x"
    with pytest.raises(InputError, match=r"^The article must be text, not dict$"):
        text_argument({}, "The article")


def test_targets() -> None:
    assert targets_argument("uk, hu") == ("uk", "hu")
    assert targets_argument(("ru",)) == ("ru",)
    for bad in (None, 3, [None], {"uk": 1}):
        with pytest.raises(UsageError, match=r"^no target language given; choose from: uk, ru, hu$"):
            targets_argument(bad)


def test_paths_are_only_files_that_exist(tmp_path: Path) -> None:
    file = tmp_path / "a.json"
    file.write_text("[]")
    assert path_argument(str(file), "The glossary") == str(file)
    assert path_argument("", "The glossary") is None
    with pytest.raises(InputError, match=r"^The glossary was not received; upload it again$"):
        path_argument(str(tmp_path), "The glossary")
    with pytest.raises(InputError, match=r"^The glossary must be an uploaded file, not list$"):
        path_argument([str(file)], "The glossary")


def test_beam() -> None:
    assert (beam_argument(None), beam_argument(3), beam_argument(4.0)) == (None, 3, 4)
    for bad in (True, "4", 2.5):
        with pytest.raises(UsageError, match=r"is not a whole number; choose 1 to 8$"):
            beam_argument(bad)


def test_targets_of_another_source() -> None:
    from translate.web.arguments import targets_argument

    assert targets_argument(["en", "hu"], "ru") == ("en", "hu")
    with pytest.raises(UsageError, match=r"^no target language given; choose from: en, uk, hu$"):
        targets_argument(None, "ru")
