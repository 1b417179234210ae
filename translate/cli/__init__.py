"""The command line: one module per command, a shared `common` module, and `main` that builds the parser.

``translate = "translate.cli:main"`` is the console entry point.
"""

from __future__ import annotations

from .common import lang_pairs, settings_from_args
from .main import COMMANDS, build_parser, main

__all__ = ["COMMANDS", "build_parser", "lang_pairs", "main", "settings_from_args"]
