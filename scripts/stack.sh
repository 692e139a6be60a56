#!/usr/bin/env bash
# The production shape on one machine, in the foreground: PostgreSQL, Redis, two gunicorn
# app servers behind Varnish (deploy/varnish: round robin, health checks, purges from the
# app only), the background task worker, the scheduler, and a local mail catcher. Data
# lives under STACK_DIR (var/stack). One Ctrl-C stops it all. Production settings
# throughout; only what a real host would get from its own services differs (addresses).
set -euo pipefail
cd "$(dirname "$0")/.."

STACK_DIR=$(realpath -m "${STACK_DIR:-var/stack}")
STACK_PORT=${STACK_PORT:-8080}
PG_PORT=${STACK_PG_PORT:-55432}
REDIS_PORT=${STACK_REDIS_PORT:-56379}
MAIL_PORT=${STACK_MAIL_PORT:-2525}
APP_PORTS=(8001 8002)  # as deploy/varnish/backends.vcl names them
RUN=".venv/bin"
mkdir -p "$STACK_DIR"/{run,log,media,backups,varnish}

pg_bin=$(compgen -G "/usr/lib/postgresql/*/bin" | sort -V | tail -n 1)
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

children=()
stop_all() {
    trap - EXIT INT TERM
    echo "Stopping the stack..."
    for pid in "${children[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    as_postgres "$pg_bin/pg_ctl" -D "$STACK_DIR/postgres" -m fast stop >/dev/null 2>&1 || true
}
trap stop_all EXIT INT TERM

# Every value production reads from its environment, pointed at the parts started here.
[ -f "$STACK_DIR/secret-key" ] || python3 -c 'import secrets; print(secrets.token_urlsafe(64))' > "$STACK_DIR/secret-key"
export DJANGO_SETTINGS_MODULE=website.settings.production
export DJANGO_SECRET_KEY=$(cat "$STACK_DIR/secret-key")
export DJANGO_ALLOWED_HOSTS=127.0.0.1,localhost
export DATABASE_URL="postgres://postgres@127.0.0.1:$PG_PORT/site"
export REDIS_URL="redis://127.0.0.1:$REDIS_PORT/0"
export WAGTAILADMIN_BASE_URL="http://127.0.0.1:$STACK_PORT"
export FRONTEND_CACHE_URL="http://127.0.0.1:$STACK_PORT"
export SECURE_SSL_REDIRECT=false
export TRUSTED_PROXY_COUNT=1
export MEDIA_ROOT="$STACK_DIR/media"
export WITHHELD_IMAGES_ROOT="$STACK_DIR/withheld-images"
export BACKUP_DIR="$STACK_DIR/backups"
export EMAIL_HOST=127.0.0.1 EMAIL_PORT=$MAIL_PORT EMAIL_USE_TLS=false
export CAMPAIGN_SIGNUPS_PER_ADDRESS=${CAMPAIGN_SIGNUPS_PER_ADDRESS:-}

# PostgreSQL: a cluster of its own, made on the first start.
if [ ! -f "$STACK_DIR/postgres/PG_VERSION" ]; then
    mkdir -p "$STACK_DIR/postgres"
    [ "$(id -u)" -eq 0 ] && chown postgres "$STACK_DIR/postgres"
    as_postgres "$pg_bin/initdb" -D "$STACK_DIR/postgres" -U postgres --auth=trust -E UTF8 \
        --locale=C.UTF-8 >/dev/null
fi
# PostgreSQL runs as its own user, and writes its socket and log here.
[ "$(id -u)" -eq 0 ] && chown postgres "$STACK_DIR/run" "$STACK_DIR/log"
as_postgres "$pg_bin/pg_ctl" -D "$STACK_DIR/postgres" -l "$STACK_DIR/log/postgres.log" -w -s \
    -o "-p $PG_PORT -k $STACK_DIR/run -c listen_addresses=127.0.0.1 -c max_connections=200" start
as_postgres "$pg_bin/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname = 'site'" | grep -q 1 \
    || as_postgres "$pg_bin/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres site

redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --dir "$STACK_DIR" --save "" \
    --appendonly no --daemonize no --logfile "$STACK_DIR/log/redis.log" &
children+=($!); echo $! > "$STACK_DIR/run/redis.pid"

# The mail catcher: emails the site sends (sign-up confirmations, consent links) are written
# to log/mail.log instead of leaving the machine.
$RUN/python -W ignore -m smtpd -n -c DebuggingServer "127.0.0.1:$MAIL_PORT" \
    >> "$STACK_DIR/log/mail.log" 2>&1 &
children+=($!)

$RUN/python manage.py migrate --noinput -v 0
$RUN/python manage.py collectstatic --noinput -v 0
$RUN/python manage.py load_demo_content

# Each app server restarts when it dies, as a service manager would restart it.
for index in 0 1; do
    port=${APP_PORTS[$index]}
    (
        while true; do
            $RUN/gunicorn website.wsgi --bind "127.0.0.1:$port" --workers 2 --threads 4 \
                --worker-class gthread --timeout 60 --graceful-timeout 5 \
                --pid "$STACK_DIR/run/app$((index + 1)).pid" \
                >> "$STACK_DIR/log/app$((index + 1)).log" 2>&1 || true
            sleep 1
        done
    ) &
    children+=($!)
done

$RUN/python manage.py db_worker >> "$STACK_DIR/log/worker.log" 2>&1 &
children+=($!)
$RUN/python manage.py run_scheduled_tasks >> "$STACK_DIR/log/scheduler.log" 2>&1 &
children+=($!)

varnishd -F -j none -n "$STACK_DIR/varnish" -a "127.0.0.1:$STACK_PORT" -T none \
    -p "vcl_path=$(pwd)/deploy/varnish" -f default.vcl -s malloc,256m \
    >> "$STACK_DIR/log/varnish.log" 2>&1 &
children+=($!); echo $! > "$STACK_DIR/run/varnish.pid"

echo "The stack serves http://127.0.0.1:$STACK_PORT/ through Varnish (app servers on"
echo "${APP_PORTS[*]}, PostgreSQL on $PG_PORT, Redis on $REDIS_PORT; logs in $STACK_DIR/log)."
echo "Ctrl-C stops everything."
wait
