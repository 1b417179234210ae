"""`translate serve`: options and environment are checked before the page starts."""

from __future__ import annotations

from support.cli import one_error_line, run
from support.paths import ROOT

DATA = ROOT / "tests" / "data" / "alignment"


def test_web_environment_is_read_only_by_serve_and_checked() -> None:
    assert run("--help", env={"TRANSLATE_WEB_PORT": "abc"}).returncode == 0
    result = run("serve", "--ner", "none", env={"TRANSLATE_WEB_PORT": "abc"})
    assert result.returncode == 2
    assert one_error_line(result).startswith("error: TRANSLATE_WEB_PORT='abc' is not a port number")
    result = run("serve", "--port", "99999")
    assert result.returncode == 2 and "port 99999 is out of range" in one_error_line(result)
    result = run("serve", "--port", "7861", env={"TRANSLATE_WEB_CONCURRENCY": "0"})
    assert result.returncode == 2
    assert one_error_line(result) == "error: TRANSLATE_WEB_CONCURRENCY='0' is not a whole number of at least 1; fix or unset it"
