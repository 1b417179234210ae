"""run_batch end to end: every input format, order and pass-through, rejects, the command line's exit codes."""

from __future__ import annotations

import csv
import errno
import gzip
import json
import os
import re
import resource
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from support.batch import S1, S2, S3, check_result, read_jsonl
from support.batch import batch_options as options

from translate.batch import BatchOptions, JobInterrupted, Progress, run_batch
from translate.cli import main
from translate.errors import InputError
from translate.pipeline import Settings


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


def test_a_bad_csv_row_keeps_its_text_in_the_reject(settings: Settings, tmp_path: Path) -> None:
    source = tmp_path / "c.csv"
    source.write_text('id,text,extra\n1,"Hello, world. Two.",x\n2,"bad "quote",y\n3,Plain text.,z\n', encoding="utf-8")
    run_batch(options(settings, source, tmp_path / "out"))
    rejects = [json.loads(line) for line in (tmp_path / "out" / "rejects.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(r["line"], r["excerpt"]) for r in rejects] == [(3, '2,"bad "quote",y')]


@pytest.mark.parametrize("damage", ["truncated", "not gzip"])
def test_broken_gzip_stops_the_job(damage: str, tmp_path: Path) -> None:
    data = gzip.compress(b"".join(json.dumps({"id": i, "text": S1}).encode() + b"\n" for i in range(50)))
    source = tmp_path / "c.jsonl.gz"
    source.write_bytes(data[: len(data) // 2] if damage == "truncated" else b"plain text, not gzip\n")
    pattern = rf"^{source} is not a valid gzip file: .+; it may be truncated or not gzip at all, check it with 'gzip -t'"
    with pytest.raises(InputError, match=pattern):
        run_batch(BatchOptions(input=source, output=tmp_path / "out", targets=("uk",)))


def small_corpus(path: Path, records: int = 9) -> Path:
    path.write_text("".join(json.dumps({"id": i, "text": [S1, S2, S3][i % 3] + f" Item {i}."}) + "\n" for i in range(records)))
    return path


class StopWith(Progress):
    """Sends this process a signal after the first committed shard."""

    def __init__(self, signum: int) -> None:
        self.signum = signum

    def advance(self, records: int, sentences: int) -> None:
        os.kill(os.getpid(), self.signum)


@pytest.mark.parametrize(("signum", "name"), [(signal.SIGTERM, "SIGTERM"), (signal.SIGINT, "SIGINT")])
def test_sigterm_and_sigint_stop_cleanly(signum: int, name: str, settings: Settings, tmp_path: Path) -> None:
    source = small_corpus(tmp_path / "c.jsonl")
    out = tmp_path / "out"
    before = signal.getsignal(signum)
    with pytest.raises(JobInterrupted, match=(
        rf"^interrupted by {name}; 1 shard committed, the shard in flight abandoned; "
        r"run the same command with --resume to continue$"
    )) as stopped:
        run_batch(options(settings, source, out), progress=StopWith(signum))
    assert stopped.value.exit_code == 128 + signum and isinstance(stopped.value, KeyboardInterrupt)
    assert signal.getsignal(signum) is before
    assert not (out / ".lock").exists() and not list(out.rglob(".*.tmp"))
    summary = run_batch(options(settings, source, out, resume=True))
    assert (summary.resumed_shards, summary.records) == (1, 9)


def test_sigterm_from_outside_ends_in_one_line(model_args: list[str], tmp_path: Path) -> None:
    source = tmp_path / "c.jsonl"
    source.write_text("".join(json.dumps({"id": i, "text": f"{S1} {S2} Number {i}."}) + "\n" for i in range(300)))
    out = tmp_path / "out"
    command = [sys.executable, "-m", "translate", "batch", str(source), "-o", str(out), "--to", "uk", "--engine", "ctranslate2",
               "--beam", "4", "--shard-size", "2", *model_args, "--quiet"]
    job = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while not list((out / "shards").glob("part-*")) and time.monotonic() < deadline and job.poll() is None:
        time.sleep(0.01)
    job.send_signal(signal.SIGTERM)
    _, err = job.communicate(timeout=120)
    assert job.returncode == 128 + signal.SIGTERM  # 143, as a shell reports a process ended by SIGTERM
    assert err.endswith(" committed, the shard in flight abandoned; run the same command with --resume to continue\n")
    assert err.count("\n") == 1 and err.startswith("error: interrupted by SIGTERM; ")
    assert not (out / ".lock").exists()


class FullDisk:
    """An SQLite connection whose writes fail as a full disk makes them fail, from the second one on."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection, self.writes = connection, 0

    def __getattr__(self, name: str) -> object:
        return getattr(self.connection, name)

    def __enter__(self) -> object:
        return self.connection.__enter__()

    def __exit__(self, *exc: object) -> object:
        return self.connection.__exit__(*exc)  # type: ignore[arg-type]

    def executemany(self, *args: object) -> object:
        self.writes += 1
        if self.writes > 1:
            raise sqlite3.OperationalError("database or disk is full")
        return self.connection.executemany(*args)  # type: ignore[arg-type]


def test_a_full_disk_in_the_cache_is_one_error_line(
    model_args: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import translate.batch.cache as cache_module

    source = small_corpus(tmp_path / "c.jsonl")
    out = tmp_path / "out"
    base = ["batch", str(source), "-o", str(out), "--to", "uk", "--engine", "ctranslate2", "--beam", "1", "--shard-size", "2",
            *model_args, "--quiet"]
    connect = sqlite3.connect
    monkeypatch.setattr(cache_module.sqlite3, "connect", lambda *a, **k: FullDisk(connect(*a, **k)))
    assert main(base) == 1
    monkeypatch.undo()
    err = capsys.readouterr().err
    assert err == (
        f"error: cannot write the sentence cache {out / '.state' / 'cache.sqlite'}: database or disk is full; free space on "
        "that disk, or choose another --cache FILE or -o folder, then run the same command with --resume\n"
    )
    assert not (out / ".lock").exists()
    assert main([*base, "--resume"]) == 0
    assert len(read_jsonl(out / "translations.jsonl")) == 9


class NoUnlink:
    """The os module as the job lock sees it on a disk turned read-only: the lock file cannot be removed."""

    def __getattr__(self, name: str) -> object:
        return getattr(os, name)

    def unlink(self, path: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system", str(path))


class ReadOnly(NoUnlink):
    """... and nothing can be created or opened for writing."""

    def open(self, path: object, flags: int, *args: object) -> int:
        raise OSError(errno.EROFS, "Read-only file system", str(path))


def test_a_read_only_filesystem_is_one_error_line(
    model_args: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    import translate.corpus.lock as lock_module

    source = small_corpus(tmp_path / "c.jsonl")
    out = tmp_path / "out"
    base = ["batch", str(source), "-o", str(out), "--to", "uk", "--engine", "ctranslate2", "--beam", "1", "--shard-size", "2",
            *model_args, "--quiet"]
    # The disk turns read-only during the job: writes fail, and the lock file cannot be removed.
    mkstemp, calls = tempfile.mkstemp, []

    def failing(*args: object, **kwargs: object) -> object:
        calls.append(1)
        if len(calls) > 4:
            raise OSError(errno.EROFS, "Read-only file system")
        return mkstemp(*args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(tempfile, "mkstemp", failing)
    monkeypatch.setattr(lock_module, "os", NoUnlink())
    assert main(base) == 1
    monkeypatch.undo()
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith(f"error: cannot write {out}/") and line.endswith(": Read-only file system; check the disk or choose another -o folder")
    assert (out / ".lock").exists()  # it could not be removed, but nobody holds it:
    assert main([*base, "--resume"]) == 0
    # Read-only from the start: the lock cannot be taken.
    monkeypatch.setattr(lock_module, "os", ReadOnly())
    assert main([*base, "--resume"]) == 1
    assert capsys.readouterr().err == f"error: cannot take the lock {out / '.lock'}: Read-only file system; choose another -o folder\n"


def test_a_file_size_limit_is_one_error_line(model_args: list[str], tmp_path: Path) -> None:
    """A real fault from the kernel (EFBIG past RLIMIT_FSIZE, as a full disk would be): one line, the lock released."""
    source = small_corpus(tmp_path / "c.jsonl", records=40)
    out = tmp_path / "out"
    command = [sys.executable, "-m", "translate", "batch", str(source), "-o", str(out), "--to", "uk", "--engine", "ctranslate2",
               "--beam", "1", "--shard-size", "4", *model_args, "--quiet"]

    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (48_000, 48_000))

    done = subprocess.run(command, capture_output=True, text=True, preexec_fn=limit, timeout=300)
    assert done.returncode == 1
    # The sentence cache (SQLite: "disk I/O error") or a shard ("File too large"), whichever grows past the limit first.
    assert re.fullmatch(r"error: cannot write [^\n]+, then run the same command with --resume\n|"
                        r"error: cannot write \S+: File too large; check the disk or choose another -o folder\n", done.stderr)
    assert not (out / ".lock").exists()
    assert subprocess.run([*command, "--resume"], capture_output=True, timeout=300).returncode == 0
