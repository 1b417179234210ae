"""`translate align SRC TGT`: sentence-align a text and its translation; print links as JSON or TSV."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from .common import (
    LOG,
    add_common,
    add_input_options,
    add_model_options,
    check_settings,
    log_to_stderr,
    read_input,
    settings_from_args,
)

HELP = "align the sentences of a text and its translation"


def register(sub: Any) -> None:
    p = sub.add_parser(
        "align",
        help=HELP,
        description=(
            "Align the sentences of SRC with those of its translation TGT. With a translation model for the "
            "pair (en to uk, ru or hu) the aligner compares a machine translation too ('model' mode); "
            "without one, or with --no-model, it uses lengths and anchors (numbers, names, places)."
        ),
    )
    p.add_argument("source", help="the original text (UTF-8 file, or - for standard input)")
    p.add_argument("target", help="its translation (UTF-8 file)")
    p.add_argument("--src-lang", default="en", help="language of SRC: en, uk, ru or hu (default en)")
    p.add_argument("--tgt-lang", required=True, help="language of TGT: en, uk, ru or hu")
    p.add_argument("--lines", action="store_true", help="the files hold one sentence per line (blank lines are skipped)")
    p.add_argument("--no-model", action="store_true", help="do not use a translation model even when one is available")
    p.add_argument("--format", choices=("json", "tsv"), default="json", help="json (default) or tsv: source ids, target ids, source, target")
    add_input_options(p)
    add_model_options(p)
    add_common(p)


def run(args: argparse.Namespace) -> int:
    from ..compare import align_texts
    from ..languages import language, normalize_code
    from ..pipeline import Translator

    src_lang, tgt_lang = language(normalize_code(args.src_lang)).code, language(normalize_code(args.tgt_lang)).code
    settings = settings_from_args(args)
    if not args.no_model:
        check_settings(settings)
    source, _ = read_input(args, args.source)
    target, _ = read_input(args, args.target)
    translator = None if args.no_model else Translator(settings, log=log_to_stderr(args))
    result = align_texts(
        source, target, src_lang, tgt_lang,
        lines=args.lines,
        translator=translator,
        model_required=tgt_lang in settings.models,
        log=LOG.warning,
    )
    if args.format == "json":
        sys.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False, indent=1) + "\n")
    else:
        for link in result.alignment.links:
            cells = [
                ",".join(map(str, link.source)),
                ",".join(map(str, link.target)),
                " ".join(result.source_sentences[i] for i in link.source),
                " ".join(result.target_sentences[i] for i in link.target),
            ]
            sys.stdout.write("\t".join(" ".join(c.split()) for c in cells) + "\n")
    return 0
