#include "store/sqlite/sqlite_backup.hpp"

#include <fstream>

#include "unit/store/store_fixture.hpp"

namespace mssops::store::testing {
namespace {

using domain::ErrorCode;

TEST(restore_sqlite, puts_the_backup_in_place_of_a_closed_database) {
    ScratchStore scratch("sqlite");
    const std::string backup = scratch.file("backup.db");
    {
        auto store = open_store(scratch.location());
        ASSERT_TRUE(store);
        must_create((*store)->records(), "sources", source_fields("kept"));
        ASSERT_TRUE((*store)->backup(backup));
        must_create((*store)->records(), "sources", source_fields("lost"));
    }
    auto restored = restore_sqlite(backup, scratch.location());
    ASSERT_TRUE(restored) << restored.error().message;
    auto store = open_store(scratch.location());
    ASSERT_TRUE(store);
    EXPECT_TRUE((*store)->records().find_by_key("sources", "kept"));
    EXPECT_FALSE((*store)->records().find_by_key("sources", "lost"));
    EXPECT_EQ(audit_count(**store), 1u);
}

TEST(restore_sqlite, refuses_a_missing_backup) {
    ScratchStore scratch("sqlite");
    auto restored = restore_sqlite(scratch.file("none.db"), scratch.location());
    ASSERT_FALSE(restored);
    EXPECT_EQ(restored.error().code, ErrorCode::not_found);
    EXPECT_EQ(restored.error().field, "backup");
    EXPECT_EQ(restored.error().message, "\"" + scratch.file("none.db") + "\" does not exist");
}

TEST(restore_sqlite, refuses_a_file_that_is_not_an_mssops_database) {
    ScratchStore scratch("sqlite");
    const std::string junk = scratch.file("junk.db");
    std::ofstream(junk) << "not a database at all, just some text that is long enough to have a header";
    auto restored = restore_sqlite(junk, scratch.location());
    ASSERT_FALSE(restored);
    EXPECT_EQ(restored.error().code, ErrorCode::invalid_input);
    EXPECT_EQ(restored.error().field, "backup");
}

}  // namespace
}  // namespace mssops::store::testing
