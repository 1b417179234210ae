"""Assembling a shard: the output layout, records made into lines or rows, records that do not fit a table."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from support.batch import S1
from support.batch import batch_options as options

from translate.batch import EngineInfo, Layout, run_batch
from translate.batch.assemble import assemble_shard, layout_for, rejects_bytes
from translate.corpus import InputSpec, Record, Reject, Shard
from translate.errors import InputError
from translate.pipeline import Settings
from translate.text.segmentation import split_sentences

ENGINES = {"uk": EngineInfo("m", "r", "scripted")}


def lookups(*texts: str) -> dict:
    return {"uk": {text: (text.upper(), ()) for text in texts}}


def test_jsonl_shard_keeps_the_record_bytes() -> None:
    record = Record(0, "c.jsonl", 1, {"id": 1, "n": 1.5, "text": "Hi there."}, "Hi there.", '{"id": 1, "n": 1.50, "text": "Hi there."}')
    split = {0: split_sentences(record.text, "en")}
    output = assemble_shard(Layout("jsonl", ("uk",)), Shard(0, [record]), split, lookups("Hi there."), ENGINES, "sig")
    line = output.data.decode()
    assert line.startswith('{"id": 1, "n": 1.50, "text": "Hi there.", "translation": {')
    result = json.loads(line)["translation"]
    assert result["translations"]["uk"]["text"] == "HI THERE." and result["signature"] == "sig"
    assert (output.records, output.flagged, output.sentences, output.rejects) == (1, 0, 1, [])


def test_csv_shard_rejects_a_record_with_other_fields() -> None:
    layout = Layout("csv", ("uk",), columns=["id", "text"], out_columns=["id", "text", "translation", "translation_uk"])
    good = Record(0, "c.jsonl", 1, {"id": 1, "text": "A."}, "A.")
    odd = Record(1, "c.jsonl", 2, {"id": 2, "text": "B.", "more": 1}, "B.")
    earlier = Reject(2, "c.jsonl", 3, "bad JSON")
    split = {0: split_sentences("A.", "en"), 1: split_sentences("B.", "en")}
    output = assemble_shard(layout, Shard(0, [good, odd], [earlier]), split, lookups("A.", "B."), ENGINES, "sig")
    (row,) = list(csv.reader(output.data.decode().splitlines()))
    assert row[:2] == ["1", "A."] and row[3] == "A."
    assert [r.ordinal for r in output.rejects] == [1, 2] and output.records == 1
    assert output.rejects[0].reason.startswith("field 'more' is not among the columns of the first record (id, text)")
    assert rejects_bytes([earlier]) == b'{"file": "c.jsonl", "line": 3, "reason": "bad JSON", "excerpt": ""}\n'


def test_layout_refuses_a_column_the_output_adds(tmp_path: Path) -> None:
    table = tmp_path / "c.csv"
    table.write_text("id,text,translation_uk\n1,A.,x\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"has a column 'translation_uk', which the csv output adds"):
        layout_for(InputSpec(table), "csv", ("uk",))
    assert layout_for(InputSpec(table), "jsonl", ("uk",)).columns == []


def test_parquet_values_in_csv_output_and_column_collisions(settings: Settings, tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    source = tmp_path / "c.parquet"
    pq.write_table(pa.table({
        "id": [1], "tags": [["a", "b"]], "meta": [{"k": 1}], "blob": [b"hi"], "ok": [True], "text": [S1],
    }), source)
    run_batch(options(settings, source, tmp_path / "o1", targets=("uk",), format="csv"))
    with open(tmp_path / "o1" / "translations.csv", encoding="utf-8", newline="") as handle:
        (row,) = list(csv.DictReader(handle))
    assert {k: row[k] for k in ("id", "tags", "meta", "blob", "ok")} == {
        "id": "1", "tags": '["a", "b"]', "meta": '{"k": 1}', "blob": "aGk=", "ok": "true",
    }
    # A column that the output adds for a chosen target language: refused at the start, nothing written.
    table = tmp_path / "c.csv"
    table.write_text(f"id,text,translation_uk\n1,{S1},mine\n", encoding="utf-8")
    for fmt in ("csv", "parquet"):
        with pytest.raises(InputError, match=r"has a column 'translation_uk', which the \w+ output adds; rename that column"):
            run_batch(options(settings, table, tmp_path / f"o-{fmt}", targets=("uk",), format=fmt))
        assert not (tmp_path / f"o-{fmt}" / "manifest.json").exists()
    clashing = tmp_path / "t.parquet"
    pq.write_table(pa.table({"text": [S1], "translation_hu": ["x"]}), clashing)
    with pytest.raises(InputError, match=r"has a column 'translation_hu'"):
        run_batch(options(settings, clashing, tmp_path / "o3", format="parquet"))
    assert run_batch(options(settings, clashing, tmp_path / "o4", targets=("uk",), format="parquet")).records == 1


def test_nan_from_parquet_is_a_reject_in_jsonl_output_and_text_in_csv(settings: Settings, tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    source = tmp_path / "c.parquet"
    pq.write_table(pa.table({"id": [1, 2], "score": [float("nan"), 0.5], "text": [S1, S1]}), source)
    run_batch(options(settings, source, tmp_path / "o1", targets=("uk",)))
    lines = (tmp_path / "o1" / "translations.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["id"] for line in lines] == [2]
    (reject,) = [json.loads(line) for line in (tmp_path / "o1" / "rejects.jsonl").read_text().splitlines()]
    assert (reject["line"], reject["reason"]) == (
        1, "field 'score' is NaN or infinite, which JSON Lines output cannot hold; use --format parquet or csv",
    )
    run_batch(options(settings, source, tmp_path / "o2", targets=("uk",), format="csv"))
    with open(tmp_path / "o2" / "translations.csv", encoding="utf-8", newline="") as handle:
        assert [row["score"] for row in csv.DictReader(handle)] == ["NaN", "0.5"]


def test_a_record_of_another_language_says_so_and_an_unidentified_one_is_a_reject() -> None:
    from translate.batch import RecordSource

    ru = Record(0, "c.jsonl", 1, {"id": 1, "text": "Привет всем."}, "Привет всем.")
    de = Record(1, "c.jsonl", 2, {"id": 2, "text": "Guten Tag."}, "Guten Tag.")
    split = {0: split_sentences(ru.text, "ru"), 1: []}
    sources = {0: RecordSource("ru", 0.98), 1: RecordSource(None, None, "language not identified: …")}
    engines = {"ru-en": EngineInfo("a", "r", "scripted"), "ru-uk": EngineInfo("a+b", "r+r", "scripted", "en")}
    found = {"Привет всем.": ("Hello all.", ())}
    output = assemble_shard(
        Layout("jsonl", ("en", "ru", "uk")), Shard(0, [ru, de]), split, {"ru-en": found, "ru-uk": found}, engines, "sig",
        sources=sources, signatures={"ru": "sig|from=ru"},
    )
    result = json.loads(output.data.decode())["translation"]
    assert (result["source_lang"], result["source_lang_confidence"], result["signature"]) == ("ru", 0.98, "sig|from=ru")
    assert list(result["translations"]) == ["en", "uk"] and result["translations"]["uk"]["pivot"] == "en"
    assert "pivot" not in result["translations"]["en"] or not result["translations"]["en"]["pivot"]
    assert [(r.line, r.reason) for r in output.rejects] == [(2, "language not identified: …")] and output.records == 1
