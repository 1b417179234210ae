"""The end of a job: the committed shards merged, in order, into the outputs; then the manifest and _SUCCESS.

Each output is written atomically; ``_SUCCESS`` is written last, so its presence means every output is whole.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

from .. import corpus
from .assemble import Layout
from .summary import Summary


def merge_outputs(out: Path, manifest: dict[str, Any], layout: Layout, summary: Summary) -> None:
    """Merge the shards into ``translations.<fmt>`` and ``rejects.jsonl``, mark the manifest complete, write _SUCCESS."""
    entries = [manifest["shards"][key] for key in sorted(manifest["shards"], key=int)]
    fmt = layout.format
    target = out / f"translations.{fmt}"
    sources = [out / e["file"] for e in entries]
    if fmt == "jsonl":
        corpus.write_file_atomic(target, (chunk for path in sources for chunk in corpus.read_chunks(path)))
    elif fmt == "csv":
        header = corpus.encode_csv_rows([], layout.out_columns, header=True)
        corpus.write_file_atomic(target, itertools.chain([header], (c for p in sources for c in corpus.read_chunks(p))))
    else:
        corpus.merge_parquet(sources, target, layout.out_schema)
    rejects = [out / e["rejects_file"] for e in entries if "rejects_file" in e]
    corpus.write_file_atomic(out / "rejects.jsonl", (c for p in rejects for c in corpus.read_chunks(p)))
    manifest["complete"] = True
    manifest["outputs"] = {"translations": target.name, "rejects": "rejects.jsonl"}
    manifest["summary"] = {
        "records": summary.records, "flagged": summary.flagged,
        "rejected": summary.rejected, "sentences": summary.sentences, "shards": summary.shards,
    }
    corpus.save_manifest(out, manifest)
    corpus.write_file_atomic(out / corpus.SUCCESS, (json.dumps(manifest["summary"], sort_keys=True) + "\n").encode())
