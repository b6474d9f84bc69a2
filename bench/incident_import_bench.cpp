#include <benchmark/benchmark.h>

#include <cstdio>
#include <fstream>
#include <map>
#include <string>

#include "incident_generator.hpp"
#include "ingest/incident_import.hpp"
#include "store/sqlite/sqlite_store.hpp"

namespace {

using namespace mssops;

/// The synthetic CSV of `rows` events, written once per size into the temp folder.
const std::string& synthetic_file(std::int64_t rows) {
    static std::map<std::int64_t, std::string> files;
    auto& path = files[rows];
    if (path.empty()) {
        path = "/tmp/mssops_bench_incidents_" + std::to_string(rows) + ".csv";
        std::ofstream out(path, std::ios::binary);
        bench::write_synthetic_incidents(out, rows);
    }
    return path;
}

void remove_database(const std::string& path) {
    for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path + suffix).c_str());
}

/// Imports the file into a fresh store; aborts the benchmark run on failure.
std::unique_ptr<store::SqliteStore> imported_store(const std::string& database, const std::string& csv_path,
                                                   benchmark::State& state) {
    remove_database(database);
    auto store = store::SqliteStore::open(database);
    if (!store) {
        state.SkipWithError(store.error().message.c_str());
        return nullptr;
    }
    auto csv = ingest::CsvReader::open_file(csv_path);
    if (!csv) {
        state.SkipWithError(csv.error().message.c_str());
        return nullptr;
    }
    auto report =
        ingest::import_incidents(std::move(csv).value(), (*store)->incidents(), store::Actor{"bench"}, {});
    if (!report || report->skipped != 0) {
        state.SkipWithError(report ? "rows were skipped" : report.error().message.c_str());
        return nullptr;
    }
    return std::move(store).value();
}

// Parse, validate, upsert by key, keep rollups current: the whole import in one transaction, into
// a new database file, as `mssops incidents import` does it.
void incident_import(benchmark::State& state) {
    const std::string& csv = synthetic_file(state.range(0));
    const std::string database = "/tmp/mssops_bench_import.db";
    for (auto _ : state) {
        auto store = imported_store(database, csv, state);
        if (!store) break;
    }
    remove_database(database);
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(incident_import)->Arg(100000)->Arg(1000000)->Iterations(1)->Unit(benchmark::kMillisecond);

// Re-importing the same file: every row is looked up and found unchanged.
void incident_reimport_unchanged(benchmark::State& state) {
    const std::string& csv = synthetic_file(state.range(0));
    const std::string database = "/tmp/mssops_bench_reimport.db";
    auto store = imported_store(database, csv, state);
    for (auto _ : state) {
        if (!store) break;
        auto reader = ingest::CsvReader::open_file(csv);
        auto report = ingest::import_incidents(std::move(reader).value(), store->incidents(),
                                               store::Actor{"bench"}, {});
        if (!report || report->counts.unchanged != state.range(0)) state.SkipWithError("a row changed");
    }
    remove_database(database);
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(incident_reimport_unchanged)->Arg(100000)->Iterations(1)->Unit(benchmark::kMillisecond);

// Weekly events and fatalities by department and event type over all events: read from the rollups.
void incident_aggregate_weekly_by_adm1(benchmark::State& state) {
    const std::string database = "/tmp/mssops_bench_aggregate.db";
    auto store = imported_store(database, synthetic_file(state.range(0)), state);
    std::size_t cells = 0;
    for (auto _ : state) {
        if (!store) break;
        auto rows = store->incidents().aggregate({store::AggregateBy::adm1, domain::IncidentPeriod::week});
        if (!rows)
            state.SkipWithError(rows.error().message.c_str());
        else
            cells = rows->size();
        benchmark::DoNotOptimize(cells);
    }
    state.counters["cells"] = static_cast<double>(cells);
    store.reset();
    remove_database(database);
}
BENCHMARK(incident_aggregate_weekly_by_adm1)->Arg(1000000)->Unit(benchmark::kMillisecond);

// The same with an actor filter: not in the rollups, so answered by scanning that actor's events.
void incident_aggregate_weekly_by_adm1_for_an_actor(benchmark::State& state) {
    const std::string database = "/tmp/mssops_bench_aggregate_actor.db";
    auto store = imported_store(database, synthetic_file(state.range(0)), state);
    for (auto _ : state) {
        if (!store) break;
        store::AggregateQuery query{store::AggregateBy::adm1, domain::IncidentPeriod::week};
        query.actor = "Synthetic Gang A";
        auto rows = store->incidents().aggregate(query);
        if (!rows) state.SkipWithError(rows.error().message.c_str());
        benchmark::DoNotOptimize(rows);
    }
    store.reset();
    remove_database(database);
}
BENCHMARK(incident_aggregate_weekly_by_adm1_for_an_actor)->Arg(1000000)->Unit(benchmark::kMillisecond);

}  // namespace
