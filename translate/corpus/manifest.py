"""The output folder of a batch job: its file names, the manifest, and how its files are written and read.

Every file goes through the one atomic writer (translate/files.py): a reader never sees half a file.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import OutputError
from ..files import write_atomic

MANIFEST = "manifest.json"
SUCCESS = "_SUCCESS"
SHARDS = "shards"
CORPUS_FIX = "check the disk or choose another -o folder"


def shard_name(index: int, fmt: str) -> str:
    return f"{SHARDS}/part-{index:05d}.{fmt}"


def rejects_name(index: int) -> str:
    return f"{SHARDS}/rejects-{index:05d}.jsonl"


def sentences_name(index: int) -> str:
    return f"{SHARDS}/sentences-{index:05d}.jsonl"


def write_file_atomic(path: Path, chunks: Iterator[bytes] | bytes) -> None:
    """Stream bytes to ``path`` through the one atomic writer (fsync, rename)."""
    write_atomic(path, chunks, fix=CORPUS_FIX)


def read_chunks(path: Path, skip_lines: int = 0) -> Iterator[bytes]:
    """The file's bytes in 1 MiB pieces, after its first ``skip_lines`` lines."""
    with open(path, "rb") as handle:
        for _ in range(skip_lines):
            handle.readline()
        while chunk := handle.read(1 << 20):
            yield chunk


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    for chunk in read_chunks(path):
        digest.update(chunk)
    return digest.hexdigest()


def load_manifest(folder: Path) -> dict[str, Any] | None:
    """The folder's manifest, None when it has none; OutputError when it is unreadable or not a manifest."""
    path = folder / MANIFEST
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise OutputError(f"{path} cannot be read ({error}); the folder is not a usable batch output, choose another -o folder") from None
    if not isinstance(data, dict) or "job" not in data:
        raise OutputError(f"{path} is not a batch manifest; choose another -o folder")
    return data


def save_manifest(folder: Path, manifest: dict[str, Any]) -> None:
    write_file_atomic(folder / MANIFEST, (json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8"))
