"""`translate detect FILE…|-`: which of en, uk, ru, hu each text is in, and how sure (one verdict, or one per line)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from .common import add_common, add_input_options, read_input

FORMATS = ("text", "json")
UNDETERMINED = "und"  # ISO 639-2 for "undetermined"


def register(sub: Any) -> None:
    p = sub.add_parser("detect", help="say which of en, uk, ru, hu a text is in, and how sure")
    p.add_argument(
        "input", nargs="+", metavar="FILE",
        help="UTF-8 text files, or - for standard input; with several, each line of output starts with the file name and a tab",
    )
    p.add_argument(
        "--format", choices=FORMATS, default="text",
        help="text: LANG<TAB>CONFIDENCE<TAB>what was found (default); json: the verdict with every language's score",
    )
    p.add_argument(
        "--lines", action="store_true",
        help="one verdict per non-blank input line, in order (a line too short to judge gets 'und'); "
        "JSON Lines with --format json, each with its line number (from 0)",
    )
    add_input_options(p)
    add_common(p)


def run(args: argparse.Namespace) -> int:
    from ..text.language_id import describe, found_words, guess_source, identify, letter_candidates

    texts = [(path, read_input(args, path)[0]) for path in args.input]  # every file is read before anything is printed
    several = len(texts) > 1
    for path, text in texts:
        prefix = f"{path}\t" if several else ""
        extra = {"file": path} if several else {}
        if not args.lines:
            guess = guess_source(text)
            if args.format == "json":
                sys.stdout.write(json.dumps({**extra, **guess.to_dict()}, ensure_ascii=False) + "\n")
            else:
                # A verdict its letters alone decided says so: "en 0.00 Croatian 100%" read as a contradiction.
                found = found_words(guess).removeprefix("found ") if guess.lang else describe(guess)
                sys.stdout.write(f"{prefix}{guess.lang or UNDETERMINED}\t{guess.confidence:.2f}\t{found}\n")
            continue
        for number, line in enumerate(text.splitlines()):
            if not line.strip():
                continue
            guess = identify(line, letter_candidates(line))
            if args.format == "json":
                sys.stdout.write(json.dumps({**extra, "line": number, **guess.to_dict()}, ensure_ascii=False) + "\n")
            else:
                sys.stdout.write(f"{prefix}{guess.lang or UNDETERMINED}\t{guess.confidence:.2f}\t{line}\n")
    return 0
