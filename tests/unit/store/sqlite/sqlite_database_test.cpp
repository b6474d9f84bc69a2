#include "store/sqlite/sqlite_database.hpp"

#include <thread>

#include "store/sqlite/sqlite_record_store.hpp"
#include "unit/store/store_fixture.hpp"

namespace mssops::store::testing {
namespace {

using domain::ErrorCode;
using domain::Result;

Result<std::string> single_text(SqliteDatabase& database, const std::string& sql) {
    return database.read([&](SqliteConnection& connection) -> Result<std::string> {
        auto statement = connection.prepare(sql);
        if (!statement) return statement.error();
        auto row = statement->step();
        if (!row) return row.error();
        return statement->text(0);
    });
}

TEST(sqlite_database, opens_in_wal_mode_with_foreign_keys_on) {
    ScratchStore scratch("sqlite");
    auto database = SqliteDatabase::open(scratch.location());
    ASSERT_TRUE(database) << database.error().message;
    EXPECT_EQ(*single_text(**database, "PRAGMA journal_mode"), "wal");
    EXPECT_EQ(*single_text(**database, "PRAGMA foreign_keys"), "1");
    EXPECT_EQ(*single_text(**database, "PRAGMA synchronous"), "1");
}

TEST(sqlite_database, the_audit_log_refuses_updates_and_deletes) {
    ScratchStore scratch("sqlite");
    auto database = SqliteDatabase::open(scratch.location());
    ASSERT_TRUE(database);
    SqliteRecordStore records(**database);
    must_create(records, "sources", source_fields("article"));
    for (const char* sql : {"UPDATE audit SET actor = 'mallory'", "DELETE FROM audit"}) {
        auto changed = (*database)->write([&](SqliteConnection& connection) { return connection.exec(sql); });
        ASSERT_FALSE(changed) << sql;
        EXPECT_EQ(changed.error().code, ErrorCode::unavailable);
        EXPECT_NE(changed.error().message.find("the audit log is append-only"), std::string::npos);
    }
    EXPECT_EQ(*single_text(**database, "SELECT actor FROM audit"), "test");
}

TEST(sqlite_database, a_failed_write_rolls_back) {
    ScratchStore scratch("sqlite");
    auto database = SqliteDatabase::open(scratch.location());
    ASSERT_TRUE(database);
    auto failed = (*database)->write([](SqliteConnection& connection) -> Result<void> {
        if (auto ok = connection.exec("CREATE TABLE scratch (x INTEGER)"); !ok) return ok;
        return domain::Error::invalid("x", "refused");
    });
    ASSERT_FALSE(failed);
    EXPECT_EQ(*single_text(**database, "SELECT count(*) FROM sqlite_schema WHERE name = 'scratch'"), "0");
}

TEST(sqlite_database, serves_writers_on_several_threads) {
    ScratchStore scratch("sqlite");
    auto database = SqliteDatabase::open(scratch.location());
    ASSERT_TRUE(database);
    SqliteRecordStore records(**database);
    std::vector<std::thread> threads;
    std::atomic<int> failures{0};
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&, t] {
            for (int i = 0; i < 25; ++i) {
                auto key = "s-" + std::to_string(t) + "-" + std::to_string(i);
                if (!records.create("sources", source_fields(key), Actor{"test"})) ++failures;
                if (!records.list({.kind = "sources"})) ++failures;
            }
        });
    for (auto& thread : threads) thread.join();
    EXPECT_EQ(failures, 0);
    EXPECT_EQ(records.list({.kind = "sources"})->total, 100);
}

TEST(sqlite_database, a_bulk_write_alone_on_the_file_uses_a_rollback_journal_then_wal_again) {
    ScratchStore scratch("sqlite");
    auto database = SqliteDatabase::open(scratch.location());
    ASSERT_TRUE(database);
    auto mode = (*database)->bulk_write([](SqliteConnection& connection) -> Result<std::string> {
        if (auto ok = connection.exec("CREATE TABLE scratch (x INTEGER)"); !ok) return ok.error();
        auto statement = connection.prepare("PRAGMA journal_mode");
        if (!statement) return statement.error();
        if (auto row = statement->step(); !row) return row.error();
        return statement->text(0);
    });
    ASSERT_TRUE(mode) << mode.error().message;
    EXPECT_EQ(*mode, "delete");
    EXPECT_EQ(*single_text(**database, "PRAGMA journal_mode"), "wal");
    EXPECT_EQ(*single_text(**database, "PRAGMA synchronous"), "1");
    EXPECT_EQ(*single_text(**database, "SELECT count(*) FROM sqlite_schema WHERE name = 'scratch'"), "1");
}

TEST(sqlite_database, a_bulk_write_stays_in_wal_while_another_connection_is_open) {
    ScratchStore scratch("sqlite");
    auto database = SqliteDatabase::open(scratch.location());
    auto other = SqliteDatabase::open(scratch.location());
    ASSERT_TRUE(database && other);
    ASSERT_TRUE(single_text(**other, "SELECT 1"));  // Its connection stays open in its pool.
    auto mode = (*database)->bulk_write([](SqliteConnection& connection) -> Result<std::string> {
        auto statement = connection.prepare("PRAGMA journal_mode");
        if (!statement) return statement.error();
        if (auto row = statement->step(); !row) return row.error();
        return statement->text(0);
    });
    ASSERT_TRUE(mode) << mode.error().message;
    EXPECT_EQ(*mode, "wal");
}

TEST(sqlite_database, a_failed_bulk_write_rolls_back_and_leaves_wal_mode) {
    ScratchStore scratch("sqlite");
    auto database = SqliteDatabase::open(scratch.location());
    ASSERT_TRUE(database);
    auto failed = (*database)->bulk_write([](SqliteConnection& connection) -> Result<void> {
        if (auto ok = connection.exec("CREATE TABLE scratch (x INTEGER)"); !ok) return ok;
        return domain::Error::invalid("x", "refused");
    });
    ASSERT_FALSE(failed);
    EXPECT_EQ(*single_text(**database, "SELECT count(*) FROM sqlite_schema WHERE name = 'scratch'"), "0");
    EXPECT_EQ(*single_text(**database, "PRAGMA journal_mode"), "wal");
}

}  // namespace
}  // namespace mssops::store::testing
