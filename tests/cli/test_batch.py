"""`translate batch`'s options (the job itself is tested with the batch package)."""

from __future__ import annotations

from pathlib import Path

from translate.cli import build_parser


def test_batch_options_and_the_exit_code_epilog() -> None:
    parser = build_parser()
    args = parser.parse_args(["batch", "corpus.jsonl", "-o", "out", "--to", "hu", "--runner", "local"])
    assert (args.input, args.output, args.to, args.runner, args.shard_size) == (Path("corpus.jsonl"), Path("out"), "hu", "local", 256)
    from translate.cli import batch

    assert "3 done, but some records were rejected" in batch.EPILOG
