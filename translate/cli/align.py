"""`translate align SRC TGT`: sentence-align a text and its translation; print links as JSON or TSV."""

from __future__ import annotations

import argparse
import functools
import json
import sys
from typing import Any

from .common import (
    LOG,
    add_common,
    add_input_options,
    add_language_check,
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
    add_language_check(p)
    add_model_options(p)
    add_common(p)


def run(args: argparse.Namespace) -> int:
    from ..alignment import relation_evidence
    from ..compare import align_texts
    from ..errors import UsageError
    from ..languages import language, normalize_code
    from ..pipeline import Translator
    from ..render.report import relation_words
    from ..text.language_id import check_declared_language

    src_lang, tgt_lang = language(normalize_code(args.src_lang)).code, language(normalize_code(args.tgt_lang)).code
    settings = settings_from_args(args)
    if not args.no_model:
        check_settings(settings)
    if src_lang == tgt_lang:
        raise UsageError(f"SRC and TGT are both given as {language(src_lang).name}; --tgt-lang names the translation's language")
    source, _ = read_input(args, args.source)
    target, _ = read_input(args, args.target)
    if args.language_check:
        for text, lang, path, option in ((source, src_lang, args.source, "--src-lang"), (target, tgt_lang, args.target, "--tgt-lang")):
            name = "standard input" if str(path) == "-" else str(path)
            check_declared_language(text, lang, name, functools.partial(_language_fix, option=option, lang=lang))
    translator = None if args.no_model else Translator(settings, log=log_to_stderr(args))
    result = align_texts(
        source, target, src_lang, tgt_lang,
        lines=args.lines,
        translator=translator,
        model_required=tgt_lang in settings.models,
        log=LOG.warning,
    )
    evidence = relation_evidence(result.source_sentences, result.target_sentences, src_lang, tgt_lang, result.alignment.links)
    if evidence.relation != "translation":
        # Two outlets' own reports pair up by force here, sentence for sentence: say so, and what fits them.
        LOG.warning(
            f"notice: {args.target} does not read as a translation of {args.source} ({relation_words(evidence)}); "
            "the links pair its sentences in order all the same: for another outlet's own report of the story, "
            f"use translate compare {args.source} --with {tgt_lang}={args.target}"
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


def _language_fix(found: str, option: str, lang: str) -> str:
    from ..languages import language

    return f"give {option} {found} (the texts in the order SRC TGT); or pass --no-language-check if it is {language(lang).name}"
