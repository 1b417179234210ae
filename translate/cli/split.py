"""`translate split FILE`: split text into sentences, one per line (or JSON with offsets)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from .common import add_common, add_input_options, read_input


def register(sub: Any) -> None:
    p = sub.add_parser("split", help="split text into sentences, one per line")
    p.add_argument("input", help="a UTF-8 text file, or - for standard input")
    p.add_argument("--lang", default="en", help="language of the text: en, uk, ru or hu (default en)")
    p.add_argument("--format", choices=("text", "json"), default="text")
    add_input_options(p)
    add_common(p)


def run(args: argparse.Namespace) -> int:
    from ..languages import language, normalize_code
    from ..text.segmentation import split_sentences

    lang = language(normalize_code(args.lang)).code
    text, _ = read_input(args, args.input)
    sentences = split_sentences(text, lang)
    if args.format == "json":
        payload = [{"text": s.text, "start": s.start, "end": s.end} for s in sentences]
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=1) + "\n")
    else:
        # One sentence per line: a line break inside a sentence cannot occur (lines are hard boundaries).
        sys.stdout.write("".join(s.text + "\n" for s in sentences))
    return 0
