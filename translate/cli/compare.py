"""`translate compare SRC --with uk=FILE --with ru:RIA=FILE ...`: provided texts (translations or
independent coverage) side by side with the English, and the coverage report."""

from __future__ import annotations

import argparse
import functools
import itertools
import sys
from pathlib import Path
from typing import Any

from ..errors import InputError, UsageError
from .common import (
    LOG,
    add_common,
    add_input_options,
    add_language_check,
    add_model_options,
    add_output_options,
    check_settings,
    log_to_stderr,
    read_input,
    settings_from_args,
)

HELP = "align an English article with translations or other outlets' reports of it, and report the coverage"
FORMATS = ("json", "text", "side", "report", "html", "tmx", "md")
RELATIONS = ("auto", "translation", "coverage")
NAME_HOW = "--with {lang}:NAME=FILE"


def register(sub: Any) -> None:
    p = sub.add_parser(
        "compare",
        help=HELP,
        description=(
            "Align an English article with texts you already have: translations of it, or independent reports "
            "of the same story by other outlets. A language may have several texts, each named (--with ru:RIA=ria.txt; "
            "unnamed ones take their file name). Each text is classified as a translation or as independent coverage "
            "(--relation to choose); coverage texts get many-to-many links and a coverage report (--format report). "
            "With --translate the tool's own translation is added as LANG-mt (uk-mt); with --back-translate each text's "
            "English machine translation is added next to it (ru-en, ru-en:RIA) and the coverage aligner also compares "
            "meaning (model mode). Entities are highlighted in every column."
        ),
    )
    p.add_argument("input", help="the English article (UTF-8 file, or - for standard input)")
    p.add_argument(
        "--with", dest="provided", action="append", default=[], metavar="LANG[:NAME]=FILE",
        help="a text in uk, ru or hu, e.g. --with uk=article.uk.txt or --with ru:RIA=ria.txt (repeatable; "
        "several texts of one language are named by NAME or else by their file name)",
    )
    p.add_argument(
        "--relation", action="append", default=[], type=_relation_value, metavar="[KEY=]RELATION",
        help="auto (default: decided for each text from its alignment), translation or coverage, for every text "
        "or for one (--relation ru:RIA=coverage; repeatable)",
    )
    p.add_argument("--translate", action="store_true", help="add the tool's own translation of each language (as LANG-mt)")
    p.add_argument(
        "--back-translate", action="store_true",
        help="add each text's English machine translation next to it (as LANG-en, LANG-en:NAME), sentence for "
        "sentence; coverage texts are then aligned in model mode (needs the LANG-en models: translate models pull ru-en)",
    )
    p.add_argument(
        "--format", choices=FORMATS, default="json",
        help="output format (default json); report: the coverage report, readable in a terminal",
    )
    add_output_options(p, "write one file per version, the JSON and the --format file into DIR")
    p.add_argument(
        "--ner", default="auto", metavar="MODEL",
        help="hub id or folder of an English NER model; 'none' for the glossary only "
        "(default: dslim/bert-base-NER when it is cached or can be downloaded, else none with a notice)",
    )
    p.add_argument("--entities", type=Path, metavar="FILE", help="a glossary / watch list of names (JSON or CSV)")
    add_input_options(p)
    add_language_check(p)
    add_model_options(p)
    add_common(p)


def check_argv(argv: list[str]) -> None:
    """Before parsing: a ``--with`` value is one word with its '='. ``--with ru ria.txt`` would else fail
    as a stray argument (ria.txt), with argparse's usage text and no word on the fix."""
    for option, value in itertools.pairwise(argv):
        if option == "--with" and len(value) <= 12 and value.replace(":", "").isalnum():  # a language (and name) alone
            raise UsageError(f"--with {value!r} is not LANG=FILE; write the language and the file as one word, e.g. --with {value}=article.{value.partition(':')[0]}.txt")
    # One glossary: a second --entities would silently replace the first (merge the lists into one file).
    glossaries = [arg for arg in argv if arg == "--entities" or arg.startswith("--entities=")]
    if len(glossaries) > 1:
        raise UsageError("--entities is given twice; give one glossary (put all the names in one file)")


def _relation_value(value: str) -> tuple[str, str]:
    """``coverage`` -> ("", "coverage"); ``ru:RIA=coverage`` -> ("ru:RIA", "coverage")."""
    key, sep, relation = value.rpartition("=")
    relation = relation.strip().lower()
    if relation not in RELATIONS or (sep and not key.strip()):
        raise argparse.ArgumentTypeError(
            f"'{value}' is not a relation; write auto, translation or coverage, or KEY=RELATION (e.g. ru:RIA=coverage)"
        )
    return key.strip(), relation


def parse_with(value: str) -> tuple[str, str, str]:
    """One ``--with`` value as (language, name or "", file)."""
    from ..languages import BACK_SUFFIX, MT_SUFFIX, TARGET_LANGUAGES, normalize_code, unknown_language

    left, sep, path = value.partition("=")
    lang, _, name = left.partition(":")
    typed = lang.strip().lower()
    lang = normalize_code(lang)  # the aliases every command takes: ua, ukr, rus, hun
    for suffix, meaning in ((MT_SUFFIX, "the tool's own translation (--translate)"), (BACK_SUFFIX, "a text's English back-translation (--back-translate)")):
        if typed == lang + suffix:  # read as a region tag, uk-mt would silently be plain uk
            raise UsageError(
                f"--with {value!r}: {typed} is the key of {meaning}; give your text as --with {lang}={path.strip() or 'FILE'} "
                f"or name it: --with {lang}:NAME={path.strip() or 'FILE'}"
            )
    if not sep or not path.strip():
        raise UsageError(f"--with {value!r} is not LANG=FILE; write e.g. --with uk=article.uk.txt")
    if lang == "en":  # the texts given the wrong way round
        raise UsageError(
            f"--with {value!r}: --with gives the uk, ru or hu texts compared with the English article, which is "
            f"compare's first argument (one English text); write the file's own language (e.g. --with hu={path.strip()}), or "
            f"give it first if it is the English article: translate compare {path.strip()} --with LANG=FILE"
        )
    if lang not in TARGET_LANGUAGES:
        raise UsageError(f"--with {value!r}: {unknown_language(lang, TARGET_LANGUAGES)}")
    if ":" in left and not name.strip():
        raise UsageError(f"--with {value!r} has an empty name; write e.g. --with {lang}:RIA={path.strip()}")
    return lang, name.strip(), path.strip()


def stem_name(path: str, lang: str) -> str:
    """The name a file gives its text: its stem without the language tag (``ru-ria.txt`` -> ``ria``)."""
    from ..files import output_stem

    stem = output_stem(Path(path))
    for separator in "-_.":
        if stem.lower().startswith(lang + separator) and len(stem) > len(lang) + 1:
            return stem[len(lang) + 1 :]
    return stem


def provided_files(values: list[str]) -> dict[str, str]:
    """Key -> file for the ``--with`` values (see :func:`translate.languages.provided_keys`)."""
    from ..languages import check_text_name, provided_keys

    parsed = [parse_with(value) for value in values]
    entries = []
    for lang, name, path in parsed:
        fallback = stem_name(path, lang)
        if not name and sum(other == lang for other, _, _ in parsed) > 1:
            try:
                check_text_name(fallback)
            except UsageError:
                raise UsageError(
                    f"--with {lang}={path}: the file name {fallback!r} cannot name the text; name it: {NAME_HOW.format(lang=lang)}"
                ) from None
        entries.append((lang, name, fallback))
    keys = provided_keys(entries, NAME_HOW)
    return {key: path for key, (_, _, path) in zip(keys, parsed, strict=True)}


def check_once(values: list[str], article: str = "") -> None:
    """UsageError when two ``--with`` give the same file (by its resolved path), whatever their languages,
    or when standard input is given twice (it can be read once)."""
    seen: dict[Path, str] = {}
    for value in values:
        lang, name, path = parse_with(value)
        label = f"{lang}:{name}" if name else lang
        if path == "-" and article == "-":
            raise UsageError(f"standard input is the English article here, so it cannot also be the {label} text; give that text as a file")
        resolved = Path(path).resolve()
        if resolved in seen and path == "-":
            raise UsageError(f"standard input is given twice{_as(seen[resolved], label)}; it can be read once: give the other text as a file")
        if resolved in seen:
            raise UsageError(f"{path} is given twice{_as(seen[resolved], label)}; give each text once")
        seen[resolved] = label


def _as(first: str, second: str) -> str:
    return f" (as {first} and {second})" if first != second else ""


def check_texts(text: str, provided: dict[str, str], files: dict[str, str], args: argparse.Namespace) -> None:
    """Before any work: the library's checks of the texts, no text given twice, and (unless
    --no-language-check) each in the language it is given as."""
    from ..compare import check_inputs
    from ..languages import key_language
    from ..text.language_id import check_declared_language

    check_inputs(text, provided)
    seen: dict[str, str] = {}
    for key, body in provided.items():
        words = " ".join(body.split())  # the same text with other line endings or spacing (a CRLF copy) too
        if words in seen:
            first = seen[words]
            raise UsageError(f"{files[key]} has the same text as {files[first]} (as {first} and {key}); give each text once")
        seen[words] = key
    if not args.language_check:
        return
    escape = ", or pass --no-language-check if it is"
    source = "standard input" if args.input == "-" else str(args.input)
    check_declared_language(
        text, "en", source, lambda found: f"compare takes the English article first{escape} English"
    )
    wrong: list[str] = []  # every text given in the wrong language, not the first only (two files swapped)
    for key, path in files.items():
        lang = key_language(key)
        name = "standard input" if path == "-" else path
        try:
            check_declared_language(provided[key], lang, name, functools.partial(_with_fix, path=path, lang=lang, escape=escape))
        except InputError as error:
            wrong.append(str(error))
    if len(wrong) == 1:
        raise InputError(wrong[0])
    if wrong:
        raise InputError(f"{len(wrong)} texts are not in the language they are given as: " + "; ".join(wrong))


def _with_fix(found: str, path: str, lang: str, escape: str) -> str:
    from ..languages import TARGET_LANGUAGES, language_name

    declared = f"{escape} {language_name(lang)}"
    if found not in TARGET_LANGUAGES:
        return f"the English article is compare's first argument{declared}"
    return f"give it as --with {found}={path} (or --with {found}:NAME={path}){declared}"


def relations(values: list[tuple[str, str]], keys: list[str]) -> str | dict[str, str]:
    """The ``relation`` argument of :func:`translate.compare.compare` from the ``--relation`` values."""
    from ..languages import key_language

    default = "auto"
    chosen: dict[str, str] = {}
    given: dict[str, str] = {}
    by_language: dict[str, str] = {}  # --relation ru=coverage: every Russian text (none is named plain ru)
    for key, relation in values:
        # Two different answers for one text (or for all) would leave one of them ignored without a word.
        if given.setdefault(key, relation) != relation:
            which = f"the text {key}" if key else "all texts"
            raise UsageError(f"--relation is given twice for {which} ({given[key]} and {relation}); give one")
        if not key:
            default = relation
        elif key in keys:
            chosen[key] = relation
        elif any(key_language(k) == key for k in keys):
            by_language[key] = relation
        else:
            import difflib

            known = ", ".join(keys) or "none"
            near = difflib.get_close_matches(key.lower(), [k.lower() for k in keys], n=1, cutoff=0.6)
            hint = f"did you mean {next(k for k in keys if k.lower() == near[0])}? " if near else ""
            raise UsageError(f"--relation {key}={relation}: no text is named {key}; {hint}the texts are: {known}")
    if not chosen and not by_language:
        return default
    return {key: chosen.get(key, by_language.get(key_language(key), default)) for key in keys}


def run(args: argparse.Namespace) -> int:
    from ..compare import compare
    from ..entities import load_glossary
    from ..languages import back_key, key_language, machine_key
    from ..pipeline import Translator
    from ..render import render
    from ..types import RELATION_COVERAGE
    from . import outputs

    check_once(args.provided, str(args.input))
    files = provided_files(args.provided)
    relation = relations(args.relation, list(files))
    settings = settings_from_args(args)
    if args.translate or args.back_translate:
        check_settings(settings)
    glossary = load_glossary(args.entities, log=LOG.warning) if args.entities else ()
    text, stem = read_input(args, args.input)
    provided = {key: read_input(args, path)[0] for key, path in files.items()}
    check_texts(text, provided, files, args)
    formats = () if args.format in ("json", "text") else (args.format,)
    guard = None
    if args.output:
        languages = dict.fromkeys(key_language(key) for key in files)
        keys = [*files, *(back_key(key) for key in files if args.back_translate)]
        keys += [machine_key(lang) for lang in languages if args.translate]
        inputs = [args.input, *files.values(), *([args.entities] if args.entities else [])]
        guard = outputs.prepare(args, stem, keys, formats, inputs)
    translator = Translator(settings, log=log_to_stderr(args)) if args.translate or args.back_translate else None
    document = compare(
        text, provided, translator=translator, ner=args.ner, glossary=glossary, relation=relation, log=LOG.warning,
        back_translate=args.back_translate, forward=args.translate,
    )
    if args.format == "tmx":
        # A translation memory holds translations only: say on stderr, not only in the file, what it leaves out.
        coverage = [key for key, t in document.translations.items() if t.relation == RELATION_COVERAGE and not t.back_translation_of]
        if coverage:
            LOG.warning("notice: the TMX leaves out %s: independent coverage, no translation of the English "
                        "(use --format report, html or json for coverage; --relation translation if it is one)",
                        ", ".join(coverage))
    if guard is not None:
        outputs.write(document, args, stem, formats, guard)
    else:
        sys.stdout.write(render(document, args.format))
    return 0
