"""The Gradio app: cheap to import, started by `translate serve`, one named endpoint."""

from __future__ import annotations

import subprocess
import sys

from support.paths import ROOT

from translate import cli
from translate.pipeline import Settings
from translate.web.app import build_app
from translate.web.service import WebService


def test_importing_the_page_loads_no_framework() -> None:
    code = "import sys, translate.web, translate.cli.serve; print(sorted(m for m in ('gradio', 'torch', 'transformers', 'ctranslate2') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "[]"


def test_serve_is_a_command() -> None:
    parser = cli.build_parser()
    args = parser.parse_args(["serve", "--port", "7999", "--model", "uk=/x", "--host", "0.0.0.0"])
    assert (args.port, args.host, cli.settings_from_args(args).models) == (7999, "0.0.0.0", {"uk": "/x"})


def test_the_page_has_one_public_endpoint(tiny_settings_models: dict[str, str]) -> None:
    demo = build_app(WebService(Settings(engine="ctranslate2", models=tiny_settings_models), ner="none"))
    public = [d.api_name for d in demo.fns.values() if d.api_visibility == "public"]
    assert public == ["translate"]
