"""`translate batch`: translate a corpus into a folder, resumably. Thin: parse, call run_batch, print."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .common import add_common, add_model_options, check_settings, log_to_stderr, settings_from_args

if TYPE_CHECKING:
    from ..batch import Progress

EPILOG = (
    "Exit codes: 0 done; 3 done, but some records were rejected (see OUT/rejects.jsonl); 1 error; 2 bad options. "
    "Start again with the same command plus --resume after a crash or kill: only unfinished shards are redone."
)


def register(sub: Any) -> None:
    p = sub.add_parser(
        "batch", help="translate a corpus (JSONL, CSV/TSV, Parquet or a folder of texts), resumably", epilog=EPILOG
    )
    p.add_argument("input", type=Path, help="corpus.jsonl[.gz], .csv/.tsv[.gz], .parquet, or a folder of .txt/.md files")
    p.add_argument(
        "--from", dest="source", default="en", metavar="LANG",
        help="the records' language: en (default), uk, ru, hu, or auto (identified per record: a feed in mixed "
        "languages; records whose language is not clear are rejected)",
    )
    p.add_argument(
        "--to", default=None,
        help="target languages, comma-separated (default uk,ru,hu from English, en from any other or auto)",
    )
    p.add_argument("-o", "--output", type=Path, required=True, help="output folder (must be new or empty, unless --resume)")
    p.add_argument("--format", choices=("jsonl", "parquet", "csv"), default="jsonl", help="output format (default jsonl)")
    p.add_argument("--text-field", default="text", help="field or column holding the text to translate (default text)")
    p.add_argument("--id-field", default="id", help="field or column holding a unique record id (default id; duplicates are rejected)")
    p.add_argument("--shard-size", type=int, default=256, help="records per shard: the unit of commit and resume (default 256)")
    p.add_argument("--cache", type=Path, default=None, metavar="FILE", help="SQLite sentence cache kept across runs")
    p.add_argument("--resume", action="store_true", help="continue an interrupted job in the output folder")
    p.add_argument("--max-input-bytes", type=int, default=16 * 1024**3, help="limit on the (decompressed) input size (default 16 GiB)")
    p.add_argument("--runner", choices=("local", "ray"), default="local", help="local (in-process, default) or ray (Ray Data)")
    p.add_argument("--address", default=None, help="Ray cluster address (e.g. auto); default: start a local Ray for the job")
    p.add_argument("--workers", type=int, default=2, help="Ray actors, each holding the models once (default 2)")
    add_model_options(p)
    add_common(p)


def record_bar() -> Progress:
    """A tqdm bar of records on stderr, with the sentence rate."""
    from ..batch import Progress

    class RecordBar(Progress):
        def __init__(self) -> None:
            self.bar: Any = None
            self.sentences = 0

        def start(self, total: int) -> None:
            from tqdm import tqdm

            self.bar = tqdm(total=total or None, desc="batch", unit="rec", file=sys.stderr, dynamic_ncols=True)

        def advance(self, records: int, sentences: int) -> None:
            self.sentences += sentences
            self.bar.update(records)
            elapsed = self.bar.format_dict.get("elapsed") or 0
            if elapsed:
                self.bar.set_postfix_str(f"{self.sentences / elapsed:.1f} sent/s", refresh=False)

        def close(self) -> None:
            if self.bar is not None:
                self.bar.close()

    return RecordBar()


def run(args: argparse.Namespace) -> int:
    from ..batch import EXIT_REJECTS, BatchOptions, job_targets, run_batch, source_choice

    source = source_choice(args.source)
    targets = job_targets(args.to, source)
    log = log_to_stderr(args)
    settings = settings_from_args(args)
    check_settings(settings)
    options = BatchOptions(
        input=args.input,
        output=args.output,
        targets=targets,
        source=source,
        settings=settings,
        text_field=args.text_field,
        id_field=args.id_field,
        format=args.format,
        shard_size=args.shard_size,
        cache=args.cache,
        resume=args.resume,
        runner=args.runner,
        address=args.address,
        workers=args.workers,
        max_input_bytes=args.max_input_bytes,
    )
    progress = record_bar() if not args.quiet and sys.stderr.isatty() else None
    summary = run_batch(options, log=log, progress=progress)
    log(summary.describe())
    if summary.exit_code == EXIT_REJECTS:
        log(f"{summary.rejected} records were rejected; see {args.output / 'rejects.jsonl'}")
    return summary.exit_code
