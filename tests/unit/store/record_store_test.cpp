#include "store/record_store.hpp"

#include "unit/store/store_fixture.hpp"

namespace mssops::store::testing {
namespace {

using domain::ErrorCode;
using domain::Fields;

class RecordStoreTest : public StoreTest {
protected:
    /// The source and mission most records refer to.
    void add_article_and_mission() {
        must_create(records(), "sources", source_fields("article"));
        must_create(records(), "missions", mission_fields("mss-haiti", "article"));
    }
};

TEST_P(RecordStoreTest, creates_a_record_at_version_one_with_its_stamps) {
    auto created = records().create("sources", source_fields("article"), alice_);
    ASSERT_TRUE(created) << created.error().message;
    EXPECT_GT(created->id, 0);
    EXPECT_EQ(created->kind, "sources");
    EXPECT_EQ(created->version, 1);
    EXPECT_FALSE(created->retired);
    EXPECT_EQ(created->created_at.size(), 20u);
    EXPECT_EQ(created->created_at, created->updated_at);
    EXPECT_EQ(created->fields, source_fields("article"));
}

TEST_P(RecordStoreTest, gets_a_record_by_id_and_by_key) {
    auto created = must_create(records(), "sources", source_fields("article"));
    auto by_id = records().get("sources", created.id);
    ASSERT_TRUE(by_id);
    EXPECT_EQ(by_id->fields, created.fields);
    EXPECT_EQ(by_id->created_at, created.created_at);
    auto by_key = records().find_by_key("sources", "article");
    ASSERT_TRUE(by_key);
    EXPECT_EQ(by_key->id, created.id);
}

TEST_P(RecordStoreTest, get_of_an_unknown_id_is_not_found) {
    auto missing = records().get("sources", 999);
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::not_found);
    EXPECT_EQ(missing.error().field, "id");
    EXPECT_EQ(missing.error().message, "no source has id 999");
}

TEST_P(RecordStoreTest, get_with_another_kind_is_not_found) {
    auto created = must_create(records(), "sources", source_fields("article"));
    auto wrong_kind = records().get("missions", created.id);
    ASSERT_FALSE(wrong_kind);
    EXPECT_EQ(wrong_kind.error().code, ErrorCode::not_found);
    EXPECT_EQ(wrong_kind.error().message, "no mission has id " + std::to_string(created.id));
}

TEST_P(RecordStoreTest, find_by_an_unknown_key_is_not_found) {
    auto missing = records().find_by_key("sources", "nope");
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::not_found);
    EXPECT_EQ(missing.error().field, "key");
    EXPECT_EQ(missing.error().message, "no source has key \"nope\"");
}

TEST_P(RecordStoreTest, refuses_an_unknown_kind) {
    auto created = records().create("ships", source_fields("article"), alice_);
    ASSERT_FALSE(created);
    EXPECT_EQ(created.error().code, ErrorCode::invalid_input);
    EXPECT_EQ(created.error().field, "kind");
    EXPECT_EQ(created.error().message, "must be a record kind such as sources or missions, got \"ships\"");
}

TEST_P(RecordStoreTest, leaves_incidents_to_the_incident_store) {
    auto created = records().create("incidents", {{"date", std::string("2025-01-02")}}, alice_);
    ASSERT_FALSE(created);
    EXPECT_EQ(created.error().code, ErrorCode::invalid_input);
    EXPECT_EQ(created.error().field, "kind");
    EXPECT_EQ(created.error().message, "incidents are kept by the incident store, not the record store");
}

TEST_P(RecordStoreTest, create_rejects_a_field_of_the_wrong_type_and_writes_nothing) {
    Fields fields = source_fields("article");
    fields["title"] = std::int64_t{5};
    auto created = records().create("sources", fields, alice_);
    ASSERT_FALSE(created);
    EXPECT_EQ(created.error().code, ErrorCode::invalid_input);
    EXPECT_EQ(created.error().field, "title");
    EXPECT_EQ(created.error().message, "must be a string, got integer");
    EXPECT_FALSE(records().find_by_key("sources", "article"));
    EXPECT_EQ(audit_count(*store_), 0u);
}

TEST_P(RecordStoreTest, create_refuses_a_key_already_taken) {
    must_create(records(), "sources", source_fields("article"));
    auto again = records().create("sources", source_fields("article"), alice_);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::conflict);
    EXPECT_EQ(again.error().field, "key");
    EXPECT_EQ(again.error().message, "a source with key \"article\" already exists");
}

TEST_P(RecordStoreTest, the_same_key_may_be_used_by_two_kinds) {
    must_create(records(), "sources", source_fields("unsc"));
    Fields organisation{{"key", std::string("unsc")},
                        {"name", std::string("UN Security Council")},
                        {"organisation_kind", std::string("un_body")}};
    EXPECT_TRUE(records().create("organisations", organisation, alice_));
}

TEST_P(RecordStoreTest, create_refuses_a_reference_to_a_missing_key) {
    auto created = records().create("missions", mission_fields("mss-haiti", "nope"), alice_);
    ASSERT_FALSE(created);
    EXPECT_EQ(created.error().code, ErrorCode::invalid_input);
    EXPECT_EQ(created.error().field, "source_id");
    EXPECT_EQ(created.error().message, "no sources record has key \"nope\"");
}

TEST_P(RecordStoreTest, create_refuses_a_reference_to_a_retired_record) {
    auto source = must_create(records(), "sources", source_fields("article"));
    ASSERT_TRUE(records().retire("sources", source.id, alice_));
    auto created = records().create("missions", mission_fields("mss-haiti", "article"), alice_);
    ASSERT_FALSE(created);
    EXPECT_EQ(created.error().field, "source_id");
    EXPECT_EQ(created.error().message, "no sources record has key \"article\"");
}

TEST_P(RecordStoreTest, update_merges_changes_and_bumps_the_version) {
    auto created = must_create(records(), "sources", source_fields("article"));
    Fields changes{{"title", std::string("A longer report")}, {"author", std::string("J. Doe")}};
    auto updated = records().update("sources", created.id, changes, alice_, 1);
    ASSERT_TRUE(updated) << updated.error().message;
    EXPECT_EQ(updated->version, 2);
    EXPECT_EQ(*updated->text("title"), "A longer report");
    EXPECT_EQ(*updated->text("author"), "J. Doe");
    EXPECT_EQ(*updated->text("publisher"), "Example News");
    EXPECT_EQ(updated->created_at, created.created_at);
    auto stored = records().get("sources", created.id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->version, 2);
    EXPECT_EQ(stored->fields, updated->fields);
}

TEST_P(RecordStoreTest, update_with_null_removes_a_field) {
    Fields fields = source_fields("article");
    fields["author"] = std::string("J. Doe");
    auto created = must_create(records(), "sources", fields);
    auto updated = records().update("sources", created.id, {{"author", std::monostate{}}}, alice_);
    ASSERT_TRUE(updated);
    EXPECT_EQ(updated->text("author"), nullptr);
}

TEST_P(RecordStoreTest, update_with_a_stale_version_is_a_conflict) {
    auto created = must_create(records(), "sources", source_fields("article"));
    ASSERT_TRUE(records().update("sources", created.id, {{"title", std::string("Second")}}, alice_, 1));
    auto stale = records().update("sources", created.id, {{"title", std::string("Third")}}, alice_, 1);
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().code, ErrorCode::conflict);
    EXPECT_EQ(stale.error().field, "version");
    EXPECT_EQ(stale.error().message,
              "expected version 1, but the record is at version 2; reload it and apply the change again");
    EXPECT_EQ(*records().get("sources", created.id)->text("title"), "Second");
}

TEST_P(RecordStoreTest, update_that_changes_nothing_writes_nothing) {
    auto created = must_create(records(), "sources", source_fields("article"));
    auto same = records().update("sources", created.id, {{"title", std::string("A report")}}, alice_);
    ASSERT_TRUE(same);
    EXPECT_EQ(same->version, 1);
    EXPECT_EQ(audit_count(*store_), 1u);
}

TEST_P(RecordStoreTest, update_of_an_unknown_id_is_not_found) {
    auto missing = records().update("sources", 42, {{"title", std::string("x")}}, alice_);
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::not_found);
    EXPECT_EQ(missing.error().message, "no source has id 42");
}

TEST_P(RecordStoreTest, update_refuses_an_invalid_change) {
    auto created = must_create(records(), "sources", source_fields("article"));
    auto invalid = records().update("sources", created.id, {{"url", std::string("ftp://x")}}, alice_);
    ASSERT_FALSE(invalid);
    EXPECT_EQ(invalid.error().code, ErrorCode::invalid_input);
    EXPECT_EQ(invalid.error().field, "url");
    EXPECT_EQ(invalid.error().message, "must be an http:// or https:// URL, got \"ftp://x\"");
}

TEST_P(RecordStoreTest, update_to_a_key_already_taken_is_a_conflict) {
    must_create(records(), "sources", source_fields("first"));
    auto second = must_create(records(), "sources", source_fields("second"));
    auto clash = records().update("sources", second.id, {{"key", std::string("first")}}, alice_);
    ASSERT_FALSE(clash);
    EXPECT_EQ(clash.error().code, ErrorCode::conflict);
    EXPECT_EQ(clash.error().message, "a source with key \"first\" already exists");
}

TEST_P(RecordStoreTest, update_checks_a_changed_reference) {
    add_article_and_mission();
    auto mission = records().find_by_key("missions", "mss-haiti");
    ASSERT_TRUE(mission);
    auto changed = records().update("missions", mission->id, {{"source_id", std::string("gone")}}, alice_);
    ASSERT_FALSE(changed);
    EXPECT_EQ(changed.error().field, "source_id");
    EXPECT_EQ(changed.error().message, "no sources record has key \"gone\"");
}

TEST_P(RecordStoreTest, retire_keeps_the_record_but_leaves_it_out_of_lists) {
    auto created = must_create(records(), "sources", source_fields("article"));
    auto retired = records().retire("sources", created.id, alice_);
    ASSERT_TRUE(retired);
    EXPECT_TRUE(retired->retired);
    EXPECT_EQ(retired->version, 2);
    auto stored = records().get("sources", created.id);
    ASSERT_TRUE(stored);
    EXPECT_TRUE(stored->retired);
    EXPECT_EQ(records().list({.kind = "sources"})->total, 0);
    auto with_retired = records().list({.kind = "sources", .include_retired = true});
    ASSERT_TRUE(with_retired);
    ASSERT_EQ(with_retired->items.size(), 1u);
    EXPECT_TRUE(with_retired->items[0].retired);
}

TEST_P(RecordStoreTest, retiring_twice_changes_nothing_more) {
    auto created = must_create(records(), "sources", source_fields("article"));
    ASSERT_TRUE(records().retire("sources", created.id, alice_));
    auto again = records().retire("sources", created.id, alice_);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->version, 2);
    EXPECT_EQ(audit_count(*store_), 2u);
}

TEST_P(RecordStoreTest, retire_of_an_unknown_id_is_not_found) {
    auto missing = records().retire("sources", 7, alice_);
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::not_found);
}

TEST_P(RecordStoreTest, update_of_a_retired_record_is_a_conflict_naming_its_state) {
    auto created = must_create(records(), "sources", source_fields("article"));
    ASSERT_TRUE(records().retire("sources", created.id, alice_));
    auto changed = records().update("sources", created.id, {{"title", std::string("New")}}, alice_);
    ASSERT_FALSE(changed);
    EXPECT_EQ(changed.error().code, ErrorCode::conflict);
    EXPECT_EQ(changed.error().field, "record");
    EXPECT_EQ(changed.error().message,
              std::to_string(created.id) + " (sources article) is retired; restore it first");
    EXPECT_EQ(records().get("sources", created.id)->version, 2);
}

TEST_P(RecordStoreTest, apply_refuses_to_change_a_retired_record_and_writes_nothing) {
    auto created = must_create(records(), "sources", source_fields("article"));
    ASSERT_TRUE(records().retire("sources", created.id, alice_));
    Fields changed = source_fields("article");
    changed["title"] = std::string("New title");
    auto applied =
        records().apply({Change{"sources", source_fields("fresh")}, Change{"sources", changed}}, alice_);
    ASSERT_FALSE(applied);
    EXPECT_EQ(applied.error().code, ErrorCode::conflict);
    EXPECT_EQ(applied.error().field, "sources[1].record");
    EXPECT_FALSE(records().find_by_key("sources", "fresh"));
}

TEST_P(RecordStoreTest, restore_brings_a_retired_record_back_and_opens_it_to_changes) {
    auto created = must_create(records(), "sources", source_fields("article"));
    ASSERT_TRUE(records().retire("sources", created.id, alice_));
    auto restored = records().restore("sources", created.id, alice_);
    ASSERT_TRUE(restored) << restored.error().message;
    EXPECT_FALSE(restored->retired);
    EXPECT_EQ(restored->version, 3);
    EXPECT_EQ(records().list({.kind = "sources"})->total, 1);
    EXPECT_TRUE(records().update("sources", created.id, {{"title", std::string("New")}}, alice_));
    auto again = records().restore("sources", created.id, alice_);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->version, 4);
    EXPECT_EQ(audit_count(*store_), 4u);
}

INSTANTIATE_TEST_SUITE_P(backends, RecordStoreTest, ::testing::ValuesIn(test_backends()));

}  // namespace
}  // namespace mssops::store::testing
