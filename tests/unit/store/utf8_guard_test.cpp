#include "store/utf8_guard.hpp"

#include <gtest/gtest.h>

#include "unit/store/incident_row_fill.hpp"
#include "unit/store/store_fixture.hpp"

using namespace mssops;
using namespace mssops::store;
using namespace mssops::store::testing;
using domain::Fields;

namespace {

// "Nòdwès" as the old code path stored it: the Latin-1 bytes, not UTF-8.
const std::string latin1_name =
    "N\xF2"
    "dw\xE8s";
const std::string utf8_name =
    "N\xC3\xB2"
    "dw\xC3\xA8s";

const std::string not_utf8 = "byte 0xF2 at offset 1 is not valid UTF-8; the store keeps UTF-8 text only";

Fields incident(const std::string& key, const std::string& notes) {
    return {{"key", key},
            {"date", std::string("2024-10-03")},
            {"event_type", std::string("Battles")},
            {"admin1", std::string("Nord-Ouest")},
            {"fatalities", std::int64_t{1}},
            {"notes", notes}};
}

class Utf8GuardTest : public StoreTest {};

}  // namespace

TEST(check_utf8_fields, names_the_field_inside_a_list_and_the_key) {
    Fields fields{{"key", std::string("ht09")}, {"aliases", domain::TextList{"ok", latin1_name}}};
    auto checked = check_utf8_fields("admin_units", fields);
    ASSERT_FALSE(checked);
    EXPECT_EQ(checked.error().field, "aliases[1]");
    EXPECT_EQ(checked.error().message, "of admin_units \"ht09\": " + not_utf8);
}

TEST_P(Utf8GuardTest, a_record_with_latin1_bytes_is_refused_and_nothing_is_written) {
    auto source = source_fields("cnigs");
    source["title"] = latin1_name;
    auto created = records().create("sources", source, alice_);
    ASSERT_FALSE(created);
    EXPECT_EQ(created.error().code, domain::ErrorCode::invalid_input);
    EXPECT_EQ(created.error().field, "title");
    EXPECT_EQ(created.error().message, "of sources \"cnigs\": " + not_utf8);
    EXPECT_FALSE(records().find_by_key("sources", "cnigs"));
    EXPECT_EQ(audit_count(*store_), 0u);
}

TEST_P(Utf8GuardTest, an_update_to_latin1_bytes_is_refused_and_the_record_is_unchanged) {
    auto created = must_create(records(), "sources", source_fields("cnigs"));
    auto updated = records().update("sources", created.id, {{"title", latin1_name}}, alice_, std::nullopt);
    ASSERT_FALSE(updated);
    EXPECT_EQ(updated.error().field, "title");
    auto stored = records().get("sources", created.id);
    ASSERT_TRUE(stored) << stored.error().message;
    EXPECT_EQ(stored->version, 1);
}

TEST_P(Utf8GuardTest, a_batch_with_one_latin1_record_lands_nothing) {
    auto good = source_fields("good");
    good["title"] = utf8_name;
    auto bad = source_fields("bad");
    bad["publisher"] = latin1_name;
    auto applied = records().apply({{"sources", good}, {"sources", bad}}, alice_);
    ASSERT_FALSE(applied);
    EXPECT_EQ(applied.error().field, "sources[1].publisher");
    EXPECT_EQ(applied.error().message, "of sources \"bad\": " + not_utf8);
    EXPECT_FALSE(records().find_by_key("sources", "good"));
}

TEST_P(Utf8GuardTest, an_incident_with_latin1_notes_is_refused_when_created_or_updated) {
    auto created = store_->incidents().create(incident("hti1", latin1_name), alice_);
    ASSERT_FALSE(created);
    EXPECT_EQ(created.error().field, "notes");
    EXPECT_EQ(created.error().message, "of incidents \"hti1\": " + not_utf8);

    auto good = store_->incidents().create(incident("hti2", utf8_name), alice_);
    ASSERT_TRUE(good) << good.error().message;
    auto updated = store_->incidents().update(good->id, {{"notes", latin1_name}}, alice_, std::nullopt);
    ASSERT_FALSE(updated);
    EXPECT_EQ(updated.error().field, "notes");
    EXPECT_EQ(*domain::text_of(store_->incidents().get(good->id)->fields, "notes"), utf8_name);
}

TEST_P(Utf8GuardTest, a_bulk_import_of_a_latin1_row_rolls_back_whole) {
    const Fields first = incident("hti1", utf8_name), second = incident("hti2", latin1_name);
    auto imported =
        store_->incidents().import(alice_, [&](IncidentImport& import) -> domain::Result<ImportSummary> {
            IncidentRow row;
            for (const auto* fields : {&first, &second}) {
                fill(row, *fields);
                if (auto put = import.put(row); !put) return put.error();
            }
            return ImportSummary{};
        });
    ASSERT_FALSE(imported);
    EXPECT_EQ(imported.error().field, "notes");
    EXPECT_EQ(imported.error().message, "of incidents \"hti2\": " + not_utf8);
    EXPECT_FALSE(store_->incidents().find_by_key("hti1"));
}

INSTANTIATE_TEST_SUITE_P(backends, Utf8GuardTest, ::testing::ValuesIn(test_backends()));
