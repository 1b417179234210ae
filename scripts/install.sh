#!/usr/bin/env bash
# Create .venv and install the package. Usage: bash scripts/install.sh [EXTRAS]   (e.g. "test" or "web,ray")
set -euo pipefail
cd "$(dirname "$0")/.."
extras="${1:-}"
if [ ! -x .venv/bin/python ]; then
    python3 -m venv .venv
fi
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip >/dev/null
# Where the machine keeps a CPU build of torch (as these build machines do), use it rather than a multi-GB CUDA build.
if ! .venv/bin/python -c "import torch" 2>/dev/null; then
    cpu_wheel=$(ls /opt/wheels/torch-*+cpu-cp3*.whl 2>/dev/null | head -n 1 || true)
    if [ -n "$cpu_wheel" ]; then
        .venv/bin/python -m pip install -q --disable-pip-version-check "$cpu_wheel"
    fi
fi
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".${extras:+[$extras]}"
