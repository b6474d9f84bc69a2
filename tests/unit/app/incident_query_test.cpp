#include "app/incident_query.hpp"

#include <gtest/gtest.h>

#include "seeded_store.hpp"

namespace mssops::app {
namespace {

using domain::ErrorCode;

// Incidents in Haiti (the mss-haiti mission's host country) and one in the Dominican Republic.
class IncidentQueries : public SeededStore {
protected:
    // A good row, then one whose fatalities are not a number (line 3, column 4).
    const std::string one_bad_row =
        "event_id_cnty,event_date,event_type,fatalities\nHTI10,2024-11-01,Riots,0\nHTI11,2024-11-02,Riots,"
        "x\n";

    void SetUp() override {
        SeededStore::SetUp();
        add("hti1", "2024-10-01", "Battles", "HTI", 3, true);
        add("hti2", "2024-10-02", "Riots", "HTI", 1, false);
        add("hti3", "2024-10-09", "Battles", "HTI", 2, true);
        add("dom1", "2024-10-03", "Riots", "DOM", 0, true);
    }
    void add(const std::string& key, const std::string& date, const std::string& type,
             const std::string& country, std::int64_t fatalities, bool located) {
        domain::Fields fields{{"key", key},
                              {"date", date},
                              {"event_type", type},
                              {"country", country},
                              {"fatalities", fatalities},
                              {"adm1_pcode", std::string("HT01")}};
        if (located) {
            fields.emplace("latitude", 18.5);
            fields.emplace("longitude", -72.3);
        }
        auto created = store().incidents().create(fields, {"test"});
        ASSERT_TRUE(created) << created.error().message;
    }
    std::vector<std::string> keys(const std::vector<domain::Record>& records) {
        std::vector<std::string> found;
        for (const auto& record : records) found.push_back(record.key());
        return found;
    }
    IncidentImportQuery haiti_import() {
        IncidentImportQuery query;
        query.country = "Haiti";
        query.file_name = "events.csv";
        return query;
    }
    std::function<domain::Result<ingest::CsvReader>()> text(std::string csv) {
        return [csv] { return ingest::CsvReader::from_text(csv, "events.csv"); };
    }
};

TEST_F(IncidentQueries, a_mission_scopes_the_list_to_its_host_country_newest_first) {
    auto page = list_incidents(store(), IncidentListQuery{.mission = "mss-haiti"});
    ASSERT_TRUE(page) << page.error().message;
    EXPECT_EQ(page->total, 3);
    EXPECT_EQ(keys(page->items), (std::vector<std::string>{"hti3", "hti2", "hti1"}));
}

TEST_F(IncidentQueries, a_mission_with_another_country_names_country) {
    IncidentListQuery query{.mission = "mss-haiti"};
    query.filters.country = "DOM";
    auto page = list_incidents(store(), query);
    ASSERT_FALSE(page);
    EXPECT_EQ(page.error().code, ErrorCode::invalid_input);
    EXPECT_EQ(page.error().field, "country");
    EXPECT_EQ(page.error().message, "must be the mission's host country HTI or absent, got \"DOM\"");
}

TEST_F(IncidentQueries, an_unknown_mission_is_not_found_naming_mission) {
    auto page = list_incidents(store(), IncidentListQuery{.mission = "nowhere"});
    ASSERT_FALSE(page);
    EXPECT_EQ(page.error().code, ErrorCode::not_found);
    EXPECT_EQ(page.error().field, "mission");
    EXPECT_EQ(page.error().message, "no mission has the slug \"nowhere\"");
}

TEST_F(IncidentQueries, each_incident_visits_every_selected_incident_beyond_the_page) {
    IncidentListQuery query;
    query.filters.limit = 1;
    query.filters.event_types = {"Riots"};
    std::vector<std::string> visited;
    auto done = each_incident(store(), query, [&](const domain::Record& r) { visited.push_back(r.key()); });
    ASSERT_TRUE(done) << done.error().message;
    EXPECT_EQ(visited, (std::vector<std::string>{"dom1", "hti2"}));
}

TEST_F(IncidentQueries, an_incident_is_found_by_its_id_or_its_key) {
    auto by_key = find_incident(store(), "hti2");
    ASSERT_TRUE(by_key) << by_key.error().message;
    auto by_id = find_incident(store(), std::to_string(by_key->id));
    ASSERT_TRUE(by_id) << by_id.error().message;
    EXPECT_EQ(by_id->key(), "hti2");
    auto missing = find_incident(store(), "hti404");
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::not_found);
}

TEST_F(IncidentQueries, the_aggregate_counts_the_mission_country_per_week_and_type) {
    IncidentAggregateQuery query{.mission = "mss-haiti"};
    query.counting.by = store::AggregateBy::none;
    auto aggregate = aggregate_incidents(store(), query);
    ASSERT_TRUE(aggregate) << aggregate.error().message;
    EXPECT_EQ(aggregate->query.country, "HTI");
    std::vector<std::tuple<std::string, std::string, std::int64_t, std::int64_t>> rows;
    for (const auto& row : aggregate->rows)
        rows.emplace_back(row.period, row.event_type, row.events, row.fatalities);
    EXPECT_EQ(
        rows,
        (std::vector<std::tuple<std::string, std::string, std::int64_t, std::int64_t>>{
            {"2024-W40", "Battles", 1, 3}, {"2024-W40", "Riots", 1, 1}, {"2024-W41", "Battles", 1, 2}}));
}

TEST_F(IncidentQueries, points_keep_located_incidents_and_count_the_others) {
    auto points = incident_points(store(), IncidentPointsQuery{.limit = 3, .offset = 0});
    ASSERT_TRUE(points) << points.error().message;
    EXPECT_EQ(keys(points->located), (std::vector<std::string>{"hti3", "dom1"}));
    EXPECT_EQ(points->read, 3);
    EXPECT_EQ(points->total, 4);
    EXPECT_EQ(points->without_coordinates, 1);
}

TEST_F(IncidentQueries, an_import_creates_events_citing_a_source_for_the_file) {
    std::string cited;
    bool publisher_known = true;
    auto query = haiti_import();
    query.cited = [&](const std::string& source, bool known) {
        cited = source;
        publisher_known = known;
    };
    auto imported = import_incident_file(store(), query, text(one_bad_row), {"test"});
    ASSERT_TRUE(imported) << imported.error().message;
    EXPECT_TRUE(imported->report.committed);
    EXPECT_EQ(imported->report.counts.created, 1);
    EXPECT_EQ(imported->report.skipped, 1);
    EXPECT_EQ(imported->source_id, "import-events-csv");
    EXPECT_EQ(cited, "import-events-csv");
    EXPECT_FALSE(publisher_known);
    EXPECT_FALSE(imported->publisher_known);
    // The seeded store holds no admin units: nothing was placed in one.
    EXPECT_FALSE(imported->located_points);
    auto stored = find_incident(store(), "hti10");
    ASSERT_TRUE(stored) << stored.error().message;
    EXPECT_EQ(*stored->text("country"), "HTI");
}

TEST_F(IncidentQueries, a_strict_import_with_a_bad_row_writes_nothing) {
    auto query = haiti_import();
    query.mode = ingest::ImportMode::strict;
    auto imported = import_incident_file(store(), query, text(one_bad_row), {"test"});
    ASSERT_TRUE(imported) << imported.error().message;
    EXPECT_FALSE(imported->report.committed);
    ASSERT_EQ(imported->report.errors.size(), 1u);
    EXPECT_EQ(imported->report.errors[0].field, "events.csv:3:4");
    EXPECT_FALSE(find_incident(store(), "hti10"));
}

TEST_F(IncidentQueries, an_import_names_a_country_the_store_does_not_know_before_opening_the_file) {
    auto query = haiti_import();
    query.country = "Atlantis";
    bool opened = false;
    auto imported = import_incident_file(store(), query,
                                         [&]() -> domain::Result<ingest::CsvReader> {
                                             opened = true;
                                             return domain::Error::unavailable("not opened");
                                         },
                                         {"test"});
    ASSERT_FALSE(imported);
    EXPECT_FALSE(opened);
    EXPECT_EQ(imported.error().field, "country");
    EXPECT_EQ(imported.error().message,
              "must be an ISO3 code or a country name the store knows, got \"Atlantis\"");
}

TEST_F(IncidentQueries, a_required_placement_fails_when_the_store_holds_no_admin_units) {
    auto query = haiti_import();
    query.assignment = PcodeAssignment::required;
    auto imported =
        import_incident_file(store(), query, text("event_id_cnty,event_date,event_type\n"), {"test"});
    ASSERT_FALSE(imported);
    EXPECT_EQ(imported.error().field, "assign_pcodes");
    EXPECT_EQ(imported.error().message,
              "the store holds no admin units; run `mssops boundaries import` or `default` first");
}

}  // namespace
}  // namespace mssops::app
