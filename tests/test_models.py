"""Where models come from: local folders, the caches, CTranslate2 copies."""

from __future__ import annotations

import pytest

from translate.engines import engine_class
from translate.errors import ModelFormatError
from translate.models import resolve


def test_ct2_conversion_is_cached_and_reused(tiny_models, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("TRANSLATE_CACHE", str(tmp_path))
    from translate.models import ensure_ct2

    model = resolve(str(tiny_models["hu"]))
    messages: list[str] = []
    first = ensure_ct2(model, "int8", log=messages.append)
    second = ensure_ct2(model, "int8", log=messages.append)
    assert first == second and (first / "model.bin").is_file()
    assert len(messages) == 1 and "converting" in messages[0]
    # The converted folder is itself a model folder users can point --model at.
    again = resolve(str(first))
    assert again.is_ct2
    engine = engine_class("ctranslate2")(again)
    assert engine.count_tokens("Trump") >= 2


def test_a_local_model_replaced_in_place_is_converted_again(tmp_path, monkeypatch) -> None:
    from support.tiny_marian import build_tiny_marian

    from translate.models import ct2_folder_for

    monkeypatch.setenv("TRANSLATE_CACHE", str(tmp_path / "cache"))
    folder = build_tiny_marian(tmp_path / "m", seed=0)
    before = ct2_folder_for(resolve(str(folder)), "int8")
    build_tiny_marian(tmp_path / "m", seed=1)
    import os

    os.utime(folder / "model.safetensors", ns=(1, 1))  # a different time even on coarse file systems
    assert ct2_folder_for(resolve(str(folder)), "int8") != before


def test_a_local_folder_resolves_as_local(tiny_models) -> None:
    model = resolve(str(tiny_models["hu"]))
    assert model.revision == "local" and not model.is_ct2 and model.path == tiny_models["hu"].resolve()


def test_a_missing_or_incomplete_folder_says_what_is_missing(tmp_path) -> None:
    from translate.errors import ModelNotAvailableError

    with pytest.raises(ModelNotAvailableError, match=r"model folder .*nope does not exist; pass --model LANG=PATH"):
        resolve(str(tmp_path / "nope"))
    (tmp_path / "half").mkdir()
    (tmp_path / "half" / "config.json").write_text("{}")
    with pytest.raises(ModelFormatError, match=r"is incomplete \(source.spm, target.spm, vocab.json, model.safetensors missing\)"):
        resolve(str(tmp_path / "half"))


def test_an_uncached_hub_id_offline_names_the_fix(monkeypatch, tmp_path) -> None:
    from translate.errors import ModelNotAvailableError

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path))
    with pytest.raises(ModelNotAvailableError, match=r"model Helsinki-NLP/opus-mt-en-hu is not cached and HF_HUB_OFFLINE is set; .*--model hu=PATH"):
        resolve("Helsinki-NLP/opus-mt-en-hu", lang="hu")


def test_cache_root_follows_the_environment(monkeypatch, tmp_path) -> None:
    from translate.models import cache_root

    monkeypatch.setenv("TRANSLATE_CACHE", str(tmp_path / "t"))
    assert cache_root() == tmp_path / "t"
    monkeypatch.delenv("TRANSLATE_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "x"))
    assert cache_root() == tmp_path / "x" / "newsalign-translate"


def test_max_positions_reads_the_config(tiny_models, tmp_path) -> None:
    from translate.models import max_positions

    assert max_positions(tiny_models["short"]) == 24
    assert max_positions(tmp_path) == 512  # nothing to read: the Marian default


def test_list_cached_finds_ct2_copies(tiny_models, tmp_path, monkeypatch) -> None:
    from translate.models import ensure_ct2, list_cached

    monkeypatch.setenv("TRANSLATE_CACHE", str(tmp_path))
    ensure_ct2(resolve(str(tiny_models["hu"])), "int8")
    found = [m for m in list_cached() if m.kind.startswith("ctranslate2")]
    assert len(found) == 1 and found[0].kind == "ctranslate2 int8" and found[0].revision == "local"


def test_hub_problems_are_told_apart() -> None:
    import httpx
    from huggingface_hub import errors

    from translate.models import hub_problem

    def response(status: int) -> httpx.Response:
        return httpx.Response(status, request=httpx.Request("GET", "http://hub/api"))

    assert "was not found on the hub (404): check the id for typos" in hub_problem(errors.RepositoryNotFoundError("x", response=response(404)))
    assert "is a gated repository" in hub_problem(errors.GatedRepoError("x", response=response(403)))
    assert hub_problem(errors.RevisionNotFoundError("x", response=response(404)), "v9") == "has no revision 'v9' on the hub; check --revision"
    try:
        try:
            raise httpx.ProxyError("407 Proxy Authentication Required")
        except httpx.ProxyError as proxy:
            raise errors.LocalEntryNotFoundError("cannot find the requested files") from proxy
    except errors.LocalEntryNotFoundError as wrapped:
        assert "the proxy refused the connection (check HTTPS_PROXY / HTTP_PROXY)" in hub_problem(wrapped)
    unreachable = errors.LocalEntryNotFoundError("connection error")
    assert hub_problem(unreachable) == "is not cached and the hub cannot be reached (LocalEntryNotFoundError)"


class _FakeHub:
    """A local stand-in for the hub that answers every request with one error, the way the hub does."""

    def __init__(self, status: int, code: str) -> None:
        import http.server
        import threading

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - the http.server hook name
                self.send_response(status)
                self.send_header("X-Error-Code", code)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                self.wfile.write(b'{"error": "no"}')

            do_HEAD = do_GET  # noqa: N815

            def log_message(self, *args: object) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.mark.parametrize(
    ("status", "code", "message"),
    [(404, "RepoNotFound", "was not found on the hub (404)"), (403, "GatedRepo", "is a gated repository")],
    ids=["mistyped-id", "gated"],
)
def test_pull_tells_a_mistyped_id_from_a_gated_repo(tmp_path, status: int, code: str, message: str) -> None:
    from support.cli import run

    with _FakeHub(status, code) as endpoint:
        env = {"HF_HUB_OFFLINE": "0", "HF_HOME": str(tmp_path), "HF_ENDPOINT": endpoint, "HF_HUB_DISABLE_TELEMETRY": "1"}
        result = run("models", "pull", "hu", "--model", "hu=Helsinki-NLP/opus-mt-en-hx", env=env)
    assert result.returncode == 1
    line = result.stderr.splitlines()[-1]  # after the "trying to download it" notice
    assert line.startswith(f"error: model Helsinki-NLP/opus-mt-en-hx {message}") and "cannot be reached" not in line
    assert "translate models pull" not in line and line.endswith("or pass --model hu=PATH to a local model folder")
