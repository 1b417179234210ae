"""One batch job on one output folder: open (lock, manifest), plan, store, commit, close. Runners drive it.

The commit protocol (as Spark and Beam do it): a shard's output is written to a temporary name and
renamed to ``shards/part-NNNNN.<fmt>``; then the manifest, rewritten atomically, records it with its
checksum. Each translation group's results go to the sentence cache in one transaction before the
shard is assembled from the cache, so a killed run leaves a cache that is a prefix of the full run's.
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterable, Sequence
from typing import Any

from .. import corpus
from ..corpus import InputSpec, Shard
from ..errors import UsageError
from ..pipeline import Translator
from ..types import Sentence
from .assemble import EngineInfo, Layout, assemble_shard, layout_for, rejects_bytes
from .cache import SentenceCache
from .description import cache_key, describe_changes, job_description
from .groups import distinct, split_shard
from .merge import merge_outputs
from .options import BatchOptions, check_options
from .summary import Summary

STATE = ".state"  # the job's private state inside the output folder: cache, spool


class Job:
    """One batch job on one output folder: state, cache, commits."""

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
        self.layout = Layout(options.format, options.targets)
        self.approx_items = 0

    # ---- setup ---------------------------------------------------------------------------
    def open(self) -> bool:
        """Check options, take the lock, load or start the manifest. False when the job is already complete."""
        check_options(self.options)
        kind = self.spec.kind
        self.lock.acquire(self.options.resume)
        try:
            return self._open_locked(kind)
        except BaseException:
            self.lock.release()
            raise

    def _open_locked(self, kind: str) -> bool:
        options = self.options
        others = [p.name for p in self.out.iterdir() if p.name != corpus.LOCK]
        existing = corpus.load_manifest(self.out)
        if others and not options.resume:
            raise UsageError(
                f"output folder {self.out} is not empty; add --resume to continue the job there, or choose another folder"
            )
        if others and existing is None and any(not n.startswith(".") and n not in (corpus.SHARDS, STATE) for n in others):
            raise UsageError(f"output folder {self.out} holds files that are not a batch job's; choose another folder")
        fingerprint = corpus.fingerprint(self.spec)
        self.layout = layout_for(self.spec, options.format, options.targets)  # checks header and columns now
        self.summary.output = self.out / f"translations.{options.format}"
        self.translator = Translator(options.settings, log=self.log)
        self.signature = self.translator.signature(options.targets)
        for lang in options.targets:
            engine, _ = self.translator.engine_for(lang)
            self.engines[lang] = EngineInfo(engine.model_id, engine.revision, engine.name)
            self.keys[lang] = cache_key(self.translator, options.settings, lang)
        job = job_description(options, fingerprint, self.signature, self.keys)
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
        self.approx_items = fingerprint["approx_items"]
        if self.manifest.get("complete") and (self.out / corpus.SUCCESS).exists():
            self._summary_from_manifest()
            return False
        for folder in (self.out, self.out / corpus.SHARDS):
            if folder.is_dir():
                for temporary in folder.glob(".*.tmp"):
                    temporary.unlink(missing_ok=True)
        self.cache = SentenceCache(options.cache or self.out / STATE / "cache.sqlite")
        return True

    # ---- shards --------------------------------------------------------------------------
    def committed(self, index: int) -> bool:
        entry = self.manifest["shards"].get(f"{index:05d}")
        if entry is None:
            return False
        path = self.out / entry["file"]
        return path.exists() and corpus.file_sha256(path) == entry["sha256"]

    def shards(self) -> Iterable[Shard]:
        return corpus.iter_shards(self.spec, self.options.shard_size)

    def split(self, shard: Shard) -> dict[int, list[Sentence]]:
        return split_shard(shard)

    def plan(self, lang: str, candidates: Sequence[str]) -> list[str]:
        """The candidates the cache does not hold yet, in order."""
        assert self.cache is not None
        cached = self.cache.get_many(self.keys[lang], candidates)
        return [s for s in candidates if s not in cached]

    def store(self, lang: str, todo: Sequence[str], results: Sequence[tuple[str, Sequence[str]]]) -> None:
        assert self.cache is not None
        self.cache.put_many(self.keys[lang], [(s, (t, tuple(f))) for s, (t, f) in zip(todo, results, strict=True)])
        self.summary.translated += len(todo)

    def translate_here(self, shard: Shard, split: dict[int, list[Sentence]]) -> None:
        """Translate the shard's group in this process (what the local runner does)."""
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
        output = assemble_shard(self.layout, shard, split, lookups, self.engines, self.signature)
        name = corpus.shard_name(shard.index, self.options.format)
        corpus.write_file_atomic(self.out / name, output.data)
        entry: dict[str, Any] = {
            "file": name, "sha256": hashlib.sha256(output.data).hexdigest(), "records": output.records,
            "flagged": output.flagged, "rejected": len(output.rejects), "sentences": output.sentences,
        }
        if output.rejects:
            reject_name = corpus.rejects_name(shard.index)
            corpus.write_file_atomic(self.out / reject_name, rejects_bytes(output.rejects))
            entry["rejects_file"] = reject_name
        self.manifest["shards"][f"{shard.index:05d}"] = entry
        corpus.save_manifest(self.out, self.manifest)

    def count(self, index: int, resumed: bool) -> tuple[int, int]:
        """Add a committed shard to the summary; (items, sentences) for the progress display."""
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
        merge_outputs(self.out, self.manifest, self.layout, self.summary)

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
