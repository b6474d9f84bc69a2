#include "store/incident_importer.hpp"

#include "unit/store/incident_row_fill.hpp"
#include "unit/store/store_fixture.hpp"

// The one import algorithm (IncidentImporter) through each backend's IncidentRowWriter.
namespace mssops::store::testing {
namespace {

using domain::Fields;

Fields event(const std::string& key, std::int64_t fatalities) {
    return {{"key", key},
            {"date", std::string("2024-10-03")},
            {"event_type", std::string("Battles")},
            {"admin1", std::string("Ouest")},
            {"adm1_pcode", std::string("HT01")},
            {"fatalities", fatalities},
            {"latitude", 18.5}};
}

class IncidentImporterTest : public StoreTest {
protected:
    IncidentStore& incidents() { return store_->incidents(); }

    /// Imports `events` as typed rows; the summary names `file`.
    domain::Result<ImportCounts> import_rows(const std::vector<Fields>& events, const std::string& file) {
        return incidents().import(alice_, [&](IncidentImport& import) -> domain::Result<ImportSummary> {
            IncidentRow row;
            for (const auto& fields : events) {
                fill(row, fields);
                if (auto put = import.put(row); !put) return put.error();
            }
            return ImportSummary{.file = ImportedFile{.name = file, .rows = std::int64_t(events.size())}};
        });
    }

    std::int64_t fatalities_in_rollups() {
        auto cells = incidents().aggregate({AggregateBy::adm1, domain::IncidentPeriod::month});
        if (!cells) ADD_FAILURE() << cells.error().message;
        std::int64_t total = 0;
        if (cells)
            for (const auto& cell : *cells) total += cell.fatalities;
        return total;
    }
};

TEST_P(IncidentImporterTest, creates_keeps_updates_and_revives_rows_by_key) {
    auto first = import_rows({event("a", 1), event("b", 2)}, "one.csv");
    ASSERT_TRUE(first) << first.error().message;
    EXPECT_EQ(first->created, 2);
    auto b = incidents().find_by_key("b");
    ASSERT_TRUE(b);
    ASSERT_TRUE(incidents().retire(b->id, alice_));
    EXPECT_EQ(fatalities_in_rollups(), 1);
    // "a" is unchanged; "b" comes back from retirement with a new count.
    auto second = import_rows({event("a", 1), event("b", 5)}, "two.csv");
    ASSERT_TRUE(second) << second.error().message;
    EXPECT_EQ(second->created, 0);
    EXPECT_EQ(second->unchanged, 1);
    EXPECT_EQ(second->updated, 1);
    auto revived = incidents().find_by_key("b");
    ASSERT_TRUE(revived);
    EXPECT_FALSE(revived->retired);
    EXPECT_EQ(revived->version, 3);
    EXPECT_EQ(revived->integer("fatalities"), 5);
    EXPECT_EQ(fatalities_in_rollups(), 6);
}

TEST_P(IncidentImporterTest, writes_the_typed_summary_and_the_counts_in_the_import_audit_row) {
    ASSERT_TRUE(import_rows({event("a", 1)}, "acled.csv"));
    AuditQuery query;
    query.kind = "incidents";
    auto log = store_->audit().list(query);
    ASSERT_TRUE(log);
    ASSERT_FALSE(log->empty());
    EXPECT_EQ(log->front().action, "import");
    EXPECT_EQ(log->front().actor, "user:alice");
    EXPECT_EQ(log->front().after,
              R"({"file":"acled.csv","rows":1,"skipped":0,"located":0,"located_by_name":0,"outside_units":0,)"
              R"("created":1,"updated":0,"unchanged":0,"retired":0})");
}

TEST_P(IncidentImporterTest, refuses_a_row_that_breaks_the_rules_naming_the_field_and_writes_nothing) {
    Fields bad = event("b", 1);
    bad["latitude"] = 91.0;
    auto imported = import_rows({event("a", 1), bad}, "bad.csv");
    ASSERT_FALSE(imported);
    EXPECT_EQ(imported.error().field, "latitude");
    EXPECT_EQ(imported.error().message, "must be between -90 and 90, got 91");
    EXPECT_FALSE(incidents().find_by_key("a"));
    EXPECT_EQ(audit_count(*store_), 0u);
}

TEST_P(IncidentImporterTest, refuses_a_row_citing_a_source_the_store_does_not_hold) {
    Fields cited = event("a", 1);
    cited["source_id"] = std::string("nowhere");
    auto imported = import_rows({cited}, "cited.csv");
    ASSERT_FALSE(imported);
    EXPECT_EQ(imported.error().field, "source_id");
    EXPECT_EQ(imported.error().message, "no sources record has key \"nowhere\"");
    must_create(records(), "sources", source_fields("somewhere"));
    cited["source_id"] = std::string("somewhere");
    auto again = import_rows({cited}, "cited.csv");
    ASSERT_TRUE(again) << again.error().message;
    EXPECT_EQ(again->created, 1);
}

INSTANTIATE_TEST_SUITE_P(backends, IncidentImporterTest, ::testing::ValuesIn(test_backends()));

}  // namespace
}  // namespace mssops::store::testing
