"""What identifies an input: a content hash and size, checked against the size limit before any work."""

from __future__ import annotations

import hashlib
from typing import Any

from ..errors import InputError
from .folder import text_files
from .opening import open_input
from .parquet import parquet_size
from .records import InputSpec


def fingerprint(spec: InputSpec) -> dict[str, Any]:
    """``sha256`` and ``bytes`` of the input (decompressed; for a folder, over names and contents) and
    ``approx_items``, a rough item count for progress. Reads the whole input once."""
    digest = hashlib.sha256()
    size = 0
    newlines = 0
    kind = spec.kind
    if kind == "folder":
        files = text_files(spec.path)
        for path in files:
            data = path.read_bytes()
            digest.update(path.relative_to(spec.path).as_posix().encode() + b"\0" + str(len(data)).encode() + b"\0")
            digest.update(data)
            size += len(data)
        newlines = len(files)
    else:
        opener = open_input(spec.path, spec.max_input_bytes) if kind != "parquet" else open(spec.path, "rb")  # noqa: SIM115
        with opener as stream:
            while chunk := stream.read(1 << 20):
                digest.update(chunk)
                size += len(chunk)
                newlines += chunk.count(b"\n")
        if kind == "parquet":
            newlines = parquet_size(spec.path, spec.max_input_bytes)
        elif kind in ("csv", "tsv"):
            newlines = max(0, newlines - 1)
    if size > spec.max_input_bytes:
        raise InputError(f"{spec.path} has more than {spec.max_input_bytes:,} bytes (--max-input-bytes); raise the limit or split it")
    return {"sha256": digest.hexdigest(), "bytes": size, "approx_items": newlines}
