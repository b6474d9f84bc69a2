#include "store/audit_log.hpp"

#include <boost/json/parse.hpp>

#include "unit/store/store_fixture.hpp"

namespace mssops::store::testing {
namespace {

namespace json = boost::json;
using domain::ErrorCode;

class AuditLogTest : public StoreTest {
protected:
    std::vector<AuditEntry> entries(AuditQuery query = {}) {
        auto listed = store_->audit().list(query);
        if (!listed) {
            ADD_FAILURE() << listed.error().message;
            return {};
        }
        return std::move(listed).value();
    }
};

TEST_P(AuditLogTest, every_write_leaves_its_before_and_after) {
    auto created = records().create("sources", source_fields("article"), alice_);
    ASSERT_TRUE(created);
    ASSERT_TRUE(
        records().update("sources", created->id, {{"title", std::string("Renamed")}}, Actor{"user:bob"}));
    ASSERT_TRUE(records().retire("sources", created->id, alice_));

    auto log = entries();
    ASSERT_EQ(log.size(), 3u);
    // Newest first.
    EXPECT_EQ(log[0].action, "retire");
    EXPECT_EQ(log[1].action, "update");
    EXPECT_EQ(log[2].action, "create");
    EXPECT_EQ(log[1].actor, "user:bob");
    EXPECT_EQ(log[2].actor, "user:alice");
    for (const auto& entry : log) {
        EXPECT_EQ(entry.kind, "sources");
        EXPECT_EQ(entry.record_id, created->id);
        EXPECT_EQ(entry.at.size(), 20u);
    }
    EXPECT_EQ(log[2].before, "");
    auto first = json::parse(log[2].after).as_object();
    EXPECT_EQ(first.at("title").as_string(), "A report");
    EXPECT_EQ(first.at("version").as_int64(), 1);
    auto before = json::parse(log[1].before).as_object();
    auto after = json::parse(log[1].after).as_object();
    EXPECT_EQ(before.at("title").as_string(), "A report");
    EXPECT_EQ(after.at("title").as_string(), "Renamed");
    EXPECT_EQ(after.at("version").as_int64(), 2);
    EXPECT_FALSE(json::parse(log[0].before).as_object().at("retired").as_bool());
    EXPECT_TRUE(json::parse(log[0].after).as_object().at("retired").as_bool());
}

TEST_P(AuditLogTest, a_batch_leaves_an_import_entry_per_written_record) {
    ASSERT_TRUE(
        records().apply({{"sources", source_fields("a")}, {"sources", source_fields("b")}}, Actor{"seed"}));
    auto log = entries();
    ASSERT_EQ(log.size(), 2u);
    EXPECT_EQ(log[0].action, "import");
    EXPECT_EQ(log[0].actor, "seed");
    EXPECT_EQ(log[0].before, "");
}

TEST_P(AuditLogTest, filters_by_kind_record_and_actor_and_pages) {
    auto a = must_create(records(), "sources", source_fields("a"));
    must_create(records(), "missions", mission_fields("mss-haiti", "a"));
    ASSERT_TRUE(records().update("sources", a.id, {{"title", std::string("x")}}, alice_));

    EXPECT_EQ(entries({.kind = "missions"}).size(), 1u);
    EXPECT_EQ(entries({.kind = "sources", .record_id = a.id}).size(), 2u);
    EXPECT_EQ(entries({.actor = "user:alice"}).size(), 1u);
    auto page = entries({.limit = 1, .offset = 1});
    ASSERT_EQ(page.size(), 1u);
    EXPECT_EQ(page[0].kind, "missions");
}

TEST_P(AuditLogTest, a_limit_outside_1_to_1000_is_invalid) {
    auto listed = store_->audit().list({.limit = 0});
    ASSERT_FALSE(listed);
    EXPECT_EQ(listed.error().code, ErrorCode::invalid_input);
    EXPECT_EQ(listed.error().field, "limit");
    EXPECT_EQ(listed.error().message, "must be between 1 and 1000, got 0");
}

INSTANTIATE_TEST_SUITE_P(backends, AuditLogTest, ::testing::ValuesIn(test_backends()));

}  // namespace
}  // namespace mssops::store::testing
