"""One batch job on one output folder: open (lock, manifest), plan, store, commit, close. Runners drive it.

The commit protocol (as Spark and Beam do it): a shard's files (its output, its rejects, and its
sentence file: the translations of the sentences first seen in it) are each written to a temporary
name, fsynced and renamed; then the manifest, rewritten atomically, records them with their
checksums and a hash of the input the shard was made from. Only what the manifest lists is committed.

The committed shards are the truth. The job's private state (``out/.state/``: the sentence cache
and the set of sentences seen) is thrown away at every start and rebuilt from the committed shards
as the input is read again in order, so a lost, stale or half-synced state changes nothing. A
committed shard whose files fail their checksum, or that was made from another version of the
input, is translated again (the summary says which).
"""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import corpus
from ..corpus import InputSpec, Shard
from ..errors import InputError, OutputError, UsageError
from ..pipeline import Translator
from ..types import Sentence
from .assemble import EngineInfo, Layout, assemble_shard, layout_for, rejects_bytes
from .cache import SentenceCache, Translated
from .description import cache_key, check_job_models, describe_changes, job_description, job_signature
from .groups import FirstSeen, distinct, split_shard, translate_group
from .merge import merge_outputs, output_problems
from .options import BatchOptions, check_options
from .sources import RecordSource, direction_of, directions, possible_sources, record_source, targets_of
from .summary import Summary

STATE = ".state"  # the job's private state inside the output folder: cache, seen sentences
FORMAT_VERSION = 2


@dataclass
class Planned:
    """A shard read and planned: each record's source language, its sentences, the ones first seen in it
    (by source language), and what each direction (by short key) must translate."""

    shard: Shard
    split: dict[int, list[Sentence]]
    first: dict[str, list[str]]
    sources: dict[int, RecordSource] = field(default_factory=dict)
    todo: dict[str, list[str]] = field(default_factory=dict)
    committed: bool = False

    @property
    def index(self) -> int:
        return self.shard.index


def sentence_lines(
    first: Mapping[str, Sequence[str]] | Sequence[str], keys: Sequence[str], lookups: dict[str, dict[str, Translated]]
) -> bytes:
    """A shard's sentence file: ``[direction, source, target, flags]`` per line, for the sentences first seen
    in it, by source language (a plain list: English ones); the direction by short key: ``uk`` for en → uk,
    as before, ``ru-en`` for the others."""
    if not isinstance(first, Mapping):
        first = {"en": first}
    lines = [
        json.dumps([key, source, lookups[key][source][0], list(lookups[key][source][1])], ensure_ascii=False) + "\n"
        for key in keys for source in first.get(direction_of(key)[0], ())
    ]
    return "".join(lines).encode("utf-8", "surrogatepass")


def read_sentence_lines(path: Path) -> Iterator[tuple[str, str, Translated]]:
    with open(path, encoding="utf-8", errors="surrogatepass") as handle:
        for line in handle:
            lang, source, target, flags = json.loads(line)
            yield lang, source, (target, tuple(flags))


def _matches(folder: Path, name: str | None, sha: str | None) -> bool:
    if not name:
        return True
    path = folder / name
    try:
        return path.is_file() and (sha is None or corpus.file_sha256(path) == sha)
    except OSError:
        return False


def _shards_phrase(indexes: list[int], singular: str, plural: str) -> str:
    """'shard 3 failed its checksum' / 'shards 3, 7 failed their checksum'."""
    numbers = ", ".join(str(i) for i in indexes)
    return f"shard {numbers} {singular}" if len(indexes) == 1 else f"shards {numbers} {plural}"


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
        self.seen: FirstSeen | None = None
        self.directions = directions(options.source, options.targets)  # by short key: "uk", "ru-en", "hu-uk"
        self.keys: dict[str, str] = {}  # direction -> sentence-cache key
        self.engines: dict[str, EngineInfo] = {}  # direction -> its model(s)
        self.signature = ""
        self.signatures: dict[str, str] = {}  # source language -> the signature its records carry
        self.layout = Layout(options.format, options.targets)
        self.approx_items = 0
        self.broken: list[int] = []  # committed shards whose files failed their checksum
        self.stale: list[int] = []  # committed shards made from another version of the input
        self.planned_shards: set[int] = set()

    # ---- setup ---------------------------------------------------------------------------
    def open(self) -> bool:
        """Check options, take the lock, load or start the manifest. False when the job is already complete."""
        check_options(self.options)
        kind = self.spec.kind
        self.lock.acquire(self.options.resume)
        try:
            return self._open_locked(kind)
        except BaseException:
            self.close(success=False)
            raise

    def _open_locked(self, kind: str) -> bool:
        options = self.options
        try:
            others = [p.name for p in self.out.iterdir() if p.name != corpus.LOCK]
        except OSError as error:
            raise OutputError(f"cannot read the output folder {self.out}: {error.strerror}; choose another -o folder") from None
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
        self.translator = translator = Translator(options.settings, log=self.log)
        check_job_models(translator, options.source, options.targets)
        self.signature = job_signature(translator, options.source, options.targets)
        for lang in possible_sources(options.source):
            if targets_of(lang, options.targets):
                self.signatures[lang] = translator.signature(targets_of(lang, options.targets), lang)
        for key in self.directions:
            source, target = direction_of(key)
            steps = [translator.engine_for(b, a)[0] for a, b in translator.route(source, target)]
            self.engines[key] = EngineInfo(
                "+".join(e.model_id for e in steps), "+".join(e.revision for e in steps), steps[-1].name,
                "en" if len(steps) > 1 else "",
            )
            self.keys[key] = cache_key(translator, options.settings, key)
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
            self.manifest = {"format_version": FORMAT_VERSION, "job": job, "shards": {}, "complete": False}
            corpus.save_manifest(self.out, self.manifest)
        self.approx_items = fingerprint["approx_items"]
        if self.manifest.get("complete"):
            problems = output_problems(self.out, self.manifest)
            if not problems:
                self._summary_from_manifest()
                return False
            self.summary.notes.append(f"{', '.join(problems)}: rebuilt from the shards")
            self.manifest["complete"] = False
            self._remove(self.out / corpus.SUCCESS)
            corpus.save_manifest(self.out, self.manifest)
        for folder in (self.out, self.out / corpus.SHARDS):
            if folder.is_dir():
                for temporary in folder.glob(".*.tmp"):
                    self._remove(temporary)
        state = self.out / STATE
        if all("sentences_file" in entry for entry in self.manifest["shards"].values()):
            shutil.rmtree(state, ignore_errors=True)  # never trusted: rebuilt from the committed shards
        # else: shards committed by a version that wrote no sentence files; only its cache knows their translations
        self.cache = SentenceCache(options.cache or state / "cache.sqlite")
        self.seen = FirstSeen(state / "seen.sqlite")
        return True

    @staticmethod
    def _remove(path: Path) -> None:
        try:
            path.unlink(missing_ok=True)
        except OSError as error:
            raise OutputError(f"cannot remove {path}: {error.strerror}; check the disk or choose another -o folder") from None

    # ---- shards --------------------------------------------------------------------------
    def shards(self) -> Iterable[Shard]:
        return corpus.iter_shards(self.spec, self.options.shard_size)

    def record_sources(self, shard: Shard) -> dict[int, RecordSource]:
        """Each record's source language (identified per record with ``--from auto``), by ordinal."""
        return {r.ordinal: record_source(r.text, self.options.source, self.options.targets) for r in shard.records}

    def planned(self) -> Iterator[Planned]:
        """Every shard in input order, planned (see :meth:`plan`)."""
        for shard in self.shards():
            yield self.plan(shard)

    def plan(self, shard: Shard) -> Planned:
        """Read the shard's sentences and decide its translation group. Call for every shard, in order.

        A committed shard is checked (checksums, the input it was made from, the sentences first seen
        in it) and its sentence file goes back into the cache; one that fails is dropped, to be redone.
        """
        assert self.seen is not None
        sources = self.record_sources(shard)
        langs = {ordinal: str(found.lang) for ordinal, found in sources.items() if found.lang is not None}
        split = split_shard(shard, langs)
        first = {
            lang: self.seen.first(distinct(shard, split, langs, lang), lang)
            for lang in possible_sources(self.options.source) if targets_of(lang, self.options.targets)
        }
        planned = Planned(shard, split, first, sources)
        self.planned_shards.add(shard.index)
        key = f"{shard.index:05d}"
        entry = self.manifest["shards"].get(key)
        if entry is not None:
            planned.committed = self._restore(entry, planned)
            if not planned.committed:
                del self.manifest["shards"][key]
        if not planned.committed:
            planned.todo = {key: self.missing(key, planned.first[direction_of(key)[0]]) for key in self.directions}
        return planned

    def _restore(self, entry: dict[str, Any], planned: Planned) -> bool:
        """True when the committed shard is whole and was made from this input; its sentences are then cached."""
        assert self.cache is not None
        files = (("file", "sha256"), ("rejects_file", "rejects_sha256"), ("sentences_file", "sentences_sha256"))
        if not all(_matches(self.out, entry.get(name), entry.get(sha)) for name, sha in files):
            self.broken.append(planned.index)
            return False
        if entry.get("input_sha256", planned.shard.digest()) != planned.shard.digest():
            self.stale.append(planned.index)
            return False
        if "sentences_file" not in entry:  # a manifest from before sentence files: trust the cache as it is
            return True
        found: dict[str, list[tuple[str, Translated]]] = {key: [] for key in self.directions}
        try:
            for key, source, value in read_sentence_lines(self.out / entry["sentences_file"]):
                found.setdefault(key, []).append((source, value))
        except (OSError, ValueError):
            self.broken.append(planned.index)
            return False
        if set(found) != set(self.directions) or any(
            [source for source, _ in found[key]] != planned.first[direction_of(key)[0]] for key in self.directions
        ):
            self.stale.append(planned.index)  # its group was decided over another version of the input
            return False
        for key in self.directions:
            self.cache.put_many(self.keys[key], found[key], replace=True)
        return True

    def missing(self, key: str, candidates: Sequence[str]) -> list[str]:
        """The candidates the cache does not hold yet for the direction ``key``, in order."""
        assert self.cache is not None
        cached = self.cache.get_many(self.keys[key], candidates)
        return [s for s in candidates if s not in cached]

    def store(self, key: str, todo: Sequence[str], results: Sequence[tuple[str, Sequence[str]]]) -> None:
        assert self.cache is not None
        self.cache.put_many(self.keys[key], [(s, (t, tuple(f))) for s, (t, f) in zip(todo, results, strict=True)])
        self.summary.translated += len(todo)

    def translate_here(self, planned: Planned) -> None:
        """Translate the shard's group in this process (what the local runner does)."""
        assert self.translator is not None
        for key, results in translate_group(self.translator, planned.todo).items():
            self.store(key, planned.todo[key], results)

    def commit(self, planned: Planned) -> None:
        """Assemble the shard's records from the cache and commit its files and the manifest."""
        assert self.cache is not None and self.translator is not None
        shard, split = planned.shard, planned.split
        langs = {ordinal: str(found.lang) for ordinal, found in planned.sources.items() if found.lang is not None}
        lookups = {}
        for key in self.directions:
            candidates = distinct(shard, split, langs, direction_of(key)[0])
            lookups[key] = found = self.cache.get_many(self.keys[key], candidates)
            missing = [s for s in candidates if s not in found]
            if missing:  # only when a shared --cache lost entries while the job ran: translate here
                for done in translate_group(self.translator, {key: missing}).values():
                    self.store(key, missing, done)
                found.update(self.cache.get_many(self.keys[key], missing))
        output = assemble_shard(
            self.layout, shard, split, lookups, self.engines, self.signature,
            sources=planned.sources if self.options.source != "en" else None, signatures=self.signatures,
        )
        sentences = sentence_lines(planned.first, self.directions, lookups)
        entry: dict[str, Any] = {
            "file": corpus.shard_name(shard.index, self.options.format), "sha256": hashlib.sha256(output.data).hexdigest(),
            "records": output.records, "flagged": output.flagged, "rejected": len(output.rejects),
            "sentences": output.sentences, "input_sha256": shard.digest(),
            "sentences_file": corpus.sentences_name(shard.index), "sentences_sha256": hashlib.sha256(sentences).hexdigest(),
        }
        corpus.write_file_atomic(self.out / entry["sentences_file"], sentences)
        corpus.write_file_atomic(self.out / entry["file"], output.data)
        if output.rejects:
            data = rejects_bytes(output.rejects)
            entry["rejects_file"] = corpus.rejects_name(shard.index)
            entry["rejects_sha256"] = hashlib.sha256(data).hexdigest()
            corpus.write_file_atomic(self.out / entry["rejects_file"], data)
        else:  # left by an earlier attempt at this shard
            self._remove(self.out / corpus.rejects_name(shard.index))
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
        if resumed:
            self.summary.resumed_records += entry["records"]
            self.summary.resumed_sentences += entry["sentences"]
        return entry["records"] + entry["rejected"], entry["sentences"]

    # ---- the end -------------------------------------------------------------------------
    def check_input(self) -> None:
        """InputError when the input no longer has the content the job started from (edited while it ran)."""
        if corpus.fingerprint(self.spec)["sha256"] != self.manifest["job"]["input_sha256"]:
            raise InputError(
                f"the input {self.spec.path} changed while the job ran (its content no longer matches the fingerprint "
                "taken at the start), so the output was not merged; put the original input back and run the same "
                "command with --resume (shards made from the changed input are redone), or start a new job in another "
                "-o folder"
            )

    def drop_past_the_end(self) -> None:
        """Forget committed shards past the input's end (made from a longer version of it); call after the runner."""
        beyond = sorted(int(key) for key in self.manifest["shards"] if int(key) not in self.planned_shards)
        for index in beyond:  # past the end of the input: made from a longer version of it
            entry = self.manifest["shards"].pop(f"{index:05d}")
            for name in ("file", "rejects_file", "sentences_file"):
                if entry.get(name):
                    self._remove(self.out / entry[name])
        if beyond:
            self.summary.notes.append(_shards_phrase(
                beyond, "lay past the end of the input (made from a longer version of it) and was removed",
                "lay past the end of the input (made from a longer version of it) and were removed",
            ))

    def finish(self) -> None:
        """Merge the shards, write rejects.jsonl, mark the manifest complete, write _SUCCESS last.

        run_batch calls check_input and drop_past_the_end first."""
        if self.broken:
            self.summary.notes.append(_shards_phrase(
                self.broken, "failed its checksum and was translated again", "failed their checksum and were translated again",
            ))
        if self.stale:
            self.summary.notes.append(_shards_phrase(
                self.stale, "had been made from another version of the input and was translated again",
                "had been made from another version of the input and were translated again",
            ))
        self.manifest["format_version"] = FORMAT_VERSION
        merge_outputs(self.out, self.manifest, self.layout, self.summary)

    def _summary_from_manifest(self) -> None:
        data = self.manifest.get("summary", {})
        self.summary.records = data.get("records", 0)
        self.summary.flagged = data.get("flagged", 0)
        self.summary.rejected = data.get("rejected", 0)
        self.summary.sentences = data.get("sentences", 0)
        self.summary.shards = self.summary.resumed_shards = data.get("shards", 0)
        self.summary.resumed_records, self.summary.resumed_sentences = self.summary.records, self.summary.sentences

    def close(self, success: bool) -> None:
        """Close the cache, drop the private state after success, release the lock. Never raises."""
        for part in (self.cache, self.seen):
            if part is not None:
                try:
                    part.close()
                except Exception:  # closing what a failed disk broke: the lock must still go
                    pass
        self.cache = self.seen = None
        if success:
            shutil.rmtree(self.out / STATE, ignore_errors=True)
        self.lock.release()
