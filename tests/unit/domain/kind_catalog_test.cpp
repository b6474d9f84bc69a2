#include "domain/kind_catalog.hpp"

#include <gtest/gtest.h>

#include "domain/deployment_event.hpp"
#include "domain/strength_target.hpp"

namespace mssops::domain {
namespace {

TEST(kind_catalog, gives_every_field_naming_a_vocabulary_that_vocabulary_s_values) {
    int named = 0;
    for (const KindSpec& kind : all_kinds())
        for (const FieldSpec& field : kind.fields) {
            if (field.vocabulary.empty()) continue;
            ++named;
            const Vocabulary* vocabulary = find_vocabulary(field.vocabulary);
            ASSERT_NE(vocabulary, nullptr) << kind.name << "." << field.name;
            EXPECT_EQ(field.choices, vocabulary->values) << kind.name << "." << field.name;
        }
    // At least the personnel_type of targets, events and stated strengths; a new kind may add more.
    EXPECT_GE(named, 3);
}

TEST(kind_catalog, defines_head_count_types_as_the_personnel_types_and_all) {
    auto expected = find_vocabulary(vocabularies::personnel_types)->values;
    expected.push_back("all");
    EXPECT_EQ(find_vocabulary(vocabularies::head_count_types)->values, expected);
    EXPECT_EQ(find_kind(kinds::deployment_events)->field("personnel_type")->vocabulary, "personnel_types");
    EXPECT_EQ(find_kind(kinds::strength_targets)->field("personnel_type")->vocabulary, "head_count_types");
}

TEST(kind_catalog, names_each_kind_by_its_constant_and_keeps_only_incidents_apart) {
    for (const KindSpec& kind : all_kinds()) {
        EXPECT_FALSE(kind.display_name.empty()) << kind.name;
        EXPECT_EQ(kind.storage == KindStorage::own_table, kind.name == kinds::incidents) << kind.name;
        EXPECT_EQ(kind.sharing == EditSharing::every_editor, !kind.edit_domain.has_value()) << kind.name;
        if (kind.liaison_scope == LiaisonScope::own_country) {
            EXPECT_FALSE(kind.country_field.empty()) << kind.name;
        }
    }
}

TEST(kind_catalog, readers_refuse_a_personnel_type_outside_the_vocabulary_listing_it) {
    Record event{std::string(kinds::deployment_events),
                 1,
                 0,
                 false,
                 "",
                 "",
                 Fields{{"key", "ken-1"},
                        {"mission", "mss-haiti"},
                        {"country", "KEN"},
                        {"personnel_type", "all"},
                        {"count", std::int64_t{10}},
                        {"event", "arrived"},
                        {"date", "2024-06-25"}}};
    auto parsed = deployment_event_from(event);
    ASSERT_FALSE(parsed);
    EXPECT_EQ(parsed.error().field, "deployment_events[ken-1].personnel_type");
    EXPECT_EQ(parsed.error().message, "must be one of police, military, civilian, got \"all\"");

    Record target{std::string(kinds::strength_targets),
                  2,
                  0,
                  false,
                  "",
                  "",
                  Fields{{"key", "t-1"},
                         {"mission", "mss-haiti"},
                         {"personnel_type", "all"},
                         {"number", std::int64_t{2500}},
                         {"by_date", "2025"}}};
    auto read = strength_target_from(target);
    ASSERT_TRUE(read) << read.error().message;
    EXPECT_EQ(read->personnel_type, PersonnelType::all);
}

}  // namespace
}  // namespace mssops::domain
