#!/usr/bin/env bash
# The benchmark suite of issue 8, in one command (`make bench`). For each data size it generates a
# SYNTHETIC mission (fixed seed), then measures mssops and its peer in the same run on this machine:
#   - API throughput and p50/p99 latency under wrk (mission summary, incidents aggregate) against
#     tuned nginx serving the very same response bytes as static files;
#   - incident import rows/s against sqlite3 `.import` and PostgreSQL `COPY` of the same CSV;
#   - aggregate query time against the same GROUP BY in plain sqlite3 with a covering index;
#   - server start-up time and resident memory;
#   - council simulation for 15 uncertain members (Google Benchmark);
#   - the mixed read/write load of scripts/load-test.sh with its two single-load references;
#   - issue 18: POST deployment_events alone (16 connections, server CPU per write) against a C loop
#     doing the same INSERT + audit row per transaction (bench/write_loop_bench.cpp), and the cached
#     mission summary of the same server on PostgreSQL (the store copied by `mssops migrate`) next to
#     SQLite's.
# Writes bench/results/results.json, plots in bench/results/ and BENCHMARKS.md.
#
# Settings (environment):
#   MSSOPS_BENCH_SIZES    incident counts, default "10000 100000 1000000"
#   MSSOPS_BENCH_SECONDS  seconds of each wrk run, default 10
#   MSSOPS_BENCH_BUILD    build folder, default build-bench
#   MSSOPS_BENCH_NOTE     a sentence printed under the machine description (e.g. about the load)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

# The PostgreSQL peer needs a server: run the whole suite inside a throwaway one.
if [ -z "${MSSOPS_TEST_POSTGRES_URL:-}" ] && [ -z "${MSSOPS_BENCH_NO_POSTGRES:-}" ]; then
    exec scripts/with-postgres.sh "$0" "$@"
fi

sizes="${MSSOPS_BENCH_SIZES:-10000 100000 1000000}"
seconds="${MSSOPS_BENCH_SECONDS:-10}"
build="${MSSOPS_BENCH_BUILD:-build-bench}"
results_dir="$root/bench/results"
mkdir -p "$results_dir"

echo "== building ($build, -DMSSOPS_BUILD_BENCH=ON)"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DMSSOPS_BUILD_BENCH=ON >/dev/null
cmake --build "$build" -j "$(nproc)" --target mssops incident_generator mission_generator mssops_bench write_loop_bench
mssops="$root/$build/mssops"

work="$(mktemp -d "${TMPDIR:-/tmp}/mssops-bench.XXXXXX")"
chmod 755 "$work"  # nginx workers run as another user and must read the static copies.
server_pid=""
nginx_pid=""
cleanup() {
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
    [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null && wait "$nginx_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
lines="$work/results.jsonl"
: >"$lines"

now() { echo "$EPOCHREALTIME"; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.4f", b - a }'; }
rss_kb() { awk '/^VmRSS:/ { print $2 }' "/proc/$1/status"; }
free_port() {
    local port
    while :; do
        port=$((20000 + RANDOM % 20000))
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
    done
}
record() { echo "$1" >>"$lines"; }
compact() { python3 -c 'import json, sys; print(json.dumps(json.load(open(sys.argv[1]))))' "$1"; }

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
# wrk stops at its deadline, but a slow server still works through the requests it has read: wait
# (at most two minutes) until it has used no CPU for half a second, so that backlog does not eat into
# the next measurement.
wait_until_idle() {
    local before after
    for _ in $(seq 240); do
        before="$(cpu_ticks "$1")"
        sleep 0.5
        after="$(cpu_ticks "$1")"
        [ "$before" = "$after" ] && return 0
    done
    echo "   (the server was still busy two minutes after the run)"
}

# One wrk run; prints the JSON line of bench/wrk_report.lua with what and who added.
run_wrk() {
    local what="$1" who="$2" size="$3" url="$4" out
    out="$(MSSOPS_TOKEN="$token" wrk -t2 -c64 -d"${seconds}s" --timeout 30s --latency -s bench/wrk_report.lua "$url")"
    local json
    json="$(echo "$out" | sed -n 's/^WRK_JSON //p')"
    echo "   $what $who: $(echo "$json" | sed 's/"bytes".*//')"
    record "{\"measure\": \"http\", \"what\": \"$what\", \"who\": \"$who\", \"size\": $size, \"result\": $json}"
    [[ "$who" = mssops* ]] && wait_until_idle "$server_pid"
    return 0
}

start_nginx() {
    local port="$1" conf="$work/nginx/nginx.conf"
    mkdir -p "$work/nginx/logs" "$work/nginx/temp"
    # Tuned as issue 8 asks: a worker per core, open_file_cache, no access log, sendfile; keep-alive
    # connections are not closed after 1,000 requests (the default), as mssops does not close them.
    cat >"$conf" <<EOF
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    tcp_nodelay on;
    keepalive_requests 1000000;
    keepalive_timeout 65;
    open_file_cache max=1000 inactive=60s;
    open_file_cache_valid 60s;
    client_body_temp_path $work/nginx/temp/body;
    proxy_temp_path $work/nginx/temp/proxy;
    fastcgi_temp_path $work/nginx/temp/fastcgi;
    uwsgi_temp_path $work/nginx/temp/uwsgi;
    scgi_temp_path $work/nginx/temp/scgi;
    default_type application/json;
    server {
        listen 127.0.0.1:$port;
        root $work/www;
    }
}
EOF
    nginx -p "$work/nginx" -c "$conf" -g 'daemon off;' &
    nginx_pid=$!
    for _ in $(seq 100); do
        curl -sf -o /dev/null "http://127.0.0.1:$port/api/v1/incidents/aggregate" && return 0
        sleep 0.05
    done
    echo "nginx did not start" >&2
    cat "$work/nginx/logs/error.log" >&2
    return 1
}

stop_pid() { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }

aggregate_sql="SELECT date(event_date, 'weekday 0', '-6 days') AS week, admin1, event_type, count(*), sum(fatalities)
FROM incidents GROUP BY week, admin1, event_type ORDER BY week, admin1, event_type;"
peer_table="CREATE TABLE incidents (event_id_cnty TEXT, event_date TEXT, year INTEGER, time_precision INTEGER,
disorder_type TEXT, event_type TEXT, sub_event_type TEXT, actor1 TEXT, actor2 TEXT, iso INTEGER, country TEXT,
admin1 TEXT, admin2 TEXT, admin3 TEXT, location TEXT, latitude REAL, longitude REAL, geo_precision INTEGER,
source TEXT, notes TEXT, fatalities INTEGER, timestamp BIGINT);"

for size in $sizes; do
    echo "== $size incidents (synthetic, fixed seed)"
    csv="$work/incidents-$size.csv"
    "$build/bench/incident_generator" "$size" "$csv"
    "$build/bench/mission_generator" "$size" "$work/mission-$size"
    db="$work/mssops-$size.db"
    "$mssops" --db "$db" init >/dev/null
    "$mssops" --db "$db" seed --dataset data/reference --dataset data/mss-haiti --dataset "$work/mission-$size" >/dev/null

    # Import: the same CSV into mssops, into a plain sqlite3 table, into a plain PostgreSQL table.
    # Wall time, and the CPU time (user + sys) of the process, which a busy machine disturbs less, and
    # its peak RSS (%M, kB).
    start="$(now)"
    /usr/bin/time -f "%U %S %M" -o "$work/cpu" "$mssops" --db "$db" incidents import "$csv" >/dev/null 2>&1
    mssops_import="$(elapsed "$start" "$(now)")"
    mssops_cpu="$(awk '{ print $1 + $2 }' "$work/cpu")"
    mssops_rss="$(awk '{ print $3 }' "$work/cpu")"
    peer_db="$work/peer-$size.db"
    start="$(now)"
    /usr/bin/time -f "%U %S %M" -o "$work/cpu" sqlite3 "$peer_db" "$peer_table" ".import --csv --skip 1 $csv incidents"
    sqlite_import="$(elapsed "$start" "$(now)")"
    sqlite_cpu="$(awk '{ print $1 + $2 }' "$work/cpu")"
    sqlite_rss="$(awk '{ print $3 }' "$work/cpu")"
    start="$(now)"
    PGOPTIONS="-c client_min_messages=warning" psql -q -v ON_ERROR_STOP=1 "$MSSOPS_TEST_POSTGRES_URL" -c "DROP TABLE IF EXISTS incidents; $peer_table" \
        -c "\\copy incidents FROM '$csv' WITH (FORMAT csv, HEADER true)" >/dev/null
    postgres_copy="$(elapsed "$start" "$(now)")"
    echo "   import s: mssops $mssops_import (CPU $mssops_cpu), sqlite3 .import $sqlite_import (CPU $sqlite_cpu), postgres COPY $postgres_copy; peak RSS kB: mssops $mssops_rss, sqlite3 $sqlite_rss"
    record "{\"measure\": \"import\", \"size\": $size, \"mssops_s\": $mssops_import, \"sqlite3_s\": $sqlite_import, \"postgres_s\": $postgres_copy, \"mssops_cpu_s\": $mssops_cpu, \"sqlite3_cpu_s\": $sqlite_cpu, \"mssops_peak_rss_kb\": $mssops_rss, \"sqlite3_peak_rss_kb\": $sqlite_rss}"

    # Aggregate: the CLI reading the rollups against the same GROUP BY in sqlite3 on a covering index.
    sqlite3 "$peer_db" "CREATE INDEX incidents_week_cover ON incidents (event_date, admin1, event_type, fatalities); ANALYZE;"
    hyperfine --style none --warmup 1 --min-runs 5 --export-json "$work/aggregate-$size.json" \
        -n mssops "$mssops --db $db --json incidents aggregate --by adm1 --period week" \
        -n sqlite3 "sqlite3 $peer_db \"$aggregate_sql\"" >/dev/null
    record "{\"measure\": \"aggregate\", \"size\": $size, \"hyperfine\": $(compact "$work/aggregate-$size.json")}"

    # API: a viewer's token, as a script reading the API would use.
    "$mssops" --db "$db" user add bench-reader --role viewer >/dev/null
    token="$("$mssops" --db "$db" --json user token bench-reader --label bench | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')"
    # An editor's token for the writes-alone run (issue 18).
    "$mssops" --db "$db" user add bench-writer --role editor --domain force >/dev/null
    writer_token="$("$mssops" --db "$db" --json user token bench-writer --label bench | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')"

    # The same store copied to PostgreSQL with `mssops migrate` (issue 18), for a run of the same
    # server on it right after the SQLite summary run.
    pg_db="mssops_bench_$size"
    pg_url="${MSSOPS_TEST_POSTGRES_URL%/*}/$pg_db"
    PGOPTIONS="-c client_min_messages=warning" psql -q -v ON_ERROR_STOP=1 "$MSSOPS_TEST_POSTGRES_URL" \
        -c "DROP DATABASE IF EXISTS $pg_db" -c "CREATE DATABASE $pg_db" >/dev/null
    pg_ready=""
    if "$mssops" --db "$db" migrate --to "$pg_url" >"$work/migrate.out" 2>&1; then
        pg_ready=yes
    else
        echo "   mssops migrate to PostgreSQL failed:" >&2
        cat "$work/migrate.out" >&2
    fi

    port="$(free_port)"
    start="$(now)"
    "$mssops" --db "$db" serve --port "$port" --no-access-log >"$work/server.out" 2>"$work/server.err" &
    server_pid=$!
    until grep -q "listening on" "$work/server.out" 2>/dev/null; do
        kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.err" >&2; exit 1; }
        sleep 0.002
    done
    startup="$(elapsed "$start" "$(now)")"
    rss_start="$(rss_kb "$server_pid")"
    base="http://127.0.0.1:$port"
    summary_path="/api/v1/missions/mss-haiti/summary"
    aggregate_path="/api/v1/incidents/aggregate?by=adm1&period=week"

    # nginx serves the bytes mssops just answered, at the same paths (the query string is ignored).
    rm -rf "$work/www"
    mkdir -p "$work/www/api/v1/missions/mss-haiti" "$work/www/api/v1/incidents"
    curl -sf -H "Authorization: Bearer $token" -o "$work/www/api/v1/missions/mss-haiti/summary" "$base$summary_path"
    curl -sf -H "Authorization: Bearer $token" -o "$work/www/api/v1/incidents/aggregate" "$base$aggregate_path"
    chmod -R a+rX "$work/www"
    summary_bytes="$(stat -c %s "$work/www/api/v1/missions/mss-haiti/summary")"
    aggregate_bytes="$(stat -c %s "$work/www/api/v1/incidents/aggregate")"
    nginx_port="$(free_port)"
    start_nginx "$nginx_port"
    peer="http://127.0.0.1:$nginx_port"

    run_wrk summary mssops "$size" "$base$summary_path"
    # The same server on PostgreSQL (issue 18), wrk on the cached summary right after SQLite's run
    # (the SQLite server stays up, idle).
    if [ -n "$pg_ready" ]; then
        sqlite_pid="$server_pid"
        "$mssops" --db "$pg_url" serve --port 0 --no-access-log >"$work/server-pg.out" 2>"$work/server-pg.err" &
        server_pid=$!
        until grep -q "listening on" "$work/server-pg.out" 2>/dev/null; do
            kill -0 "$server_pid" 2>/dev/null || { cat "$work/server-pg.err" >&2; exit 1; }
            sleep 0.01
        done
        pg_base="$(sed -n 's/^listening on //p' "$work/server-pg.out" | head -1)"
        run_wrk summary mssops-postgres "$size" "${pg_base%/}$summary_path"
        stop_pid "$server_pid"; server_pid="$sqlite_pid"
    fi
    run_wrk summary nginx "$size" "$peer$summary_path"
    run_wrk aggregate mssops "$size" "$base$aggregate_path"
    run_wrk aggregate nginx "$size" "$peer$aggregate_path"

    rss_end="$(rss_kb "$server_pid")"
    echo "   start-up ${startup}s, RSS ${rss_start} kB at start, ${rss_end} kB after the wrk runs"
    record "{\"measure\": \"server\", \"size\": $size, \"startup_s\": $startup, \"rss_start_kb\": $rss_start, \"rss_end_kb\": $rss_end, \"summary_bytes\": $summary_bytes, \"aggregate_bytes\": $aggregate_bytes, \"db_bytes\": $(stat -c %s "$db"), \"csv_bytes\": $(stat -c %s "$csv")}"
    stop_pid "$nginx_pid"; nginx_pid=""

    # Writes alone (issue 18): POST deployment_events over 16 connections, and the server's CPU
    # (user + system, /proc/PID/stat) per answered write; then, with the server stopped, the C loop
    # doing the same INSERT + audit row per transaction on the same file for as long.
    writes_cpu_before="$(cpu_ticks "$server_pid")"
    out="$(MSSOPS_TOKEN="$writer_token" MSSOPS_WRITES_RUN="$size-$RANDOM" wrk -t2 -c16 -d"${seconds}s" --timeout 30s \
        --latency -s bench/deployment_writes.lua "$base/")"
    wait_until_idle "$server_pid"
    writes_cpu_after="$(cpu_ticks "$server_pid")"
    writes_json="$(echo "$out" | sed -n 's/^WRK_JSON //p')"
    stop_pid "$server_pid"; server_pid=""
    loop_json="$("$build/bench/write_loop_bench" "$db" "$seconds")"
    writes_line="$(python3 -c '
import json, sys
wrk, loop, ticks, hz, size = json.loads(sys.argv[1]), json.loads(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
wrk["cpu_s"] = ticks / hz
wrk["cpu_us_per_write"] = 1e6 * wrk["cpu_s"] / wrk["requests"] if wrk["requests"] else None
print(json.dumps({"measure": "writes", "size": size, "mssops": wrk, "c_loop": loop}))
' "$writes_json" "$loop_json" "$((writes_cpu_after - writes_cpu_before))" "$(getconf CLK_TCK)" "$size")"
    record "$writes_line"
    echo "   writes alone: mssops $(echo "$writes_json" | sed 's/"bytes".*//') server CPU $((writes_cpu_after - writes_cpu_before)) ticks; C loop $loop_json"

    rm -f "$csv" "$peer_db" "$db" "$db-wal" "$db-shm"
done

echo "== council simulation, 15 uncertain members (Google Benchmark)"
"$build/bench/mssops_bench" --benchmark_filter=council --benchmark_repetitions=5 \
    --benchmark_report_aggregates_only=true --benchmark_format=json >"$work/gbench.json"
record "{\"measure\": \"gbench\", \"result\": $(compact "$work/gbench.json")}"

machine="$(python3 - <<'EOF'
import json, os, platform, subprocess
def run(command):
    try:
        return subprocess.run(command, shell=True, capture_output=True, text=True).stdout.strip()
    except OSError:
        return ""
cpu = run("lscpu | sed -n 's/^Model name: *//p'")
memory = run("awk '/MemTotal/ {printf \"%.1f GiB\", $2/1048576}' /proc/meminfo")
print(json.dumps({
    "cpu": cpu, "cores": os.cpu_count(), "memory": memory, "kernel": platform.release(),
    "load_average": run("cut -d' ' -f1-3 /proc/loadavg"),
    "versions": {"nginx": run("nginx -v 2>&1 | sed 's/.*\\///'"), "sqlite3": run("sqlite3 --version | cut -d' ' -f1"),
                 "postgres": run("psql --version | awk '{print $3}'"), "wrk": run("wrk -v 2>&1 | head -1 | awk '{print $2}'"),
                 "compiler": run("c++ --version | head -1")},
}))
EOF
)"
record "{\"measure\": \"machine\", \"result\": $machine, \"note\": $(python3 -c 'import json,os; print(json.dumps(os.environ.get("MSSOPS_BENCH_NOTE","")))'), \"seconds\": $seconds}"

# The mixed load and its two references (readers alone, writers alone), in the same run; skipped
# with MSSOPS_BENCH_NO_LOAD=1. Its seconds and size: MSSOPS_LOAD_SECONDS (default 25) and
# MSSOPS_LOAD_INCIDENTS (default 100000); it writes bench/results/load-test.json, which the report reads.
if [ -z "${MSSOPS_BENCH_NO_LOAD:-}" ]; then
    echo "== load test: mixed, readers alone, writers alone"
    MSSOPS_BENCH_BUILD="$build" MSSOPS_LOAD_SECONDS="${MSSOPS_LOAD_SECONDS:-25}" \
        MSSOPS_LOAD_INCIDENTS="${MSSOPS_LOAD_INCIDENTS:-100000}" scripts/load-test.sh || echo "load test failed" >&2
fi
cp "$lines" "$results_dir/measurements.jsonl"
python3 bench/report.py "$results_dir/measurements.jsonl" "$results_dir" "$root/BENCHMARKS.md"
echo "== wrote bench/results/results.json, bench/results/*.svg and BENCHMARKS.md"
