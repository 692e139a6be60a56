# `make run` serves the site with demo content; `make test` runs every check and test
# against a throwaway PostgreSQL server and a real Chromium. Neither asks for input.
SHELL := /bin/bash
UV := python3 -m uv
RUN := $(UV) run --frozen
PORT ?= 8000

.PHONY: run test lint format messages install bench stack drill backup restore

install:
	@scripts/ensure_uv.sh
	@$(UV) sync --frozen --quiet

messages: install
	@scripts/system_packages.sh gettext
	@$(RUN) python manage.py compilemessages --ignore=.venv -v 0

run: export WAGTAILADMIN_BASE_URL ?= http://127.0.0.1:$(PORT)
run: messages
	$(RUN) python manage.py migrate --noinput -v 0
	$(RUN) python manage.py load_demo_content
	$(RUN) python manage.py ensure_admin
	@# The scheduler (scheduled publishing, consent expiry) runs beside the web server and
	@# stops with it.
	$(RUN) python manage.py run_scheduled_tasks & scheduler=$$!; \
		trap 'kill $$scheduler 2>/dev/null' EXIT INT TERM; \
		$(RUN) python manage.py runserver 127.0.0.1:$(PORT)

lint: install
	$(RUN) ruff check .
	$(RUN) ruff format --check .

format: install
	$(RUN) ruff check --fix .
	$(RUN) ruff format .

test: lint messages
	@scripts/system_packages.sh postgresql chromium varnish
	DJANGO_SETTINGS_MODULE=website.settings.test scripts/with_postgres.sh \
		bash -c '$(RUN) python manage.py check --fail-level WARNING \
		&& $(RUN) python manage.py makemigrations --check --dry-run \
		&& $(RUN) pytest -n 2 -m "not browser and not varnish" $(PYTEST_ARGS) \
		&& $(RUN) pytest -n 2 -m "browser or varnish" $(PYTEST_ARGS)'

# Builds a realistic site in a throwaway PostgreSQL, times the key public addresses over
# HTTP against gunicorn and writes benchmarks/results.md (BENCH_REQUESTS, BENCH_SCALE...).
bench: messages
	@scripts/system_packages.sh postgresql varnish
	DJANGO_SETTINGS_MODULE=benchmarks.settings scripts/with_postgres.sh \
		$(RUN) python -m benchmarks

# The production shape on one machine, in the foreground (README, "Production on one
# machine"): PostgreSQL, Redis, two gunicorns behind Varnish, the task worker, the scheduler.
stack: messages
	@scripts/system_packages.sh postgresql varnish redis-server
	scripts/stack.sh

# Starts the stack in var/drill, puts it through load, a killed app server, a restarted
# PostgreSQL, a stopped Redis, a backup and restore, prints the table and stops it.
drill: messages
	@scripts/system_packages.sh postgresql varnish redis-server
	$(RUN) python deploy/drill.py

# The database and media files in one dated archive in BACKUP_DIR (backups/), and back.
backup: install
	$(RUN) python manage.py backup_site

restore: install
	@test -n "$(FILE)" || { echo "Say which archive: make restore FILE=backups/site-....tar.gz"; exit 2; }
	$(RUN) python manage.py restore_site "$(FILE)"
