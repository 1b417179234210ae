"""`translate compare SRC --with uk=FILE ...`: existing translations (and machine ones) side by side."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from .common import add_common, add_model_options, lang_pairs, log_to_stderr, settings_from_args

HELP = "align an English article with existing translations (and the tool's own) for side-by-side reading"


def register(sub: Any) -> None:
    p = sub.add_parser(
        "compare",
        help=HELP,
        description=(
            "Align an English article with translations you already have. Provided translations are keyed by "
            "language (uk); with --translate the tool's own translation is added as LANG-mt (uk-mt). "
            "Entities are highlighted in every column."
        ),
    )
    p.add_argument("input", help="the English article (UTF-8 file, or - for standard input)")
    p.add_argument(
        "--with", dest="provided", action="append", default=[], metavar="LANG=FILE",
        help="an existing translation, e.g. --with uk=article.uk.txt (repeatable; uk, ru, hu)",
    )
    p.add_argument("--translate", action="store_true", help="add the tool's own translation of each language (as LANG-mt)")
    p.add_argument("--format", choices=("json", "text", "side", "html", "tmx", "md"), default="json", help="output format (default json)")
    p.add_argument("-o", "--output", type=Path, help="write the outputs into this folder instead of standard output")
    p.add_argument(
        "--ner", default="auto", metavar="MODEL",
        help="hub id or folder of an English NER model; 'none' for the glossary only "
        "(default: dslim/bert-base-NER when it is cached or can be downloaded, else none with a notice)",
    )
    p.add_argument("--entities", type=Path, metavar="FILE", help="a glossary / watch list of names (JSON or CSV)")
    add_model_options(p)
    add_common(p)


def _provided(values: list[str]) -> dict[str, str]:
    from ..files import read_article

    return {lang: read_article(path)[0] for lang, path in lang_pairs(values, "--with", "FILE", "uk=article.uk.txt").items()}


def run(args: argparse.Namespace) -> int:
    from ..compare import compare
    from ..entities import load_glossary
    from ..files import read_article
    from ..pipeline import Translator
    from ..render import render, write_outputs

    text, stem = read_article(args.input)
    provided = _provided(args.provided)
    glossary = load_glossary(args.entities) if args.entities else ()
    translator = Translator(settings_from_args(args), log=log_to_stderr(args)) if args.translate else None
    document = compare(
        text, provided, translator=translator, ner=args.ner, glossary=glossary,
        log=lambda message: print(message, file=sys.stderr, flush=True),
    )
    if args.output:
        formats = () if args.format in ("json", "text") else (args.format,)
        for path in write_outputs(document, args.output, stem, formats):
            log_to_stderr(args)(f"wrote {path}")
    else:
        sys.stdout.write(render(document, args.format))
    return 0
