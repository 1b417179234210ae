"""`translate serve`: start the web page with the shared model options."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from typing import Any


def register(sub: Any, *, model_options: Callable[[argparse.ArgumentParser], None], common: Callable[[argparse.ArgumentParser], None]) -> None:
    p = sub.add_parser("serve", help="start the web page (Gradio) on this machine")
    p.add_argument("--host", default=os.environ.get("TRANSLATE_WEB_HOST", "127.0.0.1"),
                   help="address to listen on (default 127.0.0.1; 0.0.0.0 opens it to the network)")
    p.add_argument("--port", type=int, default=int(os.environ.get("TRANSLATE_WEB_PORT", "7860") or 7860),
                   help="port (default 7860)")
    p.add_argument("--max-chars", type=int, default=None, help="longest text accepted, in characters (default 20000)")
    p.add_argument("--queue-size", type=int, default=None, help="requests allowed to wait (default 16)")
    p.add_argument("--concurrency", type=int, default=None, help="requests translated at the same time (default 2)")
    p.add_argument("--ner", default="auto", metavar="MODEL",
                   help="hub id or folder of an English NER model; 'none' for glossary names only "
                        "(default auto: the default model when available)")
    model_options(p)
    common(p)


def run(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from .cli import log_to_stderr, settings_from_args
    from .errors import UsageError
    from .web import Limits, serve

    settings = settings_from_args(args)
    limits = Limits.from_env()
    for name, value in (("max_chars", args.max_chars), ("queue_size", args.queue_size), ("concurrency", args.concurrency)):
        if value is not None:
            if value < 1:
                raise UsageError(f"--{name.replace('_', '-')} must be at least 1")
            limits = replace(limits, **{name: value})
    log_to_stderr(args)(f"starting the web page on http://{args.host}:{args.port} (Ctrl-C stops it)")
    serve(settings, host=args.host, port=args.port, limits=limits, ner=args.ner)
    return 0
