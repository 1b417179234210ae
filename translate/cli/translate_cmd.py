"""`translate FILE --to uk,ru,hu`: translate one article (the default command)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from .common import add_common, add_model_options, log_to_stderr, progress_bars, settings_from_args

FORMATS = ("text", "side", "json", "html", "tmx", "md")  # translate.render.FORMATS, without importing it here
MAX_FLAG_LINES = 40


def register(sub: Any) -> None:
    p = sub.add_parser("translate", help="translate one article (the default command)")
    p.add_argument("input", help="a UTF-8 text file, or - for standard input")
    p.add_argument("--to", default="uk,ru,hu", help="target languages, comma-separated (default uk,ru,hu)")
    p.add_argument(
        "--format", choices=FORMATS, default="text",
        help="stdout format: text (each language in full), side (sentence by sentence, all languages), json, html, tmx, md",
    )
    p.add_argument("-o", "--output", type=Path, help="write one file per language plus the JSON into this folder")
    p.add_argument("--ner", default=None, metavar="MODEL", help="find entities with this NER model (hub id or folder; 'none': glossary only)")
    p.add_argument("--entities", type=Path, default=None, metavar="FILE", help="a glossary / watch list of names (JSON or CSV)")
    add_model_options(p)
    add_common(p)


def run(args: argparse.Namespace) -> int:
    from ..entities import annotate
    from ..files import prepare_output_folder, read_article
    from ..languages import parse_targets
    from ..pipeline import Translator
    from ..render import flag_summary, render, write_outputs

    log = log_to_stderr(args)
    targets = parse_targets(args.to)
    settings = settings_from_args(args)
    text, stem = read_article(args.input)
    if args.output:
        prepare_output_folder(args.output)  # fail before the slow part
    translator = Translator(settings, log=log)
    update, close = progress_bars(args)
    try:
        document = translator.translate_document(text, targets, progress=update)
    finally:
        close()
    if args.ner or args.entities:
        document = annotate(document, ner=args.ner, entities_file=args.entities, translator=translator)
    if args.output:
        for path in write_outputs(document, args.output, stem, (args.format,)):
            log(f"wrote {path}")
    sys.stdout.write(render(document, args.format))
    flagged = flag_summary(document)
    half = MAX_FLAG_LINES // 2
    shown = flagged if len(flagged) <= MAX_FLAG_LINES else [*flagged[:half], f"… {len(flagged) - half} more lines: see the JSON output"]
    for line in shown:
        log(f"flag: {line}")
    return 0
