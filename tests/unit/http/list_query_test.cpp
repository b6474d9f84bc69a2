#include "http/list_query.hpp"

#include <gtest/gtest.h>

namespace mssops::http {
namespace {

const domain::KindSpec& kind(std::string_view name) {
    const auto* spec = domain::find_kind(name);
    EXPECT_NE(spec, nullptr);
    return *spec;
}

TEST(parse_list_query, defaults_to_the_first_hundred) {
    auto query = parse_list_query(kind("deployment_events"), {});
    ASSERT_TRUE(query);
    EXPECT_EQ(query->kind, "deployment_events");
    EXPECT_EQ(query->limit, 100);
    EXPECT_EQ(query->offset, 0);
    EXPECT_FALSE(query->include_retired);
}

TEST(parse_list_query, reads_paging_dates_country_mission_and_choice_filters) {
    auto query = parse_list_query(kind("deployment_events"), {{"limit", "5"},
                                                              {"offset", "10"},
                                                              {"from", "2024-06-01"},
                                                              {"to", "2024-12-31"},
                                                              {"country", "KEN"},
                                                              {"mission", "mss-haiti"},
                                                              {"event", "arrived"}});
    ASSERT_TRUE(query);
    EXPECT_EQ(query->limit, 5);
    EXPECT_EQ(query->offset, 10);
    EXPECT_EQ(query->from, "2024-06-01");
    EXPECT_EQ(query->to, "2024-12-31");
    EXPECT_EQ(query->country, "KEN");
    EXPECT_EQ(query->mission, "mss-haiti");
    ASSERT_EQ(query->equals.size(), 1u);
    EXPECT_EQ(query->equals[0], (std::pair<std::string, std::string>{"event", "arrived"}));
}

TEST(parse_list_query, filters_on_a_reference_field) {
    auto query = parse_list_query(kind("positions"), {{"source_id", "article"}});
    ASSERT_TRUE(query);
    ASSERT_EQ(query->equals.size(), 1u);
    EXPECT_EQ(query->equals[0].first, "source_id");
}

TEST(parse_list_query, rejects_an_unknown_parameter_by_name) {
    auto query = parse_list_query(kind("sources"), {{"colour", "red"}});
    ASSERT_FALSE(query);
    EXPECT_EQ(query.error().code, domain::ErrorCode::invalid_input);
    EXPECT_EQ(query.error().field, "colour");
    EXPECT_EQ(
        query.error().message,
        "is not a query parameter of sources; expected one of limit, offset, include_retired, from, to, "
        "synthetic, source_kind");
}

TEST(parse_list_query, rejects_country_on_a_kind_without_one) {
    auto query = parse_list_query(kind("funding_flows"), {{"country", "KEN"}});
    ASSERT_FALSE(query);
    EXPECT_EQ(query.error().field, "country");
}

TEST(parse_list_query, rejects_a_limit_out_of_range) {
    auto query = parse_list_query(kind("sources"), {{"limit", "1001"}});
    ASSERT_FALSE(query);
    EXPECT_EQ(query.error().field, "limit");
    EXPECT_EQ(query.error().message, "must be a whole number from 1 to 1000, got \"1001\"");
}

TEST(parse_list_query, rejects_a_negative_offset) {
    auto query = parse_list_query(kind("sources"), {{"offset", "-1"}});
    ASSERT_FALSE(query);
    EXPECT_EQ(query.error().message, "must be a whole number from 0 up, got \"-1\"");
}

TEST(parse_list_query, rejects_a_date_that_is_not_a_day) {
    auto query = parse_list_query(kind("deployment_events"), {{"from", "2024-06"}});
    ASSERT_FALSE(query);
    EXPECT_EQ(query.error().field, "from");
    EXPECT_EQ(query.error().message, "must be a day as YYYY-MM-DD, got \"2024-06\"");
}

TEST(parse_list_query, rejects_a_range_that_ends_before_it_starts) {
    auto query = parse_list_query(kind("deployment_events"), {{"from", "2025-01-02"}, {"to", "2025-01-01"}});
    ASSERT_FALSE(query);
    EXPECT_EQ(query.error().field, "from");
}

TEST(parse_list_query, reads_a_lower_case_country_in_capitals) {
    auto query = parse_list_query(kind("deployment_events"), {{"country", "ken"}});
    ASSERT_TRUE(query);
    EXPECT_EQ(query->country, "KEN");
}

TEST(parse_list_query, rejects_a_country_code_that_names_no_country) {
    auto query = parse_list_query(kind("deployment_events"), {{"country", "zzz"}});
    ASSERT_FALSE(query);
    EXPECT_EQ(query.error().field, "country");
    EXPECT_EQ(query.error().message, "must be a country's ISO 3166-1 alpha-3 code such as KEN, got \"zzz\"");
}

TEST(parse_list_query, rejects_a_value_outside_a_choice) {
    auto query = parse_list_query(kind("positions"), {{"stance", "maybe"}});
    ASSERT_FALSE(query);
    EXPECT_EQ(query.error().field, "stance");
    EXPECT_EQ(query.error().message,
              "must be one of supports, open, opposes, withdrew_support, undecided, got \"maybe\"");
}

TEST(parse_list_query, reads_include_retired_as_a_boolean) {
    auto yes = parse_list_query(kind("sources"), {{"include_retired", "true"}});
    ASSERT_TRUE(yes);
    EXPECT_TRUE(yes->include_retired);
    auto bad = parse_list_query(kind("sources"), {{"include_retired", "1"}});
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().message, "must be true or false, got \"1\"");
}

}  // namespace
}  // namespace mssops::http
