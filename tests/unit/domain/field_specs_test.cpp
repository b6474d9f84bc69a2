#include "domain/field_specs.hpp"

#include <gtest/gtest.h>

namespace mssops::domain::field_specs {
namespace {

TEST(field_specs, a_head_count_is_a_required_integer_up_to_a_million) {
    FieldSpec count = head_count_field("count", 1, "Number of personnel.");
    EXPECT_EQ(count.name, "count");
    EXPECT_EQ(count.type, FieldType::integer);
    EXPECT_TRUE(count.required);
    EXPECT_EQ(count.min, 1);
    EXPECT_EQ(count.max, 1000000);
    EXPECT_EQ(count.description, "Number of personnel.");
}

TEST(field_specs, a_personnel_type_keeps_its_vocabulary_and_a_copy_of_its_values) {
    FieldSpec type = personnel_type_field(vocabularies::personnel_types, "Who.");
    EXPECT_EQ(type.type, FieldType::choice);
    EXPECT_EQ(type.vocabulary, "personnel_types");
    EXPECT_EQ(type.choices, find_vocabulary(vocabularies::personnel_types)->values);
}

TEST(field_specs, an_amount_is_a_number_without_upper_bound_never_negative) {
    FieldSpec amount = amount_field("amount_usd", false, "Amount in USD.");
    EXPECT_EQ(amount.type, FieldType::number);
    EXPECT_FALSE(amount.required);
    EXPECT_EQ(amount.min, 0);
    EXPECT_FALSE(amount.max);
}

TEST(field_specs, an_organisation_field_references_organisations) {
    FieldSpec body = organisation_field("body", true, "Council: unsc.");
    EXPECT_EQ(body.type, FieldType::reference);
    EXPECT_EQ(body.references, "organisations");
    EXPECT_TRUE(body.required);
}

}  // namespace
}  // namespace mssops::domain::field_specs
