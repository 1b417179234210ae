"""The input's fingerprint: content hash, sizes, item estimate; the size limits checked first."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.batch import S1

from translate.corpus import InputSpec, fingerprint
from translate.errors import InputError


def test_hash_size_and_item_estimate(tmp_path: Path) -> None:
    source = tmp_path / "c.csv"
    source.write_text("id,text\n1,a\n2,b\n")
    found = fingerprint(InputSpec(source))
    assert found["bytes"] == 16 and found["approx_items"] == 2 and len(found["sha256"]) == 64
    source.write_text("id,text\n1,a\n2,c\n")
    assert fingerprint(InputSpec(source))["sha256"] != found["sha256"]
    with pytest.raises(InputError, match=r"c\.csv has more than 10 bytes once decompressed \(--max-input-bytes\); raise --max-input-bytes"):
        fingerprint(InputSpec(source, max_input_bytes=10))
    folder = tmp_path / "f"
    folder.mkdir()
    (folder / "a.txt").write_text("one")
    (folder / "b.md").write_text("two")
    assert fingerprint(InputSpec(folder))["approx_items"] == 2


def test_parquet_decompressed_size_is_limited(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    source = tmp_path / "big.parquet"
    pq.write_table(pa.table({"text": [S1 * 20] * 2000}), source, compression="zstd", use_dictionary=False)
    size = source.stat().st_size
    unpacked = pq.ParquetFile(source).metadata.row_group(0).total_byte_size
    assert unpacked > 10 * size
    with pytest.raises(InputError, match=r"once decompressed \(by its Parquet metadata\), more than .* \(--max-input-bytes\)"):
        fingerprint(InputSpec(source, max_input_bytes=size * 2))
    assert fingerprint(InputSpec(source, max_input_bytes=unpacked))["approx_items"] == 2000
