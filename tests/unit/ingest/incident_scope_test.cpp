// Imports that keep their meaning: each event's country (ACLED's numeric iso, a name, or a default),
// the source record the file's events cite, placement by admin name where no unit holds the point,
// and admin-unit labels taken from the boundaries.
#include "ingest/incident_import.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <map>

#include "store/store.hpp"
#include "store/unit_labels.hpp"

using namespace mssops;
using namespace mssops::ingest;

namespace {

const store::Actor tester{"test"};

domain::Record country(const char* iso3, const char* name, const char* m49) {
    domain::Record record;
    record.fields = {{"iso3", std::string(iso3)}, {"name", std::string(name)}, {"m49", std::string(m49)}};
    return record;
}

/// A square [x, x+1] x [y, y+1] admin unit.
domain::Fields square(const std::string& pcode, const std::string& name, int level, int x, int y,
                      const std::string& parent = {}) {
    auto at = [](int value) { return std::to_string(value); };
    std::string key = pcode;
    for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    domain::Fields fields{
        {"key", key},
        {"pcode", pcode},
        {"name", name},
        {"level", std::int64_t{level}},
        {"country", std::string("HTI")},
        {"source_id", std::string("boundaries")},
        {"geometry", R"({"type":"Polygon","coordinates":[[[)" + at(x) + "," + at(y) + "],[" + at(x + 1) +
                         "," + at(y) + "],[" + at(x + 1) + "," + at(y + 1) + "],[" + at(x) + "," + at(y + 1) +
                         "],[" + at(x) + "," + at(y) + "]]]}"}};
    if (!parent.empty()) fields["parent_pcode"] = parent;
    return fields;
}

class incident_scope : public ::testing::Test {
protected:
    void SetUp() override {
        path_ = ::testing::TempDir() + "incident_scope_" +
                ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".db";
        std::remove(path_.c_str());
        auto opened = store::open_store(path_);
        ASSERT_TRUE(opened) << opened.error().message;
        store_ = std::move(opened).value();
        countries_ =
            CountryLookup::from_records({country("HTI", "Haiti", "332"), country("NGA", "Nigeria", "566"),
                                         country("KEN", "Kenya", "404")});
        options_.countries = &countries_;
    }
    void TearDown() override {
        store_.reset();
        for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path_ + suffix).c_str());
    }
    IncidentImportReport import_text(std::string csv) {
        auto report = import_incidents(CsvReader::from_text(std::move(csv), "in.csv"), store_->incidents(),
                                       tester, options_);
        EXPECT_TRUE(report) << report.error().field << ": " << report.error().message;
        return report ? *report : IncidentImportReport{};
    }
    std::string field(const char* key, const char* name) {
        auto incident = store_->incidents().find_by_key(key);
        if (!incident) return "(no incident " + std::string(key) + ")";
        const std::string* text = incident->text(name);
        return text ? *text : "(none)";
    }
    void add_units(const std::vector<domain::Fields>& units) {
        ASSERT_TRUE(store_->records().create("sources",
                                             {{"key", std::string("boundaries")},
                                              {"publisher", std::string("Test")},
                                              {"title", std::string("Squares")}},
                                             tester));
        for (const auto& unit : units) ASSERT_TRUE(store_->records().create("admin_units", unit, tester));
        auto loaded = load_admin_unit_locators(store_->records());
        ASSERT_TRUE(loaded) << loaded.error().message;
        locators_ = std::move(loaded).value();
        locators_.use_in(options_);
    }

    std::string path_;
    std::unique_ptr<store::Store> store_;
    CountryLookup countries_;
    AdminUnitLocators locators_;
    IncidentImportOptions options_;
};

const char* acled_header =
    "event_id_cnty,event_date,event_type,iso,country,admin1,admin2,latitude,longitude\n";

}  // namespace

TEST_F(incident_scope, reads_the_country_from_acled_numeric_iso_or_its_name_or_the_default) {
    options_.country = "KEN";
    auto report = import_text(std::string(acled_header) +
                              "hti1,2024-11-02,Riots,332,Haiti,Ouest,,,\n"
                              "nga1,2024-11-02,Riots,566,Nigeria,Lagos,,,\n"
                              "name1,2024-11-02,Riots,,Nigeria,Lagos,,,\n"
                              "none1,2024-11-02,Riots,,,,,,\n");
    EXPECT_EQ(report.skipped, 0);
    EXPECT_EQ(field("hti1", "country"), "HTI");
    EXPECT_EQ(field("nga1", "country"), "NGA");
    EXPECT_EQ(field("name1", "country"), "NGA");
    EXPECT_EQ(field("none1", "country"), "KEN");
}

TEST_F(incident_scope, refuses_a_numeric_iso_that_is_no_known_country) {
    auto report = import_text(std::string(acled_header) + "bad1,2024-11-02,Riots,999,,,,,\n");
    ASSERT_EQ(report.errors.size(), 1u);
    EXPECT_EQ(report.errors[0].field, "in.csv:2:4");
    EXPECT_EQ(report.errors[0].message, "iso: \"999\" is not the M49 number of a country the store knows");
}

TEST_F(incident_scope, counts_a_country_s_events_apart_from_another_s_in_the_same_store) {
    import_text(std::string(acled_header) +
                "hti1,2024-11-02,Riots,332,Haiti,Ouest,,,\n"
                "hti2,2024-11-03,Battles,332,Haiti,Ouest,,,\n"
                "nga1,2024-11-02,Riots,566,Nigeria,Lagos,,,\n");
    store::AggregateQuery query{store::AggregateBy::adm1, domain::IncidentPeriod::month};
    query.country = "HTI";
    auto rows = store_->incidents().aggregate(query);
    ASSERT_TRUE(rows) << rows.error().message;
    std::map<std::string, std::int64_t> events;
    for (const auto& row : *rows) events[row.unit] += row.events;
    EXPECT_EQ(events, (std::map<std::string, std::int64_t>{{"Ouest", 2}}));
    store::IncidentQuery list;
    list.country = "NGA";
    EXPECT_EQ(store_->incidents().list(list).value().total, 1);
}

TEST_F(incident_scope, every_event_of_an_import_cites_the_source_record_of_the_file) {
    auto source = record_import_source(
        store_->records(),
        ImportSource{.file_name = "/tmp/data/ACLED_Haiti_2024.csv", .accessed = "2026-12-06"}, tester);
    ASSERT_TRUE(source) << source.error().message;
    EXPECT_EQ(*source, "import-acled-haiti-2024-csv");
    auto record = store_->records().find_by_key("sources", *source);
    ASSERT_TRUE(record);
    EXPECT_EQ(*record->text("publisher"), "ACLED");
    EXPECT_EQ(*record->text("title"), "ACLED_Haiti_2024.csv");
    EXPECT_EQ(*record->text("accessed"), "2026-12-06");
    options_.source_id = *source;
    import_text(std::string(acled_header) +
                "hti1,2024-11-02,Riots,332,Haiti,Ouest,,,\n"
                "hti2,2024-11-03,Riots,332,Haiti,Ouest,,,\n");
    EXPECT_EQ(field("hti1", "source_id"), "import-acled-haiti-2024-csv");
    EXPECT_EQ(field("hti2", "source_id"), "import-acled-haiti-2024-csv");
    auto counts = store_->incidents().citation_counts();
    ASSERT_TRUE(counts);
    ASSERT_EQ(counts->size(), 1u);
    EXPECT_EQ((*counts)[0].source_id, "import-acled-haiti-2024-csv");
    EXPECT_EQ((*counts)[0].incidents, 2);

    // The same file imported again reuses its source record.
    auto again = record_import_source(
        store_->records(), ImportSource{.file_name = "ACLED_Haiti_2024.csv", .accessed = "2026-12-07"},
        tester);
    ASSERT_TRUE(again);
    EXPECT_EQ(*again, *source);
    store::ListQuery sources{.kind = "sources"};
    EXPECT_EQ(store_->records().list(sources).value().total, 1);
}

TEST_F(incident_scope, a_file_of_no_known_publisher_cites_a_source_that_says_the_publisher_is_unknown) {
    auto source = record_import_source(
        store_->records(), ImportSource{.file_name = "/tmp/events.csv", .accessed = "2026-12-06"}, tester);
    ASSERT_TRUE(source) << source.error().message;
    EXPECT_EQ(*source, "import-events-csv");
    auto record = store_->records().find_by_key("sources", *source);
    ASSERT_TRUE(record);
    EXPECT_EQ(*record->text("publisher"), "unknown publisher (events.csv)");
    EXPECT_EQ(*record->text("title"),
              "events.csv (publisher unknown: import it again with --publisher, or ?publisher=, to name it)");
    options_.source_id = *source;
    import_text(std::string(acled_header) + "ev1,2024-11-02,Riots,332,Haiti,Ouest,,,\n");
    EXPECT_EQ(field("ev1", "source_id"), "import-events-csv");

    // Named on a second import, the same source record gets its publisher.
    auto named = record_import_source(
        store_->records(), ImportSource{.file_name = "events.csv", .publisher = "Test Observatory"}, tester);
    ASSERT_TRUE(named);
    EXPECT_EQ(*named, *source);
    EXPECT_EQ(*store_->records().find_by_key("sources", *named)->text("publisher"), "Test Observatory");
    EXPECT_EQ(*store_->records().find_by_key("sources", *named)->text("title"), "events.csv");
}

TEST_F(incident_scope, an_acled_export_is_credited_to_acled_by_its_columns_whatever_its_name) {
    // The header of an export from ACLED's data tool, as the real Haiti file has it (first cell blank).
    std::vector<std::string> acled = {"",        "event_date", "year",        "event_type", "sub_event_type",
                                      "actor1",  "actor2",     "interaction", "iso",        "region",
                                      "country", "admin1",     "admin2",      "latitude",   "longitude",
                                      "source",  "notes",      "fatalities",  "timestamp"};
    EXPECT_TRUE(has_acled_columns(acled));
    EXPECT_EQ(import_publisher(ImportSource{.file_name = "haiti_2024.csv", .columns = acled}), "ACLED");
    auto source = record_import_source(store_->records(),
                                       ImportSource{.file_name = "haiti_2024.csv", .columns = acled}, tester);
    ASSERT_TRUE(source) << source.error().message;
    EXPECT_EQ(*store_->records().find_by_key("sources", *source)->text("publisher"), "ACLED");
    // mssops's own export writes iso3 and no timestamp: ACLED's column names, not ACLED's file.
    std::vector<std::string> ours = {"event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1",
                                     "iso3",          "admin1",     "adm1_pcode", "fatalities"};
    EXPECT_FALSE(has_acled_columns(ours));
    EXPECT_EQ(import_publisher(ImportSource{.file_name = "incidents.csv", .columns = ours}), "");
}

TEST_F(incident_scope, places_an_event_outside_every_unit_by_the_admin1_name_its_row_gives) {
    auto north = square("HT03", "North", 1, 1, 0);
    north["name_alt"] = std::string("Nord");
    add_units({square("HT01", "Ouest", 1, 0, 0), north});
    auto report = import_text(std::string(acled_header) +
                              "land,2024-11-02,Riots,332,Haiti,Nord,,0.5,1.5\n"
                              "sea,2024-11-02,Riots,332,Haiti,Nord,,5,5\n"
                              "nowhere,2024-11-02,Riots,332,Haiti,Atlantis,,5,5\n");
    EXPECT_EQ(field("land", "adm1_pcode"), "HT03");
    EXPECT_EQ(field("sea", "adm1_pcode"), "HT03");
    EXPECT_EQ(field("nowhere", "adm1_pcode"), "(none)");
    EXPECT_EQ(report.located, 2);
    EXPECT_EQ(report.located_by_name, 1);
    EXPECT_EQ(report.outside_units, 1);
}

TEST_F(incident_scope, labels_adm2_units_by_the_boundaries_not_by_the_file_s_text) {
    add_units({square("HT01", "Ouest", 1, 0, 0), square("HT0111", "Port-au-Prince", 2, 0, 0, "HT01"),
               square("HT0112", "Delmas", 2, 1, 0, "HT01")});
    // ACLED writes "Port-au-Prince" for events that lie in Delmas.
    import_text(std::string(acled_header) +
                "a,2024-11-02,Riots,332,Haiti,Ouest,Port-au-Prince,0.5,0.5\n"
                "b,2024-11-02,Riots,332,Haiti,Ouest,Port-au-Prince,0.5,1.5\n"
                "c,2024-11-03,Riots,332,Haiti,Ouest,Delmas,0.5,1.5\n");
    EXPECT_EQ(field("b", "adm2_pcode"), "HT0112");
    store::AggregateQuery query{store::AggregateBy::adm2, domain::IncidentPeriod::month};
    auto rows = store::aggregate_with_unit_names(*store_, query);
    ASSERT_TRUE(rows) << rows.error().message;
    ASSERT_EQ(rows->size(), 2u);
    EXPECT_EQ((*rows)[0].pcode, "HT0111");
    EXPECT_EQ((*rows)[0].unit, "Port-au-Prince");
    EXPECT_EQ((*rows)[0].events, 1);
    EXPECT_EQ((*rows)[1].pcode, "HT0112");
    EXPECT_EQ((*rows)[1].unit, "Delmas");
    EXPECT_EQ((*rows)[1].events, 2);
}
