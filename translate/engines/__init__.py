"""Translation engines behind one small interface, found by name so heavy imports stay lazy."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ..errors import UsageError

if TYPE_CHECKING:
    from .base import Engine

# name -> "module:Class"; the module is imported only when that engine is used.
ENGINES: dict[str, str] = {
    "ctranslate2": "translate.engines.ct2:CTranslate2Engine",
    "transformers": "translate.engines.hf:TransformersEngine",
}


# Where a model runs, and the CTranslate2 compute types ("none" keeps float32).
DEVICES = ("cpu", "cuda", "auto")  # and "cuda:N"
QUANTIZATIONS = ("int8", "none", "int8_float32", "float32", "float16", "bfloat16", "int8_float16")


def device_problem(device: str) -> str | None:
    """Why ``device`` is not a place to run a model (None when it is)."""
    if device in DEVICES or (device.startswith("cuda:") and device[5:].isdigit()):
        return None
    return f"device '{device}' is not known; choose cpu, cuda, cuda:N or auto"


def default_engine() -> str:
    """CTranslate2 when installed (several times faster on CPU), else transformers."""
    import importlib.util

    return "ctranslate2" if importlib.util.find_spec("ctranslate2") else "transformers"


def engine_class(name: str) -> type[Engine]:
    if name not in ENGINES:
        raise UsageError(f"engine '{name}' is not known; choose one of: {', '.join(sorted(ENGINES))}")
    module_name, class_name = ENGINES[name].split(":")
    module = importlib.import_module(module_name)
    cls: Any = getattr(module, class_name)
    return cls  # type: ignore[no-any-return]
