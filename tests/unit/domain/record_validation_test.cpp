#include "domain/record_validation.hpp"

#include <gtest/gtest.h>

using namespace mssops::domain;

namespace {

Fields arrival() {
    return {{"mission", std::string("mss-haiti")},     {"country", std::string("KEN")},
            {"personnel_type", std::string("police")}, {"count", std::int64_t{400}},
            {"event", std::string("arrived")},         {"date", std::string("2024-11")},
            {"source_id", std::string("article")}};
}

const KindSpec& kind(const char* name) {
    auto* spec = find_kind(name);
    EXPECT_NE(spec, nullptr);
    return *spec;
}

}  // namespace

TEST(validate_fields, accepts_a_complete_deployment_event) {
    auto fields = validate_fields(kind("deployment_events"), arrival(), Completeness::whole_record);
    ASSERT_TRUE(fields) << fields.error().message;
    EXPECT_EQ(std::get<std::int64_t>(fields->at("count")), 400);
}

TEST(validate_fields, rejects_an_unknown_field) {
    auto input = arrival();
    input["colour"] = std::string("blue");
    auto fields = validate_fields(kind("deployment_events"), input, Completeness::whole_record);
    ASSERT_FALSE(fields);
    EXPECT_EQ(fields.error().field, "colour");
    EXPECT_EQ(fields.error().message, "is not a field of deployment event");
}

TEST(validate_fields, rejects_a_wrong_type) {
    auto input = arrival();
    input["count"] = std::string("four hundred");
    auto fields = validate_fields(kind("deployment_events"), input, Completeness::whole_record);
    ASSERT_FALSE(fields);
    EXPECT_EQ(fields.error().field, "count");
    EXPECT_EQ(fields.error().message, "must be a whole number, got string");
}

TEST(validate_fields, rejects_a_count_of_zero) {
    auto input = arrival();
    input["count"] = std::int64_t{0};
    auto fields = validate_fields(kind("deployment_events"), input, Completeness::whole_record);
    ASSERT_FALSE(fields);
    EXPECT_EQ(fields.error().message, "must be between 1 and 1000000, got 0");
}

TEST(validate_fields, rejects_a_lower_case_country) {
    auto input = arrival();
    input["country"] = std::string("ken");
    auto fields = validate_fields(kind("deployment_events"), input, Completeness::whole_record);
    ASSERT_FALSE(fields);
    EXPECT_EQ(fields.error().field, "country");
    EXPECT_EQ(fields.error().message, "must be an ISO 3166-1 alpha-3 code such as KEN, got \"ken\"");
}

TEST(validate_fields, names_a_missing_required_field) {
    auto input = arrival();
    input.erase("event");
    auto fields = validate_fields(kind("deployment_events"), input, Completeness::whole_record);
    ASSERT_FALSE(fields);
    EXPECT_EQ(fields.error().field, "event");
    EXPECT_EQ(fields.error().message, "is required for deployment event");
}

TEST(validate_fields, turns_a_whole_double_into_an_integer) {
    auto input = arrival();
    input["count"] = 400.0;
    auto fields = validate_fields(kind("deployment_events"), input, Completeness::whole_record);
    ASSERT_TRUE(fields);
    EXPECT_TRUE(std::holds_alternative<std::int64_t>(fields->at("count")));
}

TEST(validate_fields, rejects_a_latitude_above_90) {
    Fields input{
        {"date", std::string("2024-10-03")}, {"event_type", std::string("Battles")}, {"latitude", 91.0}};
    auto fields = validate_fields(kind("incidents"), input, Completeness::whole_record);
    ASSERT_FALSE(fields);
    EXPECT_EQ(fields.error().field, "latitude");
    EXPECT_EQ(fields.error().message, "must be between -90 and 90, got 91");
}

TEST(validate_fields, rejects_a_member_voting_twice) {
    Fields input{{"body", std::string("unsc")},      {"adopted", std::string("2024-09-30")},
                 {"action", std::string("extend")},  {"votes_yes", TextList{"USA", "CHN"}},
                 {"votes_abstain", TextList{"CHN"}}, {"source_id", std::string("res-2751")}};
    auto fields = validate_fields(kind("resolutions"), input, Completeness::whole_record);
    ASSERT_FALSE(fields);
    EXPECT_EQ(fields.error().field, "votes_abstain");
    EXPECT_EQ(fields.error().message, "CHN is recorded with more than one vote");
}

TEST(merge_changes, null_removes_an_optional_field_and_keeps_the_rest) {
    auto input = arrival();
    input["notes"] = std::string("first contingent");
    auto merged = merge_changes(kind("deployment_events"), input, Fields{{"notes", std::monostate{}}});
    ASSERT_TRUE(merged);
    EXPECT_EQ(merged->count("notes"), 0u);
    EXPECT_EQ(std::get<std::string>(merged->at("country")), "KEN");
}

TEST(merge_changes, refuses_to_null_a_required_field) {
    auto merged = merge_changes(kind("deployment_events"), arrival(), Fields{{"country", std::monostate{}}});
    ASSERT_FALSE(merged);
    EXPECT_EQ(merged.error().field, "country");
}

TEST(check_field, gives_the_errors_validate_fields_gives) {
    const KindSpec& events = kind("deployment_events");
    for (const Fields& fields :
         {Fields{{"count", std::int64_t{0}}}, Fields{{"country", std::string("ken")}},
          Fields{{"count", std::string("many")}}, Fields{{"date", std::string("2024-13")}}}) {
        const auto& [name, value] = *fields.begin();
        auto whole = validate_fields(events, fields, Completeness::changes_only);
        ASSERT_FALSE(whole);
        auto one = check_field(*events.field(name), value);
        ASSERT_FALSE(one);
        EXPECT_EQ(one.error().field, whole.error().field);
        EXPECT_EQ(one.error().message, whole.error().message);
        if (auto* text = std::get_if<std::string>(&value)) {
            auto in_place = check_field_text(*events.field(name), *text);
            ASSERT_FALSE(in_place);
            EXPECT_EQ(in_place.error().message, whole.error().message);
        }
    }
}

TEST(check_field, normalises_a_whole_number_given_as_a_real) {
    auto checked = check_field(*kind("deployment_events").field("count"), FieldValue{400.0});
    ASSERT_TRUE(checked);
    EXPECT_EQ(std::get<std::int64_t>(*checked), 400);
    EXPECT_TRUE(check_field_text(*kind("deployment_events").field("country"), "KEN"));
}

TEST(missing_required, names_the_field_and_the_kind) {
    const KindSpec& events = kind("deployment_events");
    auto error = missing_required(events, *events.field("count"));
    EXPECT_EQ(error.field, "count");
    EXPECT_EQ(error.message, "is required for deployment event");
    EXPECT_FALSE(has_cross_field_rules(kind("incidents")));
    EXPECT_TRUE(has_cross_field_rules(kind("resolutions")));
}
