"""The `translate` command: parse arguments, call the library, print. Nothing else lives here."""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from . import __version__
from .errors import TranslateError, UsageError

FORMATS = ("text", "side", "json", "html", "tmx", "md")  # translate.export.FORMATS, without importing it here

SUBCOMMANDS = ("translate", "split", "models", "align", "compare", "serve", "batch")
FEATURE_COMMANDS = {
    "align": "translate.cli_align",
    "compare": "translate.cli_compare",
    "serve": "translate.cli_serve",
    "batch": "translate.cli_batch",
}


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # exit 2 with a one-line hint, as argparse does, but shorter
        self.print_usage(sys.stderr)
        self.exit(2, f"error: {message}\n")


def _add_model_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("models and engine")
    group.add_argument("--engine", default="", help="ctranslate2 (default when installed) or transformers")
    group.add_argument(
        "--model", action="append", default=[], metavar="LANG=MODEL",
        help="hub id or local folder for one target language, e.g. --model uk=./models/en-uk (repeatable)",
    )
    group.add_argument("--revision", default=None, help="pin a hub revision (branch, tag or commit)")
    group.add_argument("--beam", type=int, default=4, help="beam size (default 4)")
    group.add_argument("--device", default="cpu", help="cpu (default), cuda or auto")
    group.add_argument("--quantization", default="int8", help="CTranslate2 compute type: int8 (default) or none")
    group.add_argument("--threads", type=int, default=0, help="CPU threads (default: decided from the CPU count)")


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--quiet", "-q", action="store_true", help="no progress bars or messages on stderr")
    parser.add_argument("--debug", action="store_true", help="show tracebacks")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="translate",
        description="Translate an English news article into Ukrainian, Russian and Hungarian and read the versions side by side.",
        epilog="Run 'translate COMMAND --help' for one command. 'translate FILE --to uk,ru,hu' is short for 'translate translate FILE ...'.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

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
    _add_model_options(p)
    _common(p)

    p = sub.add_parser("split", help="split text into sentences, one per line")
    p.add_argument("input", help="a UTF-8 text file, or - for standard input")
    p.add_argument("--lang", default="en", help="language of the text: en, uk, ru or hu (default en)")
    p.add_argument("--format", choices=("text", "json"), default="text")
    _common(p)

    p = sub.add_parser("models", help="list, download or convert models")
    msub = p.add_subparsers(dest="models_command", metavar="ACTION", parser_class=_Parser, required=True)
    m = msub.add_parser("list", help="models in the local caches, and the defaults")
    _common(m)
    m = msub.add_parser("pull", help="download models (all default models when no language is given)")
    m.add_argument("langs", nargs="*", help="target languages (uk, ru, hu)")
    _add_model_options(m)
    _common(m)
    m = msub.add_parser("convert", help="convert models for CTranslate2 ahead of time")
    m.add_argument("langs", nargs="*", help="target languages (uk, ru, hu)")
    _add_model_options(m)
    _common(m)
    # Commands that live with their feature: translate/cli_<name>.py exposes register(sub) and run(args).
    for name, module_name in FEATURE_COMMANDS.items():
        if importlib.util.find_spec(module_name) is not None:
            module = importlib.import_module(module_name)
            module.register(sub, model_options=_add_model_options, common=_common)
            COMMANDS[name] = module.run
    return parser


def lang_pairs(values: Sequence[str], option: str, what: str, example: str) -> dict[str, str]:
    """Parse repeated ``LANG=VALUE`` options (``--model``, ``--with``) for the target languages."""
    from .languages import TARGET_LANGUAGES

    pairs: dict[str, str] = {}
    for value in values:
        lang, sep, rest = value.partition("=")
        lang = lang.strip().lower()
        if not sep or not rest.strip():
            raise UsageError(f"{option} {value!r} is not LANG={what}; write e.g. {option} {example}")
        if lang not in TARGET_LANGUAGES:
            raise UsageError(f"{option} {value!r}: language '{lang}' is not supported; choose from: {', '.join(TARGET_LANGUAGES)}")
        if lang in pairs:
            raise UsageError(f"{option} {lang}=… is given twice; give one per language")
        pairs[lang] = rest.strip()
    return pairs


def settings_from_args(args: argparse.Namespace) -> Any:
    """Settings from the options that _add_model_options defines (shared by every command)."""
    from .pipeline import Settings

    return Settings(
        engine=args.engine,
        beam_size=args.beam,
        models=lang_pairs(args.model, "--model", "MODEL", "uk=Helsinki-NLP/opus-mt-en-uk or --model uk=./folder"),
        revision=args.revision,
        device=args.device,
        quantization=args.quantization,
        threads=args.threads,
    )


def log_to_stderr(args: argparse.Namespace) -> Callable[[str], None]:
    def log(message: str) -> None:
        if not args.quiet:
            print(message, file=sys.stderr, flush=True)

    return log


def progress_bars(args: argparse.Namespace) -> tuple[Callable[[str, int, int], None] | None, Callable[[], None]]:
    """A tqdm bar per language on stderr, shown only when stderr is a terminal and not --quiet."""
    if args.quiet or not sys.stderr.isatty():
        return None, lambda: None
    from tqdm import tqdm

    bars: dict[str, Any] = {}

    def update(lang: str, done: int, total: int) -> None:
        bar = bars.get(lang)
        if bar is None:
            bar = bars[lang] = tqdm(total=total, desc=f"translating {lang}", unit="sent", file=sys.stderr, leave=False)
        bar.update(done - bar.n)

    def close() -> None:
        for bar in bars.values():
            bar.close()

    return update, close


def cmd_translate(args: argparse.Namespace) -> int:
    from .entities import annotate
    from .files import read_article
    from .languages import parse_targets
    from .pipeline import Translator
    from .render import flag_summary, prepare_output_folder, render, write_outputs

    targets = parse_targets(args.to)
    settings = settings_from_args(args)
    text, stem = read_article(args.input)
    if args.output:
        prepare_output_folder(args.output)  # fail before the slow part
    translator = Translator(settings, log=log_to_stderr(args))
    update, close = progress_bars(args)
    try:
        document = translator.translate_document(text, targets, progress=update)
    finally:
        close()
    if args.ner or args.entities:
        document = annotate(document, ner=args.ner, entities_file=args.entities, translator=translator)
    if args.output:
        for path in write_outputs(document, args.output, stem, (args.format,)):
            log_to_stderr(args)(f"wrote {path}")
    sys.stdout.write(render(document, args.format))
    flagged = flag_summary(document)
    for line in flagged if len(flagged) <= 40 else [*flagged[:20], f"… {len(flagged) - 20} more lines: see the JSON output"]:
        log_to_stderr(args)(f"flag: {line}")
    return 0


def cmd_split(args: argparse.Namespace) -> int:
    from .files import read_article
    from .languages import language
    from .text.segmentation import split_sentences

    language(args.lang)
    text, _ = read_article(args.input)
    sentences = split_sentences(text, args.lang)
    if args.format == "json":
        payload = [{"text": s.text, "start": s.start, "end": s.end} for s in sentences]
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=1) + "\n")
    else:
        # One sentence per line: a line break inside a sentence cannot occur (lines are hard boundaries).
        sys.stdout.write("".join(s.text + "\n" for s in sentences))
    return 0


def cmd_models(args: argparse.Namespace) -> int:
    from .languages import DEFAULT_MODELS, TARGET_LANGUAGES, parse_targets
    from .models import download, ensure_ct2, list_cached, resolve

    if args.models_command == "list":
        print("default models:")
        for lang, choice in DEFAULT_MODELS.items():
            token = f" (target token {choice.target_token})" if choice.target_token else ""
            print(f"  {lang}: {choice.model_id}{token}")
        cached = list_cached()
        print("cached:" if cached else "cached: none (run 'translate models pull' on a connected machine)")
        for item in cached:
            print(f"  {item.model_id}  {item.kind}  {item.revision[:12]}  {item.size_bytes / 1e6:.0f} MB  {item.path}")
        return 0
    langs = parse_targets(args.langs) if args.langs else TARGET_LANGUAGES
    settings = settings_from_args(args)
    seen: set[str] = set()
    for lang in langs:
        spec, _ = settings.model_spec(lang)
        if spec in seen:
            continue
        seen.add(spec)
        if args.models_command == "pull":
            folder = download(spec, revision=settings.revision, lang=lang, log=log_to_stderr(args))
            log_to_stderr(args)(f"{lang}: {spec} is in the cache at {folder}")
        else:
            model = resolve(spec, revision=settings.revision, lang=lang)
            folder = ensure_ct2(model, settings.quantization if settings.quantization != "none" else "float32", log=log_to_stderr(args))
            log_to_stderr(args)(f"{lang}: CTranslate2 model ready at {folder}")
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "translate": cmd_translate,
    "split": cmd_split,
    "models": cmd_models,
}


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] not in SUBCOMMANDS and not argv[0].startswith("-") or argv[:1] == ["-"]:
        argv.insert(0, "translate")
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help(sys.stderr)
        return 2
    debug = getattr(args, "debug", False)
    try:
        return COMMANDS[args.command](args)
    except TranslateError as error:
        if debug:
            raise
        print(f"error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
