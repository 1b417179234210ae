"""The end of a job: the committed shards merged, in order, into the outputs; then the manifest and _SUCCESS.

Each output is written atomically and its checksum recorded in the manifest; ``_SUCCESS`` is written
last, so its presence means every output is whole. A resume of a complete job checks the outputs
against those checksums (:func:`output_problems`) and rebuilds what does not match.
"""

from __future__ import annotations

import hashlib
import itertools
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from .. import corpus
from .assemble import Layout
from .summary import Summary

REJECTS = "rejects.jsonl"


def _hashed(chunks: Iterable[bytes], digest: Any) -> Iterator[bytes]:
    for chunk in chunks:
        digest.update(chunk)
        yield chunk


def success_bytes(manifest: dict[str, Any]) -> bytes:
    return (json.dumps(manifest["summary"], sort_keys=True) + "\n").encode()


def merge_outputs(out: Path, manifest: dict[str, Any], layout: Layout, summary: Summary) -> None:
    """Merge the shards into ``translations.<fmt>`` and ``rejects.jsonl``, mark the manifest complete, write _SUCCESS."""
    entries = [manifest["shards"][key] for key in sorted(manifest["shards"], key=int)]
    fmt = layout.format
    target = out / f"translations.{fmt}"
    sources = [out / e["file"] for e in entries]
    digest = hashlib.sha256()
    if fmt == "jsonl":
        corpus.write_file_atomic(target, _hashed((chunk for path in sources for chunk in corpus.read_chunks(path)), digest))
    elif fmt == "csv":
        header = corpus.encode_csv_rows([], layout.out_columns, header=True)
        chunks = itertools.chain([header], (c for p in sources for c in corpus.read_chunks(p)))
        corpus.write_file_atomic(target, _hashed(chunks, digest))
    else:
        corpus.merge_parquet(sources, target, layout.out_schema)
        digest = hashlib.sha256(b"")
        for chunk in corpus.read_chunks(target):
            digest.update(chunk)
    rejects = [out / e["rejects_file"] for e in entries if "rejects_file" in e]
    rejects_digest = hashlib.sha256()
    corpus.write_file_atomic(out / REJECTS, _hashed((c for p in rejects for c in corpus.read_chunks(p)), rejects_digest))
    manifest["complete"] = True
    manifest["outputs"] = {"translations": target.name, "rejects": REJECTS}
    manifest["output_sha256"] = {target.name: digest.hexdigest(), REJECTS: rejects_digest.hexdigest()}
    manifest["summary"] = {
        "records": summary.records, "flagged": summary.flagged,
        "rejected": summary.rejected, "sentences": summary.sentences, "shards": summary.shards,
    }
    corpus.save_manifest(out, manifest)
    corpus.write_file_atomic(out / corpus.SUCCESS, success_bytes(manifest))


def output_problems(out: Path, manifest: dict[str, Any]) -> list[str]:
    """The outputs of a complete job that are missing or do not match their checksum in the manifest."""
    problems = []
    checksums = manifest.get("output_sha256", {})
    outputs = manifest.get("outputs", {})
    names = [outputs.get("translations", f"translations.{manifest['job'].get('format', 'jsonl')}"), outputs.get("rejects", REJECTS)]
    for name in names:
        path = out / name
        try:
            good = path.is_file() and corpus.file_sha256(path) == checksums.get(name)
        except OSError:
            good = False
        if not good:
            if not path.exists():
                problems.append(f"{name} was missing")
            elif name not in checksums:
                problems.append(f"{name} had no checksum in the manifest (an older version wrote it)")
            else:
                problems.append(f"{name} did not match its checksum in the manifest")
    try:
        good = (out / corpus.SUCCESS).read_bytes() == success_bytes(manifest)
    except (OSError, KeyError):
        good = False
    if not good:
        problems.append(f"{corpus.SUCCESS} was missing or wrong")
    return problems
