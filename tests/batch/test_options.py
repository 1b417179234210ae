"""Option checks that need no input or model, and thread counts for workers sharing cores."""

from __future__ import annotations

from pathlib import Path

import pytest

from translate.batch import BatchOptions, with_threads
from translate.batch.options import check_options
from translate.errors import UsageError
from translate.pipeline import Settings


@pytest.mark.parametrize(("change", "message"), [
    ({"format": "xml"}, r"^output format 'xml' is not known; choose one of: jsonl, parquet, csv$"),
    ({"shard_size": 0}, r"^--shard-size 0 must be at least 1$"),
    ({"runner": "dask"}, r"^runner 'dask' is not known; choose one of: local, ray$"),
])
def test_bad_options_are_refused(change: dict, message: str, tmp_path: Path) -> None:
    options = BatchOptions(input=tmp_path / "in.jsonl", output=tmp_path / "out", targets=("uk",), **change)
    with pytest.raises(UsageError, match=message):
        check_options(options)


def test_with_threads_divides_the_cores() -> None:
    assert with_threads(Settings(), 2, 8).threads == 4
    assert with_threads(Settings(), 4, 2).threads == 1
    assert with_threads(Settings(threads=3), 2, 8).threads == 3
