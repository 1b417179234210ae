"""CSV/TSV: strict quoting, TSV keeping quotes, header checks, long fields, and CSV output."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import settings as settings_hypothesis
from hypothesis import strategies as st
from support.batch import corpus_items

from translate.corpus import FIELD_LIMIT, InputSpec, StrictReader, encode_csv_rows, read_items
from translate.errors import InputError


def outcomes(reader: object) -> list[tuple[str, object, int]]:
    """What a reader gives for each call: a row or an error message, with the line count so far."""
    out: list[tuple[str, object, int]] = []
    while True:
        try:
            row = next(reader)  # type: ignore[call-overload]
        except StopIteration:
            return out
        except csv.Error as error:
            out.append(("error", str(error), reader.line_num))  # type: ignore[attr-defined]
            continue
        out.append(("row", row, reader.line_num))  # type: ignore[attr-defined]


@settings_hypothesis(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["a", "é", ",", "\t", '"', '""', "\n", "\r", "\r\n", " ", "\x00"]), max_size=30),
       st.sampled_from([(",", True), ("\t", False), ("\t", True)]))
def test_strict_reader_reads_as_the_csv_module_does(pieces: list[str], dialect: tuple[str, bool]) -> None:
    text = "".join(pieces)
    delimiter, quoting = dialect
    options: dict = {"delimiter": delimiter, "strict": True}
    if not quoting:
        options["quoting"] = csv.QUOTE_NONE
    expected = outcomes(csv.reader(io.StringIO(text, newline=""), **options))
    assert outcomes(StrictReader(iter(io.StringIO(text, newline="")), delimiter, quoting=quoting)) == expected


def test_long_fields_are_read_and_the_process_limit_is_untouched(tmp_path: Path) -> None:
    before = csv.field_size_limit()
    text = "word " * 100_000  # 500,000 characters: past the csv module's default limit of 131,072
    table = tmp_path / "long.csv"
    table.write_text(f'id,text\n1,"{text}"\n2,{text}\n', encoding="utf-8")
    assert [(kind, line, len(value)) for kind, line, value in corpus_items(table)] == [("record", 2, 500_000), ("record", 3, 500_000)]
    assert csv.field_size_limit() == before
    with pytest.raises(csv.Error, match=r"^field larger than field limit \(10\)$"):
        next(StrictReader(iter(['"' + "x" * 11 + '"\n']), field_limit=10))
    assert FIELD_LIMIT == 8_000_000


def test_tsv_keeps_quotes_and_csv_quoting_is_strict(tmp_path: Path) -> None:
    tsv = tmp_path / "c.tsv"
    tsv.write_text('id\ttext\n1\t"quoted\n2\tsays "hi" there\n3\t"a\tb"\n', encoding="utf-8")
    assert corpus_items(tsv) == [
        ("record", 2, '"quoted'), ("record", 3, 'says "hi" there'), ("reject", 4, "row has 3 fields, the header has 2"),
    ]
    good = tmp_path / "good.csv"
    good.write_text('id,text\n1,"ab"x\n2,"multi\nline"\n3,fine\n', encoding="utf-8")
    assert corpus_items(good) == [
        ("reject", 2, "bad CSV row: ',' expected after '\"'"), ("record", 3, "multi\nline"), ("record", 5, "fine"),
    ]
    swallowing = tmp_path / "bad.csv"
    swallowing.write_text('id,text\n1,"ab\n2,ok\n3,"z\n4,fine\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.csv line 2: malformed CSV quoting .* runs on to line 4"):
        corpus_items(swallowing)
    unclosed = tmp_path / "open.csv"
    unclosed.write_text('id,text\n1,fine\n2,"never closed\n3,lost\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"open\.csv line 3: malformed CSV quoting \(unexpected end of data\)"):
        corpus_items(unclosed)


def test_csv_header_repeats_and_single_column_empty_cells(tmp_path: Path) -> None:
    repeated = tmp_path / "r.csv"
    repeated.write_text("id,text,id\n1,Hello.,2\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"the header names the column 'id' more than once; rename the repeated column"):
        corpus_items(repeated)
    single = tmp_path / "s.csv"
    single.write_text('text\nHello.\n""\n\nBye.\n', encoding="utf-8")
    assert corpus_items(single) == [
        ("record", 2, "Hello."), ("reject", 3, "text field 'text' is empty"), ("record", 5, "Bye."),
    ]


def test_header_problems(tmp_path: Path) -> None:
    empty = tmp_path / "e.csv"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(InputError, match=r"e\.csv is empty; a CSV/TSV input needs a header row$"):
        corpus_items(empty)
    missing = tmp_path / "m.csv"
    missing.write_text("id,body\n1,x\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"has no column 'text'; its columns are: id, body; choose one with --text-field$"):
        corpus_items(missing)
    bad_quotes = tmp_path / "q.csv"
    bad_quotes.write_text('"id"x,text\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"has a malformed header row \(',' expected after '\"'\); fix its quoting$"):
        corpus_items(bad_quotes)


def test_invalid_utf8_in_a_row_is_a_reject(tmp_path: Path) -> None:
    table = tmp_path / "c.csv"
    table.write_bytes(b"id,text\n1,caf\xe9\n2,fine\n")
    items = list(read_items(InputSpec(table)))
    assert items[0].reason == "invalid UTF-8 in the row" and items[0].excerpt == "caf\\xe9"  # type: ignore[union-attr]
    assert items[1].text == "fine"  # type: ignore[union-attr]


def test_encode_csv_rows() -> None:
    rows = [{"a": "x,y", "b": 'say "hi"'}, {"a": None, "b": "multi\nline"}]
    assert encode_csv_rows(rows, ["a", "b"], header=True).decode() == 'a,b\n"x,y","say ""hi"""\n,"multi\nline"\n'
    with pytest.raises(ValueError):
        encode_csv_rows([{"c": 1}], ["a"])
