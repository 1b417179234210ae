#!/usr/bin/env bash
# Install everything the tests need (venv, package with test extras, Chromium for browser tests) and run them.
# Usage: bash scripts/test.sh [pytest args...]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh test
if ! command -v chromium >/dev/null 2>&1; then
    echo "installing Debian's chromium for the browser tests…" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
        || { echo "error: could not install chromium (needed by the browser tests); install Debian's 'chromium' package" >&2; exit 1; }
fi
# axe-core (npm) for the browser tests' accessibility check, into a folder git ignores.
if [ ! -f .cache/node/node_modules/axe-core/axe.min.js ]; then
    if ! command -v npm >/dev/null 2>&1; then
        echo "installing Debian's npm for axe-core…" >&2
        (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm >/dev/null) \
            || { echo "error: could not install npm (needed to fetch axe-core for the browser tests)" >&2; exit 1; }
    fi
    mkdir -p .cache/node
    npm install --silent --no-audit --no-fund --prefix .cache/node axe-core@4 >/dev/null \
        || { echo "error: could not install axe-core from npm (needed by the browser tests)" >&2; exit 1; }
fi
export PYTHONDONTWRITEBYTECODE=1
exec .venv/bin/python -m pytest -q -p no:cacheprovider "$@"
