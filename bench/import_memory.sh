#!/usr/bin/env bash
# Issue 18, "Run 5: import memory" in BENCHMARKS.md: peak resident set and CPU time of
# `mssops incidents import` against sqlite3's `.import` of the very same SYNTHETIC file (fixed seed),
# measured one after the other in the same run, at each size. mssops imports into a store holding
# the reference data and the MSS Haiti departments (so rows are validated, given P-codes, counted in
# the rollups and audited); sqlite3 into a bare typed table.
#
# Settings (environment):
#   MSSOPS_IMPORT_SIZES  incident counts, default "50000 200000 1000000"
#   MSSOPS_BENCH_BUILD   build folder, default build-bench (built here with -DMSSOPS_BUILD_BENCH=ON)
#   MSSOPS_MSSOPS        another mssops binary to measure (e.g. a previous version), default the build's
#   MSSOPS_GENERATOR     an incident_generator binary; with MSSOPS_MSSOPS set too, nothing is built
# Prints one line per run and a Markdown table.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
sizes="${MSSOPS_IMPORT_SIZES:-50000 200000 1000000}"
build="${MSSOPS_BENCH_BUILD:-build-bench}"
if [ -z "${MSSOPS_MSSOPS:-}" ] || [ -z "${MSSOPS_GENERATOR:-}" ]; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DMSSOPS_BUILD_BENCH=ON >/dev/null
    cmake --build "$build" -j "$(nproc)" --target mssops incident_generator >/dev/null
fi
mssops="${MSSOPS_MSSOPS:-$root/$build/mssops}"
generator="${MSSOPS_GENERATOR:-$root/$build/bench/incident_generator}"

work="$(mktemp -d "${TMPDIR:-/tmp}/mssops-import-memory.XXXXXX")"
trap 'rm -rf "$work"' EXIT
peer_table="CREATE TABLE incidents (event_id_cnty TEXT, event_date TEXT, year INTEGER, time_precision INTEGER,
disorder_type TEXT, event_type TEXT, sub_event_type TEXT, actor1 TEXT, actor2 TEXT, iso INTEGER, country TEXT,
admin1 TEXT, admin2 TEXT, admin3 TEXT, location TEXT, latitude REAL, longitude REAL, geo_precision INTEGER,
source TEXT, notes TEXT, fatalities INTEGER, timestamp BIGINT);"

"$mssops" --db "$work/base.db" init >/dev/null
"$mssops" --db "$work/base.db" seed >/dev/null
units="$(sqlite3 "$work/base.db" "SELECT count(*) FROM records WHERE kind = 'admin_units'")"
[ "$units" -gt 0 ] || echo "warning: no admin units (the boundary package is missing: scripts/install-deps.sh); P-codes are not assigned" >&2
echo "store: reference data, MSS Haiti data set, $units admin units; load $(cut -d' ' -f1-3 /proc/loadavg)"

table="| rows | mssops CPU s | mssops peak RSS MB | sqlite3 .import CPU s | sqlite3 peak RSS MB | CPU ratio |
| --- | --- | --- | --- | --- | --- |"
for size in $sizes; do
    csv="$work/incidents-$size.csv"
    "$generator" "$size" "$csv"
    cp "$work/base.db" "$work/mssops.db"
    /usr/bin/time -f "%U %S %M" -o "$work/mssops.time" "$mssops" --db "$work/mssops.db" incidents import "$csv" \
        >/dev/null 2>&1
    rm -f "$work/peer.db"
    /usr/bin/time -f "%U %S %M" -o "$work/sqlite3.time" sqlite3 "$work/peer.db" "$peer_table" \
        ".import --csv --skip 1 $csv incidents"
    read -r mu ms mk <"$work/mssops.time"
    read -r su ss sk <"$work/sqlite3.time"
    row="$(awk -v n="$size" -v mu="$mu" -v ms="$ms" -v mk="$mk" -v su="$su" -v ss="$ss" -v sk="$sk" 'BEGIN {
        printf "| %d | %.2f | %.1f | %.2f | %.1f | %.2fx |", n, mu + ms, mk / 1024, su + ss, sk / 1024, (mu + ms) / (su + ss) }')"
    echo "$row"
    table="$table
$row"
    rm -f "$csv" "$work/mssops.db" "$work/peer.db"
done
echo "load $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "$table"
