#include "unit/extract/extract_helpers.hpp"

namespace mssops::extract {
namespace {

using namespace testing;

TEST(council_vote_rule, reads_counts_and_named_abstainers) {
    auto result = extract(
        "The UN Security Council voted 12 in favour, with China, Russia and Pakistan abstaining, "
        "to extend the mission until 2 October 2026.",
        "2025-09-30");
    auto resolutions = of_kind(result, "resolutions");
    ASSERT_EQ(resolutions.size(), 1u);
    EXPECT_EQ(text(resolutions[0], "action"), "extend");
    EXPECT_EQ(text(resolutions[0], "mandate_end"), "2026-10-02");
    ASSERT_TRUE(resolutions[0].vote_counts);
    EXPECT_EQ(resolutions[0].vote_counts->yes, 12);
    EXPECT_EQ(resolutions[0].vote_counts->abstain, 3);
    EXPECT_EQ(std::get<domain::TextList>(resolutions[0].fields.at("votes_abstain")),
              (domain::TextList{"CHN", "RUS", "PAK"}));
}

TEST(council_vote_rule, reads_unanimously_as_fifteen_to_none) {
    auto result = extract(
        "On Monday, September 30, the Security Council unanimously adopted resolution 2751 "
        "renewing the mandate.",
        "2024-10-01");
    auto resolutions = of_kind(result, "resolutions");
    ASSERT_EQ(resolutions.size(), 1u);
    EXPECT_EQ(integer(resolutions[0], "number"), 2751);
    EXPECT_EQ(text(resolutions[0], "adopted"), "2024-09-30");
    ASSERT_TRUE(resolutions[0].vote_counts);
    EXPECT_EQ(resolutions[0].vote_counts->yes, 15);
    EXPECT_EQ(resolutions[0].vote_counts->no, 0);
    EXPECT_EQ(resolutions[0].vote_counts->abstain, 0);
}

TEST(council_vote_rule, takes_penholders_from_the_next_sentence) {
    auto result = extract(
        "The Security Council voted unanimously to extend the mission's mandate.\n"
        "The resolution was drafted by the United States and Ecuador.");
    auto resolutions = of_kind(result, "resolutions");
    ASSERT_EQ(resolutions.size(), 1u);
    EXPECT_EQ(std::get<domain::TextList>(resolutions[0].fields.at("penholders")),
              (domain::TextList{"USA", "ECU"}));
}

}  // namespace
}  // namespace mssops::extract

namespace mssops::extract {
namespace {

using namespace testing;

TEST(council_vote_rule, reads_an_authorization_with_bracketed_abstainers_and_its_ceiling) {
    auto result = extract(
        "The Security Council on Tuesday adopted a resolution authorizing a new force of up to 5,500 "
        "personnel by a vote of 12 in favour, none against and three abstentions (China, Russia, "
        "Pakistan).",
        "2025-10-01");
    auto resolutions = of_kind(result, "resolutions");
    ASSERT_EQ(resolutions.size(), 1u);
    EXPECT_EQ(text(resolutions[0], "action"), "authorize");
    EXPECT_EQ(text(resolutions[0], "adopted"), "2025-09-30");
    ASSERT_TRUE(resolutions[0].vote_counts);
    EXPECT_EQ(resolutions[0].vote_counts->yes, 12);
    EXPECT_EQ(resolutions[0].vote_counts->abstain, 3);
    EXPECT_EQ(std::get<domain::TextList>(resolutions[0].fields.at("votes_abstain")),
              (domain::TextList{"CHN", "RUS", "PAK"}));
    auto targets = of_kind(result, "strength_targets");
    ASSERT_EQ(targets.size(), 1u);
    EXPECT_EQ(integer(targets[0], "number"), 5500);
    EXPECT_TRUE(of_kind(result, "deployment_events").empty());
}

}  // namespace
}  // namespace mssops::extract
