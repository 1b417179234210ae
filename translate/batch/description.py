"""What a job is, as the manifest records it, so a resume can tell whether it is still the same job."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from ..pipeline import Settings, Translator
from .options import BatchOptions


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


def cache_key(translator: Translator, settings: Settings, lang: str) -> str:
    """The sentence-cache key of one language: everything that can change its translations."""
    spec, _ = settings.model_spec(lang)
    return (
        f"{translator.signature([lang])}|fp={model_fingerprint(spec)}"
        f"|batch_tokens={settings.batch_tokens}|max_batch={settings.max_batch_size}|device={settings.device}"
    )


def job_description(options: BatchOptions, fingerprint: dict[str, Any], signature: str, keys: dict[str, str]) -> dict[str, Any]:
    return {
        "input": str(options.input.resolve()),
        "input_sha256": fingerprint["sha256"],
        "input_bytes": fingerprint["bytes"],
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
    "targets": "the target languages", "signature": "the engine, models or settings (signature)",
    "models": "the model or its settings", "text_field": "--text-field", "id_field": "--id-field",
    "format": "--format", "shard_size": "--shard-size", "cache": "--cache",
}


def describe_changes(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """Human descriptions of what differs between two job descriptions."""
    changes = []
    for key in NAMES:
        if key == "input_bytes" and old.get("input_sha256") != new.get("input_sha256"):
            continue
        if key == "models" and old.get("signature") != new.get("signature"):
            continue
        if old.get(key) != new.get(key):
            before, after = old.get(key), new.get(key)
            if key == "models":
                langs = [lang for lang in set(before or {}) | set(after or {}) if (before or {}).get(lang) != (after or {}).get(lang)]
                changes.append(f"the model or its settings changed for {', '.join(sorted(langs))}")
            elif key == "input_sha256":
                changes.append("the input's content changed")
            else:
                changes.append(f"{NAMES[key]} changed (was {before!r}, now {after!r})")
    return changes
