#!/usr/bin/env bash
# Two builds of mssops side by side on the same SYNTHETIC data (fixed seed), to tell a regression
# from noise after a change that should not move the figures (issue 14's restructuring):
#   bench/compare.sh BEFORE_BINARY AFTER_BINARY [ROUNDS]
# Each round runs, for the before build and then the after build: the incident import (wall and
# CPU seconds), the CLI aggregate, and wrk on the mission summary and the incidents aggregate. The
# rounds alternate the builds so that a change in the machine's load falls on both alike; the median
# of the rounds is printed per build. The generators come from build-bench (make bench builds them).
# Settings: MSSOPS_COMPARE_SIZE (incidents, default 100000), MSSOPS_COMPARE_SECONDS (wrk, default 5).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
[ $# -ge 2 ] || { echo "usage: bench/compare.sh BEFORE_BINARY AFTER_BINARY [ROUNDS]" >&2; exit 2; }
before="$(realpath "$1")"
after="$(realpath "$2")"
rounds="${3:-3}"
size="${MSSOPS_COMPARE_SIZE:-100000}"
seconds="${MSSOPS_COMPARE_SECONDS:-5}"
generators="${MSSOPS_BENCH_BUILD:-build-bench}/bench"
for tool in "$generators/incident_generator" "$generators/mission_generator"; do
    [ -x "$tool" ] || { echo "no $tool: build it with make bench (or cmake -DMSSOPS_BUILD_BENCH=ON)" >&2; exit 2; }
done

work="$(mktemp -d "${TMPDIR:-/tmp}/mssops-compare.XXXXXX")"
server_pid=""
cleanup() {
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
"$generators/incident_generator" "$size" "$work/incidents.csv"
"$generators/mission_generator" "$size" "$work/mission"
results="$work/results.tsv"
: >"$results"

# One build's round: a fresh store, the import, the CLI aggregate, then the server under wrk.
measure() {
    local who="$1" binary="$2" db="$work/$1.db"
    rm -f "$db"*
    "$binary" --db "$db" init >/dev/null
    "$binary" --db "$db" seed --dataset data/reference --dataset data/mss-haiti --dataset "$work/mission" >/dev/null
    local start end
    start="$EPOCHREALTIME"
    /usr/bin/time -f "%U %S" -o "$work/cpu" "$binary" --db "$db" incidents import "$work/incidents.csv" >/dev/null 2>&1
    end="$EPOCHREALTIME"
    printf '%s\timport_s\t%s\n' "$who" "$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }')" >>"$results"
    printf '%s\timport_cpu_s\t%s\n' "$who" "$(awk '{ printf "%.3f", $1 + $2 }' "$work/cpu")" >>"$results"
    start="$EPOCHREALTIME"
    "$binary" --db "$db" --json incidents aggregate --by adm1 --period week >/dev/null
    end="$EPOCHREALTIME"
    printf '%s\tcli_aggregate_s\t%s\n' "$who" "$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }')" >>"$results"

    "$binary" --db "$db" user add bench-reader --role viewer >/dev/null
    local token port
    token="$("$binary" --db "$db" --json user token bench-reader --label bench |
        python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')"
    port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
    "$binary" --db "$db" serve --port "$port" --no-access-log >/dev/null 2>&1 &
    server_pid=$!
    for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
    local what path line
    for what in summary aggregate; do
        path="/api/v1/missions/mss-haiti/summary"
        [ "$what" = aggregate ] && path="/api/v1/incidents/aggregate?by=adm1&period=week"
        line="$(MSSOPS_TOKEN="$token" wrk -t2 -c16 -d"${seconds}s" --timeout 30s --latency \
            -s bench/wrk_report.lua "http://127.0.0.1:$port$path" | sed -n 's/^WRK_JSON //p')"
        printf '%s\t%s_rps\t%s\n' "$who" "$what" "$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["rps"])' "$line")" >>"$results"
        printf '%s\t%s_p99_ms\t%s\n' "$who" "$what" "$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["p99_us"] / 1000)' "$line")" >>"$results"
    done
    kill "$server_pid" && wait "$server_pid" 2>/dev/null || true
    server_pid=""
}

for round in $(seq "$rounds"); do
    echo "round $round of $rounds ($size incidents)" >&2
    measure before "$before"
    measure after "$after"
done

# Medians per build and measure, and after/before.
python3 - "$results" "$size" "$rounds" <<'EOF'
import collections, statistics, sys
values = collections.defaultdict(list)
for line in open(sys.argv[1]):
    who, measure, value = line.split("\t")
    values[(measure, who)].append(float(value))
print(f"| measure ({sys.argv[2]} incidents, median of {sys.argv[3]} alternated rounds) | before | after | after/before | runs before | runs after |")
print("| --- | --- | --- | --- | --- | --- |")
for measure in dict.fromkeys(m for m, _ in values):
    b, a = statistics.median(values[(measure, "before")]), statistics.median(values[(measure, "after")])
    runs = lambda who: " / ".join(f"{v:g}" for v in values[(measure, who)])
    print(f"| {measure} | {b:g} | {a:g} | {a / b:.2f} | {runs('before')} | {runs('after')} |")
EOF
