"""The page server's bounds, from the environment."""

from __future__ import annotations

import pytest

from translate.errors import UsageError
from translate.web.server_limits import Limits


def test_limits_come_from_the_environment_and_bad_values_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRANSLATE_WEB_CONCURRENCY", "3")
    monkeypatch.setenv("TRANSLATE_WEB_MAX_CHARS", "")
    limits = Limits.from_env()
    assert limits.concurrency == 3 and limits.max_chars == Limits.max_chars
    assert limits.upload_ceiling >= 16 * limits.max_upload_bytes
    monkeypatch.setenv("TRANSLATE_WEB_QUEUE", "0")
    with pytest.raises(UsageError, match=r"TRANSLATE_WEB_QUEUE='0' is not a whole number of at least 1; fix or unset it"):
        Limits.from_env()
