"""`translate FILE --to uk,ru,hu`: translate one article (the default command), from any of en, uk, ru, hu."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import UsageError
from ..languages import language_name
from .common import add_common, add_model_options, log_to_stderr, progress_bars, settings_from_args

FORMATS = ("text", "side", "json", "html", "tmx", "md")  # translate.render.FORMATS, without importing it here
if TYPE_CHECKING:
    from ..types import Document

MAX_FLAG_LINES = 40


def register(sub: Any) -> None:
    p = sub.add_parser("translate", help="translate one article (the default command)")
    p.add_argument("input", help="a UTF-8 text file, or - for standard input")
    p.add_argument(
        "--from", dest="source", default="auto", metavar="LANG",
        help="the article's language: en, uk, ru, hu, or auto (default: identify it and say which)",
    )
    p.add_argument("--to", default=None, help="target languages, comma-separated (default uk,ru,hu from English, en otherwise)")
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
    from ..languages import default_targets, parse_targets
    from ..pipeline import Translator
    from ..render import flag_summary, render, write_outputs
    from ..text.language_id import describe, source_language

    log = log_to_stderr(args)
    settings = settings_from_args(args)
    text, stem = read_article(args.input)
    source, guess = source_language(text, args.source, what="the input" if args.input == "-" else str(args.input))
    targets = parse_targets(args.to, source) if args.to is not None else default_targets(source)
    if (args.ner or args.entities) and source != "en":
        raise UsageError("--ner and --entities find names in English text only; translate into English first (--to en)")
    if args.output:
        prepare_output_folder(args.output)  # fail before the slow part
    translator = Translator(settings, log=log)
    if guess is not None:
        for lang in targets:  # load the models first: a missing one is the only line on stderr
            for step_source, step_target in translator.route(source, lang):
                translator.engine_for(step_target, step_source)
        found = describe(guess)
        how = f"found {found}" if guess.confidence >= 0.5 else f"the only one of the four its letters allow (found: {found})"
        log(f"source language: {language_name(source)} ({source}); {how}; name another with --from LANG")
    update, close = progress_bars(args)
    try:
        document = translator.translate_document(text, targets, progress=update, source_lang=source)
    finally:
        close()
    if args.ner or args.entities:
        document = annotate(document, ner=args.ner, entities_file=args.entities, translator=translator)
    if args.output:
        for path in write_outputs(document, args.output, stem, (args.format,)):
            log(f"wrote {path}")
    sys.stdout.write(render(document, args.format))
    for lang, translation in document.translations.items():
        if translation.pivot:
            log(f"{lang}: no model translates {source} into {lang}; translated through English ({translation.model})")
    flagged = flag_summary(without_pivot_flags(document))  # one line per pivoted language above, not one per sentence
    half = MAX_FLAG_LINES // 2
    shown = flagged if len(flagged) <= MAX_FLAG_LINES else [*flagged[:half], f"… {len(flagged) - half} more lines: see the JSON output"]
    for line in shown:
        log(f"flag: {line}")
    return 0


def without_pivot_flags(document: Document) -> Document:
    from dataclasses import replace

    from ..types import PIVOTED

    translations = {
        key: replace(t, sentences=tuple(replace(s, flags=tuple(f for f in s.flags if f != PIVOTED)) for s in t.sentences))
        for key, t in document.translations.items()
    }
    return replace(document, translations=translations)
