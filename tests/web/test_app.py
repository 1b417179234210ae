"""The Gradio app: cheap to import, started by `translate serve`, one named endpoint."""

from __future__ import annotations

import subprocess
import sys

from support.paths import ROOT

from translate import cli
from translate.pipeline import Settings
from translate.web.app import build_app
from translate.web.service import Limits, WebService


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


def test_every_handler_that_works_shares_one_concurrency_limit(tiny_settings_models: dict[str, str]) -> None:
    limits = Limits(concurrency=3)
    demo = build_app(WebService(Settings(engine="ctranslate2", models=tiny_settings_models), limits, ner="none"))
    queued = [fn for fn in demo.fns.values() if fn.queue and fn.fn is not None and fn.name not in ("on_leave", "on_source")]
    names = sorted(fn.name for fn in queued)
    assert {"on_translate", "on_compare", "translate", "on_upload", "on_open", "glossary_status"} <= set(names)
    assert {fn.concurrency_id for fn in queued} == {"work"}
    assert {fn.concurrency_limit for fn in queued} == {3}
    # the source-language note while typing runs apart: it never waits behind, nor holds up, the work
    notes = [fn for fn in demo.fns.values() if fn.name == "on_source"]
    assert len(notes) == 2 and {(fn.concurrency_id, fn.concurrency_limit) for fn in notes} == {("detect", 1)}


def test_uploads_and_results_are_deleted_after_a_bounded_time(tiny_settings_models: dict[str, str]) -> None:
    demo = build_app(WebService(Settings(engine="ctranslate2", models=tiny_settings_models), Limits(keep_files_s=900), ner="none"))
    assert demo.delete_cache == (600, 900)
    assert any(t[1] == "unload" for fn in demo.fns.values() for t in fn.targets)  # a closed tab removes its downloads


def test_the_page_offers_model_names_not_paths(tiny_settings_models: dict[str, str]) -> None:
    import json

    demo = build_app(WebService(Settings(engine="ctranslate2", models=tiny_settings_models), ner="none"))
    config = json.dumps(demo.get_config_file(), default=str)
    assert "tiny-en-zle (local)" in config
    for path in tiny_settings_models.values():
        assert path not in config
