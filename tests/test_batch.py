"""Batch jobs: every input format, order and pass-through, rejects, cache, resume, refusals, kill -9."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import settings as settings_hypothesis
from hypothesis import strategies as st
from support.scripted import CrashAfter

from translate.batch import BatchOptions, run_batch
from translate.cli import main
from translate.errors import InputError, UsageError
from translate.pipeline import Settings

ROOT = Path(__file__).resolve().parents[1]
S1 = "President Donald Trump announced that he plans to meet Vladimir Putin in Budapest."
S2 = "There was no immediate response from the Kremlin or from Kyiv."
S3 = "Russia has intensified its attacks on energy infrastructure."


@pytest.fixture(scope="module")
def settings(tiny_settings_models: dict[str, str]) -> Settings:
    return Settings(engine="ctranslate2", beam_size=1, models=tiny_settings_models)


def options(settings: Settings, source: Path, out: Path, **kw: object) -> BatchOptions:
    base: dict[str, object] = {"targets": ("uk", "hu"), "settings": settings, "shard_size": 2}
    base.update(kw)
    return BatchOptions(input=source, output=out, **base)  # type: ignore[arg-type]


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def check_result(record: dict, targets: tuple[str, ...] = ("uk", "hu")) -> None:
    result = record["translation"]
    assert list(result["translations"]) == list(targets)
    assert result["signature"].startswith("engine=ctranslate2|quant=int8|beam=1|uk=")
    source_ids = [s["id"] for s in result["sentences"]]
    for translation in result["translations"].values():
        assert [link[0] for link in translation["links"]] == [[i] for i in source_ids]
        assert translation["engine"] == "ctranslate2" and translation["text"]


def test_jsonl_order_pass_through_and_rejects(settings: Settings, tmp_path: Path) -> None:
    good = [
        {"id": 1, "n": 1.50, "meta": {"k": [1, 2]}, "text": S1},
        {"id": 2, "text": f"{S2} {S1}", "zw": "a\u200bb\u202e"},
        {"id": 3, "text": S3 + "\n\n" + S2},
        {"text": "Cafe\u0301 owners met in Budapest.", "id": 4},
        {"id": 5, "text": S1},
    ]
    lines = [
        b"\xef\xbb\xbf" + json.dumps(good[0]).replace("1.5", "1.50").encode(),
        b"{not json",
        json.dumps(good[1], ensure_ascii=False).encode(),
        b'{"id": 9, "text": "caf\xe9"}',
        b"",
        json.dumps({"id": 10, "body": "no text"}).encode(),
        json.dumps(good[2]).encode(),
        json.dumps({"id": 1, "text": "duplicate"}).encode(),
        b'{"id": 11, "text": "lone \\ud800 surrogate"}',
        b'{"id": 12, "text": "nul \\u0000 inside"}',
        json.dumps(good[3], ensure_ascii=False).encode(),
        b"[1, 2]",
        json.dumps({"id": 13, "text": None}).encode(),
        json.dumps({"id": 14, "text": "   "}).encode(),
        json.dumps(good[4]).encode(),
    ]
    source = tmp_path / "corpus.jsonl"
    source.write_bytes(b"\n".join(lines) + b"\n")
    summary = run_batch(options(settings, source, tmp_path / "out"))
    assert (summary.records, summary.rejected, summary.exit_code) == (5, 9, 3)
    out = tmp_path / "out"
    output = out / "translations.jsonl"
    rows = read_jsonl(output)
    assert [{k: v for k, v in row.items() if k != "translation"} for row in rows] == good
    for row in rows:
        check_result(row)
    # JSONL records keep their own bytes: the number 1.50 and key order are untouched.
    assert output.read_text(encoding="utf-8").splitlines()[0].startswith('{"id": 1, "n": 1.50, "meta": {"k": [1, 2]}, ')
    rejects = read_jsonl(out / "rejects.jsonl")
    assert [(r["line"], r["reason"]) for r in rejects] == [
        (2, "bad JSON: Expecting property name enclosed in double quotes (column 2)"),
        (4, "invalid UTF-8 at byte 22 of the line"),
        (6, "missing text field 'text'"),
        (8, "duplicate id 1 (first seen at corpus.jsonl:1)"),
        (9, "field 'text' contains a lone surrogate (not valid Unicode)"),
        (10, "text field 'text' contains a NUL character at position 4"),
        (12, "not a JSON object (a list)"),
        (13, "text field 'text' is not a string (it is null)"),
        (14, "text field 'text' is empty"),
    ]
    assert all(r["file"] == "corpus.jsonl" for r in rejects)
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["complete"] and (out / "_SUCCESS").exists() and not (out / ".lock").exists()
    assert sorted(manifest["shards"]) == [f"{i:05d}" for i in range(7)]
    assert not (out / ".state").exists()


def test_formats_in_and_out(settings: Settings, tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    texts = [S1, f"{S2} {S3}", S2]
    # gzip JSONL
    gz = tmp_path / "c.jsonl.gz"
    with gzip.open(gz, "wt", encoding="utf-8") as handle:
        for i, text in enumerate(texts):
            handle.write(json.dumps({"id": i, "text": text}) + "\n")
    rows = read_jsonl(tmp_path / "o1" / "translations.jsonl") if run_batch(options(settings, gz, tmp_path / "o1")) else []
    assert [r["text"] for r in rows] == texts
    # TSV with a bad row (wrong field count) and quotes, which TSV keeps as text -> CSV output
    tsv = tmp_path / "c.tsv"
    tsv.write_text('key\tbody\tlang\nk1\t"' + S1 + '" said he\ten\nk2\tonly two\nk3\t' + S2 + "\ten\n", encoding="utf-8")
    summary = run_batch(options(settings, tsv, tmp_path / "o2", text_field="body", id_field="key", format="csv"))
    assert (summary.records, summary.rejected) == (2, 1)
    import csv

    with open(tmp_path / "o2" / "translations.csv", encoding="utf-8", newline="") as handle:
        table = list(csv.DictReader(handle))
    assert [r["key"] for r in table] == ["k1", "k3"] and table[0]["body"] == '"' + S1 + '" said he'
    assert list(table[0]) == ["key", "body", "lang", "translation", "translation_uk", "translation_hu"]
    check_result({"translation": json.loads(table[1]["translation"])})
    assert read_jsonl(tmp_path / "o2" / "rejects.jsonl")[0]["line"] == 3
    # Parquet in and out: column types pass through unchanged
    parquet = tmp_path / "c.parquet"
    pq.write_table(pa.table({"id": pa.array([7, 8, 9], pa.int64()), "score": [0.5, None, 2.0], "text": [S1, None, S3]}), parquet)
    summary = run_batch(options(settings, parquet, tmp_path / "o3", format="parquet"))
    assert (summary.records, summary.rejected) == (2, 1)
    out = pq.read_table(tmp_path / "o3" / "translations.parquet")
    assert out.schema.field("id").type == pa.int64() and out.column("id").to_pylist() == [7, 9]
    assert out.column("score").to_pylist() == [0.5, 2.0]
    assert read_jsonl(tmp_path / "o3" / "rejects.jsonl")[0]["reason"] == "text field 'text' is not a string (it is null)"
    # A folder of text files (sorted by path; bad UTF-8 rejected with its line)
    folder = tmp_path / "articles"
    (folder / "b").mkdir(parents=True)
    (folder / "a.txt").write_text(S1, encoding="utf-8")
    (folder / "b" / "c.md").write_text(f"# {S2}\n\n{S3}\n", encoding="utf-8")
    (folder / "b" / "d.txt").write_bytes(b"fine line\nbad \xff byte\n")
    (folder / "skip.bin").write_bytes(b"\x00\x01")
    summary = run_batch(options(settings, folder, tmp_path / "o4", targets=("hu",)))
    rows = read_jsonl(tmp_path / "o4" / "translations.jsonl")
    assert [r["path"] for r in rows] == ["a.txt", "b/c.md"] and summary.rejected == 1
    assert list(rows[1]["translation"]["translations"]) == ["hu"]
    assert read_jsonl(tmp_path / "o4" / "rejects.jsonl") == [
        {"file": "b/d.txt", "line": 2, "reason": "invalid UTF-8 at byte 14", "excerpt": "fine line\nbad \\xff byte\n"}
    ]


def test_sentence_cache_within_and_across_runs(settings: Settings, tmp_path: Path) -> None:
    source = tmp_path / "c.jsonl"
    source.write_text("".join(json.dumps({"id": i, "text": f"{S1} {S2}" if i % 2 else S1}) + "\n" for i in range(6)))
    cache = tmp_path / "cache.sqlite"
    first = run_batch(options(settings, source, tmp_path / "o1", cache=cache))
    assert first.translated == 4  # 2 distinct sentences x 2 languages, though 9 sentences were read
    second = run_batch(options(settings, source, tmp_path / "o2", cache=cache))
    assert second.translated == 0 and cache.exists()
    assert (tmp_path / "o1" / "translations.jsonl").read_bytes() == (tmp_path / "o2" / "translations.jsonl").read_bytes()




def test_resume_refusals_and_lock(settings: Settings, tmp_path: Path) -> None:
    source = tmp_path / "c.jsonl"
    source.write_text("".join(json.dumps({"id": i, "text": [S1, S2, S3][i % 3]}) + "\n" for i in range(9)))
    reference = tmp_path / "ref"
    run_batch(options(settings, source, reference))
    out = tmp_path / "out"
    with pytest.raises(KeyboardInterrupt):
        run_batch(options(settings, source, out), progress=CrashAfter(2))
    # Leftovers of a kill during a write: a temporary file and an uncommitted shard.
    (out / "shards" / ".part-00003.jsonl.999.tmp").write_bytes(b"half")
    (out / "shards" / "part-00004.jsonl").write_bytes(b"uncommitted garbage\n")
    with pytest.raises(UsageError, match=r"^output folder .* is not empty; add --resume to continue the job there, or choose another folder$"):
        run_batch(options(settings, source, out))
    with pytest.raises(UsageError, match=r"cannot resume the job in .*: the engine, models or settings \(signature\) changed \(was '.*beam=1.*', now '.*beam=2.*'\)"):
        run_batch(options(Settings(engine="ctranslate2", beam_size=2, models=settings.models), source, out, resume=True))
    with pytest.raises(UsageError, match=r"target languages changed \(was \['uk', 'hu'\], now \['uk'\]\)"):
        run_batch(options(settings, source, out, resume=True, targets=("uk",)))
    original = source.read_bytes()
    source.write_bytes(original.replace(b"Kremlin", b"Kremlin!"))
    with pytest.raises(UsageError, match=r"the input's content changed\. Rerun with the original options and input"):
        run_batch(options(settings, source, out, resume=True))
    source.write_bytes(original)
    # A live job holds the lock: refused. A lock left by a dead pid is taken over on --resume.
    (out / ".lock").write_text(f"{os.uname().nodename} {os.getppid()}\n")
    with pytest.raises(UsageError, match=rf"another batch job \(pid {os.getppid()}\) is writing to .*; wait for it"):
        run_batch(options(settings, source, out, resume=True))
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    (out / ".lock").write_text(f"{os.uname().nodename} {dead.stdout.strip()}\n")
    with pytest.raises(UsageError, match=r"holds a job that stopped \(lock of dead pid \d+\); add --resume"):
        run_batch(options(settings, source, out))
    summary = run_batch(options(settings, source, out, resume=True))
    assert summary.resumed_shards == 2 and summary.shards == 5
    assert snapshot(out) == snapshot(reference)
    again = run_batch(options(settings, source, out, resume=True))  # complete: nothing to do
    assert again.records == 9 and snapshot(out) == snapshot(reference)


def test_cli_exit_codes_and_limits(model_args: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "c.jsonl.gz"
    with gzip.open(source, "wt") as handle:
        handle.write(json.dumps({"id": 1, "text": S1}) + "\n{oops\n" + json.dumps({"id": 2, "text": S2 * 50}) + "\n")
    base = ["batch", str(source), "--to", "ru", "--engine", "ctranslate2", "--beam", "1", *model_args, "--quiet"]
    assert main([*base, "-o", str(tmp_path / "o1"), "--max-input-bytes", "500"]) == 1
    assert capsys.readouterr().err == (
        f"error: {source} has more than 500 bytes once decompressed (--max-input-bytes); "
        "raise --max-input-bytes if the input is genuine, or split it\n"
    )
    assert main([*base, "-o", str(tmp_path / "o2")]) == 3
    assert main([*base, "-o", str(tmp_path / "o2")]) == 2  # a usage error (issue 13: every usage error exits 2)
    assert "add --resume" in capsys.readouterr().err
    assert main([*base, "-o", str(tmp_path / "o2"), "--resume"]) == 3
    with pytest.raises(InputError, match=r"has an unknown format; give \.jsonl"):
        run_batch(BatchOptions(input=Path(__file__), output=tmp_path / "o3", targets=("ru",)))


def test_importing_batch_loads_no_heavy_library() -> None:
    code = (
        "import sys, translate.batch, translate.corpus, translate.cli.batch, translate.cli; translate.cli.build_parser(); "
        "print([m for m in ('ray', 'torch', 'transformers', 'ctranslate2', 'pyarrow') if m in sys.modules])"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_kill_9_at_20_points_then_resume_is_byte_identical(tiny_models: dict[str, Path], tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "kill_resume.py"), "--points", "20", "--chain", "10", "--seed", "7",
         "--records", "24", "--workdir", str(tmp_path),
         "--model", f"uk={tiny_models['zle']}", "--model", f"hu={tiny_models['hu']}"],
        capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.startswith("20 kill points")


@settings_hypothesis(max_examples=60, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=40), st.integers(), st.none(), st.binary(max_size=20)), max_size=12))
def test_reader_accounts_for_every_line(tmp_path_factory: pytest.TempPathFactory, values: list[object]) -> None:
    """Whatever the lines hold, each becomes exactly one Record or Reject, in order, and good text is kept exactly."""
    from translate.corpus import InputSpec, Record, read_items

    path = tmp_path_factory.mktemp("prop") / "c.jsonl"
    lines = []
    for value in values:
        if isinstance(value, bytes):
            lines.append(value.replace(b"\n", b" ").replace(b"\r", b" ") or b"x")
        else:
            lines.append(json.dumps({"text": value}).encode())
    path.write_bytes(b"".join(line + b"\n" for line in lines))
    items = list(read_items(InputSpec(path, id_field="")))
    nonblank = [i + 1 for i, line in enumerate(lines) if line.strip() and not (i == 0 and line.strip() == b"\xef\xbb\xbf")]
    assert [item.ordinal for item in items] == list(range(len(items)))
    assert [item.line for item in items] == nonblank[: len(items)] and len(items) == len(nonblank)
    for item, value in zip(items, [v for i, v in enumerate(values) if i + 1 in nonblank], strict=True):
        if isinstance(item, Record):
            assert item.text == value


def _items(path: Path, **kw: object) -> list[tuple[str, int, str]]:
    """(kind, line, text or reason) per item read from ``path``."""
    from translate.corpus import InputSpec, Record, read_items

    return [
        ("record", item.line, item.text) if isinstance(item, Record) else ("reject", item.line, item.reason)
        for item in read_items(InputSpec(path, **kw))  # type: ignore[arg-type]
    ]


def test_lone_surrogate_in_a_key_or_header_is_escaped_or_refused(settings: Settings, tmp_path: Path) -> None:
    source = tmp_path / "c.jsonl"
    source.write_bytes(b'{"id":1,"text":"' + S1.encode() + b'"}\n{"id":2,"text":"Hi.","\\ud800":1}\n')
    out = tmp_path / "out"
    summary = run_batch(options(settings, source, out, targets=("uk",)))
    assert (summary.records, summary.rejected) == (1, 1)
    (reject,) = read_jsonl(out / "rejects.jsonl")
    assert reject["reason"] == "field '\\ud800' contains a lone surrogate (not valid Unicode)"
    assert "\\ud800" in reject["excerpt"]
    assert run_batch(options(settings, source, out, targets=("uk",), resume=True)).rejected == 1
    # A CSV header with an invalid byte: refused at the start, naming the column; nothing written.
    table = tmp_path / "c.csv"
    table.write_bytes(b"id,text,na\xffme\n1," + S1.encode() + b",x\n")
    with pytest.raises(InputError, match=r"column 3 of the header, 'na\\xffme', is not valid UTF-8; rename the column"):
        run_batch(options(settings, table, tmp_path / "o2", targets=("uk",)))
    assert not (tmp_path / "o2" / "manifest.json").exists()


def test_tsv_keeps_quotes_and_csv_quoting_is_strict(tmp_path: Path) -> None:
    tsv = tmp_path / "c.tsv"
    tsv.write_text('id\ttext\n1\t"quoted\n2\tsays "hi" there\n3\t"a\tb"\n', encoding="utf-8")
    assert _items(tsv) == [
        ("record", 2, '"quoted'), ("record", 3, 'says "hi" there'), ("reject", 4, "row has 3 fields, the header has 2"),
    ]
    good = tmp_path / "good.csv"
    good.write_text('id,text\n1,"ab"x\n2,"multi\nline"\n3,fine\n', encoding="utf-8")
    assert _items(good) == [
        ("reject", 2, "bad CSV row: ',' expected after '\"'"), ("record", 3, "multi\nline"), ("record", 5, "fine"),
    ]
    swallowing = tmp_path / "bad.csv"
    swallowing.write_text('id,text\n1,"ab\n2,ok\n3,"z\n4,fine\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.csv line 2: malformed CSV quoting .* runs on to line 4"):
        _items(swallowing)
    unclosed = tmp_path / "open.csv"
    unclosed.write_text('id,text\n1,fine\n2,"never closed\n3,lost\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"open\.csv line 3: malformed CSV quoting \(unexpected end of data\)"):
        _items(unclosed)


def test_csv_header_repeats_and_single_column_empty_cells(tmp_path: Path) -> None:
    repeated = tmp_path / "r.csv"
    repeated.write_text("id,text,id\n1,Hello.,2\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"the header names the column 'id' more than once; rename the repeated column"):
        _items(repeated)
    single = tmp_path / "s.csv"
    single.write_text('text\nHello.\n""\n\nBye.\n', encoding="utf-8")
    assert _items(single) == [
        ("record", 2, "Hello."), ("reject", 3, "text field 'text' is empty"), ("record", 5, "Bye."),
    ]


def test_shards_merge_in_numeric_order_past_99999(settings: Settings, tmp_path: Path) -> None:
    from translate.batch import Job

    out = tmp_path / "out"
    (out / "shards").mkdir(parents=True)
    job = Job(options(settings, tmp_path / "c.jsonl", out))
    for index in (99_998, 99_999, 100_000, 100_001):
        name = f"shards/part-{index:05d}.jsonl"
        (out / name).write_text(f'{{"shard": {index}}}\n')
        job.manifest.setdefault("shards", {})[f"{index:05d}"] = {"file": name}
    job.finish()
    assert [r["shard"] for r in read_jsonl(out / "translations.jsonl")] == [99_998, 99_999, 100_000, 100_001]


@pytest.mark.parametrize("damage", ["truncated", "not gzip"])
def test_broken_gzip_is_an_input_error(damage: str, tmp_path: Path) -> None:
    from translate.corpus import InputSpec, fingerprint

    data = gzip.compress(b"".join(json.dumps({"id": i, "text": S1}).encode() + b"\n" for i in range(50)))
    source = tmp_path / "c.jsonl.gz"
    source.write_bytes(data[: len(data) // 2] if damage == "truncated" else b"plain text, not gzip\n")
    pattern = rf"^{source} is not a valid gzip file: .+; it may be truncated or not gzip at all, check it with 'gzip -t'"
    with pytest.raises(InputError, match=pattern):
        fingerprint(InputSpec(source))
    with pytest.raises(InputError, match=pattern):
        _items(source)
    with pytest.raises(InputError, match=pattern):
        run_batch(BatchOptions(input=source, output=tmp_path / "out", targets=("uk",)))


def test_parquet_values_in_csv_output_and_column_collisions(settings: Settings, tmp_path: Path) -> None:
    import csv

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


def test_parquet_decompressed_size_is_limited(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from translate.corpus import InputSpec, fingerprint

    source = tmp_path / "big.parquet"
    pq.write_table(pa.table({"text": [S1 * 20] * 2000}), source, compression="zstd", use_dictionary=False)
    size = source.stat().st_size
    unpacked = pq.ParquetFile(source).metadata.row_group(0).total_byte_size
    assert unpacked > 10 * size
    with pytest.raises(InputError, match=r"once decompressed \(by its Parquet metadata\), more than .* \(--max-input-bytes\)"):
        fingerprint(InputSpec(source, max_input_bytes=size * 2))
    assert fingerprint(InputSpec(source, max_input_bytes=unpacked))["approx_items"] == 2000


def test_a_bad_csv_row_keeps_its_text_in_the_reject(settings: Settings, tmp_path: Path) -> None:
    source = tmp_path / "c.csv"
    source.write_text('id,text,extra\n1,"Hello, world. Two.",x\n2,"bad "quote",y\n3,Plain text.,z\n', encoding="utf-8")
    run_batch(options(settings, source, tmp_path / "out"))
    rejects = [json.loads(line) for line in (tmp_path / "out" / "rejects.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(r["line"], r["excerpt"]) for r in rejects] == [(3, '2,"bad "quote",y')]
