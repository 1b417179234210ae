"""One home for the version: the installed metadata, read on first use."""

from __future__ import annotations

import subprocess
import sys

import translate
from translate import version


def test_version_is_the_installed_one_everywhere() -> None:
    assert version.package_version() == version.__version__ == translate.__version__
    assert version.package_version().count(".") >= 2


def test_importing_the_package_does_not_read_the_metadata() -> None:
    code = "import sys, translate, translate.cli; print('importlib.metadata' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "False"


def test_a_source_checkout_falls_back(monkeypatch) -> None:
    monkeypatch.setattr(version, "DISTRIBUTION", "no-such-distribution-here")
    version.package_version.cache_clear()
    try:
        assert version.package_version() == version.FALLBACK_VERSION
    finally:
        monkeypatch.undo()
        version.package_version.cache_clear()
