"""Defaults without retyping: a config file and environment variables, below the command line.

Precedence, highest first: the command line, the environment (``TRANSLATE_ENGINE``, ``TRANSLATE_BEAM``,
``TRANSLATE_DEVICE``, ``TRANSLATE_QUANTIZATION``, ``TRANSLATE_MODEL_UK`` …), the config file
(``$XDG_CONFIG_HOME/newsalign-translate/config.toml``, or ``--config FILE`` / ``$TRANSLATE_CONFIG``),
the built-in defaults. Every value remembers where it came from, for ``translate models list``.

    # config.toml
    engine = "ctranslate2"
    beam = 4
    device = "cpu"
    quantization = "int8"

    [models]
    uk = "Helsinki-NLP/opus-mt-en-uk"
    hu = "~/models/en-hu"
    ru-en = "~/models/zle-en"     # TRANSLATE_MODEL_RU_EN in the environment
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import UsageError

APP = "newsalign-translate"
BUILT_IN = "built-in default"
KEYS = ("engine", "beam", "device", "quantization")
ENVIRONMENT = {key: f"TRANSLATE_{key.upper()}" for key in KEYS}
BUILT_IN_VALUES: dict[str, Any] = {"engine": "", "beam": 4, "device": "cpu", "quantization": "int8"}


def model_variable(key: str) -> str:
    """``TRANSLATE_MODEL_UK`` for en → uk, ``TRANSLATE_MODEL_RU_EN`` for ru → en."""
    return f"TRANSLATE_MODEL_{key.upper().replace('-', '_')}"


def model_key(raw: str) -> str:
    """A direction as typed (``ua``, ``RU-EN``, ``rus-hun``) in its short form (``uk`` = en → uk, ``ru-hu``)."""
    from ..directions import parse_model_key, short_key
    from ..languages import normalize_code

    parts = str(raw).strip().split("-")
    typed = "-".join(normalize_code(part) for part in parts) if len(parts) == 2 else normalize_code(str(raw))
    return short_key(*parse_model_key(typed))


def default_config_path(env: Mapping[str, str] | None = None) -> Path:
    env = os.environ if env is None else env
    base = env.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base).expanduser() / APP / "config.toml"


@dataclass(frozen=True)
class Setting:
    value: Any
    source: str  # "built-in default", "config file PATH", "environment TRANSLATE_BEAM", "command line"


@dataclass(frozen=True)
class Defaults:
    values: dict[str, Setting]
    models: dict[str, Setting] = field(default_factory=dict)  # only languages that are configured
    config_file: Path | None = None  # the file read, if any


def read_config(path: Path, *, required: bool) -> dict[str, Any]:
    import tomllib

    if not path.is_file():
        if required:
            raise UsageError(f"config file {path} does not exist; check --config or $TRANSLATE_CONFIG")
        return {}
    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise UsageError(f"config file {path} is not valid TOML ({error}); fix it or move it away") from None
    except OSError as error:
        raise UsageError(f"cannot read config file {path}: {error.strerror}") from None
    unknown = sorted(set(data) - {*KEYS, "models"})
    if unknown:
        raise UsageError(f"config file {path}: unknown key '{unknown[0]}'; known keys: {', '.join(KEYS)}, [models]")
    if "models" in data and not isinstance(data["models"], dict):
        raise UsageError(f"config file {path}: 'models' must be a table, e.g. [models] then uk = \"HUB_ID_OR_PATH\"")
    return data


def load_defaults(config: Path | None = None, env: Mapping[str, str] | None = None) -> Defaults:
    """The defaults in force before the command line: environment over config file over built-in."""
    from ..directions import DIRECTIONS, short_key
    from ..languages import TARGET_LANGUAGES

    env = os.environ if env is None else env
    named = config or (Path(env["TRANSLATE_CONFIG"]).expanduser() if env.get("TRANSLATE_CONFIG") else None)
    path = named or default_config_path(env)
    data = read_config(path, required=named is not None)
    where = f"config file {path}"
    values: dict[str, Setting] = {}
    for key in KEYS:
        variable = ENVIRONMENT[key]
        if env.get(variable, "").strip():
            values[key] = Setting(convert(key, env[variable].strip(), f"environment {variable}"), f"environment {variable}")
        elif key in data:
            values[key] = Setting(convert(key, data[key], where), where)
        else:
            values[key] = Setting(BUILT_IN_VALUES[key], BUILT_IN)
    models: dict[str, Setting] = {}
    for raw, value in dict(data.get("models", {})).items():
        try:
            key = model_key(str(raw))
        except UsageError:
            raise UsageError(
                f"{where}: [models] {raw} is not a target language or a direction; write uk (en-uk), ru-en, hu-uk, …"
            ) from None
        models[key] = Setting(str(value), where)
    for key in dict.fromkeys([*TARGET_LANGUAGES, *(short_key(d.source, d.target) for d in DIRECTIONS.values())]):
        variable = model_variable(key)
        if env.get(variable, "").strip():
            models[key] = Setting(env[variable].strip(), f"environment {variable}")
    return Defaults(values, models, path if data else None)


def convert(key: str, value: Any, source: str) -> Any:
    """A config or environment value checked like the option it stands for."""
    from ..engines import ENGINES, QUANTIZATIONS, device_problem

    if key == "beam":
        try:
            beam = int(value)
        except (TypeError, ValueError):
            raise UsageError(f"{source}: beam {value!r} is not a whole number; set it to e.g. 4") from None
        return beam
    text = str(value).strip()
    if key == "engine" and text not in ENGINES:
        raise UsageError(f"{source}: engine '{text}' is not known; choose one of: {', '.join(ENGINES)}")
    if key == "quantization" and text not in QUANTIZATIONS:
        raise UsageError(f"{source}: quantization '{text}' is not known; choose one of: {', '.join(QUANTIZATIONS)}")
    if key == "device":
        problem = device_problem(text)
        if problem:
            raise UsageError(f"{source}: {problem}")
    return text
