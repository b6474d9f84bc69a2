// mssops-funding-demo: writes clearly synthetic funding flows and expenditures into a database, so the
// funding figures can be tried out. A demo tool beside the product, never part of the mssops CLI; it
// never writes to data/.

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "funding_demo.hpp"

namespace {

int fail(const mssops::domain::Error& error) {
    std::cerr << "error: ";
    if (!error.field.empty()) std::cerr << error.field << ": ";
    std::cerr << error.message << '\n';
    return 1;
}

}  // namespace

int main(int argc, char** argv) {
    using namespace mssops;
    std::string db = "mssops.db";
    std::string data_dir = MSSOPS_DATA_DIR;
    if (const char* from_environment = std::getenv("MSSOPS_DATA_DIR")) data_dir = from_environment;
    tools::FundingDemoOptions options;

    CLI::App app{
        "mssops-funding-demo: SYNTHETIC funding flows and expenditures (fixed seed), marked "
        "synthetic; never real figures"};
    app.add_option("--db", db, "SQLite file or postgresql:// URL, made by mssops init")
        ->envname("MSSOPS_DB")
        ->capture_default_str();
    app.add_option("--data-dir", data_dir, "Where the reference data (exchange rates) lives")
        ->envname("MSSOPS_DATA_DIR");
    app.add_option("--mission", options.mission,
                   "Mission key (default: the only mission, else a synthetic one)");
    app.add_option("--seed", options.seed, "Seed of the generator (default 20240625)");
    app.add_option("--flows", options.flows, "Number of flows (default 24)")->check(CLI::Range(1, 10000));
    CLI11_PARSE(app, argc, argv);

    std::error_code ec;
    if (!store::is_postgres_location(db) && !std::filesystem::exists(db, ec))
        return fail(domain::Error::invalid(
            "--db", "no database at " + db + "; create one with mssops init --db " + db));
    auto store = store::open_store(db);
    if (!store) return fail(store.error());
    auto reference = ingest::load_funding_reference(data_dir, "");
    if (!reference) return fail(reference.error());
    auto report = tools::write_funding_demo(**store, *reference, options);
    if (!report) return fail(report.error());
    std::cout << "wrote " << report->flows
              << " SYNTHETIC funding flows (pledged, then committed, then paid) and " << report->expenditures
              << " SYNTHETIC expenditures to mission " << report->mission << " in " << db << ", source "
              << tools::funding_demo_source << " (synthetic: yes)\n";
    return 0;
}
