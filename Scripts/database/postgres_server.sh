#!/usr/bin/env bash
# A throwaway PostgreSQL server for tests: initialised in a temporary folder, listening on
# 127.0.0.1 only, stopped and removed by `stop`. Debian's `postgresql` package gives the
# binaries (`apt-get install -y postgresql`); they are looked for in /usr/lib/postgresql/*/bin
# (newest first), then on PATH. PostgreSQL refuses to run as root: as root, the server runs
# as the `postgres` system user (created by the package; created here if missing).
#
#   Scripts/database/postgres_server.sh start DIR PORT   # prints the URL to connect to
#   Scripts/database/postgres_server.sh stop DIR         # stops the server, removes DIR
set -euo pipefail

find_bin() {
    local dir
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5 -V -r); do
        if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && [ -x "$dir/postgres" ]; then
            echo "$dir"
            return
        fi
    done
    if command -v initdb >/dev/null && command -v pg_ctl >/dev/null && command -v postgres >/dev/null; then
        dirname "$(command -v pg_ctl)"
        return
    fi
    echo "postgres_server.sh: no PostgreSQL server binaries (apt-get install -y postgresql)" >&2
    exit 1
}

# Runs a command as the server's user: ourselves, or `postgres` when we are root.
as_server_user() {
    if [ "$(id -u)" -ne 0 ]; then
        "$@"
    else
        runuser -u postgres -- "$@"
    fi
}

command=${1:-}
dir=${2:-}
[ -n "$dir" ] || { echo "usage: $0 start DIR PORT | stop DIR" >&2; exit 64; }
case "$command" in
start)
    port=${3:-54329}
    bin=$(find_bin)
    if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
        useradd --system --home-dir /var/lib/postgresql --shell /usr/sbin/nologin postgres
    fi
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
    # Encoding UTF-8 whatever the machine's locale; trust on loopback: a test server only.
    as_server_user "$bin/initdb" -D "$dir/data" -U parole -E UTF8 --locale=C -A trust >"$dir/initdb.log" 2>&1 || {
        cat "$dir/initdb.log" >&2
        exit 1
    }
    as_server_user "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=50" start >/dev/null || {
        cat "$dir/server.log" >&2
        exit 1
    }
    echo "postgresql://parole@127.0.0.1:$port/postgres"
    ;;
stop)
    if [ -d "$dir/data" ]; then
        bin=$(find_bin)
        as_server_user "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 start DIR PORT | stop DIR" >&2
    exit 64
    ;;
esac
