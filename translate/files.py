"""The user's files: reading one article safely, and writing outputs so that no reader sees half a file.

Every file the tool writes goes through :func:`write_atomic` (or :func:`atomic_path` for writers
that need a path of their own, such as Parquet): a temporary name in the same folder, fsync, rename.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from .errors import InputError, OutputError
from .limits import MAX_FILE_BYTES

DEFAULT_FIX = "choose another -o folder"


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _fsync_folder(folder: Path) -> None:
    """Make a rename durable (a power cut after it keeps the new name)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _cannot_write(path: Path, error: OSError, fix: str) -> OutputError:
    return OutputError(f"cannot write {path}: {error.strerror or error}; {fix}")


@contextlib.contextmanager
def atomic_path(path: Path, *, fix: str = DEFAULT_FIX) -> Iterator[Path]:
    """A temporary path beside ``path`` to write to; on success it is fsynced and renamed onto ``path``."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        os.fchmod(handle, 0o666 & ~_umask())  # mkstemp makes 0600; outputs get the usual permissions
        os.close(handle)
    except OSError as error:
        raise _cannot_write(path, error, fix) from None
    temporary = Path(name)
    try:
        yield temporary
        with open(temporary, "rb") as written:
            os.fsync(written.fileno())
        os.replace(temporary, path)
        _fsync_folder(path.parent)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise _cannot_write(path, error, fix) from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def write_atomic(path: Path, content: str | bytes | Iterable[bytes], *, fix: str = DEFAULT_FIX) -> None:
    """Write text (UTF-8), bytes or a stream of byte chunks to ``path`` atomically."""
    if isinstance(content, str):
        chunks: Iterable[bytes] = [content.encode("utf-8")]
    elif isinstance(content, bytes):
        chunks = [content]
    else:
        chunks = content
    with atomic_path(path, fix=fix) as temporary, open(temporary, "wb") as handle:
        for chunk in chunks:
            handle.write(chunk)


def prepare_output_folder(folder: Path) -> None:
    """Create the -o folder before any slow work, so a path that cannot be used fails at once."""
    if folder.exists() and not folder.is_dir():
        raise OutputError(f"-o {folder} is a file; give a folder for the outputs")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(f"cannot create the output folder {folder}: {error.strerror or error}; choose another -o folder") from None


def decode_text(data: bytes, name: str) -> str:
    """UTF-8 text from bytes (a BOM is dropped); binary or mis-encoded data raises InputError."""
    if b"\x00" in data:
        raise InputError(f"{name} looks like a binary file (it contains NUL bytes); give a UTF-8 text file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        convert = (
            "… | iconv -f ENCODING -t utf-8 | translate -" if name == "standard input" else f"iconv -f ENCODING -t utf-8 {name} > fixed.txt"
        )
        raise InputError(
            f"{name} is not valid UTF-8 (byte {error.start}, line {line}); convert it first: {convert} "
            "(ENCODING e.g. cp1251 for Cyrillic, latin1 or cp1252 for Western European text)"
        ) from None
    if not text.strip():
        raise InputError(f"{name} is empty; give an article with at least one sentence")
    return text


def output_stem(file: Path) -> str:
    """The name outputs are written under: the file name without its extension and without a
    language tag ('story.en.txt' -> 'story'; '2025.10.16-budapest.txt' keeps its dots)."""
    stem = file.stem.lstrip(".")
    base, _, tag = stem.rpartition(".")
    if base and tag.lower() in ("en", "uk", "ru", "hu"):
        stem = base
    return stem or "article"


def read_article(path: str) -> tuple[str, str]:
    """(text, stem for output names) from a path, or from stdin when path is '-'."""
    if path == "-":
        data = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
        name, stem = "standard input", "stdin"
    else:
        file = Path(path)
        if not file.exists():
            raise InputError(f"file {path} does not exist; check the path")
        if file.is_dir():
            raise InputError(f"{path} is a folder; give one text file (use 'translate batch' for folders)")
        try:
            with open(file, "rb") as handle:
                data = handle.read(MAX_FILE_BYTES + 1)
        except OSError as error:
            raise InputError(f"cannot read {path}: {error.strerror}") from None
        name, stem = path, output_stem(file)
    if len(data) > MAX_FILE_BYTES:
        raise InputError(
            f"{name} is larger than {MAX_FILE_BYTES // (1024 * 1024)} MiB, too long for one article; "
            "split it or use 'translate batch'"
        )
    return decode_text(data, name), stem
