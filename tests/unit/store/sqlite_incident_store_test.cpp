#include "store/sqlite/sqlite_incident_store.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <random>

#include "store/sqlite/sqlite_store.hpp"
#include "unit/store/incident_row_fill.hpp"

using namespace mssops;
using namespace mssops::store;
using domain::Fields;
using mssops::store::testing::fill;

namespace {

Fields incident(std::string key, std::string date, std::string type, std::string admin1,
                std::int64_t fatalities) {
    return Fields{{"key", std::move(key)},         {"date", std::move(date)},
                  {"event_type", std::move(type)}, {"admin1", std::move(admin1)},
                  {"fatalities", fatalities},      {"actor1", std::string("Viv Ansanm")}};
}

AuditQuery audit_of(std::int64_t record_id) {
    AuditQuery query;
    query.kind = "incidents";
    query.record_id = record_id;
    return query;
}

class sqlite_incident_store : public ::testing::Test {
protected:
    void SetUp() override {
        path_ = ::testing::TempDir() + "incidents_" +
                ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".db";
        std::remove(path_.c_str());
        auto opened = SqliteStore::open(path_);
        ASSERT_TRUE(opened) << opened.error().message;
        store_ = std::move(opened).value();
    }
    void TearDown() override {
        store_.reset();
        for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path_ + suffix).c_str());
    }
    IncidentStore& incidents() { return store_->incidents(); }
    Actor who{"test"};
    std::string path_;
    std::unique_ptr<SqliteStore> store_;
};

}  // namespace

TEST_F(sqlite_incident_store, creates_and_reads_back_an_incident) {
    auto created = incidents().create(incident("hti1", "2024-10-03", "Battles", "Ouest", 2), who);
    ASSERT_TRUE(created) << created.error().message;
    EXPECT_EQ(created->version, 1);
    auto read = incidents().get(created->id);
    ASSERT_TRUE(read);
    EXPECT_EQ(read->fields, created->fields);
    EXPECT_EQ(*read->text("admin1"), "Ouest");
    auto by_key = incidents().find_by_key("hti1");
    ASSERT_TRUE(by_key);
    EXPECT_EQ(by_key->id, created->id);
}

TEST_F(sqlite_incident_store, gives_a_key_to_an_incident_entered_without_one) {
    Fields fields = incident("x", "2024-10-03", "Battles", "Ouest", 0);
    fields.erase("key");
    auto created = incidents().create(fields, who);
    ASSERT_TRUE(created);
    EXPECT_EQ(created->key(), "mssops-1");
}

TEST_F(sqlite_incident_store, refuses_a_taken_key_and_an_invalid_field) {
    ASSERT_TRUE(incidents().create(incident("hti1", "2024-10-03", "Battles", "Ouest", 0), who));
    auto again = incidents().create(incident("hti1", "2024-10-04", "Riots", "Nord", 0), who);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, domain::ErrorCode::conflict);
    EXPECT_EQ(again.error().field, "key");
    auto bad = incidents().create(incident("hti2", "2024-10-03", "Battles", "Ouest", -1), who);
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().field, "fatalities");
    EXPECT_EQ(bad.error().message, "must be between 0 and 100000, got -1");
}

TEST_F(sqlite_incident_store, an_update_moves_the_event_between_rollup_cells_and_is_audited) {
    auto created = incidents().create(incident("hti1", "2024-10-03", "Battles", "Ouest", 2), who);
    ASSERT_TRUE(created);
    auto updated = incidents().update(
        created->id, {{"admin1", std::string("Nord")}, {"fatalities", std::int64_t{5}}}, who, 1);
    ASSERT_TRUE(updated) << updated.error().message;
    EXPECT_EQ(updated->version, 2);
    auto rows = incidents().aggregate({AggregateBy::adm1, domain::IncidentPeriod::day});
    ASSERT_TRUE(rows);
    ASSERT_EQ(rows->size(), 1u);
    EXPECT_EQ((*rows)[0].unit, "Nord");
    EXPECT_EQ((*rows)[0].period, "2024-10-03");
    EXPECT_EQ((*rows)[0].fatalities, 5);
    auto stale = incidents().update(created->id, {{"fatalities", std::int64_t{6}}}, who, 1);
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().code, domain::ErrorCode::conflict);
    auto audit = store_->audit().list(audit_of(created->id));
    ASSERT_TRUE(audit);
    ASSERT_EQ(audit->size(), 2u);
    EXPECT_EQ((*audit)[0].action, "update");
    EXPECT_EQ((*audit)[1].action, "create");
}

TEST_F(sqlite_incident_store, an_update_that_changes_nothing_writes_nothing) {
    auto created = incidents().create(incident("hti1", "2024-10-03", "Battles", "Ouest", 2), who);
    ASSERT_TRUE(created);
    auto same = incidents().update(created->id, {{"fatalities", std::int64_t{2}}}, who);
    ASSERT_TRUE(same);
    EXPECT_EQ(same->version, 1);
}

TEST_F(sqlite_incident_store, retiring_leaves_lists_and_aggregates) {
    auto created = incidents().create(incident("hti1", "2024-10-03", "Battles", "Ouest", 2), who);
    ASSERT_TRUE(created);
    auto retired = incidents().retire(created->id, who);
    ASSERT_TRUE(retired);
    EXPECT_TRUE(retired->retired);
    EXPECT_EQ(incidents().list({})->total, 0);
    IncidentQuery with_retired;
    with_retired.include_retired = true;
    EXPECT_EQ(incidents().list(with_retired)->total, 1);
    EXPECT_TRUE(incidents().aggregate({})->empty());
    auto missing = incidents().get(99);
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().message, "no incident has id 99");
}

TEST_F(sqlite_incident_store, lists_newest_first_with_filters_and_paging) {
    ASSERT_TRUE(incidents().create(incident("a", "2024-10-01", "Battles", "Ouest", 0), who));
    ASSERT_TRUE(incidents().create(incident("b", "2024-10-05", "Riots", "Nord", 0), who));
    ASSERT_TRUE(incidents().create(incident("c", "2024-10-09", "Battles", "Ouest", 0), who));
    IncidentQuery query;
    query.event_types = {"Battles"};
    query.limit = 1;
    auto page = incidents().list(query);
    ASSERT_TRUE(page);
    EXPECT_EQ(page->total, 2);
    ASSERT_EQ(page->items.size(), 1u);
    EXPECT_EQ(page->items[0].key(), "c");
    query = {};
    query.from = "2024-10-02";
    query.to = "2024-10-08";
    EXPECT_EQ(incidents().list(query)->items.at(0).key(), "b");
    query = {};
    query.actor = "Viv Ansanm";
    query.admin1 = "Ouest";
    EXPECT_EQ(incidents().list(query)->total, 2);
    query = {};
    query.limit = 0;
    auto bad = incidents().list(query);
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().field, "limit");
    EXPECT_EQ(bad.error().message, "must be between 1 and 1000, got 0");
}

TEST_F(sqlite_incident_store, rollups_equal_a_group_by_after_mixed_writes) {
    std::mt19937 random(7);
    const char* types[] = {"Battles", "Riots", "Protests"};
    const char* units[] = {"Ouest", "Nord", "Centre"};
    std::vector<std::int64_t> ids;
    auto result = incidents().import(who, [&](IncidentImport& import) -> domain::Result<ImportSummary> {
        for (int i = 0; i < 300; ++i) {
            char date[16];
            std::snprintf(date, sizeof date, "2024-10-%02d", static_cast<int>(1 + random() % 28));
            auto put = import.put(incident("k" + std::to_string(i), date, types[random() % 3],
                                           units[random() % 3], random() % 4));
            if (!put) return put.error();
        }
        for (int i = 0; i < 30; ++i) (void)import.retire_key("k" + std::to_string(random() % 300));
        return ImportSummary{};
    });
    ASSERT_TRUE(result) << result.error().message;
    for (int i = 0; i < 40; ++i) {
        auto found = incidents().find_by_key("k" + std::to_string(random() % 300));
        ASSERT_TRUE(found);
        if (i % 3 == 0)
            ASSERT_TRUE(incidents().retire(found->id, who));
        else
            ASSERT_TRUE(incidents().update(
                found->id,
                {{"admin1", std::string(units[random() % 3])}, {"fatalities", std::int64_t(random() % 9)}},
                who));
    }
    auto database = SqliteDatabase::open(path_);
    ASSERT_TRUE(database);
    auto differences = (*database)->read([](SqliteConnection& connection) -> domain::Result<std::int64_t> {
        auto statement = connection.prepare(
            "SELECT count(*) FROM (SELECT day, coalesce(admin1, '') AS unit, event_type, count(*) AS events, "
            "sum(fatalities) AS fatalities FROM incidents WHERE retired = 0 GROUP BY 1, 2, 3 "
            "EXCEPT SELECT day, unit, event_type, events, fatalities FROM incident_rollup_adm1) "
            "UNION ALL SELECT count(*) FROM (SELECT day, unit, event_type, events, fatalities FROM "
            "incident_rollup_adm1 "
            "EXCEPT SELECT day, coalesce(admin1, ''), event_type, count(*), sum(fatalities) FROM incidents "
            "WHERE retired = 0 GROUP BY 1, 2, 3)");
        if (!statement) return statement.error();
        std::int64_t total = 0;
        for (;;) {
            auto row = statement->step();
            if (!row) return row.error();
            if (!*row) break;
            total += statement->integer(0);
        }
        return total;
    });
    ASSERT_TRUE(differences) << differences.error().message;
    EXPECT_EQ(*differences, 0);
    auto live = incidents().list({});
    ASSERT_TRUE(live);
    std::int64_t counted = 0;
    // Held in a variable: a range-for over *temporary would read the rows after the Result is gone.
    auto rows = incidents().aggregate({AggregateBy::none, domain::IncidentPeriod::month});
    ASSERT_TRUE(rows);
    for (const auto& row : *rows) counted += row.events;
    EXPECT_EQ(counted, live->total);
}

TEST_F(sqlite_incident_store, an_actor_aggregate_scans_and_agrees_with_the_rollups) {
    ASSERT_TRUE(incidents().create(incident("a", "2024-09-30", "Battles", "Ouest", 1), who));
    ASSERT_TRUE(incidents().create(incident("b", "2024-10-06", "Battles", "Ouest", 2), who));
    ASSERT_TRUE(incidents().create(incident("c", "2024-10-07", "Battles", "Ouest", 4), who));
    AggregateQuery query{AggregateBy::adm1, domain::IncidentPeriod::week};
    auto rollup = incidents().aggregate(query);
    query.actor = "Viv Ansanm";
    auto scanned = incidents().aggregate(query);
    ASSERT_TRUE(rollup);
    ASSERT_TRUE(scanned);
    ASSERT_EQ(rollup->size(), 2u);
    ASSERT_EQ(scanned->size(), 2u);
    for (std::size_t i = 0; i < 2; ++i) {
        EXPECT_EQ((*rollup)[i].period, (*scanned)[i].period);
        EXPECT_EQ((*rollup)[i].events, (*scanned)[i].events);
        EXPECT_EQ((*rollup)[i].fatalities, (*scanned)[i].fatalities);
    }
    EXPECT_EQ((*rollup)[0].period, "2024-W40");
    EXPECT_EQ((*rollup)[0].period_start, "2024-09-30");
    EXPECT_EQ((*rollup)[0].events, 2);
    EXPECT_EQ((*rollup)[1].period, "2024-W41");
}

namespace {

/// "name: sql" of every index on the incidents and rollup tables, sorted.
std::vector<std::string> incident_indexes(const std::string& path) {
    auto database = SqliteDatabase::open(path);
    EXPECT_TRUE(database);
    std::vector<std::string> indexes;
    auto read = (*database)->read([&](SqliteConnection& connection) -> domain::Result<void> {
        auto statement = connection.prepare(
            "SELECT name || ': ' || coalesce(sql, '') FROM sqlite_master WHERE type = 'index' AND tbl_name "
            "IN "
            "('incidents', 'incident_rollup_adm1', 'incident_rollup_adm2') ORDER BY name");
        if (!statement) return statement.error();
        for (;;) {
            auto row = statement->step();
            if (!row) return row.error();
            if (!*row) return {};
            indexes.push_back(statement->text(0));
        }
    });
    EXPECT_TRUE(read);
    return indexes;
}

}  // namespace

TEST_F(sqlite_incident_store, an_import_of_typed_rows_creates_keeps_and_updates_by_key) {
    IncidentRow row;
    auto put_all = [&](const std::vector<Fields>& events) {
        std::vector<UpsertOutcome> outcomes;
        auto counts = incidents().import(who, [&](IncidentImport& import) -> domain::Result<ImportSummary> {
            for (const auto& fields : events) {
                fill(row, fields);
                auto outcome = import.put(row);
                if (!outcome) return outcome.error();
                outcomes.push_back(*outcome);
            }
            return ImportSummary{};
        });
        EXPECT_TRUE(counts) << counts.error().message;
        return outcomes;
    };
    auto first = incident("a", "2024-10-01", "Riots", "Ouest", 1);
    auto second = incident("b", "2024-10-02", "Battles", "Nord", 2);
    EXPECT_EQ(put_all({first, second}), (std::vector{UpsertOutcome::created, UpsertOutcome::created}));
    auto changed = second;
    changed["fatalities"] = std::int64_t{5};
    EXPECT_EQ(put_all({first, changed}), (std::vector{UpsertOutcome::unchanged, UpsertOutcome::updated}));
    auto stored = incidents().find_by_key("b");
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->version, 2);
    EXPECT_EQ(stored->integer("fatalities"), 5);
    EXPECT_EQ(store_->audit().list(audit_of(stored->id))->size(), 1u);
    std::int64_t fatalities = 0;
    auto cells = incidents().aggregate({AggregateBy::adm1, domain::IncidentPeriod::month});
    ASSERT_TRUE(cells);
    for (const auto& cell : *cells) fatalities += cell.fatalities;
    EXPECT_EQ(fatalities, 6);
}

TEST_F(sqlite_incident_store, an_import_into_an_empty_table_builds_its_indexes_after_the_rows) {
    const auto before = incident_indexes(path_);
    // The key's, day, two actors, country and day, source, week and month for each rollup, and the
    // six list filters (008).
    ASSERT_EQ(before.size(), 16u);
    auto failed = incidents().import(who, [&](IncidentImport& import) -> domain::Result<ImportSummary> {
        if (auto put = import.put(incident("a", "2024-10-01", "Riots", "Ouest", 1)); !put) return put.error();
        return domain::Error::invalid("in.csv", "rejected");
    });
    ASSERT_FALSE(failed);
    EXPECT_EQ(incident_indexes(path_), before);  // Rolled back with the rows.
    auto done = incidents().import(who, [&](IncidentImport& import) -> domain::Result<ImportSummary> {
        if (auto put = import.put(incident("a", "2024-10-01", "Riots", "Ouest", 1)); !put) return put.error();
        return ImportSummary{};
    });
    ASSERT_TRUE(done) << done.error().message;
    EXPECT_EQ(incident_indexes(path_), before);
    IncidentQuery query;
    query.actor = "Viv Ansanm";
    EXPECT_EQ(incidents().list(query)->total, 1);
}
