"""CSV (RFC 4180 quoting, strict) and TSV (no quoting at all) in; CSV out.

Rows are parsed by :class:`StrictReader`, which reads exactly as ``csv.reader(lines, strict=True)``
does (same rows, same error messages, same ``line_num``) but has its own per-field limit. The
standard reader's limit is one value for the whole process (``csv.field_size_limit``) and is far
below the longest record text we accept; raising it would change every other CSV reader in the
process, and setting it back and forth around our reads would race with readers in other threads.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import Any

from ..errors import InputError
from ..limits import MAX_TEXT_CHARS
from ..text.validation import SURROGATE, escape_surrogates
from .opening import open_input
from .records import InputSpec, RawItem, Reject, excerpt

FIELD_LIMIT = MAX_TEXT_CHARS * 4  # characters in one field; longer is a bad row
QUOTE = '"'
_START_FIELD, _IN_QUOTED, _QUOTE_IN_QUOTED = range(3)


class StrictReader:
    """Rows from lines (read with ``newline=''``), as ``csv.reader(lines, delimiter=..., strict=True)`` gives them.

    ``quoting=False`` reads as ``quoting=csv.QUOTE_NONE`` does: a quote is an ordinary character. Errors
    are ``csv.Error`` with the standard reader's messages; after one, reading goes on at the next line.
    """

    def __init__(self, lines: Iterator[str], delimiter: str = ",", quoting: bool = True, field_limit: int = FIELD_LIMIT) -> None:
        self.lines = lines
        self.delimiter = delimiter
        self.quoting = quoting
        self.field_limit = field_limit
        self.line_num = 0

    def __iter__(self) -> StrictReader:
        return self

    def _field(self, parts: list[str]) -> str:
        value = "".join(parts)
        if len(value) > self.field_limit:
            raise csv.Error(f"field larger than field limit ({self.field_limit})")
        return value

    def __next__(self) -> list[str]:
        row: list[str] = []
        parts: list[str] = []
        size = 0
        state = _START_FIELD
        first = True
        while True:
            line = next(self.lines, None)
            if line is None:
                if not first and state == _IN_QUOTED:
                    raise csv.Error("unexpected end of data")
                raise StopIteration
            self.line_num += 1
            end = len(line) - (2 if line.endswith("\r\n") else 1 if line.endswith(("\n", "\r")) else 0)
            if first and end == 0:
                return []  # a blank line
            first = False
            if not self.quoting:
                for value in line[:end].split(self.delimiter):
                    row.append(self._field([value]))
                return row
            pos = 0
            while True:
                if state == _START_FIELD:
                    if pos < end and line[pos] == QUOTE:
                        state, pos = _IN_QUOTED, pos + 1
                        continue
                    stop = line.find(self.delimiter, pos, end)
                    row.append(self._field([line[pos : end if stop < 0 else stop]]))
                    if stop < 0:
                        return row
                    pos = stop + 1
                elif state == _IN_QUOTED:
                    stop = line.find(QUOTE, pos)
                    piece = line[pos:] if stop < 0 else line[pos:stop]
                    parts.append(piece)
                    size += len(piece)
                    if size > self.field_limit:
                        raise csv.Error(f"field larger than field limit ({self.field_limit})")
                    if stop < 0:
                        break  # the quoted field goes on in the next line
                    state, pos = _QUOTE_IN_QUOTED, stop + 1
                else:  # just after a quote inside a quoted field
                    char = line[pos] if pos < len(line) else ""
                    if char == QUOTE:
                        parts.append(QUOTE)
                        size += 1
                        state, pos = _IN_QUOTED, pos + 1
                    elif char == self.delimiter:
                        row.append(self._field(parts))
                        parts, size = [], 0
                        state, pos = _START_FIELD, pos + 1
                    elif char in ("", "\r", "\n"):
                        row.append(self._field(parts))
                        return row
                    else:
                        raise csv.Error(f"'{self.delimiter}' expected after '{QUOTE}'")


def check_header(spec: InputSpec, header: list[str]) -> None:
    """InputError for a header that would lose data: invalid UTF-8 in a name, a repeated name, no text column."""
    for number, column in enumerate(header, 1):
        if SURROGATE.search(column):
            shown = excerpt(column.encode("utf-8", "surrogateescape"))
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
            f"{spec.path} has no column '{escape_surrogates(spec.text_field)}'; its columns are: {', '.join(header[:30])}; "
            "choose one with --text-field"
        )


def read_delimited(spec: InputSpec, delimiter: str) -> Iterator[RawItem]:
    """Rows of a CSV (RFC 4180 quoting, strict) or TSV (no quoting at all: every character is kept as given)."""
    name = spec.path.name
    with open_input(spec.path, spec.max_input_bytes) as binary:
        text = io.TextIOWrapper(binary, encoding="utf-8-sig", errors="surrogateescape", newline="")
        last_line = [""]  # the raw line the reader took last, for the excerpt of a rejected row

        def lines() -> Iterator[str]:
            for raw in text:
                last_line[0] = raw
                yield raw

        reader = StrictReader(lines(), delimiter, quoting=delimiter != "\t")
        try:
            header = next(reader)
        except StopIteration:
            raise InputError(f"{spec.path} is empty; a CSV/TSV input needs a header row") from None
        except csv.Error as error:
            raise InputError(f"{spec.path} has a malformed header row ({error}); fix its quoting") from None
        check_header(spec, header)
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
                yield RawItem(name, start, reject=Reject(0, name, start, f"bad CSV row: {error}", excerpt(last_line[0].rstrip("\r\n"))))
                continue
            line = reader.line_num
            if not row:
                continue
            bad = next((value for value in row if SURROGATE.search(value)), None)
            if bad is not None:
                shown = excerpt(bad.encode("utf-8", "surrogateescape"))
                yield RawItem(name, start, reject=Reject(0, name, start, "invalid UTF-8 in the row", shown))
                continue
            if len(row) != len(header):
                reason = f"row has {len(row)} fields, the header has {len(header)}"
                yield RawItem(name, start, reject=Reject(0, name, start, reason, excerpt(delimiter.join(row))))
                continue
            yield RawItem(name, start, dict(zip(header, row, strict=True)))


def encode_csv_rows(rows: list[dict[str, Any]], columns: list[str], header: bool = False) -> bytes:
    """CSV bytes for output rows (values already text: see encoding.csv_cell), with the header line if asked."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n", extrasaction="raise")
    if header:
        writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")
