#include "store/store.hpp"

#include <filesystem>

#include "store/migration.hpp"
#include "unit/store/store_fixture.hpp"

namespace mssops::store::testing {
namespace {

using domain::ErrorCode;

class StoreLifeTest : public StoreTest {};

std::vector<std::string> embedded_names(const std::string& backend) {
    std::vector<std::string> names;
    for (const auto& migration : migrations_for(backend == "sqlite" ? "sqlite" : "postgres"))
        names.emplace_back(migration.name);
    return names;
}

TEST_P(StoreLifeTest, names_its_backend) {
    EXPECT_EQ(store_->backend(), GetParam());
}

TEST_P(StoreLifeTest, reopening_keeps_records_and_audit) {
    auto created = must_create(records(), "sources", source_fields("article"));
    reopen();
    auto stored = records().get("sources", created.id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->fields, created.fields);
    EXPECT_EQ(audit_count(*store_), 1u);
}

TEST_P(StoreLifeTest, applies_every_migration_once) {
    auto applied = store_->applied_migrations();
    ASSERT_TRUE(applied) << applied.error().message;
    EXPECT_FALSE(applied->empty());
    EXPECT_EQ(*applied, embedded_names(GetParam()));
    EXPECT_EQ(applied->front(), "001_records");
    reopen();
    reopen();
    auto again = store_->applied_migrations();
    ASSERT_TRUE(again);
    EXPECT_EQ(*again, *applied);
}

TEST_P(StoreLifeTest, a_backup_opens_as_a_store_holding_what_was_there) {
    if (GetParam() == "postgresql") GTEST_SKIP() << "PostgreSQL is backed up with pg_dump";
    auto created = must_create(records(), "sources", source_fields("article"));
    ASSERT_TRUE(records().update("sources", created.id, {{"title", std::string("Second")}}, alice_));
    const std::string backup = scratch_->file("backup.db");
    auto made = store_->backup(backup);
    ASSERT_TRUE(made) << made.error().message;
    must_create(records(), "sources", source_fields("after-backup"));

    auto copy = open_store(backup);
    ASSERT_TRUE(copy) << copy.error().message;
    auto stored = (*copy)->records().get("sources", created.id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(*stored->text("title"), "Second");
    EXPECT_EQ(stored->version, 2);
    EXPECT_FALSE((*copy)->records().find_by_key("sources", "after-backup"));
    EXPECT_EQ(audit_count(**copy), 2u);
}

TEST_P(StoreLifeTest, a_backup_never_overwrites_a_file) {
    if (GetParam() == "postgresql") GTEST_SKIP() << "PostgreSQL is backed up with pg_dump";
    const std::string backup = scratch_->file("taken.db");
    ASSERT_TRUE(store_->backup(backup));
    auto again = store_->backup(backup);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::invalid_input);
    EXPECT_EQ(again.error().field, "destination");
    EXPECT_EQ(again.error().message,
              "\"" + backup + "\" already exists; name a new file so that no backup is overwritten");
}

TEST_P(StoreLifeTest, postgresql_refuses_a_backup_and_names_pg_dump) {
    if (GetParam() != "postgresql") GTEST_SKIP() << "SQLite backs up with the online backup API";
    auto made = store_->backup(scratch_->file("backup.db"));
    ASSERT_FALSE(made);
    EXPECT_EQ(made.error().code, ErrorCode::invalid_input);
    EXPECT_EQ(made.error().field, "destination");
    EXPECT_EQ(made.error().message,
              "a PostgreSQL store is backed up by the server's own tools: run pg_dump --format=custom on the "
              "database (mssops backup writes SQLite stores only)");
}

INSTANTIATE_TEST_SUITE_P(backends, StoreLifeTest, ::testing::ValuesIn(test_backends()));

TEST(open_store, tells_a_postgresql_url_from_a_file_path) {
    EXPECT_TRUE(is_postgres_location("postgresql://u@127.0.0.1:5432/mssops"));
    EXPECT_TRUE(is_postgres_location("postgres://localhost/mssops"));
    EXPECT_FALSE(is_postgres_location("mssops.db"));
    EXPECT_FALSE(is_postgres_location("/var/lib/postgresql.db"));
}

TEST(open_store, reports_an_unreachable_postgresql_server_as_unavailable) {
    // Port 1 on loopback: nothing listens there, so the connection is refused at once.
    auto opened = open_store("postgresql://nobody@127.0.0.1:1/none?connect_timeout=2");
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().code, ErrorCode::unavailable);
    EXPECT_EQ(opened.error().message.rfind("cannot connect to PostgreSQL: ", 0), 0u)
        << opened.error().message;
    EXPECT_NE(opened.error().message.find("check that the server runs and that the --db URL is right"),
              std::string::npos);
}

TEST(open_store, refuses_an_empty_location) {
    auto opened = open_store("");
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().code, ErrorCode::invalid_input);
    EXPECT_EQ(opened.error().field, "db");
}

TEST(open_store, reports_a_folder_that_does_not_exist_as_unavailable) {
    auto opened = open_store("/nonexistent-folder/mssops.db");
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().code, ErrorCode::unavailable);
    EXPECT_NE(opened.error().message.find("check that the folder exists"), std::string::npos)
        << opened.error().message;
}

}  // namespace
}  // namespace mssops::store::testing
