#!/usr/bin/env bash
# Installs uv from PyPI for the current Python when it is missing.
set -euo pipefail
python3 -m uv --version >/dev/null 2>&1 && exit 0
echo "Installing uv..."
python3 -m pip install --quiet uv 2>/dev/null \
    || python3 -m pip install --quiet --user --break-system-packages uv
