"""`translate detect FILE|-`: which of en, uk, ru, hu a text is in, and how sure (one verdict, or one per line)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from .common import add_common

FORMATS = ("text", "json")
UNDETERMINED = "und"  # ISO 639-2 for "undetermined"


def register(sub: Any) -> None:
    p = sub.add_parser("detect", help="say which of en, uk, ru, hu a text is in, and how sure")
    p.add_argument("input", help="a UTF-8 text file, or - for standard input")
    p.add_argument(
        "--format", choices=FORMATS, default="text",
        help="text: LANG<TAB>CONFIDENCE<TAB>what was found (default); json: the verdict with every language's score",
    )
    p.add_argument(
        "--lines", action="store_true",
        help="one verdict per input line, in order (a line too short to judge gets 'und'); JSON Lines with --format json",
    )
    add_common(p)


def run(args: argparse.Namespace) -> int:
    from ..files import read_article
    from ..text.language_id import describe, guess_source, identify, letter_candidates

    text, _stem = read_article(args.input)
    if not args.lines:
        guess = guess_source(text)
        if args.format == "json":
            sys.stdout.write(json.dumps(guess.to_dict(), ensure_ascii=False) + "\n")
        else:
            sys.stdout.write(f"{guess.lang or UNDETERMINED}\t{guess.confidence:.2f}\t{describe(guess)}\n")
        return 0
    for number, line in enumerate(text.splitlines()):
        guess = identify(line, letter_candidates(line))
        if args.format == "json":
            sys.stdout.write(json.dumps({"line": number, **guess.to_dict()}, ensure_ascii=False) + "\n")
        else:
            sys.stdout.write(f"{guess.lang or UNDETERMINED}\t{guess.confidence:.2f}\t{line}\n")
    return 0
