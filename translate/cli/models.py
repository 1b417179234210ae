"""`translate models list|pull|convert`: the local model caches, downloads and CTranslate2 copies."""

from __future__ import annotations

import argparse
from typing import Any

from .common import Parser, add_common, add_model_options, log_to_stderr, settings_from_args


def register(sub: Any) -> None:
    p = sub.add_parser("models", help="list, download or convert models")
    actions = p.add_subparsers(dest="models_command", metavar="ACTION", parser_class=Parser, required=True)
    m = actions.add_parser("list", help="models in the local caches, and the defaults")
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
        return list_models()
    return pull_or_convert(args)


def list_models() -> int:
    from ..languages import DEFAULT_MODELS
    from ..models import list_cached

    print("default models:")
    for lang, choice in DEFAULT_MODELS.items():
        token = f" (target token {choice.target_token})" if choice.target_token else ""
        print(f"  {lang}: {choice.model_id}{token}")
    cached = list_cached()
    print("cached:" if cached else "cached: none (run 'translate models pull' on a connected machine)")
    for item in cached:
        print(f"  {item.model_id}  {item.kind}  {item.revision[:12]}  {item.size_bytes / 1e6:.0f} MB  {item.path}")
    return 0


def pull_or_convert(args: argparse.Namespace) -> int:
    from ..languages import TARGET_LANGUAGES, parse_targets
    from ..models import download, ensure_ct2, resolve

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
            folder = download(spec, revision=settings.revision, lang=lang, log=log)
            log(f"{lang}: {spec} is in the cache at {folder}")
        else:
            model = resolve(spec, revision=settings.revision, lang=lang)
            folder = ensure_ct2(model, settings.quantization if settings.quantization != "none" else "float32", log=log)
            log(f"{lang}: CTranslate2 model ready at {folder}")
    return 0
