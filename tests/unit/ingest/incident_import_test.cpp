#include "ingest/incident_import.hpp"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <cctype>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>

#include "ingest/boundary_reader.hpp"
#include "store/store.hpp"
#include "unit/shared_data.hpp"

using namespace mssops;
using namespace mssops::ingest;

namespace {

const std::string case_dir = MSSOPS_SOURCE_DIR "/tests/cases/incidents-small/";

store::AuditQuery audit_of(std::optional<std::int64_t> record_id = std::nullopt) {
    store::AuditQuery query;
    query.kind = "incidents";
    query.record_id = record_id;
    return query;
}

std::string read_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

class incident_import : public ::testing::Test {
protected:
    void SetUp() override {
        path_ = ::testing::TempDir() + "incident_import_" +
                ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".db";
        std::remove(path_.c_str());
        auto opened = store::open_store(path_);
        ASSERT_TRUE(opened) << opened.error().message;
        store_ = std::move(opened).value();
    }
    void TearDown() override {
        store_.reset();
        for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path_ + suffix).c_str());
    }
    IncidentImportReport import_text(std::string csv, IncidentImportOptions options = {}) {
        auto report = import_incidents(CsvReader::from_text(std::move(csv), "in.csv"), store_->incidents(),
                                       store::Actor{"test"}, options);
        EXPECT_TRUE(report) << report.error().field << ": " << report.error().message;
        return report ? *report : IncidentImportReport{};
    }

    std::string path_;
    std::unique_ptr<store::Store> store_;
};

}  // namespace

TEST_F(incident_import, aggregates_the_hand_counted_case_as_expected) {
    auto report = import_text(read_text(case_dir + "input.csv"));
    auto expected = boost::json::parse(read_text(case_dir + "expected.json")).as_object();
    EXPECT_TRUE(report.committed);
    EXPECT_EQ(report.counts.created, expected["rows"].as_int64());
    for (const auto& item : expected["aggregates"].as_array()) {
        const auto& query_json = item.at("query").as_object();
        store::AggregateQuery query;
        query.by = *store::aggregate_by_from_text(std::string(query_json.at("by").as_string()));
        query.period = *domain::incident_period_from_text(std::string(query_json.at("period").as_string()));
        if (auto* actor = query_json.if_contains("actor")) query.actor = std::string(actor->as_string());
        if (auto* from = query_json.if_contains("from")) query.from = std::string(from->as_string());
        if (auto* to = query_json.if_contains("to")) query.to = std::string(to->as_string());
        if (auto* type = query_json.if_contains("event_type"))
            query.event_types = {std::string(type->as_string())};
        auto rows = store_->incidents().aggregate(query);
        ASSERT_TRUE(rows) << rows.error().message;
        const auto& want = item.at("rows").as_array();
        ASSERT_EQ(rows->size(), want.size()) << boost::json::serialize(query_json);
        for (std::size_t i = 0; i < want.size(); ++i) {
            const auto& row = want[i].as_object();
            EXPECT_EQ((*rows)[i].period, row.at("period").as_string());
            EXPECT_EQ((*rows)[i].unit, row.at("unit").as_string());
            EXPECT_EQ((*rows)[i].event_type, row.at("event_type").as_string());
            EXPECT_EQ((*rows)[i].events, row.at("events").as_int64());
            EXPECT_EQ((*rows)[i].fatalities, row.at("fatalities").as_int64());
        }
    }
}

TEST_F(incident_import, reimporting_the_same_file_changes_nothing) {
    std::string csv = read_text(case_dir + "input.csv");
    import_text(csv);
    auto before = store_->audit().list(audit_of());
    ASSERT_TRUE(before);
    auto again = import_text(csv);
    EXPECT_EQ(again.counts.created, 0);
    EXPECT_EQ(again.counts.updated, 0);
    EXPECT_EQ(again.counts.unchanged, 9);
    auto after = store_->audit().list(audit_of());
    ASSERT_TRUE(after);
    // Only the import's own summary row is new.
    EXPECT_EQ(after->size(), before->size() + 1);
    EXPECT_EQ(after->front().action, "import");
}

TEST_F(incident_import, a_changed_row_updates_the_stored_event_and_is_audited) {
    std::string csv = read_text(case_dir + "input.csv");
    import_text(csv);
    std::string corrected = csv;
    corrected.replace(corrected.find("Delmas,18.54,-72.30,3,"), 22, "Delmas,18.54,-72.30,4,");
    auto report = import_text(corrected);
    EXPECT_EQ(report.counts.updated, 1);
    EXPECT_EQ(report.counts.unchanged, 8);
    auto stored = store_->incidents().find_by_key("hti101");
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->version, 2);
    EXPECT_EQ(stored->integer("fatalities"), 4);
    auto audit = store_->audit().list(audit_of(stored->id));
    ASSERT_TRUE(audit);
    ASSERT_EQ(audit->size(), 1u);
    EXPECT_EQ(audit->front().action, "update");
    EXPECT_NE(audit->front().before.find("\"fatalities\":3"), std::string::npos);
    EXPECT_NE(audit->front().after.find("\"fatalities\":4"), std::string::npos);
    auto month = store_->incidents().aggregate({store::AggregateBy::none, domain::IncidentPeriod::month});
    ASSERT_TRUE(month);
    EXPECT_EQ(month->front().fatalities, 4);
}

TEST_F(incident_import, deleted_keys_retire_their_events) {
    IncidentImportOptions options;
    import_text(read_text(case_dir + "input.csv"));
    options.deleted_keys = {"hti103", "hti999"};
    auto report = import_text(read_text(case_dir + "input.csv"), options);
    EXPECT_EQ(report.counts.retired, 1);
    auto stored = store_->incidents().find_by_key("hti103");
    ASSERT_TRUE(stored);
    EXPECT_TRUE(stored->retired);
    auto page = store_->incidents().list({});
    ASSERT_TRUE(page);
    EXPECT_EQ(page->total, 8);
    auto none = store_->incidents().aggregate({store::AggregateBy::none, domain::IncidentPeriod::month});
    ASSERT_TRUE(none);
    std::int64_t fatalities = 0;
    for (const auto& row : *none) fatalities += row.fatalities;
    EXPECT_EQ(fatalities, 82 - 70);
}

TEST_F(incident_import, skips_bad_rows_by_default_and_reports_them) {
    auto report =
        import_text("event_id_cnty,event_date,event_type\nHTI1,2024-01-01,Riots\nHTI2,someday,Riots\n");
    EXPECT_TRUE(report.committed);
    EXPECT_EQ(report.rows, 2);
    EXPECT_EQ(report.counts.created, 1);
    EXPECT_EQ(report.skipped, 1);
    ASSERT_EQ(report.errors.size(), 1u);
    EXPECT_EQ(report.errors[0].field, "in.csv:3:2");
    EXPECT_EQ(report.errors[0].message,
              "event_date: must be a date as YYYY-MM-DD or as \"03 October 2024\", got \"someday\"");
}

TEST_F(incident_import, strict_mode_rejects_the_whole_file) {
    IncidentImportOptions options;
    options.mode = ImportMode::strict;
    auto report = import_text(
        "event_id_cnty,event_date,event_type\nHTI1,2024-01-01,Riots\nHTI2,someday,Riots\n", options);
    EXPECT_FALSE(report.committed);
    EXPECT_EQ(report.skipped, 1);
    auto page = store_->incidents().list({});
    ASSERT_TRUE(page);
    EXPECT_EQ(page->total, 0);
}

TEST_F(incident_import, a_file_missing_a_required_column_is_an_error) {
    auto report = import_incidents(CsvReader::from_text("event_id_cnty,event_type\nHTI1,Riots\n", "in.csv"),
                                   store_->incidents(), store::Actor{"test"}, {});
    ASSERT_FALSE(report);
    EXPECT_EQ(report.error().field, "in.csv:1");
}

TEST_F(incident_import, imports_the_real_acled_extract_whole) {
    MSSOPS_SKIP_WITHOUT_SHARED(MSSOPS_SHARED_DATA "/conflict/acled_haiti_2024-2025_raw_2026-02-09.csv");
    auto csv = CsvReader::open_file(MSSOPS_SHARED_DATA "/conflict/acled_haiti_2024-2025_raw_2026-02-09.csv");
    ASSERT_TRUE(csv);
    std::int64_t last_rows = 0;
    IncidentImportOptions options;
    options.progress = [&](std::int64_t rows, std::int64_t, std::int64_t) { last_rows = rows; };
    auto report =
        import_incidents(std::move(csv).value(), store_->incidents(), store::Actor{"test"}, options);
    ASSERT_TRUE(report) << report.error().message;
    EXPECT_EQ(report->rows, 4329);
    EXPECT_EQ(report->counts.created, 4329);
    EXPECT_EQ(report->skipped, 0);
    EXPECT_EQ(last_rows, 4329);
    auto by_adm1 = store_->incidents().aggregate({store::AggregateBy::adm1, domain::IncidentPeriod::month});
    ASSERT_TRUE(by_adm1);
    std::int64_t ouest = 0, all = 0;
    for (const auto& row : *by_adm1) {
        all += row.events;
        if (row.unit == "Ouest") ouest += row.events;
    }
    EXPECT_EQ(all, 4329);
    EXPECT_EQ(ouest, 3248);
}

namespace {

/// Creates the source record admin units and incidents cite.
void add_source(store::Store& store, const std::string& key) {
    auto created = store.records().create(
        "sources", {{"key", key}, {"publisher", std::string("OCHA")}, {"title", std::string("Haiti COD-AB")}},
        store::Actor{"test"});
    ASSERT_TRUE(created) << created.error().message;
}

/// Loads Haiti's OCHA COD-AB departments and communes as `mssops boundaries import` does.
void load_ocha_boundaries(store::Store& store) {
    add_source(store, "ocha-cod-ab-hti");
    for (int level : {1, 2}) {
        ingest::BoundaryOptions options;
        options.level = level;
        options.source_id = "ocha-cod-ab-hti";
        auto units = ingest::read_boundaries(std::string(MSSOPS_SHARED_DATA) + "/boundaries/hti_admbnda_adm" +
                                                 std::to_string(level) + "_cnigs_20181129.geojson",
                                             options);
        ASSERT_TRUE(units) << units.error().field << ": " << units.error().message;
        std::vector<store::Change> changes;
        for (auto& unit : *units) changes.push_back({"admin_units", std::move(unit)});
        auto applied = store.records().apply(changes, store::Actor{"test"});
        ASSERT_TRUE(applied) << applied.error().field << ": " << applied.error().message;
    }
}

/// A unit square [x, x+1] x [0, 1] with P-code `pcode`, level 1.
domain::Fields square_unit(const std::string& pcode, int x) {
    std::string left = std::to_string(x), right = std::to_string(x + 1);
    std::string key = pcode;
    for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return {{"key", key},
            {"pcode", pcode},
            {"name", pcode},
            {"level", std::int64_t{1}},
            {"country", std::string("HTI")},
            {"source_id", std::string("src")},
            {"geometry", R"({"type":"Polygon","coordinates":[[[)" + left + ",0],[" + right + ",0],[" + right +
                             ",1],[" + left + ",1],[" + left + ",0]]]}"}};
}

}  // namespace

TEST_F(incident_import, places_events_in_the_stored_units_and_keeps_pcodes_the_file_gives) {
    add_source(*store_, "src");
    for (auto [pcode, x] : {std::pair{"HT01", 0}, std::pair{"HT02", 1}})
        ASSERT_TRUE(store_->records().create("admin_units", square_unit(pcode, x), store::Actor{"test"}));
    auto locators = load_admin_unit_locators(store_->records());
    ASSERT_TRUE(locators);
    EXPECT_TRUE(locators->adm1);
    EXPECT_FALSE(locators->adm2);
    IncidentImportOptions options;
    locators->use_in(options);
    auto report = import_text(
        "event_id_cnty,event_date,event_type,latitude,longitude,adm1_pcode\n"
        "a,2024-01-01,Riots,0.5,0.5,\n"
        "b,2024-01-01,Riots,0.5,1.5,\n"
        "c,2024-01-01,Riots,0.5,1.5,HT09\n"
        "d,2024-01-01,Riots,,,\n",
        options);
    EXPECT_EQ(report.located, 2);
    EXPECT_EQ(report.outside_units, 0);
    EXPECT_EQ(*store_->incidents().find_by_key("a")->text("adm1_pcode"), "HT01");
    EXPECT_EQ(*store_->incidents().find_by_key("b")->text("adm1_pcode"), "HT02");
    EXPECT_EQ(*store_->incidents().find_by_key("c")->text("adm1_pcode"), "HT09");  // The file's code stands.
    EXPECT_EQ(store_->incidents().find_by_key("d")->text("adm1_pcode"), nullptr);
    auto by_adm1 = store_->incidents().aggregate({store::AggregateBy::adm1, domain::IncidentPeriod::month});
    ASSERT_TRUE(by_adm1);
    std::map<std::string, std::int64_t> events;
    for (const auto& row : *by_adm1) events[row.pcode] += row.events;
    EXPECT_EQ(events, (std::map<std::string, std::int64_t>{{"", 1}, {"HT01", 1}, {"HT02", 1}, {"HT09", 1}}));
}

TEST_F(incident_import, counts_points_outside_every_unit_and_lists_the_first_keys) {
    add_source(*store_, "src");
    ASSERT_TRUE(store_->records().create("admin_units", square_unit("HT01", 0), store::Actor{"test"}));
    auto locators = load_admin_unit_locators(store_->records());
    ASSERT_TRUE(locators);
    IncidentImportOptions options;
    locators->use_in(options);
    options.max_reported_outside = 2;
    auto report = import_text(
        "event_id_cnty,event_date,event_type,latitude,longitude\n"
        "sea1,2024-01-01,Riots,5,5\n"
        "in,2024-01-01,Riots,0.5,0.5\n"
        "sea2,2024-01-01,Riots,-5,5\n"
        "sea3,2024-01-01,Riots,5,-5\n",
        options);
    EXPECT_EQ(report.located, 1);
    EXPECT_EQ(report.outside_units, 3);
    EXPECT_EQ(report.outside_keys, (std::vector<std::string>{"sea1", "sea2"}));
    EXPECT_EQ(store_->incidents().find_by_key("sea1")->text("adm1_pcode"), nullptr);
}

TEST_F(incident_import, an_empty_store_has_no_locators) {
    auto locators = load_admin_unit_locators(store_->records());
    ASSERT_TRUE(locators);
    EXPECT_TRUE(locators->empty());
}

TEST_F(incident_import, gives_the_real_acled_extract_ocha_pcodes_by_point_in_polygon) {
    MSSOPS_SKIP_WITHOUT_SHARED(MSSOPS_SHARED_DATA "/conflict/acled_haiti_2024-2025_raw_2026-02-09.csv");
    MSSOPS_SKIP_WITHOUT_SHARED(MSSOPS_SHARED_DATA "/boundaries/hti_admbnda_adm2_cnigs_20181129.geojson");
    load_ocha_boundaries(*store_);
    auto locators = load_admin_unit_locators(store_->records());
    ASSERT_TRUE(locators);
    ASSERT_TRUE(locators->adm1 && locators->adm2);
    EXPECT_EQ(locators->adm1->size(), 10u);
    IncidentImportOptions options;
    locators->use_in(options);
    auto csv = CsvReader::open_file(MSSOPS_SHARED_DATA "/conflict/acled_haiti_2024-2025_raw_2026-02-09.csv");
    ASSERT_TRUE(csv);
    auto report =
        import_incidents(std::move(csv).value(), store_->incidents(), store::Actor{"test"}, options);
    ASSERT_TRUE(report) << report.error().message;
    EXPECT_EQ(report->counts.created, 4329);
    EXPECT_EQ(report->located + report->outside_units, 4329);
    // ACLED's "Coast of ..." events: their points lie at sea, in no commune; their department is the
    // one their admin1 names.
    EXPECT_EQ(report->outside_units, 24);
    EXPECT_EQ(report->located_by_name, 24);
    EXPECT_EQ(report->outside_keys.size(), 10u);
    // ACLED names the department; the point says which OCHA unit holds it: all of Ouest on land is HT01,
    // and the events at sea off Ouest are placed in it by name, so the department is not split.
    auto by_adm1 = store_->incidents().aggregate({store::AggregateBy::adm1, domain::IncidentPeriod::month});
    ASSERT_TRUE(by_adm1);
    std::map<std::string, std::int64_t> ouest;
    for (const auto& row : *by_adm1)
        if (row.unit == "Ouest") ouest[row.pcode] += row.events;
    EXPECT_EQ(ouest, (std::map<std::string, std::int64_t>{{"HT01", 3248}}));
}
