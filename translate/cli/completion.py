"""`translate completion SHELL`: a completion script for bash, zsh, tcsh or fish, generated from the parser (shtab)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

SHELLS = ("bash", "zsh", "fish", "tcsh")
INSTALL = """\
install it once, e.g.:
  bash:  translate completion bash > ~/.local/share/bash-completion/completions/translate
  zsh:   translate completion zsh > ~/.zfunc/_translate   (with fpath+=(~/.zfunc) before compinit in ~/.zshrc)
  fish:  translate completion fish > ~/.config/fish/completions/translate.fish
  tcsh:  translate completion tcsh > ~/.translate.completion.csh; echo 'source ~/.translate.completion.csh' >> ~/.tcshrc
"""
FILE_ARGUMENTS = {"input", "source", "target", "entities", "output", "config", "cache"}
FILES = {"bash": "_shtab_compgen_files", "zsh": "_files", "tcsh": "f"}  # shtab.FILE, without importing shtab here


def register(sub: Any) -> None:
    p = sub.add_parser(
        "completion", help="print a shell completion script (bash, zsh, fish, tcsh)", epilog=INSTALL,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("shell", choices=SHELLS)


def run(args: argparse.Namespace) -> int:
    from ..errors import EngineNotAvailableError

    try:
        import shtab
    except ImportError:
        raise EngineNotAvailableError("shell completion needs shtab; run: pip install shtab") from None
    parser: argparse.ArgumentParser = args.root_parser
    mark_files(parser)
    sys.stdout.write(shtab.complete(parser, shell=args.shell))
    return 0


def mark_files(parser: argparse.ArgumentParser) -> None:
    """Complete file names where a file or folder is expected."""
    for action in parser._actions:  # argparse has no public way to walk a parser's arguments
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                mark_files(child)
        elif action.dest in FILE_ARGUMENTS:
            action.complete = FILES  # type: ignore[attr-defined]
