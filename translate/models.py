"""Where models come from: hub id or local folder, the Hugging Face cache, offline mode, CTranslate2 copies.

Nothing here downloads unless asked to resolve a hub id that is not cached, and then
huggingface_hub shows its progress bar on stderr.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .errors import ModelFormatError, ModelNotAvailableError

WEIGHT_FILES = ("model.safetensors", "pytorch_model.bin")
HUB_PATTERNS = ["*.json", "*.spm", "*.txt", "*.model"]
HUB_ID = re.compile(r"^[A-Za-z0-9][\w.-]*/[\w.-]+$")
CT2_META = "translate_model.json"


@dataclass(frozen=True)
class ResolvedModel:
    """A model found on disk: its folder, what the user asked for, and the exact revision."""

    path: Path
    model_id: str
    revision: str  # hub commit hash, or "local"
    is_ct2: bool = False


def cache_root() -> Path:
    """Our own cache (CTranslate2 conversions); the HF cache stays where huggingface_hub keeps it."""
    env = os.environ.get("TRANSLATE_CACHE")
    if env:
        return Path(env).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newsalign-translate"


def is_offline() -> bool:
    return os.environ.get("HF_HUB_OFFLINE", "").strip().lower() in ("1", "true", "yes", "on")


def check_folder(folder: Path) -> bool:
    """Raise ModelFormatError unless ``folder`` holds a Marian model; return True for a CTranslate2 one."""
    if folder.is_file():
        raise ModelNotAvailableError(
            f"model path {folder} is a file, not a folder; pass --model LANG=FOLDER, the folder holding the "
            "model's files (config.json, weights, source.spm, target.spm, vocab.json)"
        )
    if not folder.is_dir():
        raise ModelNotAvailableError(
            f"model folder {folder} does not exist; pass --model LANG=PATH to an existing folder"
        )
    is_ct2 = (folder / "model.bin").is_file()
    missing = [n for n in ("source.spm", "target.spm", "vocab.json") if not (folder / n).is_file()]
    if not is_ct2:
        if not (folder / "config.json").is_file():
            missing.append("config.json")
        if not any((folder / n).is_file() for n in WEIGHT_FILES):
            missing.append("model.safetensors")
    if missing:
        raise ModelFormatError(
            f"model folder {folder} is incomplete ({', '.join(missing)} missing); "
            "point --model at a Marian model folder saved with save_pretrained (weights, config.json, "
            "source.spm, target.spm, vocab.json) or at one made by 'translate models convert'"
        )
    return is_ct2


def pull_hint(model_id: str, lang: str | None) -> str:
    pull = f"translate models pull {lang}" if lang else f"translate models pull --model {model_id}"
    return (
        f"run '{pull}' on a connected machine (and copy its Hugging Face cache here), "
        f"or pass --model {lang or 'LANG'}=PATH to a local model folder"
    )


def check_ner_folder(folder: Path) -> bool:
    """Raise unless ``folder`` holds a token-classification model with a tokenizer."""
    if not folder.is_dir():
        raise ModelNotAvailableError(f"NER model folder {folder} does not exist; pass --ner HUB_ID, --ner PATH or --ner none")
    missing = [n for n in ("config.json",) if not (folder / n).is_file()]
    if not any((folder / n).is_file() for n in WEIGHT_FILES):
        missing.append("model.safetensors")
    if not any((folder / n).is_file() for n in ("tokenizer.json", "vocab.txt", "vocab.json")):
        missing.append("tokenizer.json")
    if missing:
        raise ModelFormatError(
            f"NER model folder {folder} is incomplete ({', '.join(missing)} missing); point --ner at a "
            "token-classification model saved with save_pretrained, or pass --ner none"
        )
    return False


def ner_hint(model_id: str, lang: str | None) -> str:
    return (
        f"download it on a connected machine (python -c \"import huggingface_hub as h; h.snapshot_download('{model_id}')\"), "
        "pass --ner PATH to a local folder, or --ner none"
    )


@dataclass(frozen=True)
class ModelKind:
    """What a kind of model needs: how to check a folder, which hub files to fetch, what to tell the user."""

    noun: str
    check: Callable[[Path], bool]
    patterns: tuple[str, ...]
    hint: Callable[[str, str | None], str]


TRANSLATION = ModelKind("model", check_folder, tuple(HUB_PATTERNS), pull_hint)
NER = ModelKind("NER model", check_ner_folder, ("*.json", "*.txt", "*.model"), ner_hint)


def is_local(spec: str) -> bool:
    """True when ``spec`` names a folder on disk rather than a hub id."""
    return Path(spec).expanduser().exists() or spec.startswith((".", "/", "~")) or not HUB_ID.match(spec)


def resolve(
    spec: str,
    *,
    revision: str | None = None,
    lang: str | None = None,
    allow_download: bool = True,
    log: Callable[[str], None] | None = None,
    kind: ModelKind = TRANSLATION,
) -> ResolvedModel:
    """Find a model on disk, downloading it from the hub only when allowed and not cached."""
    path = Path(spec).expanduser()
    if is_local(spec):
        is_ct2 = kind.check(path)
        return ResolvedModel(path.resolve(), str(path), "local", is_ct2)

    from huggingface_hub import snapshot_download

    try:
        folder = Path(
            snapshot_download(
                spec, revision=revision, allow_patterns=[*kind.patterns, "model.safetensors"], local_files_only=True
            )
        )
        kind.check(folder)
    except Exception:  # not cached, or cached without weights (the hub's error classes vary by version)
        if is_offline() or not allow_download:
            reason = "HF_HUB_OFFLINE is set" if is_offline() else "downloads are off"
            raise ModelNotAvailableError(f"{kind.noun} {spec} is not cached and {reason}; {kind.hint(spec, lang)}") from None
        # Said as an attempt: offline, the next line is the error saying why it failed.
        notice = f"{kind.noun} {spec} is not cached here: trying to download it from the Hugging Face hub…"
        folder = download(spec, revision=revision, lang=lang, log=log, kind=kind, notice=notice)
    return ResolvedModel(folder, spec, folder.name if len(folder.name) == 40 else (revision or ""), False)


def download(
    spec: str,
    *,
    revision: str | None = None,
    lang: str | None = None,
    log: Callable[[str], None] | None = None,
    kind: ModelKind = TRANSLATION,
    notice: str | None = None,
) -> Path:
    """Download a model's files into the HF cache (progress bar on stderr); prefer safetensors.
    ``notice``: the line logged before (default: "downloading SPEC …")."""
    from huggingface_hub import snapshot_download

    if is_offline():
        raise ModelNotAvailableError(
            f"{kind.noun} {spec} cannot be downloaded while HF_HUB_OFFLINE is set; unset it on a machine with "
            "network access to pull models, then copy the Hugging Face cache here"
        )
    if log:
        log(notice or f"downloading {spec} from the Hugging Face hub…")
    patterns = list(kind.patterns)
    try:
        folder = Path(snapshot_download(spec, revision=revision, allow_patterns=[*patterns, "model.safetensors"]))
        if not (folder / "model.safetensors").is_file():
            # Older repositories only have pickle weights; transformers loads them with weights_only.
            folder = Path(snapshot_download(spec, revision=revision, allow_patterns=[*patterns, "pytorch_model.bin"]))
    except Exception as error:  # network errors come in many classes (requests, httpx, OSError)
        problem = hub_problem(error, revision)
        # Only a hub out of reach is fixed on another machine; a wrong id, a gated repo or a proxy is fixed here.
        fix = kind.hint(spec, lang) if problem == unreachable(error) else f"or pass --model {lang or 'LANG'}=PATH to a local model folder"
        raise ModelNotAvailableError(f"{kind.noun} {spec} {problem}; {fix}") from None
    kind.check(folder)
    return folder


def hub_problem(error: BaseException, revision: str | None = None) -> str:
    """What went wrong with a download, in words that lead to the fix: a mistyped id (404), a gated or
    private repository, a missing revision, a proxy, or a hub that cannot be reached at all."""
    from huggingface_hub import errors

    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in chain:
        chain.append(current)
        current = current.__cause__ or current.__context__
    names = {type(e).__name__ for e in chain}
    for item in chain:
        if isinstance(item, errors.GatedRepoError):
            return (
                "is a gated repository: accept its terms on its hub page while logged in, then log in here "
                "('hf auth login' or HF_TOKEN) and try again"
            )
        if isinstance(item, errors.RevisionNotFoundError):
            return f"has no revision '{revision}' on the hub; check --revision"
        if isinstance(item, errors.RepositoryNotFoundError):
            return "was not found on the hub (404): check the id for typos; a private repository needs 'hf auth login' or HF_TOKEN"
    if "ProxyError" in names:
        return "cannot be downloaded: the proxy refused the connection (check HTTPS_PROXY / HTTP_PROXY)"
    if names & {"SSLError", "SSLCertVerificationError"}:
        return "cannot be downloaded: the TLS certificate could not be verified (a proxy or firewall in between?)"
    if any(isinstance(item, errors.HfHubHTTPError) for item in chain):
        return f"cannot be downloaded: the hub answered with an error ({chain[0]})".split("\n")[0]
    return unreachable(error)


def unreachable(error: BaseException) -> str:
    return f"is not cached and the hub cannot be reached ({type(error).__name__})"


def local_fingerprint(folder: Path) -> str:
    """A short key for a local model folder that changes when its files change (path, sizes, times),
    so a model replaced in place is converted again rather than served from a stale copy."""
    digest = hashlib.sha256(str(folder.resolve()).encode())
    for name in ("config.json", *WEIGHT_FILES, "source.spm", "target.spm", "vocab.json"):
        file = folder / name
        if file.is_file():
            stat = file.stat()
            digest.update(f"{name}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:16]


def ct2_folder_for(model: ResolvedModel, quantization: str) -> Path:
    key = model.revision if model.revision != "local" else local_fingerprint(model.path)
    name = re.sub(r"[^\w.-]+", "--", model.model_id.strip("/"))[-80:]
    return cache_root() / "ct2" / f"{name}--{key}--{quantization}"


def ensure_ct2(
    model: ResolvedModel,
    quantization: str = "int8",
    *,
    log: Callable[[str], None] | None = None,
) -> Path:
    """Return a CTranslate2 copy of ``model``, converting it once (atomically) into our cache."""
    if model.is_ct2:
        return model.path
    target = ct2_folder_for(model, quantization)
    meta = target / CT2_META
    if meta.is_file():
        return target
    if log:
        log(
            f"converting {model.model_id} for CTranslate2 ({quantization}); this happens once and is cached in {target}"
        )
    from ctranslate2.converters import TransformersConverter
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()

    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".convert-", dir=target.parent))
    try:
        output = staging / "model"
        extra = [name for name in ("target_vocab.json", "tokenizer_config.json") if (model.path / name).is_file()]
        TransformersConverter(str(model.path), copy_files=["source.spm", "target.spm", "vocab.json", *extra]).convert(
            str(output), quantization=quantization
        )
        (output / CT2_META).write_text(
            json.dumps(source_metadata(model, quantization), indent=1), encoding="utf-8"
        )
        try:
            os.replace(output, target)
        except OSError:
            if not meta.is_file():  # another process won the race only if its copy is complete
                raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target


def source_metadata(model: ResolvedModel, quantization: str) -> dict[str, object]:
    config = json.loads((model.path / "config.json").read_text(encoding="utf-8"))
    return {
        "model_id": model.model_id,
        "revision": model.revision,
        "quantization": quantization,
        "max_position_embeddings": int(config.get("max_position_embeddings", 512)),
    }


def max_positions(folder: Path) -> int:
    for name in (CT2_META, "config.json"):
        file = folder / name
        if file.is_file():
            data = json.loads(file.read_text(encoding="utf-8"))
            if "max_position_embeddings" in data:
                return int(data["max_position_embeddings"])
    return 512


@dataclass(frozen=True)
class CachedModel:
    model_id: str
    kind: str  # "hub" or "ctranslate2"
    revision: str
    size_bytes: int
    path: Path


def list_cached() -> list[CachedModel]:
    """Models in the HF cache that look like Marian models, and our CTranslate2 copies."""
    found: list[CachedModel] = []
    try:
        from huggingface_hub import scan_cache_dir

        for repo in scan_cache_dir().repos:
            for rev in repo.revisions:
                if any(f.file_name == "source.spm" for f in rev.files):
                    found.append(
                        CachedModel(
                            repo.repo_id, "hub", rev.commit_hash, rev.size_on_disk, Path(rev.snapshot_path)
                        )
                    )
    except Exception:  # no cache directory yet, or an unreadable one: nothing cached
        pass
    ct2_root = cache_root() / "ct2"
    if ct2_root.is_dir():
        for folder in sorted(ct2_root.iterdir()):
            meta = folder / CT2_META
            if meta.is_file():
                data = json.loads(meta.read_text(encoding="utf-8"))
                size = sum(f.stat().st_size for f in folder.iterdir() if f.is_file())
                found.append(
                    CachedModel(
                        str(data["model_id"]),
                        f"ctranslate2 {data['quantization']}",
                        str(data["revision"]),
                        size,
                        folder,
                    )
                )
    return found
