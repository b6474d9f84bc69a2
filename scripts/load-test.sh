#!/usr/bin/env bash
# The load test of issue 7 part 6: one `mssops serve` on 127.0.0.1 holding a synthetic mission, read
# and written at the same time for a fixed time by two wrk processes (bench/load_test.lua):
#   readers: mission summary, incidents aggregate and an incident page, with a viewer's token;
#   writers: new incidents and deployment events, with an editor's token, at most
#            MSSOPS_LOAD_MAX_WRITES per writer thread.
# Reports throughput, p50/p99 latency, non-2xx responses and socket errors (all must be zero) and the
# server's RSS before and after; writes bench/results/load-test.json and, when bench/run.sh has left its
# measurements, rewrites BENCHMARKS.md with this run in it. Exits 1 if any request failed.
#
# Settings (environment): MSSOPS_LOAD_SECONDS (default 30), MSSOPS_LOAD_INCIDENTS (default 100000),
# MSSOPS_LOAD_READERS / MSSOPS_LOAD_WRITERS connections (default 48 / 16), MSSOPS_LOAD_MAX_WRITES
# (default 20000 per writer thread), MSSOPS_BENCH_BUILD (default build-bench).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

seconds="${MSSOPS_LOAD_SECONDS:-30}"
incidents="${MSSOPS_LOAD_INCIDENTS:-100000}"
readers="${MSSOPS_LOAD_READERS:-48}"
writers="${MSSOPS_LOAD_WRITERS:-16}"
max_writes="${MSSOPS_LOAD_MAX_WRITES:-20000}"
build="${MSSOPS_BENCH_BUILD:-build-bench}"
results="$root/bench/results/load-test.json"

for tool in wrk curl python3; do
    command -v "$tool" >/dev/null || { echo "load-test: $tool is missing; run scripts/install-deps.sh --with-bench" >&2; exit 1; }
done
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DMSSOPS_BUILD_BENCH=ON >/dev/null
cmake --build "$build" -j "$(nproc)" --target mssops incident_generator mission_generator >/dev/null
mssops="$root/$build/mssops"

work="$(mktemp -d "${TMPDIR:-/tmp}/mssops-load.XXXXXX")"
server_pid=""
cleanup() {
    if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

db="$work/load.db"
echo "== preparing $incidents synthetic incidents"
"$build/bench/incident_generator" "$incidents" "$work/incidents.csv"
"$build/bench/mission_generator" "$incidents" "$work/mission"
"$mssops" --db "$db" init >/dev/null
"$mssops" --db "$db" seed --dataset data/reference --dataset data/mss-haiti --dataset "$work/mission" >/dev/null
"$mssops" --db "$db" incidents import "$work/incidents.csv" >/dev/null 2>&1
token_of() {
    "$mssops" --db "$db" --json user token "$1" --label load-test |
        python3 -c 'import json, sys; print(json.load(sys.stdin)["token"])'
}
"$mssops" --db "$db" user add load-reader --role viewer >/dev/null
"$mssops" --db "$db" user add load-writer --role editor --domain incidents --domain force >/dev/null
reader_token="$(token_of load-reader)"
writer_token="$(token_of load-writer)"

"$mssops" --db "$db" serve --port 0 --no-access-log >"$work/server.out" 2>"$work/server.err" &
server_pid=$!
until grep -q "listening on" "$work/server.out" 2>/dev/null; do
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.err" >&2; exit 1; }
    sleep 0.01
done
base="$(sed -n 's/^listening on //p' "$work/server.out" | head -1)"
rss_kb() { awk '/^VmRSS:/ { print $2 }' "/proc/$server_pid/status"; }
incident_total() {
    curl -sf -H "Authorization: Bearer $reader_token" "$base/api/v1/incidents?limit=1" |
        python3 -c 'import json, sys; print(json.load(sys.stdin)["total"])'
}
rss_before="$(rss_kb)"
incidents_before="$(incident_total)"

echo "== $seconds s: $readers reading and $writers writing connections on $base"
run_id="$(date +%s)"
MSSOPS_LOAD_ROLE=writer MSSOPS_TOKEN="$writer_token" MSSOPS_LOAD_MAX_WRITES="$max_writes" MSSOPS_LOAD_RUN="$run_id" \
    wrk -t1 -c"$writers" -d"${seconds}s" --timeout 10s --latency -s bench/load_test.lua "$base/" >"$work/writers.out" 2>"$work/writers.err" &
writer_pid=$!
MSSOPS_LOAD_ROLE=reader MSSOPS_TOKEN="$reader_token" \
    wrk -t2 -c"$readers" -d"${seconds}s" --timeout 10s --latency -s bench/load_test.lua "$base/" >"$work/readers.out" 2>"$work/readers.err"
wait "$writer_pid"
rss_after="$(rss_kb)"
incidents_after="$(incident_total)"
cat "$work/readers.err" "$work/writers.err" >&2

status=0
python3 - "$work" "$results" <<EOF || status=$?
import json, sys, time
work, results = sys.argv[1], sys.argv[2]
def part(name, file):
    line = next(l for l in open(f"{work}/{file}") if l.startswith("WRK_JSON "))
    return {"name": name, "result": json.loads(line[len("WRK_JSON "):])}
parts = [part("reads: summary, aggregate, incident page ($readers connections)", "readers.out"),
         part("writes: POST incidents and deployment events ($writers connections)", "writers.out")]
failed = sum(p["result"]["non_2xx"] + p["result"]["errors_connect"] + p["result"]["errors_read"]
             + p["result"]["errors_write"] + p["result"]["errors_timeout"] for p in parts)
report = {"seconds": $seconds, "connections": $readers + $writers, "incidents": $incidents,
          "max_writes_per_thread": $max_writes, "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
          "load_average": open("/proc/loadavg").read().split()[0:3], "parts": parts,
          "rss_before_kb": $rss_before, "rss_after_kb": $rss_after,
          "incidents_before": $incidents_before, "incidents_after": $incidents_after,
          "verdict": "no failed request" if failed == 0 else f"{failed} failed requests"}
report["load_average"] = " ".join(report["load_average"])
json.dump(report, open(results, "w"), indent=1)
for p in parts:
    r = p["result"]
    print(f'{p["name"]}: {r["requests"]} requests, {r["rps"]:.0f}/s, p50 {r["p50_us"]/1000:.2f} ms, '
          f'p99 {r["p99_us"]/1000:.2f} ms, non-2xx {r["non_2xx"]}, socket errors '
          f'{r["errors_connect"] + r["errors_read"] + r["errors_write"] + r["errors_timeout"]}')
print(f'RSS {report["rss_before_kb"]/1024:.1f} MiB before, {report["rss_after_kb"]/1024:.1f} MiB after; '
      f'incidents {report["incidents_before"]} -> {report["incidents_after"]}; {report["verdict"]}')
sys.exit(0 if failed == 0 else 1)
EOF
if [ -f bench/results/measurements.jsonl ]; then
    python3 bench/report.py bench/results/measurements.jsonl bench/results BENCHMARKS.md
fi
exit "$status"
