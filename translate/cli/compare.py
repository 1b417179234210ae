"""`translate compare SRC --with uk=FILE ...`: existing translations (and machine ones) side by side."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from .common import (
    LOG,
    add_common,
    add_input_options,
    add_model_options,
    add_output_options,
    check_settings,
    lang_pairs,
    log_to_stderr,
    read_input,
    settings_from_args,
)

FORMATS = ("json", "text", "side", "html", "tmx", "md")

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
    p.add_argument("--format", choices=FORMATS, default="json", help="output format (default json)")
    add_output_options(p, "write one file per version, the JSON and the --format file into DIR")
    p.add_argument(
        "--ner", default="auto", metavar="MODEL",
        help="hub id or folder of an English NER model; 'none' for the glossary only "
        "(default: dslim/bert-base-NER when it is cached or can be downloaded, else none with a notice)",
    )
    p.add_argument("--entities", type=Path, metavar="FILE", help="a glossary / watch list of names (JSON or CSV)")
    add_input_options(p)
    add_model_options(p)
    add_common(p)


def provided_files(values: list[str]) -> dict[str, str]:
    return lang_pairs(values, "--with", "FILE", "uk=article.uk.txt")


def run(args: argparse.Namespace) -> int:
    from ..compare import compare
    from ..entities import load_glossary
    from ..languages import machine_key
    from ..pipeline import Translator
    from ..render import render
    from . import outputs

    files = provided_files(args.provided)
    settings = settings_from_args(args)
    if args.translate:
        check_settings(settings)
    glossary = load_glossary(args.entities) if args.entities else ()
    text, stem = read_input(args, args.input)
    provided = {lang: read_input(args, path)[0] for lang, path in files.items()}
    formats = () if args.format in ("json", "text") else (args.format,)
    guard = None
    if args.output:
        keys = [*files, *(machine_key(lang) for lang in files if args.translate)]
        inputs = [args.input, *files.values(), *([args.entities] if args.entities else [])]
        guard = outputs.prepare(args, stem, keys, formats, inputs)
    translator = Translator(settings, log=log_to_stderr(args)) if args.translate else None
    document = compare(text, provided, translator=translator, ner=args.ner, glossary=glossary, log=LOG.warning)
    if guard is not None:
        outputs.write(document, args, stem, formats, guard)
    else:
        sys.stdout.write(render(document, args.format))
    return 0
