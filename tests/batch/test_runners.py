"""The runner table: runners found by name, Ray imported only when chosen, no heavy import from batch."""

from __future__ import annotations

import subprocess
import sys

import pytest

from translate.batch import RUNNERS, runner
from translate.batch.local import run_local
from translate.errors import UsageError


def test_runner_table() -> None:
    assert list(RUNNERS) == ["local", "ray"]
    assert runner("local") is run_local
    with pytest.raises(UsageError, match=r"^runner 'spark' is not known; choose one of: local, ray$"):
        runner("spark")


def test_importing_batch_loads_no_heavy_library() -> None:
    code = (
        "import sys, translate.batch, translate.corpus, translate.cli.batch, translate.cli; translate.cli.build_parser(); "
        "import translate.batch.local, translate.batch.run; "
        "print([m for m in ('ray', 'torch', 'transformers', 'ctranslate2', 'pyarrow') if m in sys.modules])"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
