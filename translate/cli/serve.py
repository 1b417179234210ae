"""`translate serve`: start the web page with the shared model options."""

from __future__ import annotations

import argparse
import os
from typing import Any

from .common import add_common, add_model_options, check_settings, log_to_stderr, settings_from_args


def register(sub: Any) -> None:
    p = sub.add_parser("serve", help="start the web page (Gradio) on this machine")
    # The environment is read in run(), not here: building the parser must never fail.
    p.add_argument("--host", default=None,
                   help="address to listen on (default 127.0.0.1 or $TRANSLATE_WEB_HOST; 0.0.0.0 opens it to the network)")
    p.add_argument("--port", type=int, default=None, help="port (default 7860 or $TRANSLATE_WEB_PORT)")
    p.add_argument("--max-chars", type=int, default=None, help="longest text accepted, in characters (default 20000)")
    p.add_argument("--queue-size", type=int, default=None, help="requests allowed to wait (default 16)")
    p.add_argument("--concurrency", type=int, default=None, help="requests translated at the same time (default 2)")
    p.add_argument("--ner", default="auto", metavar="MODEL",
                   help="hub id or folder of an English NER model; 'none' for glossary names only "
                        "(default auto: the default model when available)")
    add_model_options(p)
    add_common(p)


def run(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from ..errors import UsageError
    from ..web import Limits, serve

    settings = settings_from_args(args)
    check_settings(settings)
    host = args.host or os.environ.get("TRANSLATE_WEB_HOST", "").strip() or "127.0.0.1"
    port = args.port
    if port is None:
        raw = os.environ.get("TRANSLATE_WEB_PORT", "").strip() or "7860"
        if not raw.isdigit():
            raise UsageError(f"TRANSLATE_WEB_PORT={raw!r} is not a port number; set it to e.g. 7860 or pass --port")
        port = int(raw)
    if not 0 < port < 65536:
        raise UsageError(f"port {port} is out of range; choose 1 to 65535 (default 7860)")
    limits = Limits.from_env()
    for name, value in (("max_chars", args.max_chars), ("queue_size", args.queue_size), ("concurrency", args.concurrency)):
        if value is not None:
            if value < 1:
                raise UsageError(f"--{name.replace('_', '-')} must be at least 1")
            limits = replace(limits, **{name: value})
    log_to_stderr(args)(f"starting the web page on http://{host}:{port} (Ctrl-C stops it)")
    serve(settings, host=host, port=port, limits=limits, ner=args.ner)
    return 0
