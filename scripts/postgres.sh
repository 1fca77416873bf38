#!/usr/bin/env bash
# A throwaway PostgreSQL server on loopback for the tests and for trying the portal on PostgreSQL.
#   scripts/postgres.sh start   starts one (if not running) and prints its connection string
#   scripts/postgres.sh stop    stops it and deletes its data
#   scripts/postgres.sh pause   stops it, keeping its data (an outage, for the fault tests)
#   scripts/postgres.sh resume  starts a paused one again on the same data
# It runs as the postgres user from Debian's postgresql package, with trust authentication on
# 127.0.0.1 only and fsync off: for tests, never for real data.
set -euo pipefail

root="${PORTAL_PG_ROOT:-/tmp/emulationportal-pg}"
port="${PORTAL_PG_PORT:-55432}"
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"

server_start() {
    runuser -u postgres -- "$bin/pg_ctl" -D "$root/data" -l "$root/server.log" -w \
        -o "-p $port -k $root/socket -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=500" \
        start >/dev/null
}

connection_string() {
    echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Pooling=true;Maximum Pool Size=20"
}

case "${1:-start}" in
    start)
        if [ -z "$bin" ]; then
            echo "postgres.sh: PostgreSQL is not installed (Debian package postgresql; scripts/install-deps.sh installs it)." >&2
            exit 1
        fi
        if [ -f "$root/data/postmaster.pid" ] && runuser -u postgres -- "$bin/pg_ctl" -D "$root/data" status >/dev/null 2>&1; then
            connection_string
            exit 0
        fi
        rm -rf "$root"
        mkdir -p "$root/data" "$root/socket"
        chown -R postgres:postgres "$root"
        runuser -u postgres -- "$bin/initdb" -D "$root/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$root/initdb.log" 2>&1
        server_start
        connection_string
        ;;
    pause)
        runuser -u postgres -- "$bin/pg_ctl" -D "$root/data" -m fast -w stop >/dev/null
        ;;
    resume)
        server_start
        ;;
    stop)
        if [ -n "$bin" ] && [ -d "$root/data" ]; then
            runuser -u postgres -- "$bin/pg_ctl" -D "$root/data" -m immediate stop >/dev/null 2>&1 || true
        fi
        rm -rf "$root"
        ;;
    url)
        connection_string
        ;;
    *)
        echo "usage: $0 start|stop|pause|resume|url" >&2
        exit 2
        ;;
esac
