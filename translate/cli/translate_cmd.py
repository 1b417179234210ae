"""`translate FILE --to uk,ru,hu`: translate one article (the default command)."""

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
    log_to_stderr,
    progress_bars,
    read_input,
    settings_from_args,
)

FORMATS = ("text", "side", "json", "html", "tmx", "md")  # translate.render.FORMATS, without importing it here
MAX_FLAG_LINES = 40
USAGE = "translate [options] FILE --to uk,ru,hu   (or: translate COMMAND …)"


def register(sub: Any, commands_help: str = "") -> argparse.ArgumentParser:
    p = sub.add_parser(
        "translate", help="translate one article (the default command)", usage=USAGE,
        description="Translate an English news article into Ukrainian, Russian and Hungarian. Options and FILE may come in any order.",
        epilog=commands_help or None, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("input", metavar="FILE", help="a UTF-8 text file, or - for standard input")
    p.add_argument("--to", default="uk,ru,hu", help="target languages, comma-separated (default uk,ru,hu; ua, ukr, rus, hun work too)")
    p.add_argument(
        "--format", choices=FORMATS, default="text",
        help="text (each language in full, default), side (sentence by sentence, all languages), json, html, tmx, md",
    )
    add_output_options(p, "write one file per language, the JSON and the --format file into DIR")
    p.add_argument("--ner", default=None, metavar="MODEL", help="find entities with this NER model (hub id or folder; 'none': glossary only)")
    p.add_argument("--entities", type=Path, default=None, metavar="FILE", help="a glossary / watch list of names (JSON or CSV)")
    add_input_options(p)
    add_model_options(p)
    add_common(p)
    return p


def run(args: argparse.Namespace) -> int:
    from ..entities import annotate, load_glossary
    from ..languages import parse_targets
    from ..pipeline import Translator
    from ..render import flag_summary, render
    from . import outputs

    # Everything that can be wrong with the options is found before any model loads.
    targets = parse_targets(args.to)
    settings = settings_from_args(args)
    check_settings(settings)
    if args.entities:
        load_glossary(args.entities)
    text, stem = read_input(args, args.input)
    formats = (args.format,)
    guard = outputs.prepare(args, stem, targets, formats, [args.input, *([args.entities] if args.entities else [])]) if args.output else None

    translator = Translator(settings, log=log_to_stderr(args))
    update, close = progress_bars(args)
    try:
        document = translator.translate_document(text, targets, progress=update)
    finally:
        close()
    if args.ner or args.entities:
        document = annotate(document, ner=args.ner, entities_file=args.entities, translator=translator)
    if guard is not None:
        outputs.write(document, args, stem, formats, guard)
    else:
        sys.stdout.write(render(document, args.format))
    report_flags(flag_summary(document), args, stem)
    return 0


def report_flags(flagged: list[str], args: argparse.Namespace, stem: str) -> None:
    if len(flagged) > MAX_FLAG_LINES:
        half = MAX_FLAG_LINES // 2
        if args.output:
            where = f"see {args.output / (stem + '.json')}"
        elif args.format == "json":
            where = "see the JSON output"
        else:
            where = "run again with --format json or -o DIR to see them all"
        flagged = [*flagged[:half], f"… {len(flagged) - half} more lines: {where}"]
    for line in flagged:
        LOG.info(f"flag: {line}")
