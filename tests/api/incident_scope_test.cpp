// Imports that keep their meaning, through the CLI on a seeded database: a Nigerian event imported
// into the same store is not in the Haiti report, the imported events credit their file's source, and
// a second set of admin units at a level is refused unless --replace.
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <filesystem>
#include <fstream>

#include "api/server_process.hpp"

namespace mssops::api_test {
namespace {

// Made-up events in ACLED's columns (the real file is a fixture that is never copied).
const char* events_csv =
    "event_id_cnty,event_date,event_type,iso,country,admin1,location,latitude,longitude,fatalities,source\n"
    "TST1,2024-11-04,Riots,332,Haiti,Ouest,Test town,,,2,Test outlet\n"
    "TST2,2024-11-05,Battles,332,Haiti,Ouest,Test town,,,1,Test outlet\n"
    "TST3,2024-11-05,Protests,566,Nigeria,Lagos,Test city,,,0,Test outlet\n";

class IncidentScope : public ::testing::Test {
protected:
    void SetUp() override {
        db = (dir.path() / "scope.db").string();
        ASSERT_EQ(run_mssops({"--db", db, "init"}).exit_code, 0);
        auto seeded = run_mssops({"--db", db, "seed"});
        ASSERT_EQ(seeded.exit_code, 0) << seeded.out;
        csv = dir.path() / "acled_test_events.csv";
        std::ofstream(csv) << events_csv;
    }
    TempDir dir;
    std::string db;
    std::filesystem::path csv;
};

TEST_F(IncidentScope, a_nigerian_event_in_the_same_store_is_not_in_the_haiti_report) {
    auto imported = run_mssops({"--db", db, "incidents", "import", csv.string(), "--no-assign-pcodes"});
    ASSERT_EQ(imported.exit_code, 0) << imported.out;
    auto report = run_mssops({"--db", db, "report", "--mission", "mss-haiti", "--from", "2024-10-01", "--to",
                              "2024-12-31", "--format", "md"});
    ASSERT_EQ(report.exit_code, 0) << report.out;
    EXPECT_NE(report.out.find("Ouest"), std::string::npos) << report.out;
    EXPECT_EQ(report.out.find("Lagos"), std::string::npos) << report.out;
    EXPECT_NE(report.out.find("- **Events:** 2["), std::string::npos) << report.out;
    // ACLED is credited: the events cite the source record of their file.
    EXPECT_NE(report.out.find("ACLED"), std::string::npos) << report.out;
    EXPECT_NE(report.out.find("source import-acled-test-events-csv"), std::string::npos) << report.out;

    auto scoped = run_mssops({"--db", db, "--json", "incidents", "aggregate", "--by", "adm1", "--period",
                              "month", "--mission", "mss-haiti"});
    ASSERT_EQ(scoped.exit_code, 0) << scoped.out;
    EXPECT_EQ(scoped.out.find("Lagos"), std::string::npos) << scoped.out;
    auto everything =
        run_mssops({"--db", db, "--json", "incidents", "aggregate", "--by", "adm1", "--period", "month"});
    EXPECT_NE(everything.out.find("Lagos"), std::string::npos) << everything.out;
}

TEST_F(IncidentScope, a_file_of_no_known_publisher_is_cited_as_such) {
    auto unnamed = dir.path() / "field_events.csv";
    std::ofstream(unnamed) << events_csv;
    auto imported = run_mssops({"--db", db, "incidents", "import", unnamed.string(), "--no-assign-pcodes"});
    ASSERT_EQ(imported.exit_code, 0) << imported.out;
    EXPECT_NE(imported.out.find("; citing source import-field-events-csv"), std::string::npos)
        << imported.out;
    auto source = run_mssops({"--db", db, "--json", "show", "sources", "import-field-events-csv"});
    ASSERT_EQ(source.exit_code, 0) << source.out;
    EXPECT_EQ(boost::json::parse(source.out).at("publisher"), "unknown publisher (field_events.csv)");
}

TEST_F(IncidentScope, a_second_set_of_units_at_a_level_is_refused_without_replace) {
    ASSERT_EQ(run_mssops({"--db", db, "boundaries", "default"}).exit_code, 0)
        << "the default boundaries are not installed (run scripts/install-deps.sh)";
    const std::string fixture =
        std::string(MSSOPS_SOURCE_DIR) + "/tests/cases/boundaries-geoboundaries/input.geojson";
    const auto before = run_mssops({"--db", db, "--json", "boundaries", "locate", "-72.5", "18.5"});
    auto refused = run_mssops({"--db", db, "boundaries", "import", fixture, "--source-id",
                               "natural-earth-admin1-haiti-test", "--pcode-property", "shapeISO",
                               "--name-property", "shapeName"});
    EXPECT_NE(refused.exit_code, 0);
    // The exact message is checked in tests/unit/ingest/boundary_crosswalk_test.cpp (stderr is not captured
    // here).
    EXPECT_EQ(refused.out, "");
    // The store is unchanged: the point is still answered by the stored unit.
    EXPECT_EQ(run_mssops({"--db", db, "--json", "boundaries", "locate", "-72.5", "18.5"}).out, before.out);
}

}  // namespace
}  // namespace mssops::api_test
