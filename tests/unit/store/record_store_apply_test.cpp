#include "store/record_store.hpp"

#include "unit/store/store_fixture.hpp"

namespace mssops::store::testing {
namespace {

using domain::ErrorCode;

class RecordApplyTest : public StoreTest {
protected:
    static std::vector<Change> reference_set() {
        return {{"sources", source_fields("article")},
                {"missions", mission_fields("mss-haiti", "article")},
                {"deployment_events", deployment_fields("ken-1", "KEN", "2024-06-25", 400)}};
    }
};

TEST_P(RecordApplyTest, creates_records_that_refer_to_records_earlier_in_the_batch) {
    auto summary = records().apply(reference_set(), alice_);
    ASSERT_TRUE(summary) << summary.error().field << ": " << summary.error().message;
    EXPECT_EQ(summary->created, 3);
    EXPECT_EQ(summary->updated, 0);
    EXPECT_EQ(summary->unchanged, 0);
    EXPECT_TRUE(records().find_by_key("deployment_events", "ken-1"));
}

TEST_P(RecordApplyTest, applying_the_same_batch_again_changes_nothing) {
    ASSERT_TRUE(records().apply(reference_set(), alice_));
    auto again = records().apply(reference_set(), alice_);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->created, 0);
    EXPECT_EQ(again->updated, 0);
    EXPECT_EQ(again->unchanged, 3);
    EXPECT_EQ(audit_count(*store_), 3u);
    EXPECT_EQ(records().find_by_key("sources", "article")->version, 1);
}

TEST_P(RecordApplyTest, a_changed_record_is_updated_in_place) {
    ASSERT_TRUE(records().apply(reference_set(), alice_));
    auto changed = reference_set();
    changed[2].fields["count"] = std::int64_t{388};
    auto summary = records().apply(changed, alice_);
    ASSERT_TRUE(summary);
    EXPECT_EQ(summary->updated, 1);
    EXPECT_EQ(summary->unchanged, 2);
    auto event = records().find_by_key("deployment_events", "ken-1");
    ASSERT_TRUE(event);
    EXPECT_EQ(event->integer("count"), 388);
    EXPECT_EQ(event->version, 2);
}

TEST_P(RecordApplyTest, records_without_a_key_are_always_created) {
    domain::Fields unkeyed = source_fields("x");
    unkeyed.erase("key");
    auto summary = records().apply({{"sources", unkeyed}, {"sources", unkeyed}}, alice_);
    ASSERT_TRUE(summary);
    EXPECT_EQ(summary->created, 2);
}

TEST_P(RecordApplyTest, a_bad_change_rolls_back_the_whole_batch) {
    ASSERT_TRUE(records().apply({{"sources", source_fields("earlier")}}, alice_));
    auto batch = reference_set();
    batch[2].fields["count"] = std::string("many");
    auto summary = records().apply(batch, alice_);
    ASSERT_FALSE(summary);
    EXPECT_EQ(summary.error().code, ErrorCode::invalid_input);
    EXPECT_EQ(summary.error().field, "deployment_events[2].count");
    EXPECT_EQ(summary.error().message, "must be a whole number, got string");
    EXPECT_FALSE(records().find_by_key("sources", "article"));
    EXPECT_FALSE(records().find_by_key("missions", "mss-haiti"));
    EXPECT_EQ(records().list({.kind = "sources"})->total, 1);
    EXPECT_EQ(audit_count(*store_), 1u);
}

TEST_P(RecordApplyTest, a_missing_reference_names_the_change_and_its_field) {
    auto batch = reference_set();
    batch[1].fields["source_id"] = std::string("elsewhere");
    auto summary = records().apply(batch, alice_);
    ASSERT_FALSE(summary);
    EXPECT_EQ(summary.error().field, "missions[1].source_id");
    EXPECT_EQ(summary.error().message, "no sources record has key \"elsewhere\"");
    EXPECT_EQ(records().list({.kind = "sources", .include_retired = true})->total, 0);
}

TEST_P(RecordApplyTest, an_unknown_kind_names_the_change) {
    auto summary = records().apply({{"incidents", {{"date", std::string("2025-01-01")}}}}, alice_);
    ASSERT_FALSE(summary);
    EXPECT_EQ(summary.error().field, "incidents[0].kind");
    EXPECT_EQ(summary.error().message, "incidents are kept by the incident store, not the record store");
}

TEST_P(RecordApplyTest, a_replacement_writes_the_new_records_and_retires_the_old_in_one_transaction) {
    auto old_one = must_create(records(), "sources", source_fields("old-one"));
    const auto audited = audit_count(*store_);
    auto summary = records().apply_and_retire({{"sources", source_fields("new-one")}},
                                              {{"sources", old_one.id}}, alice_);
    ASSERT_TRUE(summary) << summary.error().field << ": " << summary.error().message;
    EXPECT_EQ(summary->created, 1);
    EXPECT_EQ(summary->retired, 1);
    EXPECT_TRUE(records().get("sources", old_one.id)->retired);
    EXPECT_TRUE(records().find_by_key("sources", "new-one"));
    EXPECT_EQ(audit_count(*store_), audited + 2);
}

TEST_P(RecordApplyTest, a_replacement_whose_load_fails_leaves_the_old_records_in_place) {
    auto old_one = must_create(records(), "sources", source_fields("old-one"));
    const auto audited = audit_count(*store_);
    auto broken = source_fields("new-one");
    broken.erase("title");
    auto summary = records().apply_and_retire({{"sources", source_fields("new-two")}, {"sources", broken}},
                                              {{"sources", old_one.id}}, alice_);
    ASSERT_FALSE(summary);
    EXPECT_EQ(summary.error().field, "sources[1].title");
    EXPECT_FALSE(records().get("sources", old_one.id)->retired);
    EXPECT_FALSE(records().find_by_key("sources", "new-two"));
    EXPECT_EQ(audit_count(*store_), audited);
}

TEST_P(RecordApplyTest, a_retirement_that_fails_takes_the_load_back_with_it) {
    auto summary =
        records().apply_and_retire({{"sources", source_fields("new-one")}}, {{"sources", 999}}, alice_);
    ASSERT_FALSE(summary);
    EXPECT_EQ(summary.error().code, ErrorCode::not_found);
    EXPECT_EQ(summary.error().field, "retire[0]");
    EXPECT_EQ(summary.error().message, "no source has id 999");
    EXPECT_FALSE(records().find_by_key("sources", "new-one"));
}

INSTANTIATE_TEST_SUITE_P(backends, RecordApplyTest, ::testing::ValuesIn(test_backends()));

}  // namespace
}  // namespace mssops::store::testing
