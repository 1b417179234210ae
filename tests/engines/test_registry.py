"""The engine table: names to classes, imported only when used."""

from __future__ import annotations

import pytest

from translate.engines import engine_class
from translate.errors import UsageError


def test_unknown_engine_name_lists_choices() -> None:
    with pytest.raises(
        UsageError, match=r"engine 'ct3' is not known; choose one of: ctranslate2, transformers"
    ):
        engine_class("ct3")


def test_every_registered_engine_loads_its_class_by_name() -> None:
    from translate.engines import ENGINES
    from translate.engines.base import Engine

    for name in ENGINES:
        cls = engine_class(name)
        assert issubclass(cls, Engine) and cls.name == name


def test_default_engine_is_ctranslate2_when_installed() -> None:
    from translate.engines import ENGINES, default_engine

    assert default_engine() in ENGINES and default_engine() == "ctranslate2"


def test_the_table_imports_no_framework() -> None:
    import subprocess
    import sys

    code = "import sys, translate.engines; translate.engines.engine_class('ctranslate2'); print([m for m in ('torch', 'ctranslate2', 'transformers') if m in sys.modules])"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() == "[]"
