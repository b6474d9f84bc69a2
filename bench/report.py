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
    results = {"machine": {}, "http": [], "import": [], "aggregate": [], "server": [], "council": {}, "writes": []}
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
            "mssops_cpu_s": r.get("mssops_cpu_s"), "sqlite3_cpu_s": r.get("sqlite3_cpu_s"),
            "mssops_peak_rss_kb": r.get("mssops_peak_rss_kb"), "sqlite3_peak_rss_kb": r.get("sqlite3_peak_rss_kb")})
    for r in pick(records, measure="writes"):
        results["writes"].append({"size": r["size"], "mssops": r["mssops"], "c_loop": r["c_loop"]})
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


def markdown(results, plots, notes, load_test, aims=""):
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
    for size in sorted({r["size"] for r in results["http"]}):
        mine, peer = http_row(results, "summary", "mssops-postgres", size), http_row(results, "summary", "mssops", size)
        if mine and peer:
            out.append(f"| GET mission summary on PostgreSQL, req/s | {size_text(size)} | {mine['rps']:,.0f} | the same server "
                       f"on SQLite {peer['rps']:,.0f} | {ratio_text(mine['rps'], peer['rps'], True)} |")
    for w in sorted(results["writes"], key=lambda r: r["size"]):
        mine, loop = w["mssops"], w["c_loop"]
        out.append(f"| POST deployment_events alone (16 connections), writes/s | {size_text(w['size'])} | {mine['rps']:,.0f} "
                   f"| C loop, INSERT + audit row per transaction {loop['rps']:,.0f} | {ratio_text(mine['rps'], loop['rps'], True)} |")
        if mine.get("cpu_us_per_write"):
            out.append(f"| POST deployment_events, CPU per write | {size_text(w['size'])} | {mine['cpu_us_per_write']:.0f} µs "
                       f"| C loop {loop['cpu_us_per_write']:.0f} µs | "
                       f"{ratio_text(mine['cpu_us_per_write'], loop['cpu_us_per_write'], False)} |")
    for r in sorted(results["import"], key=lambda r: r["size"]):
        if r.get("mssops_peak_rss_kb") and r.get("sqlite3_peak_rss_kb"):
            out.append(f"| incident import, peak RSS | {size_text(r['size'])} | {r['mssops_peak_rss_kb'] / 1024:.1f} MiB | "
                       f"sqlite3 .import {r['sqlite3_peak_rss_kb'] / 1024:.1f} MiB | "
                       f"{ratio_text(r['mssops_peak_rss_kb'], r['sqlite3_peak_rss_kb'], False)} |")
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
    if aims:
        out += ["", aims]
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
            "| data size | mssops s | sqlite3 s | PostgreSQL s | mssops CPU s | sqlite3 CPU s | mssops rows/s | sqlite3 rows/s | PostgreSQL rows/s | mssops peak RSS MiB | sqlite3 peak RSS MiB |",
            "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for r in sorted(results["import"], key=lambda r: r["size"]):
        cpu = (f"{r['mssops_cpu_s']:.2f} | {r['sqlite3_cpu_s']:.2f}" if r.get("mssops_cpu_s") is not None else "- | -")
        out.append(f"| {size_text(r['size'])} | {r['mssops_s']:.2f} | {r['sqlite3_s']:.2f} | {r['postgres_s']:.2f} | {cpu} | "
                   f"{r['mssops_rows_per_s']:,.0f} | {r['sqlite3_rows_per_s']:,.0f} | {r['postgres_rows_per_s']:,.0f} | "
                   f"{mib(r.get('mssops_peak_rss_kb'))} | {mib(r.get('sqlite3_peak_rss_kb'))} |")
    if results["writes"]:
        out += ["", "## Writes alone against a C loop (issue 18)", "",
                f"`wrk -t2 -c16 -d{m.get('wrk_seconds', 10)}s -s bench/deployment_writes.lua`: every request POSTs a new "
                "deployment event with an editor's token; server CPU is user + system time from /proc/PID/stat before "
                "and after (waiting until the server is idle), divided by the answered writes. The peer, "
                "`bench/write_loop_bench.cpp`, runs as long on the same file with the server stopped: one thread, the "
                "server's pragmas (WAL, synchronous = NORMAL, foreign keys, mmap, memory statistics off) and per "
                "transaction (BEGIN IMMEDIATE) the same INSERT into records and INSERT into audit, with the body and "
                "audit text of the server's newest deployment event (new key and time).", "",
                "| data size | mssops writes/s | p50 ms | p99 ms | errors | server CPU µs/write | C loop writes/s | "
                "C loop CPU µs/write | writes ratio | CPU ratio |", "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
        for w in sorted(results["writes"], key=lambda r: r["size"]):
            mine, loop = w["mssops"], w["c_loop"]
            errors = sum(mine.get(k, 0) for k in ("errors_connect", "errors_read", "errors_write", "errors_status", "errors_timeout"))
            out.append(f"| {size_text(w['size'])} | {mine['rps']:,.0f} | {mine['p50_us'] / 1000:.2f} | {mine['p99_us'] / 1000:.2f} | "
                       f"{errors} | {mine.get('cpu_us_per_write') or 0:.0f} | {loop['rps']:,.0f} | {loop['cpu_us_per_write']:.0f} | "
                       f"{mine['rps'] / loop['rps']:.2f}x | {(mine.get('cpu_us_per_write') or 0) / loop['cpu_us_per_write']:.1f}x |")
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


def mib(kb):
    return f"{kb / 1024:.1f}" if kb else "-"


def aims_section(results, load_test, reasons):
    """Issue 18's aims, each with its measured value and its peer from this run, and whether it is reached."""
    rows = []

    def aim(text, value, peer, ratio, reached):
        rows.append(f"| {text} | {value} | {peer} | {ratio} | {'reached' if reached else '**not reached**'} |")

    if load_test and load_test.get("runs"):
        by_mode = {run["mode"]: {p["name"].split(":")[0]: p["result"] for p in run["parts"]} for run in load_test["runs"]}
        cpu = {run["mode"]: run.get("cpu_ms_per_request") for run in load_test["runs"]}
        mixed, alone_r, alone_w = by_mode.get("mixed", {}), by_mode.get("readers", {}), by_mode.get("writers", {})
        if "reads" in mixed and "writes" in mixed:
            r, w = mixed["reads"], mixed["writes"]
            ra, wa = alone_r.get("reads"), alone_w.get("writes")
            aim(f"mixed load, {load_test['incidents']:,} incidents: reads/s ≥ 5,000", f"{r['rps']:,.0f}",
                f"readers alone {ra['rps']:,.0f}" if ra else "-", f"{r['rps'] / ra['rps']:.2f}x" if ra else "", r["rps"] >= 5000)
            aim("mixed load: writes/s ≥ 1,000 at the same time", f"{w['rps']:,.0f}",
                f"writers alone {wa['rps']:,.0f}" if wa else "-", f"{w['rps'] / wa['rps']:.2f}x" if wa else "", w["rps"] >= 1000)
            aim("mixed load: read p99 < 50 ms", f"{r['p99_us'] / 1000:.1f} ms",
                f"readers alone {ra['p99_us'] / 1000:.1f} ms" if ra else "-", f"{r['p99_us'] / ra['p99_us']:.1f}x" if ra else "",
                r["p99_us"] < 50_000)
            aim("mixed load: write p99 < 20 ms", f"{w['p99_us'] / 1000:.1f} ms",
                f"writers alone {wa['p99_us'] / 1000:.1f} ms" if wa else "-", f"{w['p99_us'] / wa['p99_us']:.1f}x" if wa else "",
                w["p99_us"] < 20_000)
            failed = sum(p["non_2xx"] + p["errors_connect"] + p["errors_read"] + p["errors_write"] + p["errors_timeout"]
                         for p in (r, w))
            aim("mixed load: zero errors", str(failed), "-", "", failed == 0)
            if cpu.get("mixed") and cpu.get("readers"):
                rows.append(f"| (mixed load: server CPU per request) | {cpu['mixed']:.2f} ms | readers alone "
                            f"{cpu['readers']:.2f} ms, writers alone {cpu.get('writers') or 0:.2f} ms | | |")
    for size in sorted({r["size"] for r in results["http"]}):
        mine, peer = http_row(results, "summary", "mssops", size), http_row(results, "summary", "nginx", size)
        if mine and peer:
            aim(f"GET mission summary ≥ 0.8x nginx ({size_text(size)})", f"{mine['rps']:,.0f} req/s",
                f"nginx static {peer['rps']:,.0f}", f"{mine['rps'] / peer['rps']:.2f}x", mine["rps"] >= 0.8 * peer["rps"])
        pg = http_row(results, "summary", "mssops-postgres", size)
        if pg and mine:
            aim(f"PostgreSQL cached summary ≥ 0.9x SQLite's ({size_text(size)})", f"{pg['rps']:,.0f} req/s",
                f"same server on SQLite {mine['rps']:,.0f}", f"{pg['rps'] / mine['rps']:.2f}x", pg["rps"] >= 0.9 * mine["rps"])
    for w in sorted(results["writes"], key=lambda r: r["size"]):
        mine, loop = w["mssops"], w["c_loop"]
        aim(f"writes alone ≥ 0.6x the C loop ({size_text(w['size'])}, 16 connections)",
            f"{mine['rps']:,.0f}/s, {mine.get('cpu_us_per_write') or 0:.0f} µs CPU each",
            f"C loop {loop['rps']:,.0f}/s, {loop['cpu_us_per_write']:.0f} µs", f"{mine['rps'] / loop['rps']:.2f}x",
            mine["rps"] >= 0.6 * loop["rps"])
    for r in sorted(results["import"], key=lambda r: r["size"]):
        if r.get("mssops_cpu_s") and r.get("sqlite3_cpu_s"):
            aim(f"import CPU ≤ 1.3x sqlite3 .import ({size_text(r['size'])} rows; the aim is at 1M)", f"{r['mssops_cpu_s']:.2f} s",
                f"sqlite3 .import {r['sqlite3_cpu_s']:.2f} s", f"{r['mssops_cpu_s'] / r['sqlite3_cpu_s']:.2f}x",
                r["mssops_cpu_s"] <= 1.3 * r["sqlite3_cpu_s"])
        if r.get("mssops_peak_rss_kb"):
            aim(f"import peak RSS ≤ 64 MB ({size_text(r['size'])} rows; the aim is at 1M)", f"{r['mssops_peak_rss_kb'] / 1024:.1f} MiB",
                f"sqlite3 .import {mib(r.get('sqlite3_peak_rss_kb'))} MiB",
                f"{r['mssops_peak_rss_kb'] / r['sqlite3_peak_rss_kb']:.1f}x" if r.get("sqlite3_peak_rss_kb") else "",
                r["mssops_peak_rss_kb"] <= 64_000)
    if not rows:
        return ""
    out = ["## Issue 18 aims, measured", "",
           "Every figure from the run above (the mixed load from `scripts/load-test.sh` in the same `make bench`); ratio = "
           "mssops ÷ peer.", "", "| aim | measured | peer | ratio | reached |", "| --- | --- | --- | --- | --- |"] + rows
    if reasons:
        out += ["", reasons]
    return "\n".join(out)


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
    load_path = os.path.join(folder, "load-test.json")
    load_test = json.load(open(load_path)) if os.path.exists(load_path) else None
    # The measured reasons for the aims not reached, written by hand after looking at the run's figures
    # and profiles (bench/issue18-reasons.md).
    reasons_path = os.path.join(here, "issue18-reasons.md")
    reasons = open(reasons_path).read().strip() if os.path.exists(reasons_path) else ""
    with open(benchmarks, "w") as out:
        out.write(markdown(results, plots, notes, load_test_section(load_path), aims_section(results, load_test, reasons)))


if __name__ == "__main__":
    main()
