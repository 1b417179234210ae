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
