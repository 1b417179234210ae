"""`translate FILE --to uk,ru,hu`: translate one article (the default command), from any of en, uk, ru, hu."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:
    from ..types import Document

FORMATS = ("text", "side", "json", "html", "tmx", "md")  # translate.render.FORMATS, without importing it here
if TYPE_CHECKING:
    from ..types import Document

MAX_FLAG_LINES = 40
USAGE = "translate [options] FILE --to uk,ru,hu   (or: translate COMMAND …)"


def register(sub: Any, commands_help: str = "") -> argparse.ArgumentParser:
    p = sub.add_parser(
        "translate", help="translate one article (the default command)", usage=USAGE,
        description="Translate a news article between English, Ukrainian, Russian and Hungarian. Options and FILE may come in any order.",
        epilog=commands_help or None, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("input", metavar="FILE", help="a UTF-8 text file, or - for standard input")
    p.add_argument(
        "--from", dest="source", default="auto", metavar="LANG",
        help="the article's language: en, uk, ru, hu, or auto (default: identify it and say which)",
    )
    p.add_argument(
        "--to", default=None,
        help="target languages, comma-separated (default uk,ru,hu from English, en otherwise; ua, ukr, rus, hun work too)",
    )
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
    from ..errors import UsageError
    from ..languages import default_targets, language_name, parse_targets
    from ..pipeline import Translator
    from ..render import flag_summary, render
    from ..text.language_id import found_words, source_language
    from . import outputs

    # Everything that can be wrong with the options is found before any model loads.
    if args.to is not None and args.source != "auto":
        parse_targets(args.to, source_language("", args.source)[0])
    settings = settings_from_args(args)
    check_settings(settings)
    if args.entities:
        load_glossary(args.entities, log=LOG.warning)  # read again when the names are found; checked and noted here
    text, stem = read_input(args, args.input)
    source, guess = source_language(text, args.source, what="the input" if args.input == "-" else str(args.input))
    targets = parse_targets(args.to, source) if args.to is not None else default_targets(source)
    if (args.ner or args.entities) and source != "en" and "en" not in targets:
        raise UsageError(
            "--ner and --entities find names in English text only; add en to the targets "
            f"(--to en,{','.join(targets)}): names are found in the English translation and projected onto the source "
            "and the other versions"
        )
    formats = (args.format,)
    guard = outputs.prepare(args, stem, targets, formats, [args.input, *([args.entities] if args.entities else [])]) if args.output else None

    log = log_to_stderr(args)
    translator = Translator(settings, log=log)
    translator.check_models(source, targets)  # every missing model at once
    if guess is not None:
        for lang in targets:  # load the models first: a missing one is the only line on stderr
            for step_source, step_target in translator.route(source, lang):
                translator.engine_for(step_target, step_source)
        log(f"source language: {language_name(source)} ({source}); {found_words(guess)}; name another with --from LANG")
    update, close = progress_bars(args)
    try:
        document = translator.translate_document(text, targets, progress=update, source_lang=source)
    finally:
        close()
    if args.ner or args.entities:
        document = annotate(document, ner=args.ner, entities_file=args.entities, translator=translator)
    if guard is not None:
        outputs.write(document, args, stem, formats, guard)
    else:
        sys.stdout.write(render(document, args.format))
    for lang, translation in document.translations.items():
        if translation.pivot:
            log(f"{lang}: no model translates {source} into {lang}; translated through English ({translation.model})")
    # one line per pivoted language above, not a flag line per sentence
    report_flags(flag_summary(without_pivot_flags(document)), args, stem)
    return 0


def without_pivot_flags(document: Document) -> Document:
    from dataclasses import replace

    from ..types import PIVOTED

    translations = {
        key: replace(t, sentences=tuple(replace(s, flags=tuple(f for f in s.flags if f != PIVOTED)) for s in t.sentences))
        for key, t in document.translations.items()
    }
    return replace(document, translations=translations)


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
