#!/usr/bin/env bash
# Starts a throwaway PostgreSQL 15 server on a free loopback port in a temporary folder, runs the
# command given as arguments with MSSOPS_TEST_POSTGRES_URL pointing at it, then always stops the
# server and removes the folder. The command's exit status is the script's.
#   scripts/with-postgres.sh build/tests/unit_store
set -euo pipefail

if [ $# -eq 0 ]; then
    echo "usage: $0 COMMAND [ARGS...]" >&2
    exit 2
fi
bin="${MSSOPS_POSTGRES_BIN:-/usr/lib/postgresql/15/bin}"
if [ ! -x "$bin/initdb" ]; then
    echo "with-postgres: $bin/initdb not found; install the postgresql package (scripts/install-deps.sh)" >&2
    exit 1
fi

# PostgreSQL refuses to run as root: as root, run it as the postgres user on a folder it owns.
as_server_user=()
if [ "$(id -u)" -eq 0 ]; then
    as_server_user=(runuser -u postgres --)
fi

folder="$(mktemp -d "${TMPDIR:-/tmp}/mssops-postgres.XXXXXX")"
mkdir "$folder/socket"
if [ "$(id -u)" -eq 0 ]; then
    chown -R postgres:postgres "$folder"
fi

started=no
stop_server() {
    if [ "$started" = yes ]; then
        "${as_server_user[@]}" "$bin/pg_ctl" -D "$folder/data" -m fast -w -t 60 stop >/dev/null 2>&1 || true
    fi
    rm -rf "$folder"
}
trap stop_server EXIT
trap 'exit 130' INT TERM

"${as_server_user[@]}" "$bin/initdb" -D "$folder/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
    >"$folder/initdb.log" 2>&1 || { cat "$folder/initdb.log" >&2; exit 1; }

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# A random port that nothing listens on; another program may still take it first, so retry.
for attempt in 1 2 3 4 5; do
    port=$((20000 + RANDOM % 20000))
    port_in_use "$port" && continue
    # A test server: durability settings off for speed, nothing here must survive a crash.
    if "${as_server_user[@]}" "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $folder/socket -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >/dev/null; then
        started=yes
        break
    fi
done
if [ "$started" != yes ]; then
    echo "with-postgres: the server did not start; its log:" >&2
    cat "$folder/server.log" >&2 || true
    exit 1
fi

export MSSOPS_TEST_POSTGRES_URL="postgresql://postgres@127.0.0.1:$port/postgres"
"$@"
