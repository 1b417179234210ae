"""The summary line and exit codes."""

from __future__ import annotations

from pathlib import Path

from translate.batch import EXIT_OK, EXIT_REJECTS, Progress, Summary


def test_summary_line_and_exit_code() -> None:
    summary = Summary(records=10, flagged=2, rejected=1, sentences=40, shards=3, seconds=2.0, output=Path("o/t.jsonl"), resumed_shards=1)
    assert summary.describe() == (
        "10 records ok (2 flagged), 1 rejected, 3 shards (1 already done) in 2.0s: 5.0 records/s, 20.0 sentences/s; output o/t.jsonl"
    )
    assert summary.exit_code == EXIT_REJECTS and Summary(records=1).exit_code == EXIT_OK
    resumed = Summary(records=10, sentences=40, shards=1, seconds=2.0, resumed_shards=0, resumed_records=6, resumed_sentences=20)
    assert resumed.describe().startswith("10 records ok (0 flagged), 0 rejected, 1 shard (0 already done) in 2.0s: 2.0 records/s, 10.0 sentences/s;")
    assert Summary(records=1).describe().startswith("1 record ok")
    assert "0.0 records/s" in Summary().describe()


def test_default_progress_shows_nothing() -> None:
    progress = Progress()
    progress.start(3)
    progress.advance(1, 2)
    progress.close()
