"""The `translate` command: build the parser from one module per command and dispatch to it.

Only the CLI prints and exits; every command parses its options, calls the library and presents
the result. Heavy imports happen inside each command's ``run`` so ``translate --help`` stays fast.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from types import ModuleType

from ..errors import TranslateError
from ..version import package_version
from . import align, batch, compare, detect, models, serve, split, translate_cmd
from .common import Parser

# name -> module with register(sub) and run(args) -> exit code, in the order of `translate --help`
COMMANDS: dict[str, ModuleType] = {
    "translate": translate_cmd,
    "split": split,
    "models": models,
    "align": align,
    "compare": compare,
    "serve": serve,
    "batch": batch,
    "detect": detect,
}
DEFAULT_COMMAND = "translate"


def build_parser() -> Parser:
    parser = Parser(
        prog="translate",
        description="Translate an English news article into Ukrainian, Russian and Hungarian and read the versions side by side.",
        epilog="Run 'translate COMMAND --help' for one command. 'translate FILE --to uk,ru,hu' is short for 'translate translate FILE ...'.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {package_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for module in COMMANDS.values():
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] not in COMMANDS and not argv[0].startswith("-") or argv[:1] == ["-"]:
        argv.insert(0, DEFAULT_COMMAND)
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help(sys.stderr)
        return 2
    debug = getattr(args, "debug", False)
    try:
        code: int = COMMANDS[args.command].run(args)
        return code
    except TranslateError as error:
        if debug:
            raise
        print(f"error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
