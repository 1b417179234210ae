"""`translate models list|pull|convert`: the local model caches, downloads and CTranslate2 copies."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from .common import (
    Parser,
    add_common,
    add_model_options,
    defaults_from_args,
    log_to_stderr,
    settings_from_args,
)


def register(sub: Any) -> None:
    p = sub.add_parser("models", help="list, download or convert models")
    actions = p.add_subparsers(dest="models_command", metavar="ACTION", parser_class=Parser, required=True)
    m = actions.add_parser("list", help="the defaults in force (and where each came from) and the models in the local caches")
    m.add_argument("--config", type=Path, default=None, metavar="FILE", help="config file (default: ~/.config/newsalign-translate/config.toml)")
    add_common(m)
    m = actions.add_parser("pull", help="download models (all default models when no language is given)")
    m.add_argument("langs", nargs="*", help="target languages (uk, ru, hu)")
    add_model_options(m)
    add_common(m)
    m = actions.add_parser("convert", help="convert models for CTranslate2 ahead of time")
    m.add_argument("langs", nargs="*", help="target languages (uk, ru, hu)")
    add_model_options(m)
    add_common(m)


def run(args: argparse.Namespace) -> int:
    if args.models_command == "list":
        return list_models(args)
    return pull_or_convert(args)


def list_models(args: argparse.Namespace) -> int:
    """The model, engine and decoding defaults in force, each with where it came from, then the caches."""
    from ..languages import DEFAULT_MODELS
    from ..models import list_cached
    from .config import BUILT_IN

    defaults = defaults_from_args(args)
    print("defaults (command line > environment > config file > built-in):")
    for key, setting in defaults.values.items():
        value = setting.value if setting.value != "" else "ctranslate2 when installed, else transformers"
        print(f"  {key}: {value}  ({setting.source})")
    print("models:")
    for lang, choice in DEFAULT_MODELS.items():
        configured = defaults.models.get(lang)
        if configured:
            print(f"  {lang}: {configured.value}  ({configured.source})")
        else:
            token = f", target token {choice.target_token}" if choice.target_token else ""
            print(f"  {lang}: {choice.model_id}  ({BUILT_IN}{token})")
    cached = list_cached()
    print("cached:" if cached else "cached: none (run 'translate models pull' on a connected machine)")
    for item in cached:
        print(f"  {item.model_id}  {item.kind}  {item.revision[:12]}  {item.size_bytes / 1e6:.0f} MB  {item.path}")
    return 0


def pull_or_convert(args: argparse.Namespace) -> int:
    from ..languages import TARGET_LANGUAGES, parse_targets
    from ..models import check_folder, download, ensure_ct2, is_local, resolve

    log = log_to_stderr(args)
    langs = parse_targets(args.langs) if args.langs else TARGET_LANGUAGES
    settings = settings_from_args(args)
    seen: set[str] = set()
    for lang in langs:
        spec, _ = settings.model_spec(lang)
        if spec in seen:
            continue
        seen.add(spec)
        if args.models_command == "pull":
            if is_local(spec):
                check_folder(Path(spec).expanduser())  # says what is wrong with the folder, if anything
                log(f"{lang}: {spec} is a local folder; there is nothing to download")
                continue
            folder = download(spec, revision=settings.revision, lang=lang, log=log)
            log(f"{lang}: {spec} is in the cache at {folder}")
        else:
            model = resolve(spec, revision=settings.revision, lang=lang)
            folder = ensure_ct2(model, settings.quantization if settings.quantization != "none" else "float32", log=log)
            log(f"{lang}: CTranslate2 model ready at {folder}")
    return 0
