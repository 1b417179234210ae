"""JSON Lines (also .gz): one object per line in; the same line with the result field added out."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from .encoding import dumps
from .opening import open_input
from .records import RESULT_FIELD, InputSpec, RawItem, Record, Reject, excerpt

MAX_LINE_BYTES = 16 * 1024 * 1024


def _reject(name: str, line: int, reason: str, shown: str | bytes) -> RawItem:
    return RawItem(name, line, reject=Reject(0, name, line, reason, excerpt(shown)))


def read_jsonl(spec: InputSpec) -> Iterator[RawItem]:
    """One item per non-blank line: its object and the line as read, or a Reject (bad JSON, bad UTF-8, too long)."""
    name = spec.path.name
    with open_input(spec.path, spec.max_input_bytes) as stream:
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
                yield _reject(name, lineno, f"line longer than {MAX_LINE_BYTES:,} bytes", raw[:200])
                continue
            if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            if not raw.strip():
                continue
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as error:
                yield _reject(name, lineno, f"invalid UTF-8 at byte {error.start} of the line", raw)
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as error:
                yield _reject(name, lineno, f"bad JSON: {error.msg} (column {error.colno})", line)
                continue
            if not isinstance(obj, dict):
                yield _reject(name, lineno, f"not a JSON object (a {type(obj).__name__})", line)
                continue
            yield RawItem(name, lineno, obj, line.strip())


def jsonl_line(record: Record, result: dict[str, Any]) -> str:
    """The output line: the input record with the result field added; a JSONL record keeps its bytes."""
    payload = dumps(result)
    if record.raw is not None and record.raw.endswith("}"):
        head = record.raw[:-1].rstrip()
        return f'{head}, "{RESULT_FIELD}": {payload}}}\n'
    return dumps({**record.fields, RESULT_FIELD: result}) + "\n"
