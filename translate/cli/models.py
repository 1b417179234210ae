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
    m = actions.add_parser("pull", help="download models (every direction's default model when none is given)")
    m.add_argument("langs", nargs="*", help="target languages (uk, ru, hu: out of English) or directions (ru-en, hu-en, hu-uk)")
    add_model_options(m)
    add_common(m)
    m = actions.add_parser("convert", help="convert models for CTranslate2 ahead of time")
    m.add_argument("langs", nargs="*", help="target languages (uk, ru, hu: out of English) or directions (ru-en, hu-en, hu-uk)")
    add_model_options(m)
    add_common(m)


def run(args: argparse.Namespace) -> int:
    if args.models_command == "list":
        return list_models(args)
    return pull_or_convert(args)


def list_models(args: argparse.Namespace) -> int:
    """The model, engine and decoding defaults in force, each with where it came from, every direction's
    model with its published score, then the caches."""
    from ..directions import DIRECTIONS, short_key
    from ..models import list_cached
    from .config import BUILT_IN

    defaults = defaults_from_args(args)
    print("defaults (command line > environment > config file > built-in):")
    for key, setting in defaults.values.items():
        value = setting.value if setting.value != "" else "ctranslate2 when installed, else transformers"
        print(f"  {key}: {value}  ({setting.source})")
    print("models (FLORES-101 devtest BLEU / chrF as published on the model card):")
    for entry in DIRECTIONS.values():
        key = short_key(entry.source, entry.target)
        configured = defaults.models.get(key)
        if configured:
            print(f"  {key}: {configured.value}  ({configured.source})")
            continue
        choice = entry.default
        token = f", target token {choice.target_token}" if choice.target_token else ""
        score = f"  BLEU {choice.flores.bleu:.1f} / chrF {choice.flores.chrf:.3f}" if choice.flores else ""
        print(f"  {key}: {choice.model_id}  ({BUILT_IN}{token}){score}")
        for alternative in entry.alternatives:
            print(f"    or {alternative.model_id} ({alternative.note})")
    print("  other pairs (hu-uk, ru-hu, …) go through English, or use a model named with --model SRC-TGT=…")
    cached = list_cached()
    print("cached:" if cached else "cached: none (run 'translate models pull' on a connected machine)")
    for item in cached:
        print(f"  {item.model_id}  {item.kind}  {item.revision[:12]}  {item.size_bytes / 1e6:.0f} MB  {item.path}")
    return 0


def pull_or_convert(args: argparse.Namespace) -> int:
    from ..directions import DIRECTIONS, parse_model_key, route, short_key
    from ..models import check_folder, download, ensure_ct2, is_local, resolve

    log = log_to_stderr(args)
    settings = settings_from_args(args)
    wanted = [parse_model_key(key) for key in args.langs] if args.langs else list(DIRECTIONS)
    # A pair without a direct model needs its two steps through English.
    pairs = [step for pair in wanted for step in route(*pair, lambda a, b: settings.model_for(a, b) is not None)]
    seen: set[str] = set()
    for source, target in dict.fromkeys(pairs):
        key = short_key(source, target)
        found = settings.model_for(source, target)
        assert found is not None  # route() only returns pairs with a model
        spec, _ = found
        if spec in seen:
            continue
        seen.add(spec)
        if args.models_command == "pull":
            if is_local(spec):
                check_folder(Path(spec).expanduser())  # says what is wrong with the folder, if anything
                log(f"{key}: {spec} is a local folder; there is nothing to download")
                continue
            folder = download(spec, revision=settings.revision, lang=key, log=log)
            log(f"{key}: {spec} is in the cache at {folder}")
        else:
            model = resolve(spec, revision=settings.revision, lang=key)
            folder = ensure_ct2(model, settings.quantization if settings.quantization != "none" else "float32", log=log)
            log(f"{key}: CTranslate2 model ready at {folder}")
    return 0
