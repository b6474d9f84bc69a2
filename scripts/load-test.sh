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
# (default 20000 per writer thread), MSSOPS_LOAD_MODES (default "mixed readers writers": the mixed
# run, then its two references on the same server, readers alone and writers alone),
# MSSOPS_BENCH_BUILD (default build-bench). Requests per second count each wrk thread's own time
# (bench/load_test.lua); each run also records the server's CPU seconds and the load average.
# MSSOPS_LOAD_PERF_SECONDS=N (with perf installed) samples the server's call stacks for N seconds in
# the middle of the mixed run (`perf record -g -F 499`) and writes the top of the profile to
# bench/results/load-perf.txt.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

seconds="${MSSOPS_LOAD_SECONDS:-30}"
incidents="${MSSOPS_LOAD_INCIDENTS:-100000}"
readers="${MSSOPS_LOAD_READERS:-48}"
writers="${MSSOPS_LOAD_WRITERS:-16}"
max_writes="${MSSOPS_LOAD_MAX_WRITES:-20000}"
modes="${MSSOPS_LOAD_MODES:-mixed readers writers}"
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

# Server CPU seconds (user + system) so far: a figure that other work on the machine hardly moves.
cpu_s() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$server_pid/stat"; }
run_id="$(date +%s)"
# One traffic mix: "mixed" (readers and writers at once) or one of its references, "readers" or
# "writers" alone; each writes $work/<mode>-{readers,writers}.out and $work/<mode>.meta.
run_mode() {
    local mode="$1" writer_pid="" cpu_before
    echo "== $mode: $seconds s on $base"
    cpu_before="$(cpu_s)"
    if [ "$mode" != readers ]; then
        MSSOPS_LOAD_ROLE=writer MSSOPS_TOKEN="$writer_token" MSSOPS_LOAD_MAX_WRITES="$max_writes" \
            MSSOPS_LOAD_RUN="$run_id-$mode" \
            wrk -t1 -c"$writers" -d"${seconds}s" --timeout 10s --latency -s bench/load_test.lua "$base/" \
            >"$work/$mode-writers.out" 2>"$work/$mode-writers.err" &
        writer_pid=$!
    fi
    local perf_pid=""
    if [ "$mode" = mixed ] && [ -n "${MSSOPS_LOAD_PERF_SECONDS:-}" ] && command -v perf >/dev/null; then
        (sleep $(( (seconds - MSSOPS_LOAD_PERF_SECONDS) / 2 )) &&
            perf record -q -g -F 499 -p "$server_pid" -o "$work/perf.data" -- sleep "$MSSOPS_LOAD_PERF_SECONDS" \
                >/dev/null 2>"$work/perf.err") &
        perf_pid=$!
    fi
    if [ "$mode" != writers ]; then
        MSSOPS_LOAD_ROLE=reader MSSOPS_TOKEN="$reader_token" \
            wrk -t2 -c"$readers" -d"${seconds}s" --timeout 10s --latency -s bench/load_test.lua "$base/" \
            >"$work/$mode-readers.out" 2>"$work/$mode-readers.err"
    fi
    if [ -n "$writer_pid" ]; then wait "$writer_pid"; fi
    if [ -n "$perf_pid" ]; then
        wait "$perf_pid" || cat "$work/perf.err" >&2
        if [ -s "$work/perf.data" ]; then
            { echo "# perf record -g -F 499 -p SERVER for $MSSOPS_LOAD_PERF_SECONDS s of the mixed run, $(date -u +%F)"
              echo "## by symbol, self time"
              perf report -i "$work/perf.data" --stdio --no-children --sort dso,symbol --percent-limit 1 -g none 2>/dev/null |
                  sed 's/ *-  *-  *$//; s/ *$//' | grep -v '^$' | grep -v '^#'
            } >"$root/bench/results/load-perf.txt"
        fi
    fi
    cat "$work/$mode"-*.err >&2 2>/dev/null || true
    printf '{"cpu_s": %s, "load_average": "%s"}\n' \
        "$(awk -v a="$cpu_before" -v b="$(cpu_s)" 'BEGIN { printf "%.2f", b - a }')" \
        "$(cut -d' ' -f1-3 /proc/loadavg)" >"$work/$mode.meta"
}
for mode in $modes; do run_mode "$mode"; done
rss_after="$(rss_kb)"
incidents_after="$(incident_total)"

status=0
python3 - "$work" "$results" "$modes" <<EOF || status=$?
import json, os, sys, time
work, results, modes = sys.argv[1], sys.argv[2], sys.argv[3].split()
def part(name, file):
    line = next(l for l in open(f"{work}/{file}") if l.startswith("WRK_JSON "))
    return {"name": name, "result": json.loads(line[len("WRK_JSON "):])}
runs = []
for mode in modes:
    parts = []
    if mode != "writers":
        parts.append(part("reads: summary, aggregate, incident page ($readers connections)", f"{mode}-readers.out"))
    if mode != "readers":
        parts.append(part("writes: POST incidents and deployment events ($writers connections)", f"{mode}-writers.out"))
    meta = json.load(open(f"{work}/{mode}.meta"))
    answered = sum(p["result"]["requests"] for p in parts)
    meta["cpu_ms_per_request"] = 1000 * meta["cpu_s"] / answered if answered else None
    runs.append({"mode": mode, "parts": parts, **meta})
failed = sum(p["result"]["non_2xx"] + p["result"]["errors_connect"] + p["result"]["errors_read"]
             + p["result"]["errors_write"] + p["result"]["errors_timeout"] for r in runs for p in r["parts"])
report = {"seconds": $seconds, "connections": $readers + $writers, "incidents": $incidents,
          "max_writes_per_thread": $max_writes, "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
          "load_average": " ".join(open("/proc/loadavg").read().split()[0:3]), "runs": runs,
          "parts": runs[0]["parts"],  # The first run's, where older reports read them.
          "rss_before_kb": $rss_before, "rss_after_kb": $rss_after,
          "incidents_before": $incidents_before, "incidents_after": $incidents_after,
          "verdict": "no failed request" if failed == 0 else f"{failed} failed requests"}
json.dump(report, open(results, "w"), indent=1)
for run in runs:
    print(f'-- {run["mode"]}: server CPU {run["cpu_s"]} s, load average {run["load_average"]}')
    for p in run["parts"]:
        r = p["result"]
        print(f'{p["name"]}: {r["requests"]} requests in {r["seconds"]:.1f} s, {r["rps"]:.0f}/s, '
              f'p50 {r["p50_us"]/1000:.2f} ms, p99 {r["p99_us"]/1000:.2f} ms, non-2xx {r["non_2xx"]}, '
              f'socket errors {r["errors_connect"] + r["errors_read"] + r["errors_write"] + r["errors_timeout"]}')
print(f'RSS {report["rss_before_kb"]/1024:.1f} MiB before, {report["rss_after_kb"]/1024:.1f} MiB after; '
      f'incidents {report["incidents_before"]} -> {report["incidents_after"]}; {report["verdict"]}')
sys.exit(0 if failed == 0 else 1)
EOF
if [ -f bench/results/measurements.jsonl ]; then
    python3 bench/report.py bench/results/measurements.jsonl bench/results BENCHMARKS.md
fi
exit "$status"
