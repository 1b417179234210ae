"""Parquet in and out (pyarrow, imported only here and only when used): rows keep the input's own types."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..files import atomic_path
from .manifest import CORPUS_FIX
from .records import RESULT_FIELD, InputSpec, RawItem


def _open(path: Path) -> Any:
    import pyarrow.parquet as pq

    try:
        file = pq.ParquetFile(path)
    except Exception as error:  # pyarrow raises its own ArrowInvalid/OSError for broken files
        raise InputError(f"{path} is not a readable Parquet file: {error}") from None
    seen: set[str] = set()
    for column in file.schema_arrow.names:
        if column in seen:  # rows would keep only one of the two values
            raise InputError(f"{path}: the file names the column '{column}' more than once; rename the repeated column")
        seen.add(column)
    return file


def read_parquet(spec: InputSpec) -> Iterator[RawItem]:
    """One item per row, numbered from 1 as its line."""
    name = spec.path.name
    file = _open(spec.path)
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
            yield RawItem(name, row, item)


def parquet_size(path: Path, limit: int) -> int:
    """The number of rows, after checking the decompressed size (by the file's metadata) against ``limit``."""
    metadata = _open(path).metadata
    unpacked = sum(metadata.row_group(i).total_byte_size for i in range(metadata.num_row_groups))
    if unpacked > limit:
        raise InputError(
            f"{path} has {unpacked:,} bytes once decompressed (by its Parquet metadata), more than "
            f"{limit:,} (--max-input-bytes); raise --max-input-bytes if the input is genuine, or split it"
        )
    return int(metadata.num_rows)


def parquet_schema(path: Path) -> Any:
    """The input's Arrow schema."""
    return _open(path).schema_arrow


def arrow_schema(input_schema: Any, columns: list[str], targets: tuple[str, ...]) -> Any:
    """Parquet output schema: the input's own types when it was Parquet, else text columns."""
    import pyarrow as pa

    fields = [input_schema.field(name) for name in columns] if input_schema is not None else [pa.field(n, pa.string()) for n in columns]
    fields.append(pa.field(RESULT_FIELD, pa.string()))
    fields.extend(pa.field(f"{RESULT_FIELD}_{lang}", pa.string()) for lang in targets)
    return pa.schema(fields)


def encode_parquet_rows(rows: list[dict[str, Any]], schema: Any) -> bytes:
    """One shard's rows as the bytes of a Parquet file (zstd)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pylist(rows, schema=schema)
    buffer = io.BytesIO()
    pq.write_table(table, buffer, compression="zstd")
    return buffer.getvalue()


def merge_parquet(sources: list[Path], target: Path, schema: Any) -> None:
    """The shards' rows, in order, into one Parquet file written atomically."""
    import pyarrow.parquet as pq

    with atomic_path(target, fix=CORPUS_FIX) as temporary:
        with pq.ParquetWriter(temporary, schema, compression="zstd") as writer:
            for source in sources:
                writer.write_table(pq.read_table(source, schema=schema))
