#!/usr/bin/env python3
"""Turns the measurements of bench/run.sh (one JSON object a line) into bench/results/results.json,
SVG plots drawn by gnuplot and BENCHMARKS.md. BENCHMARKS.md also takes in, unchanged, the hand-written
profiling notes (bench/profile-notes.md) and the last load test (bench/results/load-test.json)."""
import json
import os
import subprocess
import sys


def load(path):
    with open(path) as lines:
        return [json.loads(line) for line in lines if line.strip()]


def sizes_of(records):
    return sorted({r["size"] for r in records if "size" in r})


def pick(records, **match):
    return [r for r in records if all(r.get(k) == v for k, v in match.items())]


def size_text(size):
    return f"{size // 1_000_000}M" if size >= 1_000_000 and size % 1_000_000 == 0 else f"{size // 1000}k"


def ratio_text(mine, peer, higher_is_better):
    """mssops ÷ peer, with a word saying whether that puts mssops ahead or behind."""
    if not peer or not mine:
        return "n/a"
    ratio = mine / peer
    # Keep two significant digits for ratios far from 1, so 0.0017x does not read as 0.00x.
    shown = f"{ratio:.2g}" if ratio < 0.1 else f"{ratio:.2f}"
    ahead = ratio >= 1 if higher_is_better else ratio <= 1
    if abs(ratio - 1) < 0.03:
        return f"{ratio:.2f}x (level)"
    return f"{shown}x ({'ahead' if ahead else 'behind'})"


def collect(records):
    results = {"machine": {}, "http": [], "import": [], "aggregate": [], "server": [], "council": {}}
    for machine in pick(records, measure="machine"):
        results["machine"] = dict(machine["result"], note=machine.get("note", ""), wrk_seconds=machine["seconds"])
    for r in pick(records, measure="http"):
        results["http"].append({"what": r["what"], "who": r["who"], "size": r["size"], **r["result"]})
    for r in pick(records, measure="import"):
        rows = r["size"]
        results["import"].append({
            "size": rows, "mssops_s": r["mssops_s"], "sqlite3_s": r["sqlite3_s"], "postgres_s": r["postgres_s"],
            "mssops_rows_per_s": rows / r["mssops_s"], "sqlite3_rows_per_s": rows / r["sqlite3_s"],
            "postgres_rows_per_s": rows / r["postgres_s"],
            "mssops_cpu_s": r.get("mssops_cpu_s"), "sqlite3_cpu_s": r.get("sqlite3_cpu_s")})
    for r in pick(records, measure="aggregate"):
        runs = {run["command"]: run for run in r["hyperfine"]["results"]}
        results["aggregate"].append({
            "size": r["size"], "mssops_median_s": runs["mssops"]["median"], "sqlite3_median_s": runs["sqlite3"]["median"],
            "mssops_min_s": runs["mssops"]["min"], "sqlite3_min_s": runs["sqlite3"]["min"],
            "runs": len(runs["mssops"]["times"])})
    for r in pick(records, measure="server"):
        results["server"].append({k: v for k, v in r.items() if k != "measure"})
    for r in pick(records, measure="gbench"):
        for bench in r["result"]["benchmarks"]:
            if bench.get("aggregate_name") in ("mean", "median", "stddev"):
                results["council"][bench["aggregate_name"] + "_" + bench["time_unit"]] = bench["real_time"]
        results["council"]["context"] = {k: r["result"]["context"].get(k) for k in ("num_cpus", "mhz_per_cpu", "library_build_type")}
    return results


def http_row(results, what, who, size):
    for row in results["http"]:
        if row["what"] == what and row["who"] == who and row["size"] == size:
            return row
    return None


def plot(results, folder):
    """Throughput and p99 latency against data size, one line per endpoint and server (SVG via gnuplot)."""
    series = [("summary", "mssops"), ("summary", "nginx"), ("aggregate", "mssops"), ("aggregate", "nginx")]
    sizes = sorted({row["size"] for row in results["http"]})
    if not sizes:
        return []
    data = os.path.join(folder, "http.dat")
    with open(data, "w") as out:
        out.write("# size " + " ".join(f"{w}_{s}_rps {w}_{s}_p50_ms {w}_{s}_p99_ms" for w, s in series) + "\n")
        for size in sizes:
            cells = [str(size)]
            for what, who in series:
                row = http_row(results, what, who, size) or {}
                cells += [str(row.get("rps", "NaN")), str(row.get("p50_us", 0) / 1000 or "NaN"),
                          str(row.get("p99_us", 0) / 1000 or "NaN")]
            out.write(" ".join(cells) + "\n")
    common = ('set terminal svg size 720,420 dynamic font "sans,11" background rgb "white"\nset logscale x\nset grid\n'
              f'set xrange [{sizes[0] / 2}:{sizes[-1] * 2}]\n'
              'set key outside right\nset xlabel "incidents (synthetic)"\n'
              f'set xtics ({", ".join(f"{chr(34)}{size_text(s)}{chr(34)} {s}" for s in sizes)})\n')
    plots = []
    for name, title, ylabel, column in [("throughput.svg", "Requests per second (wrk -t2 -c64)", "requests/s", 0),
                                        ("latency-p99.svg", "p99 latency (wrk -t2 -c64)", "ms", 2),
                                        ("latency-p50.svg", "p50 latency (wrk -t2 -c64)", "ms", 1)]:
        lines = [f'"{data}" using 1:{2 + 3 * i + column} with linespoints title "{w} {s}"'
                 for i, (w, s) in enumerate(series)]
        script = common + f'set output "{os.path.join(folder, name)}"\nset title "{title}"\nset ylabel "{ylabel}"\n'
        script += ("set yrange [0:*]\n" if column == 0 else "set logscale y\n") + "plot " + ", ".join(lines) + "\n"
        subprocess.run(["gnuplot"], input=script, text=True, check=True)
        plots.append(name)
    import_rows = sorted(results["import"], key=lambda r: r["size"])
    if import_rows:
        data = os.path.join(folder, "import.dat")
        with open(data, "w") as out:
            for r in import_rows:
                out.write(f'{r["size"]} {r["mssops_rows_per_s"]} {r["sqlite3_rows_per_s"]} {r["postgres_rows_per_s"]}\n')
        script = common + (f'set output "{os.path.join(folder, "import.svg")}"\nset title "Incident import"\n'
                           'set ylabel "rows/s"\nset logscale y\n'
                           f'plot "{data}" using 1:2 with linespoints title "mssops incidents import", '
                           f'"{data}" using 1:3 with linespoints title "sqlite3 .import", '
                           f'"{data}" using 1:4 with linespoints title "PostgreSQL COPY"\n')
        subprocess.run(["gnuplot"], input=script, text=True, check=True)
        plots.append("import.svg")
    return plots


def markdown(results, plots, notes, load_test):
    m = results["machine"]
    out = ["# Benchmarks", "",
           "Generated by `bench/run.sh` (`make bench`); the numbers below come from one run, every peer measured "
           "in the same run on the same machine. Data are SYNTHETIC (fixed seed, `bench/incident_generator.cpp`, "
           "`bench/mission_generator.cpp`): N incidents plus N/100 deployment events and N/1000 funding flows of "
           "the mission `mss-haiti`. Raw figures: [bench/results/results.json](bench/results/results.json).", "",
           "Reproduce: `make bench` (or `bench/run.sh`; `MSSOPS_BENCH_SIZES=\"10000 100000\"` skips the 1M size, "
           "`MSSOPS_BENCH_SECONDS` sets the length of each wrk run).", "",
           f"Machine: {m.get('cpu', '?')}, {m.get('cores', '?')} cores, {m.get('memory', '?')} RAM, Linux "
           f"{m.get('kernel', '?')}; load average at the end of the run {m.get('load_average', '?')}. "
           + " ".join(f"{k} {v}" for k, v in m.get("versions", {}).items()) + ".", ""]
    if m.get("note"):
        out += [f"Note: {m['note']}", ""]
    out += ["## Summary", "",
            "Ratio = mssops ÷ peer; the word says whether that puts mssops ahead or behind.", "",
            "| what | data size | mssops | peer | ratio |", "| --- | --- | --- | --- | --- |"]
    for size in sorted({r["size"] for r in results["http"]}):
        for what in ("summary", "aggregate"):
            mine, peer = http_row(results, what, "mssops", size), http_row(results, what, "nginx", size)
            if not mine or not peer:
                continue
            label = "GET mission summary" if what == "summary" else "GET incidents aggregate (adm1, week)"
            out.append(f"| {label}, req/s | {size_text(size)} | {mine['rps']:,.0f} | nginx static {peer['rps']:,.0f} "
                       f"| {ratio_text(mine['rps'], peer['rps'], True)} |")
            out.append(f"| {label}, p99 | {size_text(size)} | {mine['p99_us'] / 1000:.2f} ms | nginx static "
                       f"{peer['p99_us'] / 1000:.2f} ms | {ratio_text(mine['p99_us'], peer['p99_us'], False)} |")
    for r in sorted(results["import"], key=lambda r: r["size"]):
        out.append(f"| incident import, rows/s | {size_text(r['size'])} | {r['mssops_rows_per_s']:,.0f} | sqlite3 .import "
                   f"{r['sqlite3_rows_per_s']:,.0f} | {ratio_text(r['mssops_rows_per_s'], r['sqlite3_rows_per_s'], True)} |")
        out.append(f"| incident import, rows/s | {size_text(r['size'])} | {r['mssops_rows_per_s']:,.0f} | PostgreSQL COPY "
                   f"{r['postgres_rows_per_s']:,.0f} | {ratio_text(r['mssops_rows_per_s'], r['postgres_rows_per_s'], True)} |")
        if r.get("mssops_cpu_s") and r.get("sqlite3_cpu_s"):
            out.append(f"| incident import, CPU s (user + sys) | {size_text(r['size'])} | {r['mssops_cpu_s']:.2f} s | "
                       f"sqlite3 .import {r['sqlite3_cpu_s']:.2f} s | {ratio_text(r['mssops_cpu_s'], r['sqlite3_cpu_s'], False)} |")
    for r in sorted(results["aggregate"], key=lambda r: r["size"]):
        out.append(f"| aggregate adm1 x week x type, CLI process | {size_text(r['size'])} | {r['mssops_median_s'] * 1000:.1f} ms "
                   f"| sqlite3 GROUP BY, covering index {r['sqlite3_median_s'] * 1000:.1f} ms "
                   f"| {ratio_text(r['mssops_median_s'], r['sqlite3_median_s'], False)} |")
    for r in sorted(results["server"], key=lambda r: r["size"]):
        out.append(f"| server start-up / RSS after load | {size_text(r['size'])} | {r['startup_s'] * 1000:.0f} ms / "
                   f"{r['rss_end_kb'] / 1024:.1f} MiB | (no peer) | |")
    council = results["council"]
    if council:
        out.append(f"| council simulation, 15 uncertain members | - | {council.get('median_us', 0):.1f} µs (median of 5) "
                   "| (no peer) | |")
    out += [""]
    for plot in plots:
        out.append(f"![{plot}](bench/results/{plot})")
    out += ["", "## HTTP under wrk", "",
            f"`wrk -t2 -c64 -d{m.get('wrk_seconds', 10)}s --timeout 30s --latency -s bench/wrk_report.lua URL` on 127.0.0.1, with a "
            "viewer's bearer token (also sent to nginx). nginx 'static' serves the very bytes mssops answered, "
            "at the same path, tuned: `worker_processes auto`, `open_file_cache`, `access_log off`, `sendfile`.", "",
            "| endpoint | data size | server | req/s | p50 ms | p90 ms | p99 ms | errors | body bytes |",
            "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    server_by_size = {r["size"]: r for r in results["server"]}
    for row in sorted(results["http"], key=lambda r: (r["what"], r["size"], r["who"])):
        errors = row["errors_connect"] + row["errors_read"] + row["errors_write"] + row["errors_status"] + row["errors_timeout"]
        body = server_by_size.get(row["size"], {}).get(f"{row['what']}_bytes", "")
        out.append(f"| {row['what']} | {size_text(row['size'])} | {row['who']} | {row['rps']:,.0f} | {row['p50_us'] / 1000:.2f} | "
                   f"{row['p90_us'] / 1000:.2f} | {row['p99_us'] / 1000:.2f} | {errors} | {body} |")
    out += ["", "## Import", "",
            "The same CSV (ACLED columns) into: mssops (`mssops incidents import`: parse, validate, upsert by key, "
            "rollups, audit, one transaction), `sqlite3 .import` into a plain typed table, and `psql \\copy` (COPY) "
            "into a plain typed table on a throwaway PostgreSQL (fsync off). One run each: wall time of the process, "
            "and CPU time (user + sys, `/usr/bin/time`) for the two that do their work in their own process.", "",
            "| data size | mssops s | sqlite3 s | PostgreSQL s | mssops CPU s | sqlite3 CPU s | mssops rows/s | sqlite3 rows/s | PostgreSQL rows/s |",
            "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for r in sorted(results["import"], key=lambda r: r["size"]):
        cpu = (f"{r['mssops_cpu_s']:.2f} | {r['sqlite3_cpu_s']:.2f}" if r.get("mssops_cpu_s") is not None else "- | -")
        out.append(f"| {size_text(r['size'])} | {r['mssops_s']:.2f} | {r['sqlite3_s']:.2f} | {r['postgres_s']:.2f} | {cpu} | "
                   f"{r['mssops_rows_per_s']:,.0f} | {r['sqlite3_rows_per_s']:,.0f} | {r['postgres_rows_per_s']:,.0f} |")
    out += ["", "## Aggregate query", "",
            "`mssops incidents aggregate --by adm1 --period week --json` (from the rollups) against "
            "`sqlite3` running `SELECT date(event_date,'weekday 0','-6 days'), admin1, event_type, count(*), "
            "sum(fatalities) ... GROUP BY` on the plain table with the covering index "
            "`(event_date, admin1, event_type, fatalities)`. Both are whole processes (open, query, print), "
            "timed by hyperfine (1 warm-up, at least 5 runs).", "",
            "| data size | mssops median ms | sqlite3 median ms | mssops min ms | sqlite3 min ms |", "| --- | --- | --- | --- | --- |"]
    for r in sorted(results["aggregate"], key=lambda r: r["size"]):
        out.append(f"| {size_text(r['size'])} | {r['mssops_median_s'] * 1000:.1f} | {r['sqlite3_median_s'] * 1000:.1f} | "
                   f"{r['mssops_min_s'] * 1000:.1f} | {r['sqlite3_min_s'] * 1000:.1f} |")
    out += ["", "## Server start-up and memory", "",
            "Start-up: from launching `mssops serve` to its `listening on` line. RSS: VmRSS from /proc, once "
            "listening and after the four wrk runs.", "",
            "| data size | start-up ms | RSS at start MiB | RSS after load MiB | database MiB |", "| --- | --- | --- | --- | --- |"]
    for r in sorted(results["server"], key=lambda r: r["size"]):
        out.append(f"| {size_text(r['size'])} | {r['startup_s'] * 1000:.0f} | {r['rss_start_kb'] / 1024:.1f} | "
                   f"{r['rss_end_kb'] / 1024:.1f} | {r['db_bytes'] / 1048576:.1f} |")
    if council:
        out += ["", "## Council simulation", "",
                "`build-bench/bench/mssops_bench --benchmark_filter=council` (bench/council_simulation_bench.cpp): "
                "exact adoption and veto probabilities and pivotal members for 15 members none of whom is certain.", "",
                f"Median {council.get('median_us', 0):.1f} µs, mean {council.get('mean_us', 0):.1f} µs, "
                f"stddev {council.get('stddev_us', 0):.1f} µs over 5 repetitions."]
    if load_test:
        out += ["", load_test]
    if notes:
        out += ["", notes]
    return "\n".join(out) + "\n"


def load_test_section(path):
    if not os.path.exists(path):
        return ""
    with open(path) as f:
        t = json.load(f)
    lines = ["## Load test (issue 7 part 6, issue 18)", "",
             f"`scripts/load-test.sh`: {t['seconds']} s per run, {t['connections']} connections on 127.0.0.1 "
             f"against one `mssops serve` holding {t['incidents']:,} synthetic incidents; run on {t['date']}, "
             f"load average {t['load_average']} at the end. Requests per second count each wrk thread's own "
             "time (a writer thread stops at its cap); the references run on the same server right after the "
             "mixed run. Server CPU is user + system time of the server process during the run.", "",
             "| run | traffic | requests | req/s | p50 ms | p99 ms | non-2xx | socket errors | server CPU s "
             "(ms per request) | load average |",
             "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    runs = t.get("runs") or [{"mode": "mixed", "parts": t["parts"]}]
    for run in runs:
        for part in run["parts"]:
            r = part["result"]
            socket_errors = r["errors_connect"] + r["errors_read"] + r["errors_write"] + r["errors_timeout"]
            cpu = (f"{run['cpu_s']:.1f} ({run['cpu_ms_per_request']:.2f})"
                   if run.get("cpu_ms_per_request") is not None else "")
            lines.append(f"| {run['mode']} | {part['name']} | {r['requests']:,} | {r['rps']:,.0f} | "
                         f"{r['p50_us'] / 1000:.2f} | {r['p99_us'] / 1000:.2f} | {r['non_2xx']} | {socket_errors} | "
                         f"{cpu} | {run.get('load_average', '')} |")
    by_mode = {run["mode"]: {p["name"].split(":")[0]: p["result"] for p in run["parts"]} for run in runs}
    if {"mixed", "readers", "writers"} <= by_mode.keys():
        reads = by_mode["mixed"]["reads"]["rps"] / max(by_mode["readers"]["reads"]["rps"], 1e-9)
        writes = by_mode["mixed"]["writes"]["rps"] / max(by_mode["writers"]["writes"]["rps"], 1e-9)
        lines += ["", f"Mixed against its references: reads {reads:.2f}x of readers alone, writes {writes:.2f}x "
                  "of writers alone."]
    lines += ["", f"Server RSS: {t['rss_before_kb'] / 1024:.1f} MiB before, {t['rss_after_kb'] / 1024:.1f} MiB after; "
              f"incidents in the store: {t['incidents_before']:,} before, {t['incidents_after']:,} after "
              f"({t['incidents_after'] - t['incidents_before']:,} created by the writers). Verdict: {t['verdict']}."]
    return "\n".join(lines)


def main():
    if len(sys.argv) != 4:
        sys.exit("usage: report.py RESULTS.jsonl RESULTS_FOLDER BENCHMARKS.md")
    lines, folder, benchmarks = sys.argv[1:]
    results = collect(load(lines))
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "results.json"), "w") as out:
        json.dump(results, out, indent=1)
    plots = plot(results, folder)
    here = os.path.dirname(os.path.abspath(__file__))
    notes_path = os.path.join(here, "profile-notes.md")
    notes = open(notes_path).read().strip() if os.path.exists(notes_path) else ""
    with open(benchmarks, "w") as out:
        out.write(markdown(results, plots, notes, load_test_section(os.path.join(folder, "load-test.json"))))


if __name__ == "__main__":
    main()
