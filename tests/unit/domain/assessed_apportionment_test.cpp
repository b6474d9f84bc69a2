#include "domain/assessed_apportionment.hpp"

#include <gtest/gtest.h>

#include <numeric>

using namespace mssops::domain;

namespace {

Cents sum(const std::vector<Assessment>& parts) {
    return std::accumulate(parts.begin(), parts.end(), Cents{0},
                           [](Cents total, const Assessment& part) { return total + part.assessed; });
}

}  // namespace

TEST(assessed_apportionment, splits_a_budget_in_proportion_to_the_rates) {
    AssessmentScale scale{{{"AAA", "A", 50'000'000}, {"BBB", "B", 30'000'000}, {"CCC", "C", 20'000'000}},
                          "test"};
    auto parts = apportion(100'000, scale);
    ASSERT_TRUE(parts);
    EXPECT_EQ((*parts)[0].assessed, 50'000);
    EXPECT_EQ((*parts)[1].assessed, 30'000);
    EXPECT_EQ((*parts)[2].assessed, 20'000);
}

TEST(assessed_apportionment, hands_leftover_cents_to_the_largest_remainders) {
    // Three equal rates and one dollar: 33.333... each; the one cent left goes to the member
    // code that sorts first, as the remainders tie.
    AssessmentScale scale{{{"ZZZ", "", 1}, {"MMM", "", 1}, {"AAA", "", 1}}, "test"};
    auto parts = apportion(100, scale);
    ASSERT_TRUE(parts);
    EXPECT_EQ((*parts)[0].assessed, 33);
    EXPECT_EQ((*parts)[1].assessed, 33);
    EXPECT_EQ((*parts)[2].assessed, 34);
    EXPECT_EQ(sum(*parts), 100);
}

TEST(assessed_apportionment, loses_no_cent_when_rates_do_not_sum_to_100) {
    // Rates as published to four decimals rarely add to exactly 100 per cent; the budget is
    // still apportioned whole.
    AssessmentScale scale;
    for (int i = 0; i < 193; ++i) {
        char code[4] = {static_cast<char>('A' + i / 26 % 26), static_cast<char>('A' + i % 26), 'X', 0};
        scale.entries.push_back({code, "", 1000 + 7919LL * i % 2'600'000});
    }
    for (Cents budget : {Cents{0}, Cents{1}, Cents{192}, Cents{123'456'789'01}, Cents{589'000'000'00}}) {
        auto parts = apportion(budget, scale);
        ASSERT_TRUE(parts);
        EXPECT_EQ(sum(*parts), budget);
    }
}

TEST(assessed_apportionment, is_deterministic_whatever_the_scale_order) {
    AssessmentScale forward{{{"AAA", "", 1}, {"BBB", "", 1}, {"CCC", "", 1}}, "test"};
    AssessmentScale backward{{{"CCC", "", 1}, {"BBB", "", 1}, {"AAA", "", 1}}, "test"};
    auto a = apportion(200, forward).value();
    auto b = apportion(200, backward).value();
    EXPECT_EQ(a[0].assessed, b[2].assessed);
    EXPECT_EQ(a[1].assessed, b[1].assessed);
    EXPECT_EQ(a[2].assessed, b[0].assessed);
}

TEST(assessed_apportionment, rejects_a_member_listed_twice) {
    AssessmentScale scale{{{"AAA", "", 1}, {"AAA", "", 2}}, "test"};
    auto parts = apportion(100, scale);
    ASSERT_FALSE(parts);
    EXPECT_EQ(parts.error().field, "scale[1].member");
    EXPECT_EQ(parts.error().message, "lists AAA a second time");
}

TEST(assessed_apportionment, rejects_a_negative_budget) {
    AssessmentScale scale{{{"AAA", "", 1}}, "test"};
    auto parts = apportion(-100, scale);
    ASSERT_FALSE(parts);
    EXPECT_EQ(parts.error().field, "budget");
    EXPECT_EQ(parts.error().message, "must be 0 or more, got -1.00");
}

TEST(assessed_apportionment, sets_assessed_shares_beside_voluntary_gifts) {
    std::vector<Assessment> parts{{"USA", "United States", 0, 60'000}, {"FRA", "France", 0, 40'000}};
    StatusTotals usa;
    usa.paid = 70'000;
    StatusTotals eu;
    eu.pledged = 5'000;
    auto rows = compare_with_given(parts, {{"USA", usa}, {"eu", eu}});
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0].paid_minus_assessed, 10'000);
    EXPECT_EQ(rows[1].member, "FRA");
    EXPECT_EQ(rows[1].given.total(), 0);
    EXPECT_EQ(rows[1].paid_minus_assessed, -40'000);
    EXPECT_EQ(rows[2].member, "eu");
    EXPECT_FALSE(rows[2].in_scale);
    EXPECT_EQ(rows[2].given.pledged, 5'000);
}

namespace {

// Two members whose rates sum to 74.4 %: the shape of a scale that lists only part of the UN.
AssessmentScale partial_scale() {
    return {{{"USA", "United States", 22'000'000}, {"XXX", "The rest", 52'400'000}}, "test", ""};
}

}  // namespace

TEST(apportion_budget, refuses_a_scale_that_does_not_sum_to_100_and_shows_the_sum) {
    auto result = apportion_budget(600'000'000'00, partial_scale(), ScaleCoverage::whole);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().field, "scale");
    EXPECT_EQ(result.error().message,
              "the scale's rates sum to 74.4 %, not 100 %; pass --partial (partial=true on the API) to "
              "apportion only that share and leave 25.6 % of the budget unassigned");
}

TEST(apportion_budget, applies_a_partial_scale_at_its_own_rates_and_leaves_the_rest_unassigned) {
    auto result = apportion_budget(600'000'000'00, partial_scale(), ScaleCoverage::partial);
    ASSERT_TRUE(result);
    // 22 % of 600 M, not 22/74.4 of it: the missing members' share is not spread over the others.
    EXPECT_EQ(result->parts[0].assessed, 132'000'000'00);
    EXPECT_EQ(result->parts[1].assessed, 314'400'000'00);
    EXPECT_EQ(result->assigned, 446'400'000'00);
    EXPECT_EQ(result->unassigned, 153'600'000'00);
    EXPECT_EQ(result->rate_total_e6, 74'400'000);
    EXPECT_EQ(sum(result->parts) + result->unassigned, 600'000'000'00);
}

TEST(apportion_budget, refuses_a_scale_above_100_even_when_partial) {
    AssessmentScale scale{{{"AAA", "", 60'000'000}, {"BBB", "", 50'000'000}}, "test", ""};
    auto result = apportion_budget(100, scale, ScaleCoverage::partial);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().message,
              "the scale's rates sum to 110 %, not 100 %; a scale that assigns more than the whole budget "
              "cannot be applied");
}

TEST(apportion_budget, applies_a_scale_within_rounding_of_100_whole) {
    AssessmentScale scale{{{"AAA", "", 66'667'000}, {"BBB", "", 33'333'500}}, "test", ""};
    auto result = apportion_budget(100'00, scale, ScaleCoverage::whole);
    ASSERT_TRUE(result);
    EXPECT_EQ(result->unassigned, 0);
    EXPECT_EQ(sum(result->parts), 100'00);
}

TEST(format_percent_e6, drops_trailing_zeros) {
    EXPECT_EQ(format_percent_e6(74'400'000), "74.4");
    EXPECT_EQ(format_percent_e6(100'000'000), "100");
    EXPECT_EQ(format_percent_e6(1'000), "0.001");
}
