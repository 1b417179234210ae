"""What a job is, as the manifest records it, so a resume can tell whether it is still the same job."""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path
from typing import Any

from ..directions import direction_key, route
from ..errors import ModelNotAvailableError
from ..pipeline import Settings, Translator
from ..version import package_version
from .options import BatchOptions
from .sources import AUTO, direction_of, possible_sources, targets_of


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


def cache_key(translator: Translator, settings: Settings, key: str) -> str:
    """The sentence-cache key of one direction (``"uk"`` for en → uk, ``"hu-uk"``): everything that can change
    its translations, the source language included (``from=hu`` in the signature), so that no two
    directions share an entry. For a pivot, the fingerprints of both models."""
    source, target = direction_of(key)
    steps = route(source, target, translator.has_model)
    prints = []
    for step_source, step_target in steps:
        found = settings.model_for(step_source, step_target)
        prints.append(model_fingerprint(found[0]) if found else "")
    return (
        f"{translator.signature([target], source)}|fp={'+'.join(prints)}"
        f"|batch_tokens={settings.batch_tokens}|max_batch={settings.max_batch_size}|device={settings.device}"
    )


def check_job_models(translator: Translator, source: str, targets: tuple[str, ...]) -> None:
    """Every model the job may need (for ``auto``: from each of the four languages) found before any is
    loaded; all the missing ones named at once."""
    missing: list[ModelNotAvailableError] = []
    for lang in possible_sources(source):
        if targets_of(lang, targets):
            try:
                translator.check_models(lang, targets_of(lang, targets))
            except ModelNotAvailableError as error:
                if all(str(error) != str(known) for known in missing):
                    missing.append(error)
    if len(missing) == 1:
        raise missing[0]
    if missing:
        raise ModelNotAvailableError("; and ".join(map(str, missing)))


def job_signature(translator: Translator, source: str, targets: tuple[str, ...]) -> str:
    """The job's signature: the translator's for a named source; for ``--from auto`` the engine and settings,
    ``from=auto``, then each direction's models (``uk-en=ZLE_EN@REV``, ``hu-uk=HU_EN@REV+EN_UK@REV``)."""
    if source != AUTO:
        return translator.signature(targets, source)
    head = translator.signature((), version=False)
    parts = [head, f"from={AUTO}"]
    for lang in possible_sources(source):
        wanted = targets_of(lang, targets)
        if wanted:
            entries = translator.signature(wanted, lang, key=functools.partial(direction_key, lang), version=False)
            parts.append(entries[len(head) + 1 :].removeprefix(f"from={lang}|"))
    parts.append(f"version={package_version()}")
    return "|".join(parts)


def job_description(options: BatchOptions, fingerprint: dict[str, Any], signature: str, keys: dict[str, str]) -> dict[str, Any]:
    return {
        "input": str(options.input.resolve()),
        "input_sha256": fingerprint["sha256"],
        "input_bytes": fingerprint["bytes"],
        "source": options.source,
        "targets": list(options.targets),
        "signature": signature,
        "models": dict(keys),
        "text_field": options.text_field,
        "id_field": options.id_field,
        "format": options.format,
        "shard_size": options.shard_size,
        "cache": str(options.cache.resolve()) if options.cache else "",
    }


NAMES = {
    "input": "the input path", "input_sha256": "the input's content", "input_bytes": "the input's size",
    "source": "the source language (--from)", "targets": "the target languages", "signature": "the engine, models or settings (signature)",
    "models": "the model or its settings", "text_field": "--text-field", "id_field": "--id-field",
    "format": "--format", "shard_size": "--shard-size", "cache": "--cache",
}
# What a manifest written before an entry existed meant by it.
BEFORE = {"source": "en"}


def describe_changes(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """Human descriptions of what differs between two job descriptions."""
    changes = []
    for key in NAMES:
        if key == "input_bytes" and old.get("input_sha256") != new.get("input_sha256"):
            continue
        if key in ("signature", "models") and old.get("source", "en") != new.get("source", "en"):
            continue  # --from changed: the signature names the source too
        if key == "models" and old.get("signature") != new.get("signature"):
            continue
        before, after = old.get(key, BEFORE.get(key)), new.get(key, BEFORE.get(key))
        if before != after:
            if key == "models":
                langs = [lang for lang in set(before or {}) | set(after or {}) if (before or {}).get(lang) != (after or {}).get(lang)]
                changes.append(f"the model or its settings changed for {', '.join(sorted(langs))}")
            elif key == "input_sha256":
                changes.append("the input's content changed")
            else:
                changes.append(f"{NAMES[key]} changed (was {before!r}, now {after!r})")
    return changes
