"""The command line: one module per command, shared `common` options, `config` defaults, `outputs`, and `app`
that builds the parser and dispatches.

``translate = "translate.cli:main"`` is the console entry point.
"""

from __future__ import annotations

from .app import COMMANDS, build_parser, main
from .common import lang_pairs, settings_from_args

__all__ = ["COMMANDS", "build_parser", "lang_pairs", "main", "settings_from_args"]
