"""JSON Lines (also .gz): one object per line in; the same line with the result field added out.

Strict JSON: ``NaN``, ``Infinity`` and ``-Infinity`` (which Python's json module accepts) and a key
repeated in one object (which it resolves silently, keeping the last value) make the line a reject
naming the field or key.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from ..text.validation import escape_surrogates
from .encoding import dumps
from .opening import open_input
from .records import RESULT_FIELD, InputSpec, RawItem, Record, Reject, excerpt
from .rules import NotJson, not_json_path

MAX_LINE_BYTES = 16 * 1024 * 1024


class RepeatedKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _unique_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj: dict[str, Any] = {}
    for key, value in pairs:
        if key in obj:
            raise RepeatedKey(key)
        obj[key] = value
    return obj


def parse_object(line: str) -> Any:
    """``json.loads`` that refuses repeated keys (RepeatedKey) and marks NaN/Infinity as :class:`NotJson`."""
    return json.loads(line, object_pairs_hook=_unique_pairs, parse_constant=NotJson)


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
                obj = parse_object(line)
            except json.JSONDecodeError as error:
                yield _reject(name, lineno, f"bad JSON: {error.msg} (column {error.colno})", line)
                continue
            except RepeatedKey as repeated:
                reason = f"the key '{escape_surrogates(repeated.key)}' appears twice in one object (JSON keeps only one)"
                yield _reject(name, lineno, reason, line)
                continue
            if not isinstance(obj, dict):
                shown = "a NaN or Infinity" if isinstance(obj, NotJson) else f"a {type(obj).__name__}"
                yield _reject(name, lineno, f"not a JSON object ({shown})", line)
                continue
            path = not_json_path(obj)
            if path is not None:
                constant = path[1]
                reason = f"field '{escape_surrogates(path[0])}' is {constant}, which is not valid JSON (write null or a string)"
                yield _reject(name, lineno, reason, line)
                continue
            yield RawItem(name, lineno, obj, line.strip())


def jsonl_line(record: Record, result: dict[str, Any]) -> str:
    """The output line: the input record with the result field added; a JSONL record keeps its bytes."""
    payload = dumps(result)
    if record.raw is not None and record.raw.endswith("}"):
        head = record.raw[:-1].rstrip()
        return f'{head}, "{RESULT_FIELD}": {payload}}}\n'
    return dumps({**record.fields, RESULT_FIELD: result}) + "\n"
