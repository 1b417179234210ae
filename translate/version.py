"""The package version, read from the installed metadata on first use (bottom layer: anything may import it).

``importlib.metadata`` costs tens of milliseconds to import, so it is not read at import time;
``from translate.version import __version__`` still works (a module ``__getattr__``).
"""

from __future__ import annotations

import functools

DISTRIBUTION = "newsalign-translate"
FALLBACK_VERSION = "0.1.0"  # a source checkout that was never installed (keep in step with pyproject.toml)


@functools.cache
def package_version() -> str:
    from importlib import metadata

    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return FALLBACK_VERSION


def __getattr__(name: str) -> str:
    if name == "__version__":
        return package_version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
