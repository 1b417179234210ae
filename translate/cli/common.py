"""What every command shares: the parser class, the model, input and output options, LANG=VALUE
parsing, settings from options (over the config file and environment), messages and progress bars."""

from __future__ import annotations

import argparse
import logging
import os
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from ..engines import ENGINES, QUANTIZATIONS, device_problem
from ..errors import UsageError
from ..limits import DEFAULT_BEAM

if TYPE_CHECKING:
    from ..pipeline import Settings
    from .config import Defaults

Log = Callable[[str], None]
ProgressUpdate = Callable[[str, int, int], None]
LOG = logging.getLogger("translate")


_INVALID_CHOICE = re.compile(r"invalid choice: '([^']*)' \(choose from (.*)\)$")


def _with_closest_choice(message: str) -> str:
    """argparse's "invalid choice" message with the choice the value is likely a typo of ("reprot": report)."""
    import difflib

    found = _INVALID_CHOICE.search(message)
    if found is None:
        return message
    choices = re.findall(r"'([^']*)'", found.group(2))
    close = difflib.get_close_matches(found.group(1), choices, n=1, cutoff=0.6)
    return message.replace("(choose from", f"(did you mean '{close[0]}'? choose from", 1) if close else message


class Parser(argparse.ArgumentParser):
    commands: dict[str, Parser]  # the top-level parser's command parsers, by name (made with parser_class=Parser)

    def error(self, message: str) -> NoReturn:
        """Exit 2, as argparse does, with one line: the problem and where the options are (argparse's
        usage text before it buried the line that matters)."""
        prog = self.prog.replace("translate translate", "translate")  # the default command says it as users type it
        self.exit(2, f"error: {_with_closest_choice(message)}; see '{prog} --help'\n")

    def unrecognized(self, extras: list[str]) -> NoReturn:
        """The arguments no option of this command takes, with the option each may be a typo of."""
        import difflib

        options = [o for action in self._actions for o in action.option_strings]
        hints = []
        for extra in extras:
            close = difflib.get_close_matches(extra.partition("=")[0], options, n=1, cutoff=0.7) if extra.startswith("-") else []
            if close:
                hints.append(f"{extra!r} is not an option (did you mean {close[0]}?)")
        self.error("; ".join(hints) if hints else f"unrecognized arguments: {' '.join(extras)}")


def device_value(value: str) -> str:
    problem = device_problem(value.strip())
    if problem:
        raise argparse.ArgumentTypeError(problem)
    return value.strip()


def threads_value(value: str) -> int:
    try:
        threads = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a whole number") from None
    if threads < 0:
        raise argparse.ArgumentTypeError(f"{threads} is not allowed; give 1 or more (0: decided from the CPU count)")
    return threads


def add_model_options(parser: argparse.ArgumentParser) -> None:
    """Defaults are None here: an option not given falls back to the environment, then the config file."""
    group = parser.add_argument_group("models and engine (defaults: $TRANSLATE_* variables, then the config file)")
    group.add_argument(
        "--engine", choices=tuple(ENGINES), default=None, help="translation engine (default: ctranslate2 when installed)"
    )
    group.add_argument(
        "--model", action="append", default=[], metavar="LANG=MODEL",
        help="hub id or local folder for one target language or direction, e.g. --model uk=./models/en-uk, "
        "--model ru-en=./models/zle-en (repeatable)",
    )
    group.add_argument("--revision", default=None, help="pin a hub revision (branch, tag or commit)")
    group.add_argument("--beam", type=int, default=None, help=f"beam size (default {DEFAULT_BEAM})")
    group.add_argument("--device", type=device_value, default=None, metavar="{cpu,cuda,cuda:N,auto}", help="where to run (default cpu)")
    group.add_argument("--quantization", choices=QUANTIZATIONS, default=None, help="CTranslate2 compute type (default int8)")
    group.add_argument(
        "--threads", type=threads_value, default=0, metavar="N",
        help="CPU threads, 1 to the number of cores (default: decided from the CPU count)",
    )
    group.add_argument("--config", type=Path, default=None, metavar="FILE", help="config file (default: ~/.config/newsalign-translate/config.toml)")


def add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--quiet", "-q", action="store_true", help="errors only: no progress bars, notices or warnings")
    parser.add_argument("--debug", action="store_true", help="debug messages, third-party warnings and tracebacks")


def add_input_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("input")
    group.add_argument(
        "--encoding", default=None, metavar="ENCODING",
        help="the encoding of input files that are not UTF-8, e.g. cp1251; a file that is valid UTF-8 "
        "(or starts with a BOM) is still read as UTF-8, so one command can mix both",
    )
    group.add_argument(
        "--extract-html", action="store_true",
        help="for an HTML page, translate the article text found in it (needs trafilatura)",
    )


def add_language_check(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--no-language-check", dest="language_check", action="store_false",
        help="do not refuse a text that looks like another language than the one it is given as",
    )


def add_output_options(parser: argparse.ArgumentParser, what: str) -> None:
    group = parser.add_argument_group("output")
    group.add_argument("-o", "--output", type=Path, metavar="DIR", help=f"{what}; with -o nothing is printed but the list of files written")
    group.add_argument("--force", action="store_true", help="with -o: replace files this tool did not write, or that changed since")


def lang_pairs(values: Sequence[str], option: str, what: str, example: str) -> dict[str, str]:
    """Parse repeated ``LANG=VALUE`` options (``--model``, ``--with``) for the target languages."""
    from ..languages import TARGET_LANGUAGES, normalize_code, unknown_language

    pairs: dict[str, str] = {}
    for value in values:
        raw, sep, rest = value.partition("=")
        if not sep or not rest.strip():
            raise UsageError(f"{option} {value!r} is not LANG={what}; write e.g. {option} {example}")
        lang = normalize_code(raw)
        if lang not in TARGET_LANGUAGES:
            raise UsageError(f"{option} {value!r}: {unknown_language(raw.strip().lower(), TARGET_LANGUAGES)}")
        if lang in pairs:
            raise UsageError(f"{option} {lang}=… is given twice; give one per language")
        pairs[lang] = rest.strip()
    return pairs


def model_pairs(values: Sequence[str]) -> dict[str, str]:
    """Parse repeated ``--model KEY=MODEL``: KEY is a target language (``uk`` = en → uk) or a direction (``ru-en``)."""
    from .config import model_key

    pairs: dict[str, str] = {}
    for value in values:
        key, sep, rest = value.partition("=")
        if not sep or not rest.strip():
            raise UsageError(
                f"--model {value!r} is not LANG=MODEL; write e.g. --model uk=Helsinki-NLP/opus-mt-en-uk, "
                "--model uk=./folder or --model ru-en=./folder"
            )
        name = model_key(key)
        if name in pairs:
            raise UsageError(f"--model {name}=… is given twice; give one per direction")
        pairs[name] = rest.strip()
    return pairs
def defaults_from_args(args: argparse.Namespace) -> Defaults:
    from .config import load_defaults

    return load_defaults(getattr(args, "config", None))


def settings_from_args(args: argparse.Namespace) -> Settings:
    """Settings from the options that add_model_options defines, over the environment and config file."""
    from ..pipeline import Settings

    defaults = defaults_from_args(args)
    models = {lang: setting.value for lang, setting in defaults.models.items()}
    models.update(model_pairs(args.model))

    def pick(option: str, key: str) -> Any:
        given = getattr(args, option, None)
        return given if given is not None else defaults.values[key].value

    return Settings(
        engine=pick("engine", "engine"),
        beam_size=pick("beam", "beam"),
        models=models,
        revision=args.revision,
        device=pick("device", "device"),
        quantization=pick("quantization", "quantization"),
        threads=args.threads,
    )


def cpu_count() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def check_settings(settings: Settings) -> None:
    """Everything about the settings that can be known before a model loads (errors raise; odd values warn)."""
    settings.validate()
    cores = cpu_count()
    if settings.threads > cores:
        LOG.warning(
            f"warning: --threads {settings.threads} is more than the {cores} CPU cores here; "
            f"that makes translation slower, not faster (use at most {cores}, or leave it out)"
        )


def log_to_stderr(args: argparse.Namespace | None = None) -> Log:
    """The messages of the library (loading, converting, notices) as log lines on stderr."""
    return LOG.info


def setup_logging(args: argparse.Namespace) -> None:
    """Messages through ``logging`` on stderr: --quiet shows errors only, --debug everything.

    Third-party warnings and banners the user cannot act on are silenced unless --debug.
    """
    debug, quiet = getattr(args, "debug", False), getattr(args, "quiet", False)
    level = logging.DEBUG if debug else logging.ERROR if quiet else logging.INFO
    if not any(getattr(h, "translate_cli", False) for h in LOG.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(message)s"))
        handler.translate_cli = True  # type: ignore[attr-defined]
        LOG.addHandler(handler)
    LOG.setLevel(level)
    LOG.propagate = False
    if not debug:
        import warnings

        os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
        os.environ.setdefault("TRANSFORMERS_NO_ADVISORY_WARNINGS", "1")
        warnings.filterwarnings("ignore", message=r"Recommended: pip install sacremoses")
        warnings.filterwarnings("ignore", category=FutureWarning)
        warnings.filterwarnings("ignore", category=DeprecationWarning)


class ProgressBars:
    """A tqdm bar per language on stderr, shown only when stderr is a terminal and not --quiet.

    The totals may grow (retries add work) and the bars are closed without a trace at the end.
    """

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.bars: dict[str, Any] = {}

    def update(self, lang: str, done: int, total: int) -> None:
        from tqdm import tqdm

        bar = self.bars.get(lang)
        if bar is None:
            bar = self.bars[lang] = tqdm(
                total=total, desc=f"translating {lang}", unit="sent", file=sys.stderr, leave=False, dynamic_ncols=True
            )
        if bar.total != total:
            bar.total = total
            bar.refresh()
        bar.update(done - bar.n)

    def close(self) -> None:
        for bar in self.bars.values():
            bar.close()
        self.bars.clear()


def progress_bars(args: argparse.Namespace) -> tuple[ProgressUpdate | None, Callable[[], None]]:
    bars = ProgressBars(not args.quiet and sys.stderr.isatty())
    return (bars.update if bars.enabled else None), bars.close


def read_input(args: argparse.Namespace, path: str) -> tuple[str, str]:
    """(text, output stem) of one input file, with the command's --encoding and --extract-html."""
    from ..files import read_article

    return read_article(path, encoding=getattr(args, "encoding", None), extract_html=getattr(args, "extract_html", False), log=LOG.info)
