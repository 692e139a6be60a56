#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL cluster: made in a temporary directory,
# listening on a free port on 127.0.0.1, and stopped and removed however the command ends.
# The command sees the cluster in DATABASE_URL.
set -euo pipefail

pg_bin=$(compgen -G "/usr/lib/postgresql/*/bin" | sort -V | tail -n 1)
if [ -z "$pg_bin" ]; then
    echo "PostgreSQL is not installed: run scripts/system_packages.sh postgresql" >&2
    exit 1
fi

cluster=$(mktemp -d "${TMPDIR:-/tmp}/test-postgres.XXXXXX")
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

# PostgreSQL refuses to run as root: root runs it as the postgres user.
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
[ "$(id -u)" -eq 0 ] && chown postgres "$cluster"

stop_cluster() {
    as_owner "$pg_bin/pg_ctl" -D "$cluster/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$cluster"
}
trap stop_cluster EXIT

as_owner "$pg_bin/initdb" -D "$cluster/data" -U postgres --auth=trust -E UTF8 \
    --locale=C.UTF-8 >/dev/null
# Durability is pointless for a cluster thrown away after the run, and costly.
as_owner "$pg_bin/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w -s \
    -o "-p $port -k $cluster -c listen_addresses=127.0.0.1 -c fsync=off \
        -c synchronous_commit=off -c full_page_writes=off -c max_connections=100" start

export DATABASE_URL="postgres://postgres@127.0.0.1:$port/postgres"
"$@"
