#!/usr/bin/env bash
# `make screenshots`: builds the demo site in a throwaway SQLite database, serves it on
# SCREENSHOT_PORT (8765) and runs scripts/screenshots.py against it; everything it made
# but the pictures is deleted at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
port=${SCREENSHOT_PORT:-8765}
export DJANGO_SETTINGS_MODULE=scripts.screenshot_settings
export DATABASE_URL="sqlite:///$work/demo.sqlite3" MEDIA_ROOT="$work/site/media"
export WAGTAILADMIN_BASE_URL="http://127.0.0.1:$port"
python=.venv/bin/python
$python manage.py migrate --noinput -v 0
$python manage.py load_demo_content
$python manage.py runserver "127.0.0.1:$port" --noreload >"$work/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 60); do
    curl -fsS -o /dev/null "http://127.0.0.1:$port/" && break
    sleep 1
done
$python scripts/screenshots.py "http://127.0.0.1:$port"
