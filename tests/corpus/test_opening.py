"""Opening inputs: gzip by suffix, a limit on the decompressed bytes, broken gzip as one InputError."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from support.batch import S1, corpus_items

from translate.corpus import InputSpec, fingerprint
from translate.corpus.opening import open_input
from translate.errors import InputError


def test_gzip_and_the_limit(tmp_path: Path) -> None:
    packed = tmp_path / "a.txt.gz"
    packed.write_bytes(gzip.compress(b"x" * 1000))
    with open_input(packed, 1000) as stream:
        assert stream.read() == b"x" * 1000
    with pytest.raises(InputError, match=r"a\.txt\.gz has more than 999 bytes once decompressed \(--max-input-bytes\)"):
        with open_input(packed, 999) as stream:
            stream.read()


@pytest.mark.parametrize("damage", ["truncated", "not gzip"])
def test_broken_gzip_is_an_input_error(damage: str, tmp_path: Path) -> None:
    data = gzip.compress(b"".join(json.dumps({"id": i, "text": S1}).encode() + b"\n" for i in range(50)))
    source = tmp_path / "c.jsonl.gz"
    source.write_bytes(data[: len(data) // 2] if damage == "truncated" else b"plain text, not gzip\n")
    pattern = rf"^{source} is not a valid gzip file: .+; it may be truncated or not gzip at all, check it with 'gzip -t'"
    with pytest.raises(InputError, match=pattern):
        fingerprint(InputSpec(source))
    with pytest.raises(InputError, match=pattern):
        corpus_items(source)
