"""The `translate` command: build the parser from one module per command and dispatch to it.

Only the CLI prints and exits; every command parses its options, calls the library and presents
the result. Heavy imports happen inside each command's ``run`` so ``translate --help`` stays fast.
"""

from __future__ import annotations

import argparse
import errno
import sys
from collections.abc import Sequence
from types import ModuleType
from typing import cast

from ..errors import TranslateError, UsageError
from ..version import package_version
from . import align, batch, compare, completion, detect, models, serve, split, translate_cmd
from .common import Parser, setup_logging

# name -> module with register(sub) and run(args) -> exit code, in the order of `translate --help`
COMMANDS: dict[str, ModuleType] = {
    "translate": translate_cmd,
    "split": split,
    "models": models,
    "align": align,
    "compare": compare,
    "serve": serve,
    "batch": batch,
    "completion": completion,
    "detect": detect,
}
DEFAULT_COMMAND = "translate"
HELP_FLAGS = ("-h", "--help")
EXIT_USAGE = 2


def commands_help() -> str:
    lines = ["other commands (run 'translate COMMAND --help' for one):"]
    lines += [f"  {name:<11} {module_help(name)}" for name in COMMANDS if name != DEFAULT_COMMAND]
    return "\n".join(lines)


def module_help(name: str) -> str:
    return {
        "split": "split text into sentences, one per line",
        "models": "list, download or convert models (and where each default comes from)",
        "align": "align the sentences of a text and its translation",
        "compare": "an English article next to existing translations (and the tool's own)",
        "serve": "start the web page",
        "batch": "translate a corpus (JSONL, CSV/TSV, Parquet or a folder), resumably",
        "completion": "print a shell completion script (bash, zsh, fish, tcsh)",
        "detect": "say which of en, uk, ru, hu a text is in, and how sure",
    }.get(name, "")


def build_parser() -> Parser:
    parser = Parser(
        prog="translate",
        description="Translate a news article between English, Ukrainian, Russian and Hungarian and read the versions side by side.",
        epilog="Run 'translate COMMAND --help' for one command. 'translate FILE --to uk,ru,hu' is short for 'translate translate FILE ...'.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {package_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for name, module in COMMANDS.items():
        if name == DEFAULT_COMMAND:
            module.register(sub, commands_help())
        else:
            module.register(sub)
    parser.commands = {name: cast(Parser, command) for name, command in sub.choices.items()}
    parser.commands["completion"].set_defaults(root_parser=parser)
    return parser


def with_command(argv: list[str]) -> list[str]:
    """Options and FILE in any order: anything that does not start with a command name is the translate command."""
    if argv and (argv[0] in COMMANDS or argv[0] == "--version"):
        return argv
    if argv in ([], *([flag] for flag in HELP_FLAGS)):
        return [DEFAULT_COMMAND, "--help"]  # the help of the command most people run, listing the others
    return [DEFAULT_COMMAND, *argv]


def main(argv: Sequence[str] | None = None) -> int:
    given = list(sys.argv[1:] if argv is None else argv)
    if sys.stdout is None:  # started with standard output closed (">&-"): nowhere to write a result or a help
        print("error: standard output is closed; redirect it to a file or pass -o FILE", file=sys.stderr)
        return EXIT_USAGE
    parser = build_parser()
    if not given:  # no arguments at all: the help, on stderr, as a usage error
        sys.stderr.write(parser.commands[DEFAULT_COMMAND].format_help())
        return EXIT_USAGE
    argv = with_command(given)
    check_argv = getattr(COMMANDS.get(argv[0]), "check_argv", None)  # a command's checks argparse cannot say well
    if check_argv is not None:
        try:
            check_argv(argv[1:])
        except UsageError as error:
            print(f"error: {error}", file=sys.stderr)
            return EXIT_USAGE
    args, extras = parser.parse_known_args(argv)
    if extras:  # said by the command's own parser, which knows its options and its help
        parser.commands.get(argv[0], parser).unrecognized(extras)
    setup_logging(args)
    debug = getattr(args, "debug", False)
    try:
        return run(args)
    except UsageError as error:
        if debug:
            raise
        print(f"error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except TranslateError as error:
        if debug:
            raise
        print(f"error: {error}", file=sys.stderr)
        return int(getattr(error, "exit_code", 1))  # an interrupted batch: 128 + the signal, as shells expect
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except OSError as error:
        if debug or error.errno not in _CANNOT_WRITE:
            raise  # not a failed write: what it is, in full
        print(f"error: cannot write the output: {error.strerror or error}; free some space or pass -o with another path", file=sys.stderr)
        return 1


# A result that cannot be written: a full disk or quota, a file too large, an output device gone.
_CANNOT_WRITE = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO, errno.EBADF})


def run(args: argparse.Namespace) -> int:
    """The command, with log lines written above the progress bars rather than through them."""
    from tqdm.contrib.logging import logging_redirect_tqdm

    from .common import LOG

    with logging_redirect_tqdm(loggers=[LOG]):
        code: int = COMMANDS[args.command].run(args)
    return code
