"""What every command shares: the parser class, the model and output options, LANG=VALUE parsing,
settings from options, and the messages and progress bars on stderr."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, NoReturn

from ..engines import ENGINES
from ..errors import UsageError

if TYPE_CHECKING:
    from ..pipeline import Settings

Log = Callable[[str], None]
ProgressUpdate = Callable[[str, int, int], None]


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # exit 2 with a one-line hint, as argparse does, but shorter
        self.print_usage(sys.stderr)
        self.exit(2, f"error: {message}\n")


def add_model_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("models and engine")
    group.add_argument("--engine", default="", help=f"{' or '.join(ENGINES)} (default: ctranslate2 when installed)")
    group.add_argument(
        "--model", action="append", default=[], metavar="LANG=MODEL",
        help="hub id or local folder for one target language or direction, e.g. --model uk=./models/en-uk, "
        "--model ru-en=./models/zle-en (repeatable)",
    )
    group.add_argument("--revision", default=None, help="pin a hub revision (branch, tag or commit)")
    group.add_argument("--beam", type=int, default=4, help="beam size (default 4)")
    group.add_argument("--device", default="cpu", help="cpu (default), cuda or auto")
    group.add_argument("--quantization", default="int8", help="CTranslate2 compute type: int8 (default) or none")
    group.add_argument("--threads", type=int, default=0, help="CPU threads (default: decided from the CPU count)")


def add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--quiet", "-q", action="store_true", help="no progress bars or messages on stderr")
    parser.add_argument("--debug", action="store_true", help="show tracebacks")


def lang_pairs(values: Sequence[str], option: str, what: str, example: str) -> dict[str, str]:
    """Parse repeated ``LANG=VALUE`` options (``--model``, ``--with``) for the target languages."""
    from ..languages import TARGET_LANGUAGES

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


def model_pairs(values: Sequence[str]) -> dict[str, str]:
    """Parse repeated ``--model KEY=MODEL``: KEY is a target language (``uk`` = en → uk) or a direction (``ru-en``)."""
    from ..directions import parse_model_key, short_key

    pairs: dict[str, str] = {}
    for value in values:
        key, sep, rest = value.partition("=")
        if not sep or not rest.strip():
            raise UsageError(
                f"--model {value!r} is not LANG=MODEL; write e.g. --model uk=Helsinki-NLP/opus-mt-en-uk, "
                "--model uk=./folder or --model ru-en=./folder"
            )
        name = short_key(*parse_model_key(key))
        if name in pairs:
            raise UsageError(f"--model {name}=… is given twice; give one per direction")
        pairs[name] = rest.strip()
    return pairs


def settings_from_args(args: argparse.Namespace) -> Settings:
    """Settings from the options that add_model_options defines (shared by every command)."""
    from ..pipeline import Settings

    return Settings(
        engine=args.engine,
        beam_size=args.beam,
        models=model_pairs(args.model),
        revision=args.revision,
        device=args.device,
        quantization=args.quantization,
        threads=args.threads,
    )


def log_to_stderr(args: argparse.Namespace) -> Log:
    def log(message: str) -> None:
        if not args.quiet:
            print(message, file=sys.stderr, flush=True)

    return log


def progress_bars(args: argparse.Namespace) -> tuple[ProgressUpdate | None, Callable[[], None]]:
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
