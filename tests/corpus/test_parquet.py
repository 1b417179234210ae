"""Parquet: rows in with their types, shard files out, shards merged with the input's schema."""

from __future__ import annotations

from pathlib import Path

import pytest

from translate.corpus import InputSpec, arrow_schema, encode_parquet_rows, merge_parquet, parquet_schema
from translate.corpus.parquet import read_parquet
from translate.errors import InputError


def test_read_write_and_merge(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    source = tmp_path / "c.parquet"
    pq.write_table(pa.table({"id": pa.array([1, 2], pa.int64()), "text": ["A.", None]}), source)
    items = list(read_parquet(InputSpec(source)))
    assert [(i.line, i.fields) for i in items] == [(1, {"id": 1, "text": "A."}), (2, {"id": 2, "text": None})]
    schema = arrow_schema(parquet_schema(source), ["id", "text"], ("uk",))
    assert schema.names == ["id", "text", "translation", "translation_uk"] and schema.field("id").type == pa.int64()
    assert arrow_schema(None, ["id"], ("uk",)).field("id").type == pa.string()
    parts = []
    for index, row in enumerate([{"id": 1, "text": "A.", "translation": "{}", "translation_uk": "а"},
                                 {"id": 2, "text": "B.", "translation": "{}", "translation_uk": "б"}]):
        part = tmp_path / f"part-{index}.parquet"
        part.write_bytes(encode_parquet_rows([row], schema))
        parts.append(part)
    merge_parquet(parts, tmp_path / "all.parquet", schema)
    assert pq.read_table(tmp_path / "all.parquet").column("translation_uk").to_pylist() == ["а", "б"]


def test_broken_file_and_missing_column(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    broken = tmp_path / "b.parquet"
    broken.write_bytes(b"PAR1 nope")
    with pytest.raises(InputError, match=r"b\.parquet is not a readable Parquet file: "):
        list(read_parquet(InputSpec(broken)))
    other = tmp_path / "o.parquet"
    pq.write_table(pa.table({"body": ["x"]}), other)
    with pytest.raises(InputError, match=r"has no column 'text'; its columns are: body; choose one with --text-field$"):
        list(read_parquet(InputSpec(other)))


def test_a_repeated_column_name_is_refused(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    source = tmp_path / "d.parquet"
    pq.write_table(pa.Table.from_arrays([pa.array(["a"]), pa.array(["b"])], names=["text", "text"]), source)
    with pytest.raises(InputError, match=r"d\.parquet: the file names the column 'text' more than once; rename the repeated column$"):
        list(read_parquet(InputSpec(source)))
