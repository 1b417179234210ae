"""The job: refusals on resume, the lock, leftovers of a kill, and a resume that ends byte-identical."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from support.batch import S1, S2, S3, company_corpus, snapshot
from support.batch import batch_options as options
from support.scripted import CrashAfter

from translate.batch import Progress, run_batch
from translate.errors import InputError, UsageError
from translate.pipeline import Settings


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


def test_a_folder_with_other_files_is_refused(settings: Settings, tmp_path: Path) -> None:
    source = tmp_path / "c.jsonl"
    source.write_text(json.dumps({"id": 1, "text": S1}) + "\n")
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.txt").write_text("mine")
    with pytest.raises(UsageError, match=r"^output folder .* holds files that are not a batch job's; choose another folder$"):
        run_batch(options(settings, source, out, resume=True))
    assert not (out / ".lock").exists()
    (tmp_path / "file").write_text("x")
    with pytest.raises(UsageError, match=r"^-o .*file is a file; give a folder for the batch output$"):
        run_batch(options(settings, source, tmp_path / "file"))


@pytest.fixture(scope="module")
def beam4(tiny_settings_models: dict[str, str]) -> Settings:
    return Settings(engine="ctranslate2", beam_size=4, models=tiny_settings_models)


@pytest.fixture(scope="module")
def reference(beam4: Settings, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, bytes]]:
    """The company corpus and the folder of its uninterrupted run at beam 4."""
    folder = tmp_path_factory.mktemp("reference")
    source = folder / "c.jsonl"
    company_corpus(source)
    run_batch(options(beam4, source, folder / "out"))
    return source, snapshot(folder / "out")


@pytest.mark.parametrize("damage", ["state deleted", "cache lost its last group", "cache holds other translations"])
def test_resume_is_byte_identical_whatever_happened_to_the_private_state(
    damage: str, beam4: Settings, reference: tuple[Path, dict[str, bytes]], tmp_path: Path
) -> None:
    source, expected = reference
    out = tmp_path / "out"
    with pytest.raises(KeyboardInterrupt):
        run_batch(options(beam4, source, out), progress=CrashAfter(3))
    if damage == "state deleted":
        shutil.rmtree(out / ".state")
    else:  # what a power cut can leave of an SQLite cache, or a copy of an older one
        db = sqlite3.connect(out / ".state" / "cache.sqlite")
        if damage == "cache lost its last group":
            for line in (out / "shards" / "part-00002.jsonl").read_text(encoding="utf-8").splitlines():
                for sentence in json.loads(line)["translation"]["sentences"]:
                    db.execute("DELETE FROM sentences WHERE source = ?", (sentence["text"],))
        else:
            db.execute("UPDATE sentences SET target = 'stale ' || target")
        db.commit()
        db.close()
    run_batch(options(beam4, source, out, resume=True))
    assert snapshot(out) == expected


def test_completed_job_is_checked_and_repaired_on_resume(
    beam4: Settings, reference: tuple[Path, dict[str, bytes]], tmp_path: Path
) -> None:
    source, expected = reference
    out = tmp_path / "out"
    run_batch(options(beam4, source, out))
    assert run_batch(options(beam4, source, out, resume=True)).notes == []  # intact: nothing to do
    (out / "translations.jsonl").write_bytes(expected["translations.jsonl"][:-40] + b"corrupted\n")
    (out / "rejects.jsonl").unlink()
    summary = run_batch(options(beam4, source, out, resume=True))
    assert summary.notes == [
        "translations.jsonl did not match its checksum in the manifest, rejects.jsonl was missing: rebuilt from the shards"
    ]
    assert summary.records == 12 and summary.resumed_shards == 6 and summary.translated == 0
    assert snapshot(out) == expected
    # A damaged shard too: it is translated again before the outputs are rebuilt.
    shard = out / "shards" / "part-00004.jsonl"
    shard.write_bytes(shard.read_bytes() + b"\n")
    (out / "_SUCCESS").unlink()
    summary = run_batch(options(beam4, source, out, resume=True))
    assert summary.notes == [
        "_SUCCESS was missing or wrong: rebuilt from the shards", "shard 4 failed its checksum and was translated again",
    ]
    assert "\nshard 4 failed its checksum and was translated again" in summary.describe()
    assert snapshot(out) == expected


def test_unfinished_job_says_which_shards_failed_their_checksum(
    beam4: Settings, reference: tuple[Path, dict[str, bytes]], tmp_path: Path
) -> None:
    source, expected = reference
    out = tmp_path / "out"
    with pytest.raises(KeyboardInterrupt):
        run_batch(options(beam4, source, out), progress=CrashAfter(4))
    (out / "shards" / "part-00001.jsonl").write_bytes(b"")
    (out / "shards" / "sentences-00003.jsonl").unlink()
    summary = run_batch(options(beam4, source, out, resume=True))
    assert summary.notes == ["shards 1, 3 failed their checksum and were translated again"]
    assert summary.resumed_shards == 2
    assert snapshot(out) == expected


class EditInput(Progress):
    """Rewrites the input file (one record changed, so later bytes shift) after the first shard."""

    def __init__(self, source: Path) -> None:
        self.source, self.done = source, False

    def advance(self, records: int, sentences: int) -> None:
        if not self.done:
            self.done = True
            self.source.write_bytes(self.source.read_bytes().replace(b"Kremlin", b"Kremlin in Moscow"))


def test_input_edited_during_the_run_is_refused_before_the_merge(
    beam4: Settings, reference: tuple[Path, dict[str, bytes]], tmp_path: Path
) -> None:
    original, expected = reference
    source = tmp_path / "c.jsonl"
    source.write_bytes(original.read_bytes())
    out = tmp_path / "out"
    with pytest.raises(InputError, match=(
        r"^the input .*c\.jsonl changed while the job ran \(its content no longer matches the fingerprint taken at the "
        r"start\), so the output was not merged; put the original input back and run the same command with --resume"
    )):
        run_batch(options(beam4, source, out), progress=EditInput(source))
    assert not (out / "translations.jsonl").exists() and not (out / "_SUCCESS").exists() and not (out / ".lock").exists()
    source.write_bytes(original.read_bytes())
    summary = run_batch(options(beam4, source, out, resume=True))
    assert summary.notes == ["shard 6 lay past the end of the input (made from a longer version of it) and was removed"]
    # The folder differs from the reference only in the job's input path (this test's copy of the corpus).
    assert {k for k, v in snapshot(out).items() if v != expected.get(k)} == {"manifest.json"}


def test_a_shard_made_from_another_version_of_the_input_is_redone(
    beam4: Settings, reference: tuple[Path, dict[str, bytes]], tmp_path: Path
) -> None:
    source, expected = reference
    out = tmp_path / "out"
    with pytest.raises(KeyboardInterrupt):
        run_batch(options(beam4, source, out), progress=CrashAfter(4))
    manifest = json.loads((out / "manifest.json").read_text())
    manifest["shards"]["00001"]["input_sha256"] = "0" * 64  # as if its records had been read from an edited input
    (out / "manifest.json").write_text(json.dumps(manifest))
    summary = run_batch(options(beam4, source, out, resume=True))
    assert summary.notes == ["shard 1 had been made from another version of the input and was translated again"]
    assert snapshot(out) == expected


def test_sentence_files_round_trip(tmp_path: Path) -> None:
    from translate.batch.job import read_sentence_lines, sentence_lines

    lookups = {"uk": {"A.": ("А.", ("numbers",)), "B.": ("Б.", ())}, "hu": {"A.": ("Á.", ()), "B.": ("B.", ())}}
    data = sentence_lines(["A.", "B."], ("uk", "hu"), lookups)
    assert data.decode().splitlines()[0] == '["uk", "A.", "А.", ["numbers"]]'
    (tmp_path / "s.jsonl").write_bytes(data)
    assert list(read_sentence_lines(tmp_path / "s.jsonl")) == [
        ("uk", "A.", ("А.", ("numbers",))), ("uk", "B.", ("Б.", ())), ("hu", "A.", ("Á.", ())), ("hu", "B.", ("B.", ())),
    ]


def test_a_job_started_by_the_previous_version_resumes_from_its_cache(
    beam4: Settings, reference: tuple[Path, dict[str, bytes]], tmp_path: Path
) -> None:
    """Manifests of format 1 list no sentence files: their cache is kept, and the merged output is the same."""
    source, expected = reference
    out = tmp_path / "out"
    with pytest.raises(KeyboardInterrupt):
        run_batch(options(beam4, source, out), progress=CrashAfter(3))
    manifest = json.loads((out / "manifest.json").read_text())
    manifest["format_version"] = 1
    for entry in manifest["shards"].values():
        (out / entry.pop("sentences_file")).unlink()
        for key in ("sentences_sha256", "input_sha256", "rejects_sha256"):
            entry.pop(key, None)
    (out / "manifest.json").write_text(json.dumps(manifest))
    summary = run_batch(options(beam4, source, out, resume=True))
    assert summary.resumed_shards == 3 and summary.notes == []
    assert (out / "translations.jsonl").read_bytes() == expected["translations.jsonl"]
