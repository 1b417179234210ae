"""The page's styles and script: the script never builds markup from text."""

from __future__ import annotations

import re

from translate.render.page_assets import CSS, SCRIPT


def test_the_script_only_toggles_classes() -> None:
    assert not re.search(r"innerHTML|outerHTML|insertAdjacentHTML|eval\(|new Function|document\.write", SCRIPT)
    assert "addEventListener('click'" in SCRIPT


def test_the_styles_are_scoped_to_the_view() -> None:
    rules = [line.strip() for line in CSS.splitlines() if line.lstrip().startswith((".", "@"))]
    assert rules and all(rule.startswith((".tr-view", ".dark .tr-view", "@keyframes", "@media")) for rule in rules)
