"""Opening an input file: gzip (by the .gz suffix) and a limit on the bytes read once decompressed.

The limit is what stops a small gzip bomb from filling memory or disk: every reader, and the
fingerprint, read through :func:`open_input`.
"""

from __future__ import annotations

import gzip
import io
import zlib
from pathlib import Path
from typing import IO, Any

from ..errors import InputError
from ..text.validation import escape_surrogates


class LimitedReader(io.RawIOBase):
    """A raw stream that raises InputError once more than ``limit`` bytes were read from it."""

    def __init__(self, inner: IO[bytes], limit: int, name: str) -> None:
        self.inner, self.limit, self.name, self.count = inner, limit, name, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        try:
            data = self.inner.read(len(buffer))
        except (EOFError, gzip.BadGzipFile, zlib.error) as error:
            detail = str(error) or type(error).__name__
            raise InputError(
                f"{self.name} is not a valid gzip file: {escape_surrogates(detail)}; it may be truncated or not gzip at all, "
                "check it with 'gzip -t' or give it uncompressed"
            ) from None
        self.count += len(data)
        if self.count > self.limit:
            raise InputError(
                f"{self.name} has more than {self.limit:,} bytes once decompressed (--max-input-bytes); "
                "raise --max-input-bytes if the input is genuine, or split it"
            )
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self.inner.close()
        super().close()


def open_input(path: Path, limit: int) -> IO[bytes]:
    """The file's bytes (decompressed when it ends in .gz), raising InputError past ``limit`` bytes."""
    raw: Any = gzip.open(path, "rb") if path.name.lower().endswith(".gz") else open(path, "rb")  # noqa: SIM115
    return io.BufferedReader(LimitedReader(raw, limit, str(path)), buffer_size=1 << 20)
