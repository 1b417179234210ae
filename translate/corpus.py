"""Corpus I/O for batch jobs: readers, shard files, the manifest, rejects and the job lock.

Readers turn JSONL (also .gz), CSV/TSV (also .gz), Parquet or a folder of .txt/.md files into a
stream of :class:`Record` (good) and :class:`Reject` (malformed, with file, line and reason), each
numbered by its position in the input. A shard is a fixed range of those positions, so the same
input always gives the same shards: that is what makes resuming exact.

CSV is read with strict RFC 4180 quoting (a malformed row is rejected; a quote that would swallow later
lines stops the job with its line); TSV has no quoting at all, so quotes are kept as text. A header with
a repeated name or invalid UTF-8 is refused.

Unicode rule: text is read as strict UTF-8 (a leading BOM is dropped). Invalid UTF-8, lone
surrogates (from ``\\ud800`` escapes) anywhere in a record, and NUL characters in the text field
are rejected with their location; everything else (bidi controls, zero-width characters, NFD
forms) is kept as given.
"""

from __future__ import annotations

import base64
import csv
import datetime
import decimal
import gzip
import hashlib
import io
import json
import os
import socket
import zlib
from collections.abc import Generator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from .errors import InputError, OutputError, UsageError
from .files import atomic_path, write_atomic
from .limits import MAX_TEXT_CHARS
from .text.validation import SURROGATE, escape_surrogates

FORMATS = ("jsonl", "parquet", "csv")
RESULT_FIELD = "translation"
TEXT_SUFFIXES = (".txt", ".md")
MAX_LINE_BYTES = 16 * 1024 * 1024
DEFAULT_MAX_INPUT_BYTES = 16 * 1024**3
MANIFEST = "manifest.json"
SUCCESS = "_SUCCESS"
LOCK = ".lock"
SHARDS = "shards"


@dataclass(frozen=True)
class Record:
    """A good input record: its fields (in input order), the text to translate and where it came from."""

    ordinal: int
    file: str
    line: int
    fields: dict[str, Any]
    text: str
    raw: str | None = None  # the JSONL line as read, so JSONL output keeps other fields byte for byte


@dataclass(frozen=True)
class Reject:
    """A malformed input record and why it was not translated."""

    ordinal: int
    file: str
    line: int
    reason: str
    excerpt: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The reject as written to rejects.jsonl; lone surrogates (from keys, names, values) are escaped as ``\\uXXXX``."""
        return {"file": _escape(self.file), "line": self.line, "reason": _escape(self.reason), "excerpt": _escape(self.excerpt)}


@dataclass
class Shard:
    index: int
    records: list[Record] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)


@dataclass(frozen=True)
class InputSpec:
    path: Path
    text_field: str = "text"
    id_field: str = "id"
    max_input_bytes: int = DEFAULT_MAX_INPUT_BYTES

    @property
    def kind(self) -> str:
        return input_kind(self.path)


def input_kind(path: Path) -> str:
    """jsonl, csv, tsv, parquet or folder, from the path; InputError for anything else."""
    if not path.exists():
        raise InputError(f"input {path} does not exist; check the path")
    if path.is_dir():
        return "folder"
    name = path.name.lower().removesuffix(".gz")
    for suffix, kind in ((".jsonl", "jsonl"), (".ndjson", "jsonl"), (".json", "jsonl"), (".csv", "csv"),
                         (".tsv", "tsv"), (".parquet", "parquet"), (".pq", "parquet")):
        if name.endswith(suffix):
            if kind == "parquet" and path.name.lower().endswith(".gz"):
                break
            return kind
    raise InputError(
        f"input {path} has an unknown format; give .jsonl, .jsonl.gz, .csv, .tsv (optionally .gz), .parquet "
        "or a folder of .txt/.md files"
    )


# ---- reading -------------------------------------------------------------------------------------
class _Limited(io.RawIOBase):
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
                f"{self.name} is not a valid gzip file: {_escape(detail)}; it may be truncated or not gzip at all, "
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


def _open_bytes(path: Path, limit: int) -> IO[bytes]:
    raw: Any = gzip.open(path, "rb") if path.name.lower().endswith(".gz") else open(path, "rb")  # noqa: SIM115
    return io.BufferedReader(_Limited(raw, limit, str(path)), buffer_size=1 << 20)


_escape = escape_surrogates


def _excerpt(value: str | bytes, size: int = 200) -> str:
    text = value.decode("utf-8", "backslashreplace") if isinstance(value, bytes) else value
    return _escape(text)[:size]


def _has_surrogate(value: Any) -> str | None:
    """The name of the first key path holding a lone surrogate, or None."""
    if isinstance(value, str):
        return "" if SURROGATE.search(value) else None
    if isinstance(value, dict):
        for key, item in value.items():
            if SURROGATE.search(str(key)):
                return str(key)
            found = _has_surrogate(item)
            if found is not None:
                return str(key)
    if isinstance(value, list):
        for item in value:
            found = _has_surrogate(item)
            if found is not None:
                return found
    return None


def _text_problem(fields: dict[str, Any], text_field: str) -> str | None:
    if text_field not in fields:
        return f"missing text field '{text_field}'"
    value = fields[text_field]
    if not isinstance(value, str):
        kind = "null" if value is None else type(value).__name__
        return f"text field '{text_field}' is not a string (it is {kind})"
    if not value.strip():
        return f"text field '{text_field}' is empty"
    if "\x00" in value:
        return f"text field '{text_field}' contains a NUL character at position {value.index(chr(0))}"
    if len(value) > MAX_TEXT_CHARS:
        return f"text field '{text_field}' has {len(value):,} characters, more than {MAX_TEXT_CHARS:,}"
    if RESULT_FIELD in fields:
        return f"the record already has a field '{RESULT_FIELD}', which the output adds; rename it"
    found = _has_surrogate(fields)
    if found is not None:
        return f"field '{_escape(found)}' contains a lone surrogate (not valid Unicode)"
    return None


def _jsonl_items(spec: InputSpec) -> Iterator[tuple[str, int, Any]]:
    """(file, line, parsed object or a Reject reason string prefixed with '!') per non-blank line."""
    name = spec.path.name
    with _open_bytes(spec.path, spec.max_input_bytes) as stream:
        lineno = 0
        while True:
            raw = stream.readline(MAX_LINE_BYTES + 1)
            if not raw:
                return
            lineno += 1
            if len(raw) > MAX_LINE_BYTES and not raw.endswith(b"\n"):
                while True:  # skip the rest of an over-long line
                    more = stream.readline(1 << 20)
                    if not more or more.endswith(b"\n"):
                        break
                yield name, lineno, Reject(0, name, lineno, f"line longer than {MAX_LINE_BYTES:,} bytes", _excerpt(raw[:200]))
                continue
            if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            if not raw.strip():
                continue
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as error:
                yield name, lineno, Reject(0, name, lineno, f"invalid UTF-8 at byte {error.start} of the line", _excerpt(raw))
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as error:
                yield name, lineno, Reject(0, name, lineno, f"bad JSON: {error.msg} (column {error.colno})", _excerpt(line))
                continue
            if not isinstance(obj, dict):
                yield name, lineno, Reject(0, name, lineno, f"not a JSON object (a {type(obj).__name__})", _excerpt(line))
                continue
            yield name, lineno, (obj, line.strip())


def _csv_items(spec: InputSpec, delimiter: str) -> Iterator[tuple[str, int, Any]]:
    """Rows of a CSV (RFC 4180 quoting, strict) or TSV (no quoting at all: every character is kept as given)."""
    name = spec.path.name
    csv.field_size_limit(max(csv.field_size_limit(), MAX_TEXT_CHARS * 4))
    with _open_bytes(spec.path, spec.max_input_bytes) as binary:
        text = io.TextIOWrapper(binary, encoding="utf-8-sig", errors="surrogateescape", newline="")
        last_line = [""]  # the raw line the reader took last, for the excerpt of a rejected row

        def lines() -> Iterator[str]:
            for raw in text:
                last_line[0] = raw
                yield raw

        if delimiter == "\t":
            reader = csv.reader(lines(), delimiter=delimiter, quoting=csv.QUOTE_NONE, strict=True)
        else:
            reader = csv.reader(lines(), delimiter=delimiter, strict=True)
        try:
            header = next(reader)
        except StopIteration:
            raise InputError(f"{spec.path} is empty; a CSV/TSV input needs a header row") from None
        except csv.Error as error:
            raise InputError(f"{spec.path} has a malformed header row ({error}); fix its quoting") from None
        _check_header(spec, header)
        line = reader.line_num
        while True:
            start = line + 1
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as error:
                line = reader.line_num
                if line > start:
                    # A quote opened at line ``start`` ran on over later lines: the records there were swallowed.
                    raise InputError(
                        f"{spec.path} line {start}: malformed CSV quoting ({error}); the quoted field that starts there "
                        f"runs on to line {line} and would swallow the records in between; fix the quotes "
                        "(a quote inside a field is written \"\")"
                    ) from None
                yield name, start, Reject(0, name, start, f"bad CSV row: {error}", _excerpt(last_line[0].rstrip("\r\n")))
                continue
            line = reader.line_num
            if not row:
                continue
            if any(SURROGATE.search(value) for value in row):
                bad = next(value for value in row if SURROGATE.search(value))
                yield name, start, Reject(0, name, start, "invalid UTF-8 in the row", _excerpt(bad.encode("utf-8", "surrogateescape")))
                continue
            if len(row) != len(header):
                yield name, start, Reject(0, name, start, f"row has {len(row)} fields, the header has {len(header)}", _excerpt(delimiter.join(row)))
                continue
            yield name, start, (dict(zip(header, row, strict=True)), None)


def _check_header(spec: InputSpec, header: list[str]) -> None:
    """InputError for a header that would lose data: invalid UTF-8 in a name, a repeated name, no text column."""
    for number, column in enumerate(header, 1):
        if SURROGATE.search(column):
            shown = _excerpt(column.encode("utf-8", "surrogateescape"))
            raise InputError(
                f"{spec.path}: column {number} of the header, '{shown}', is not valid UTF-8; rename the column "
                "(save the file as UTF-8)"
            )
    seen: set[str] = set()
    for column in header:
        if column in seen:
            raise InputError(f"{spec.path}: the header names the column '{column}' more than once; rename the repeated column")
        seen.add(column)
    if spec.text_field not in header:
        raise InputError(
            f"{spec.path} has no column '{_escape(spec.text_field)}'; its columns are: {', '.join(header[:30])}; "
            "choose one with --text-field"
        )


def _parquet_items(spec: InputSpec) -> Iterator[tuple[str, int, Any]]:
    import pyarrow.parquet as pq

    name = spec.path.name
    try:
        file = pq.ParquetFile(spec.path)
    except Exception as error:  # pyarrow raises its own ArrowInvalid/OSError for broken files
        raise InputError(f"{spec.path} is not a readable Parquet file: {error}") from None
    columns = file.schema_arrow.names
    if spec.text_field not in columns:
        raise InputError(
            f"{spec.path} has no column '{spec.text_field}'; its columns are: {', '.join(columns[:30])}; "
            "choose one with --text-field"
        )
    row = 0
    for batch in file.iter_batches(batch_size=1024):
        for item in batch.to_pylist():
            row += 1
            yield name, row, (item, None)


def _folder_items(spec: InputSpec) -> Iterator[tuple[str, int, Any]]:
    files = sorted(
        (p for p in spec.path.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES),
        key=lambda p: p.relative_to(spec.path).as_posix(),
    )
    if not files:
        raise InputError(f"folder {spec.path} has no .txt or .md files")
    total = 0
    for path in files:
        rel = path.relative_to(spec.path).as_posix()
        data = path.read_bytes()
        total += len(data)
        if total > spec.max_input_bytes:
            raise InputError(
                f"{spec.path} holds more than {spec.max_input_bytes:,} bytes (--max-input-bytes); raise the limit or split it"
            )
        if data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as error:
            line = data[: error.start].count(b"\n") + 1
            yield rel, line, Reject(0, rel, line, f"invalid UTF-8 at byte {error.start}", _excerpt(data[max(0, error.start - 40): error.start + 40]))
            continue
        yield rel, 0, ({"path": rel, "text": text}, None)


def read_items(spec: InputSpec) -> Generator[Record | Reject, None, None]:
    """Every input item, in input order, numbered from 0: a Record, or a Reject with its reason."""
    kind = spec.kind
    if kind == "jsonl":
        items = _jsonl_items(spec)
    elif kind in ("csv", "tsv"):
        items = _csv_items(spec, "," if kind == "csv" else "\t")
    elif kind == "parquet":
        items = _parquet_items(spec)
    else:
        items = _folder_items(spec)
    text_field = "text" if kind == "folder" else spec.text_field
    seen_ids: dict[str, str] = {}
    for ordinal, (file, line, item) in enumerate(items):
        if isinstance(item, Reject):
            yield Reject(ordinal, item.file, item.line, item.reason, item.excerpt)
            continue
        fields, raw = item
        problem = _text_problem(fields, text_field)
        if problem is None and spec.id_field and fields.get(spec.id_field) is not None:
            key = json.dumps(fields[spec.id_field], sort_keys=True, ensure_ascii=False, default=str)
            first = seen_ids.setdefault(key, f"{file}:{line}")
            if first != f"{file}:{line}":
                problem = f"duplicate id {key} (first seen at {first})"
        if problem is not None:
            yield Reject(ordinal, file, line, problem, _excerpt(raw or json.dumps(fields, ensure_ascii=False, default=str)))
            continue
        yield Record(ordinal, file, line, fields, fields[text_field], raw)


def iter_shards(spec: InputSpec, shard_size: int) -> Iterator[Shard]:
    """The input cut into shards of ``shard_size`` items (records and rejects together), in order."""
    shard = Shard(0)
    for item in read_items(spec):
        index = item.ordinal // shard_size
        if index != shard.index:
            yield shard
            shard = Shard(index)
        if isinstance(item, Reject):
            shard.rejects.append(item)
        else:
            shard.records.append(item)
    if shard.records or shard.rejects:
        yield shard


def fingerprint(spec: InputSpec) -> dict[str, Any]:
    """What identifies the input (content hash, sizes) and a rough item count for progress.

    Reads the whole input once; checks the decompressed-size limit before any work starts.
    """
    digest = hashlib.sha256()
    size = 0
    newlines = 0
    kind = spec.kind
    if kind == "folder":
        files = sorted(p for p in spec.path.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES)
        for path in files:
            data = path.read_bytes()
            digest.update(path.relative_to(spec.path).as_posix().encode() + b"\0" + str(len(data)).encode() + b"\0")
            digest.update(data)
            size += len(data)
        newlines = len(files)
    else:
        opener = _open_bytes(spec.path, spec.max_input_bytes) if kind != "parquet" else open(spec.path, "rb")  # noqa: SIM115
        with opener as stream:
            while chunk := stream.read(1 << 20):
                digest.update(chunk)
                size += len(chunk)
                newlines += chunk.count(b"\n")
        if kind == "parquet":
            import pyarrow.parquet as pq

            try:
                metadata = pq.ParquetFile(spec.path).metadata
                newlines = metadata.num_rows
                unpacked = sum(metadata.row_group(i).total_byte_size for i in range(metadata.num_row_groups))
            except Exception as error:  # broken file: say so now
                raise InputError(f"{spec.path} is not a readable Parquet file: {error}") from None
            if unpacked > spec.max_input_bytes:
                raise InputError(
                    f"{spec.path} has {unpacked:,} bytes once decompressed (by its Parquet metadata), more than "
                    f"{spec.max_input_bytes:,} (--max-input-bytes); raise --max-input-bytes if the input is genuine, or split it"
                )
        elif kind in ("csv", "tsv"):
            newlines = max(0, newlines - 1)
    if size > spec.max_input_bytes:
        raise InputError(f"{spec.path} has more than {spec.max_input_bytes:,} bytes (--max-input-bytes); raise the limit or split it")
    return {"sha256": digest.hexdigest(), "bytes": size, "approx_items": newlines}


# ---- writing -------------------------------------------------------------------------------------
def _json_default(value: Any) -> Any:
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, decimal.Decimal):
        return str(value)
    return str(value)


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=_json_default)


def jsonl_line(record: Record, result: dict[str, Any]) -> str:
    """The output line: the input record with the result field added; a JSONL record keeps its bytes."""
    payload = dumps(result)
    if record.raw is not None and record.raw.endswith("}"):
        head = record.raw[:-1].rstrip()
        return f'{head}, "{RESULT_FIELD}": {payload}}}\n'
    return dumps({**record.fields, RESULT_FIELD: result}) + "\n"


def csv_cell(value: Any) -> Any:
    """A value as CSV output writes it: text as is, None as an empty cell, bytes as base64, dates in ISO 8601,
    decimals as their digits, anything else (numbers, booleans, lists, dicts) as JSON."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bytes | datetime.datetime | datetime.date | datetime.time | decimal.Decimal):
        return _json_default(value)
    return dumps(value)


def tabular_row(record: Record, result: dict[str, Any], columns: list[str], typed: bool) -> dict[str, Any]:
    """One row for CSV/Parquet output: the input columns, the result as JSON, one text column per language.

    ``typed``: the values go to Parquet with the input's own schema, unchanged; else they become text (:func:`csv_cell`).
    """
    row: dict[str, Any] = {}
    for name in columns:
        value = record.fields.get(name)
        row[name] = value if typed else csv_cell(value)
    row[RESULT_FIELD] = dumps(result)
    for lang, translation in result["translations"].items():
        row[f"{RESULT_FIELD}_{lang}"] = translation["text"]
    return row


def output_columns(columns: list[str], targets: tuple[str, ...]) -> list[str]:
    return [*columns, RESULT_FIELD, *(f"{RESULT_FIELD}_{lang}" for lang in targets)]


def encode_csv_rows(rows: list[dict[str, Any]], columns: list[str], header: bool = False) -> bytes:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n", extrasaction="raise")
    if header:
        writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def arrow_schema(input_schema: Any, columns: list[str], targets: tuple[str, ...]) -> Any:
    """Parquet output schema: the input's own types when it was Parquet, else text columns."""
    import pyarrow as pa

    fields = [input_schema.field(name) for name in columns] if input_schema is not None else [pa.field(n, pa.string()) for n in columns]
    fields.append(pa.field(RESULT_FIELD, pa.string()))
    fields.extend(pa.field(f"{RESULT_FIELD}_{lang}", pa.string()) for lang in targets)
    return pa.schema(fields)


def encode_parquet_rows(rows: list[dict[str, Any]], schema: Any) -> bytes:
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pylist(rows, schema=schema)
    buffer = io.BytesIO()
    pq.write_table(table, buffer, compression="zstd")
    return buffer.getvalue()


def parquet_schema(path: Path) -> Any:
    import pyarrow.parquet as pq

    return pq.ParquetFile(path).schema_arrow


CORPUS_FIX = "check the disk or choose another -o folder"


def write_file_atomic(path: Path, chunks: Iterator[bytes] | bytes) -> None:
    """Stream bytes to ``path`` through the one atomic writer (fsync, rename)."""
    write_atomic(path, chunks, fix=CORPUS_FIX)


def read_chunks(path: Path, skip_lines: int = 0) -> Iterator[bytes]:
    with open(path, "rb") as handle:
        for _ in range(skip_lines):
            handle.readline()
        while chunk := handle.read(1 << 20):
            yield chunk


def merge_parquet(sources: list[Path], target: Path, schema: Any) -> None:
    import pyarrow.parquet as pq

    with atomic_path(target, fix=CORPUS_FIX) as temporary:
        with pq.ParquetWriter(temporary, schema, compression="zstd") as writer:
            for source in sources:
                writer.write_table(pq.read_table(source, schema=schema))


# ---- the output folder: manifest and lock ---------------------------------------------------------
def shard_name(index: int, fmt: str) -> str:
    return f"{SHARDS}/part-{index:05d}.{fmt}"


def rejects_name(index: int) -> str:
    return f"{SHARDS}/rejects-{index:05d}.jsonl"


def load_manifest(folder: Path) -> dict[str, Any] | None:
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


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class JobLock:
    """``out/.lock`` holding host and pid; a lock left by a dead process is taken over on --resume."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / LOCK
        self.held = False

    def acquire(self, resume: bool) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        mine = f"{socket.gethostname()} {os.getpid()}\n"
        for _ in range(3):
            try:
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                host, pid = self._owner()
                if host == socket.gethostname() and pid and not _pid_alive(pid) or host == "" and pid == 0:
                    if not resume:
                        raise UsageError(
                            f"output folder {self.path.parent} holds a job that stopped (lock of dead pid {pid}); "
                            "add --resume to continue it, or choose another folder"
                        ) from None
                    stale = self.path.with_name(f"{LOCK}.stale.{os.getpid()}")
                    try:
                        os.rename(self.path, stale)
                        stale.unlink()
                    except FileNotFoundError:
                        pass
                    continue
                where = f"pid {pid}" + ("" if host == socket.gethostname() else f" on host {host}")
                raise UsageError(
                    f"another batch job ({where}) is writing to {self.path.parent}; wait for it to finish or choose another "
                    f"-o folder (if that job is gone, delete {self.path})"
                ) from None
            with os.fdopen(fd, "w") as handle:
                handle.write(mine)
            self.held = True
            return
        raise UsageError(f"cannot take the lock {self.path}; another job keeps taking it, choose another -o folder")

    def _owner(self) -> tuple[str, int]:
        try:
            parts = self.path.read_text().split()
            return parts[0], int(parts[1])
        except (OSError, IndexError, ValueError):
            return "", 0  # empty or half-written lock: its writer died right after creating it

    def release(self) -> None:
        if self.held:
            self.path.unlink(missing_ok=True)
            self.held = False
