#include "app/funding_query.hpp"

#include <gtest/gtest.h>

#include "app/funding_views.hpp"
#include "seeded_store.hpp"

namespace mssops::app {
namespace {

using domain::ErrorCode;

class FundingQueries : public SeededStore {
protected:
    ingest::FundingReference reference() { return funding_reference(); }
};

TEST(funding_summary_query, names_as_of_when_it_is_not_a_month) {
    auto query = funding_summary_query("mss-haiti", {{"as_of", "2025"}});
    ASSERT_FALSE(query);
    EXPECT_EQ(query.error().field, "as_of");
    EXPECT_EQ(query.error().message, "must be a month as YYYY-MM, got \"2025\"");
}

TEST(assessed_query, requires_a_budget) {
    auto query = assessed_query("mss-haiti", {});
    ASSERT_FALSE(query);
    EXPECT_EQ(query.error().field, "budget");
    EXPECT_EQ(query.error().message, "is required: the annual budget in US dollars, such as 600000000");
}

TEST_F(FundingQueries, summary_uses_the_deployed_count_given_and_says_so) {
    auto query = funding_summary_query("mss-haiti", {{"deployed", "1000"}, {"burn_window", "6"}});
    ASSERT_TRUE(query) << query.error().message;
    auto result = funding_summary(store().records(), reference(), *query);
    ASSERT_TRUE(result) << result.error().message;
    EXPECT_EQ(result->mission, "mss-haiti");
    ASSERT_TRUE(result->deployed);
    EXPECT_EQ(result->deployed->count, 1000);
    EXPECT_EQ(result->deployed->basis, "query");
    EXPECT_EQ(result->options.deployed, 1000);
    EXPECT_EQ(result->options.burn_window_months, 6);
    // The data set's flows: the summary adds them up by donor.
    EXPECT_FALSE(result->summary.by_donor.empty());
    domain::Cents by_donor = 0;
    for (const auto& donor : result->summary.by_donor) by_donor += donor.totals.total();
    EXPECT_EQ(by_donor, result->summary.all.total());
}

TEST_F(FundingQueries, summary_of_an_unknown_mission_is_not_found_naming_slug) {
    auto result = funding_summary(store().records(), reference(), FundingSummaryQuery{.slug = "nowhere"});
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::not_found);
    EXPECT_EQ(result.error().field, "slug");
}

TEST_F(FundingQueries, assessed_apportions_the_whole_budget_by_the_shipped_scale) {
    auto result = assessed_funding(store().records(), reference(),
                                   AssessedQuery{"mss-haiti", 600'000'000'00, domain::ScaleCoverage::whole});
    ASSERT_TRUE(result) << result.error().message;
    EXPECT_EQ(result->budget, 600'000'000'00);
    ASSERT_FALSE(result->rows.empty());
    domain::Cents assessed = 0;
    for (const auto& part : result->apportioned.parts) assessed += part.assessed;
    EXPECT_EQ(assessed, result->budget);
}

TEST_F(FundingQueries, assessed_without_a_scale_is_not_found_naming_scale) {
    auto without = reference();
    without.scale.reset();
    auto result = assessed_funding(store().records(), without, AssessedQuery{"mss-haiti", 100, {}});
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::not_found);
    EXPECT_EQ(result.error().field, "scale");
}

}  // namespace
}  // namespace mssops::app
