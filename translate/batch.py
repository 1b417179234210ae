"""Batch jobs: translate a corpus shard by shard, exactly once, resumable after any crash.

The commit protocol (as Spark and Beam do it): a shard's output is written to a temporary name and
renamed to ``shards/part-NNNNN.<fmt>``; then the manifest, rewritten atomically, records it; at the
end the shards are merged into ``translations.<fmt>`` and ``rejects.jsonl`` (each atomically), the
manifest says ``complete`` and ``_SUCCESS`` is written last.

Why a resumed or distributed run gives the same bytes: a sentence's translation can depend on the
batch it was translated in (padding, per-batch length caps), so every sentence is translated in a
group fixed by the input alone: shard k translates, per language, the distinct sentences whose
first occurrence is in shard k and that the cache did not hold at the start, in first-seen order.
Each group's results go to the SQLite sentence cache in one transaction before the shard is
assembled from the cache, so a killed run leaves a cache that is a prefix of the full run's.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import shutil
import sqlite3
import time
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from . import corpus
from .corpus import InputSpec, Record, Reject, Shard
from .errors import InputError, OutputError, UsageError
from .pipeline import Settings, Translator, build_translation
from .text.segmentation import split_sentences
from .types import Sentence

EXIT_OK = 0
EXIT_REJECTS = 3  # finished; some records were rejected (see rejects.jsonl)
STATE = ".state"
RUNNERS = ("local", "ray")


@dataclass(frozen=True)
class BatchOptions:
    input: Path
    output: Path
    targets: tuple[str, ...]
    settings: Settings = field(default_factory=Settings)
    text_field: str = "text"
    id_field: str = "id"
    format: str = "jsonl"
    shard_size: int = 256
    cache: Path | None = None  # persistent sentence cache; None: a private one inside the job's folder
    resume: bool = False
    runner: str = "local"
    address: str | None = None
    workers: int = 2
    max_input_bytes: int = corpus.DEFAULT_MAX_INPUT_BYTES


@dataclass
class Summary:
    records: int = 0
    flagged: int = 0
    rejected: int = 0
    sentences: int = 0
    translated: int = 0  # distinct sentences sent to the engines, per language, in this run
    shards: int = 0
    seconds: float = 0.0
    output: Path | None = None
    resumed_shards: int = 0

    @property
    def exit_code(self) -> int:
        return EXIT_REJECTS if self.rejected else EXIT_OK

    def describe(self) -> str:
        rate = self.records / self.seconds if self.seconds else 0.0
        srate = self.sentences / self.seconds if self.seconds else 0.0
        return (
            f"{self.records} records ok ({self.flagged} flagged), {self.rejected} rejected, {self.shards} shards"
            f" ({self.resumed_shards} already done) in {self.seconds:.1f}s: {rate:.1f} records/s, {srate:.1f} sentences/s;"
            f" output {self.output}"
        )


class Progress:
    """Hooks for a progress display; the default shows nothing."""

    def start(self, total: int) -> None:
        """``total``: approximate number of input items."""

    def advance(self, records: int, sentences: int) -> None:
        """Called after each shard (committed now or earlier)."""

    def close(self) -> None:
        pass


@dataclass(frozen=True)
class EngineInfo:
    """What build_translation reads from an engine: enough to label results without a loaded model."""

    model_id: str
    revision: str
    name: str


class SentenceCache:
    """Translations by (language key, sentence) in SQLite, with a bounded in-memory layer in front."""

    def __init__(self, path: Path, memory: int = 100_000) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.db = sqlite3.connect(path, timeout=60)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute(
                "CREATE TABLE IF NOT EXISTS sentences (key TEXT, source TEXT, target TEXT, flags TEXT,"
                " PRIMARY KEY (key, source)) WITHOUT ROWID"
            )
            self.db.commit()
        except sqlite3.Error as error:
            raise OutputError(f"cannot use the cache file {path}: {error}; choose another --cache FILE") from None
        self.memory: OrderedDict[tuple[str, str], tuple[str, tuple[str, ...]]] = OrderedDict()
        self.limit = memory

    def get_many(self, key: str, sources: Sequence[str]) -> dict[str, tuple[str, tuple[str, ...]]]:
        found: dict[str, tuple[str, tuple[str, ...]]] = {}
        missing = []
        for source in sources:
            hit = self.memory.get((key, source))
            if hit is None:
                missing.append(source)
            else:
                found[source] = hit
        for start in range(0, len(missing), 500):
            chunk = missing[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self.db.execute(
                f"SELECT source, target, flags FROM sentences WHERE key = ? AND source IN ({marks})", [key, *chunk]
            )
            for source, target, flags in rows:
                value = (target, tuple(json.loads(flags)))
                found[source] = value
                self._remember(key, source, value)
        return found

    def put_many(self, key: str, items: Iterable[tuple[str, tuple[str, tuple[str, ...]]]]) -> None:
        rows = [(key, source, target, json.dumps(list(flags))) for source, (target, flags) in items]
        with self.db:  # one transaction: all of a group or nothing
            self.db.executemany("INSERT OR REPLACE INTO sentences VALUES (?, ?, ?, ?)", rows)
        for _, source, target, flags in rows:
            self._remember(key, source, (target, tuple(json.loads(flags))))

    def _remember(self, key: str, source: str, value: tuple[str, tuple[str, ...]]) -> None:
        self.memory[(key, source)] = value
        self.memory.move_to_end((key, source))
        while len(self.memory) > self.limit:
            self.memory.popitem(last=False)

    def close(self) -> None:
        self.db.close()


def model_fingerprint(spec: str) -> str:
    """A short hash of a local model folder (names, sizes, small files' bytes); '' for hub ids."""
    path = Path(spec).expanduser()
    if not path.is_dir():
        return ""
    digest = hashlib.sha256()
    for file in sorted(p for p in path.rglob("*") if p.is_file()):
        size = file.stat().st_size
        digest.update(f"{file.relative_to(path).as_posix()}\0{size}\0".encode())
        with open(file, "rb") as handle:
            digest.update(handle.read(1 << 20))
            if size > 2 << 20:
                handle.seek(-(1 << 20), 2)
                digest.update(handle.read())
    return digest.hexdigest()[:16]


def sentence_texts(record: Record) -> list[Sentence]:
    return split_sentences(record.text, "en")


def distinct(shard: Shard, split: dict[int, list[Sentence]]) -> list[str]:
    seen: dict[str, None] = {}
    for record in shard.records:
        for sentence in split[record.ordinal]:
            seen.setdefault(sentence.text, None)
    return list(seen)


class Job:
    """One batch job on one output folder: state, cache, commits. Runners drive it."""

    def __init__(self, options: BatchOptions, log: Any = None) -> None:
        self.options = options
        self.log = log or (lambda message: None)
        self.out = options.output
        self.spec = InputSpec(options.input, options.text_field, options.id_field, options.max_input_bytes)
        self.lock = corpus.JobLock(self.out)
        self.summary = Summary()
        self.manifest: dict[str, Any] = {}
        self.translator: Translator | None = None
        self.cache: SentenceCache | None = None
        self.keys: dict[str, str] = {}
        self.engines: dict[str, EngineInfo] = {}
        self.signature = ""
        self.columns: list[str] = []
        self.schema: Any = None

    # ---- setup ---------------------------------------------------------------------------
    def open(self) -> bool:
        """Check options, take the lock, load or start the manifest. False when the job is already complete."""
        options = self.options
        if options.format not in corpus.FORMATS:
            raise UsageError(f"output format '{options.format}' is not known; choose one of: {', '.join(corpus.FORMATS)}")
        if options.shard_size < 1:
            raise UsageError(f"--shard-size {options.shard_size} must be at least 1")
        if options.runner not in RUNNERS:
            raise UsageError(f"runner '{options.runner}' is not known; choose one of: {', '.join(RUNNERS)}")
        if self.out.exists() and not self.out.is_dir():
            raise UsageError(f"-o {self.out} is a file; give a folder for the batch output")
        kind = self.spec.kind
        self.lock.acquire(options.resume)
        try:
            return self._open_locked(kind)
        except BaseException:
            self.lock.release()
            raise

    def _open_locked(self, kind: str) -> bool:
        options = self.options
        own = {corpus.LOCK}
        others = [p.name for p in self.out.iterdir() if p.name not in own]
        existing = corpus.load_manifest(self.out)
        if others and not options.resume:
            raise UsageError(
                f"output folder {self.out} is not empty; add --resume to continue the job there, or choose another folder"
            )
        if others and existing is None and any(not n.startswith(".") and n not in (corpus.SHARDS, STATE) for n in others):
            raise UsageError(f"output folder {self.out} holds files that are not a batch job's; choose another folder")
        fingerprint = corpus.fingerprint(self.spec)
        self._tabular_columns(kind)  # also checks the header/columns now, before the manifest is written
        self.summary.output = self.out / f"translations.{options.format}"
        self.translator = Translator(options.settings, log=self.log)
        self.signature = self.translator.signature(options.targets)
        settings = options.settings
        for lang in options.targets:
            engine, _ = self.translator.engine_for(lang)
            spec, _ = settings.model_spec(lang)
            self.engines[lang] = EngineInfo(engine.model_id, engine.revision, engine.name)
            self.keys[lang] = (
                f"{self.translator.signature([lang])}|fp={model_fingerprint(spec)}"
                f"|batch_tokens={settings.batch_tokens}|max_batch={settings.max_batch_size}|device={settings.device}"
            )
        job = {
            "input": str(options.input.resolve()),
            "input_sha256": fingerprint["sha256"],
            "input_bytes": fingerprint["bytes"],
            "targets": list(options.targets),
            "signature": self.signature,
            "models": dict(self.keys),
            "text_field": options.text_field,
            "id_field": options.id_field,
            "format": options.format,
            "shard_size": options.shard_size,
            "cache": str(options.cache.resolve()) if options.cache else "",
        }
        if existing is not None:
            changes = describe_changes(existing["job"], job)
            if changes:
                raise UsageError(
                    f"cannot resume the job in {self.out}: {'; '.join(changes)}. Rerun with the original options "
                    "and input, or choose another -o folder"
                )
            self.manifest = existing
        else:
            self.manifest = {"format_version": 1, "job": job, "shards": {}, "complete": False}
            corpus.save_manifest(self.out, self.manifest)
        self._total = fingerprint["approx_items"]
        if self.manifest.get("complete") and (self.out / corpus.SUCCESS).exists():
            self._summary_from_manifest()
            return False
        for folder in (self.out, self.out / corpus.SHARDS):
            if folder.is_dir():
                for temporary in folder.glob(".*.tmp"):
                    temporary.unlink(missing_ok=True)
        cache_path = options.cache or self.out / STATE / "cache.sqlite"
        self.cache = SentenceCache(cache_path)
        return True

    def _tabular_columns(self, kind: str) -> None:
        if self.options.format == "jsonl":
            if kind in ("csv", "tsv", "parquet"):
                _first_item(self.spec)  # a bad header or missing text column: refused before any work
            return
        if kind == "parquet":
            self.schema = corpus.parquet_schema(self.spec.path)
            self.columns = list(self.schema.names)
        elif kind in ("csv", "tsv"):
            self.columns = []
            for item in corpus.read_items(self.spec):
                if isinstance(item, Record):
                    self.columns = list(item.fields)
                    break
        else:
            for item in corpus.read_items(self.spec):
                if isinstance(item, Record):
                    self.columns = list(item.fields)
                    break
        for column in self.columns:
            if column == corpus.RESULT_FIELD or column in {f"{corpus.RESULT_FIELD}_{lang}" for lang in self.options.targets}:
                raise InputError(
                    f"the input has a column '{column}', which the {self.options.format} output adds; "
                    "rename that column in the input (or use --format jsonl)"
                )
        self.out_columns = corpus.output_columns(self.columns, self.options.targets)
        self.out_schema = corpus.arrow_schema(self.schema, self.columns, self.options.targets) if self.options.format == "parquet" else None

    # ---- shards --------------------------------------------------------------------------
    def committed(self, index: int) -> bool:
        entry = self.manifest["shards"].get(f"{index:05d}")
        if entry is None:
            return False
        path = self.out / entry["file"]
        return path.exists() and _sha256(path) == entry["sha256"]

    def shards(self) -> Iterable[Shard]:
        return corpus.iter_shards(self.spec, self.options.shard_size)

    def split(self, shard: Shard) -> dict[int, list[Sentence]]:
        return {record.ordinal: sentence_texts(record) for record in shard.records}

    def plan(self, lang: str, candidates: Sequence[str]) -> list[str]:
        """The candidates the cache does not hold yet, in order."""
        assert self.cache is not None
        cached = self.cache.get_many(self.keys[lang], candidates)
        return [s for s in candidates if s not in cached]

    def store(self, lang: str, todo: Sequence[str], results: Sequence[tuple[str, Sequence[str]]]) -> None:
        assert self.cache is not None
        self.cache.put_many(self.keys[lang], [(s, (t, tuple(f))) for s, (t, f) in zip(todo, results, strict=True)])
        self.summary.translated += len(todo)

    def translate_local(self, shard: Shard, split: dict[int, list[Sentence]]) -> None:
        assert self.translator is not None
        candidates = distinct(shard, split)
        for lang in self.options.targets:
            todo = self.plan(lang, candidates)
            if todo:
                self.store(lang, todo, self.translator.translate_sentences(todo, lang))

    def commit(self, shard: Shard, split: dict[int, list[Sentence]]) -> None:
        """Assemble the shard's records from the cache and commit the shard file, its rejects and the manifest."""
        assert self.cache is not None and self.translator is not None
        candidates = distinct(shard, split)
        lookups = {}
        for lang in self.options.targets:
            lookups[lang] = found = self.cache.get_many(self.keys[lang], candidates)
            missing = [s for s in candidates if s not in found]
            if missing:  # only when the cache lost entries (deleted or shared --cache pruned): translate here
                self.store(lang, missing, self.translator.translate_sentences(missing, lang))
                found.update(self.cache.get_many(self.keys[lang], missing))
        rejects = list(shard.rejects)
        lines: list[str] = []
        rows: list[dict[str, Any]] = []
        flagged = 0
        sentences = 0
        for record in shard.records:
            if self.options.format != "jsonl" and self.schema is None:
                extra = [name for name in record.fields if name not in self.columns]
                if extra:
                    rejects.append(Reject(record.ordinal, record.file, record.line,
                                          f"field '{extra[0]}' is not among the columns of the first record ({', '.join(self.columns)}); "
                                          "tabular output needs the same fields in every record, use --format jsonl",
                                          corpus._excerpt(record.raw or corpus.dumps(record.fields))))
                    continue
            result, is_flagged = self.result(record, split[record.ordinal], lookups)
            flagged += is_flagged
            sentences += len(split[record.ordinal])
            if self.options.format == "jsonl":
                lines.append(corpus.jsonl_line(record, result))
            else:
                typed = self.schema is not None and self.options.format == "parquet"
                rows.append(corpus.tabular_row(record, result, self.columns, typed=typed))
        rejects.sort(key=lambda r: r.ordinal)
        name = corpus.shard_name(shard.index, self.options.format)
        if self.options.format == "jsonl":
            data = "".join(lines).encode("utf-8")
        elif self.options.format == "csv":
            data = corpus.encode_csv_rows(rows, self.out_columns)
        else:
            data = corpus.encode_parquet_rows(rows, self.out_schema)
        corpus.write_file_atomic(self.out / name, data)
        entry: dict[str, Any] = {
            "file": name, "sha256": hashlib.sha256(data).hexdigest(), "records": len(shard.records) - (len(rejects) - len(shard.rejects)),
            "flagged": flagged, "rejected": len(rejects), "sentences": sentences,
        }
        if rejects:
            reject_name = corpus.rejects_name(shard.index)
            reject_data = "".join(corpus.dumps(r.to_dict()) + "\n" for r in rejects).encode("utf-8")
            corpus.write_file_atomic(self.out / reject_name, reject_data)
            entry["rejects_file"] = reject_name
        self.manifest["shards"][f"{shard.index:05d}"] = entry
        corpus.save_manifest(self.out, self.manifest)

    def result(
        self, record: Record, sentences: list[Sentence], lookups: dict[str, dict[str, tuple[str, tuple[str, ...]]]]
    ) -> tuple[dict[str, Any], bool]:
        translations = {}
        flagged = False
        for lang in self.options.targets:
            results = [lookups[lang][s.text] for s in sentences]
            translation = build_translation(record.text, sentences, results, lang, cast(Any, self.engines[lang]))
            translations[lang] = translation.to_dict()
            flagged = flagged or any(flags for _, flags in results)
        return {
            "sentences": [s.to_dict() for s in sentences],
            "translations": translations,
            "signature": self.signature,
            "flagged": flagged,
        }, flagged

    def count(self, index: int, resumed: bool) -> tuple[int, int]:
        entry = self.manifest["shards"][f"{index:05d}"]
        self.summary.records += entry["records"]
        self.summary.flagged += entry["flagged"]
        self.summary.rejected += entry["rejected"]
        self.summary.sentences += entry["sentences"]
        self.summary.shards += 1
        self.summary.resumed_shards += resumed
        return entry["records"] + entry["rejected"], entry["sentences"]

    # ---- the end -------------------------------------------------------------------------
    def finish(self) -> None:
        """Merge the shards, write rejects.jsonl, mark the manifest complete, write _SUCCESS last."""
        entries = [self.manifest["shards"][key] for key in sorted(self.manifest["shards"], key=int)]
        fmt = self.options.format
        target = self.out / f"translations.{fmt}"
        sources = [self.out / e["file"] for e in entries]
        if fmt == "jsonl":
            corpus.write_file_atomic(target, (chunk for path in sources for chunk in corpus.read_chunks(path)))
        elif fmt == "csv":
            header = corpus.encode_csv_rows([], self.out_columns, header=True)
            corpus.write_file_atomic(target, iter([header, *(c for p in sources for c in corpus.read_chunks(p))]))
        else:
            corpus.merge_parquet(sources, target, self.out_schema)
        rejects = [self.out / e["rejects_file"] for e in entries if "rejects_file" in e]
        corpus.write_file_atomic(self.out / "rejects.jsonl", (c for p in rejects for c in corpus.read_chunks(p)))
        self.manifest["complete"] = True
        self.manifest["outputs"] = {"translations": target.name, "rejects": "rejects.jsonl"}
        self.manifest["summary"] = {
            "records": self.summary.records, "flagged": self.summary.flagged,
            "rejected": self.summary.rejected, "sentences": self.summary.sentences, "shards": self.summary.shards,
        }
        corpus.save_manifest(self.out, self.manifest)
        corpus.write_file_atomic(self.out / corpus.SUCCESS, (json.dumps(self.manifest["summary"], sort_keys=True) + "\n").encode())

    def _summary_from_manifest(self) -> None:
        data = self.manifest.get("summary", {})
        self.summary.records = data.get("records", 0)
        self.summary.flagged = data.get("flagged", 0)
        self.summary.rejected = data.get("rejected", 0)
        self.summary.sentences = data.get("sentences", 0)
        self.summary.shards = self.summary.resumed_shards = data.get("shards", 0)

    def close(self, success: bool) -> None:
        if self.cache is not None:
            self.cache.close()
            self.cache = None
        if success and self.options.cache is None:
            shutil.rmtree(self.out / STATE, ignore_errors=True)
        self.lock.release()


def describe_changes(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """Human descriptions of what differs between two job descriptions."""
    names = {
        "input": "the input path", "input_sha256": "the input's content", "input_bytes": "the input's size",
        "targets": "the target languages", "signature": "the engine, models or settings (signature)",
        "models": "the model or its settings", "text_field": "--text-field", "id_field": "--id-field",
        "format": "--format", "shard_size": "--shard-size", "cache": "--cache",
    }
    changes = []
    for key in names:
        if key == "input_bytes" and old.get("input_sha256") != new.get("input_sha256"):
            continue
        if key == "models" and old.get("signature") != new.get("signature"):
            continue
        if old.get(key) != new.get(key):
            before, after = old.get(key), new.get(key)
            if key == "models":
                langs = [lang for lang in set(before or {}) | set(after or {}) if (before or {}).get(lang) != (after or {}).get(lang)]
                changes.append(f"the model or its settings changed for {', '.join(sorted(langs))}")
            elif key in ("input_sha256",):
                changes.append("the input's content changed")
            else:
                changes.append(f"{names[key]} changed (was {before!r}, now {after!r})")
    return changes


def _first_item(spec: InputSpec) -> None:
    """Read the input up to its first item, so header and column errors show before the job starts."""
    items = corpus.read_items(spec)
    try:
        next(items, None)
    finally:
        items.close()  # closes the input file now


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def run_batch(options: BatchOptions, *, log: Any = None, progress: Progress | None = None) -> Summary:
    """Run (or resume) a batch job; returns its summary. Raises TranslateError subclasses on failure."""
    started = time.monotonic()
    progress = progress or Progress()
    job = Job(options, log)
    if not job.open():
        job.close(success=True)
        return job.summary
    success = False
    try:
        progress.start(job._total)
        if options.runner == "ray":
            from .distributed import run_ray

            run_ray(job, progress)
        else:
            run_local(job, progress)
        job.finish()
        success = True
    finally:
        progress.close()
        job.close(success)
    job.summary.seconds = time.monotonic() - started
    return job.summary


def run_local(job: Job, progress: Progress) -> None:
    for shard in job.shards():
        resumed = job.committed(shard.index)
        if not resumed:
            split = job.split(shard)
            job.translate_local(shard, split)
            job.commit(shard, split)
        progress.advance(*job.count(shard.index, resumed))


def with_threads(settings: Settings, workers: int, cpus: int) -> Settings:
    """Settings for one of ``workers`` processes sharing ``cpus`` cores (unless threads were set)."""
    if settings.threads:
        return settings
    return dataclasses.replace(settings, threads=max(1, cpus // max(1, workers)))
