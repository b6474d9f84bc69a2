#include "store/postgres/postgres_incident_store.hpp"

#include "unit/store/store_fixture.hpp"

// The incident store's behaviour on every backend, so the PostgreSQL port is held to the SQLite one.
namespace mssops::store::testing {
namespace {

using domain::ErrorCode;
using domain::Fields;

Fields incident(const std::string& key, const std::string& date, const std::string& type,
                const std::string& admin1, std::int64_t fatalities) {
    return {{"key", key},
            {"date", date},
            {"event_type", type},
            {"admin1", admin1},
            {"adm1_pcode", admin1 == "Ouest" ? std::string("HT01") : std::string("HT02")},
            {"fatalities", fatalities},
            {"actor1", std::string("Viv Ansanm")},
            {"latitude", 18.5}};
}

class IncidentParityTest : public StoreTest {
protected:
    IncidentStore& incidents() { return store_->incidents(); }

    std::vector<AggregateRow> by_month() {
        AggregateQuery query;
        query.period = domain::IncidentPeriod::month;
        auto rows = incidents().aggregate(query);
        if (!rows) ADD_FAILURE() << rows.error().message;
        return rows ? *rows : std::vector<AggregateRow>{};
    }
};

TEST_P(IncidentParityTest, creates_reads_and_refuses_a_taken_key) {
    auto created = incidents().create(incident("ht-1", "2024-10-03", "Battles", "Ouest", 3), alice_);
    ASSERT_TRUE(created) << created.error().message;
    auto read = incidents().get(created->id);
    ASSERT_TRUE(read);
    EXPECT_EQ(read->fields, created->fields);
    EXPECT_EQ(read->number("latitude"), 18.5);
    EXPECT_EQ(incidents().find_by_key("ht-1")->id, created->id);
    auto taken = incidents().create(incident("ht-1", "2024-10-03", "Battles", "Ouest", 3), alice_);
    ASSERT_FALSE(taken);
    EXPECT_EQ(taken.error().code, ErrorCode::conflict);
    auto unkeyed = incident("x", "2024-10-04", "Riots", "Ouest", 0);
    unkeyed.erase("key");
    auto made = incidents().create(unkeyed, alice_);
    ASSERT_TRUE(made);
    EXPECT_EQ(made->key().rfind("mssops-", 0), 0u);
}

TEST_P(IncidentParityTest, updates_and_retirements_move_the_rollups) {
    auto a = incidents().create(incident("a", "2024-10-03", "Battles", "Ouest", 3), alice_);
    auto b = incidents().create(incident("b", "2024-11-03", "Battles", "Ouest", 1), alice_);
    ASSERT_TRUE(a && b);
    ASSERT_EQ(by_month().size(), 2u);
    auto moved = incidents().update(a->id, {{"date", std::string("2024-11-20")}}, alice_, 1);
    ASSERT_TRUE(moved) << moved.error().message;
    auto rows = by_month();
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].period, "2024-11");
    EXPECT_EQ(rows[0].pcode, "HT01");
    EXPECT_EQ(rows[0].events, 2);
    EXPECT_EQ(rows[0].fatalities, 4);
    auto stale = incidents().update(a->id, {{"fatalities", std::int64_t{9}}}, alice_, 1);
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().code, ErrorCode::conflict);
    ASSERT_TRUE(incidents().retire(b->id, alice_));
    rows = by_month();
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].events, 1);
    EXPECT_EQ(incidents().list({})->total, 1);
    EXPECT_EQ(incidents().list({.include_retired = true})->total, 2);
    EXPECT_EQ(store_->audit().list({.kind = "incidents"})->size(), 4u);
}

TEST_P(IncidentParityTest, lists_newest_first_and_filters) {
    for (int day = 1; day <= 5; ++day)
        ASSERT_TRUE(
            incidents().create(incident("e" + std::to_string(day), "2024-10-0" + std::to_string(day),
                                        day % 2 ? "Battles" : "Riots", day < 3 ? "Ouest" : "Artibonite", day),
                               alice_));
    auto page = incidents().list({.from = "2024-10-02", .event_types = {"Battles"}, .limit = 1});
    ASSERT_TRUE(page);
    EXPECT_EQ(page->total, 2);
    ASSERT_EQ(page->items.size(), 1u);
    EXPECT_EQ(page->items[0].key(), "e5");
    std::vector<std::string> seen;
    ASSERT_TRUE(incidents().each({.admin1 = "Artibonite"},
                                 [&](const domain::Record& r) { seen.push_back(r.key()); }));
    EXPECT_EQ(seen, (std::vector<std::string>{"e5", "e4", "e3"}));
    AggregateQuery by_actor;
    by_actor.period = domain::IncidentPeriod::month;
    by_actor.by = AggregateBy::none;
    by_actor.actor = "Viv Ansanm";
    auto rows = incidents().aggregate(by_actor);
    ASSERT_TRUE(rows);
    std::int64_t events = 0;
    for (const auto& row : *rows) events += row.events;
    EXPECT_EQ(events, 5);
}

TEST_P(IncidentParityTest, an_import_lands_whole_or_not_at_all) {
    auto counts = incidents().import(alice_, [](IncidentImport& import) -> domain::Result<ImportSummary> {
        for (const char* key : {"i1", "i2", "i3"})
            if (auto put = import.put(incident(key, "2024-10-03", "Battles", "Ouest", 1)); !put)
                return put.error();
        return ImportSummary{.file = ImportedFile{.name = "acled.csv"}};
    });
    ASSERT_TRUE(counts) << counts.error().message;
    EXPECT_EQ(counts->created, 3);
    auto second = incidents().import(alice_, [](IncidentImport& import) -> domain::Result<ImportSummary> {
        auto same = import.put(incident("i1", "2024-10-03", "Battles", "Ouest", 1));
        if (!same || *same != UpsertOutcome::unchanged) return domain::Error::internal("expected unchanged");
        auto changed = import.put(incident("i2", "2024-10-03", "Battles", "Ouest", 7));
        if (!changed || *changed != UpsertOutcome::updated)
            return domain::Error::internal("expected updated");
        auto retired = import.retire_key("i3");
        if (!retired || !*retired) return domain::Error::internal("expected retired");
        return ImportSummary{};
    });
    ASSERT_TRUE(second) << second.error().message;
    EXPECT_EQ(second->unchanged, 1);
    EXPECT_EQ(second->updated, 1);
    EXPECT_EQ(second->retired, 1);
    auto failed = incidents().import(alice_, [](IncidentImport& import) -> domain::Result<ImportSummary> {
        if (auto put = import.put(incident("i9", "2024-10-03", "Battles", "Ouest", 1)); !put)
            return put.error();
        return domain::Error::invalid("acled.csv:3:1", "bad row");
    });
    ASSERT_FALSE(failed);
    EXPECT_FALSE(incidents().find_by_key("i9"));
    auto rows = by_month();
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].events, 2);
    EXPECT_EQ(rows[0].fatalities, 8);
}

INSTANTIATE_TEST_SUITE_P(backends, IncidentParityTest, ::testing::ValuesIn(test_backends()));

}  // namespace
}  // namespace mssops::store::testing
