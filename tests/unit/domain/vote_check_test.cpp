#include "domain/vote_check.hpp"

#include <gtest/gtest.h>

using namespace mssops::domain;

namespace {

Resolution vote(TextList yes, TextList no, VoteOutcome outcome) {
    Resolution resolution;
    resolution.key = "draft";
    resolution.body = "unsc";
    resolution.adopted = PartialDate::parse("2024-09-30", "adopted").value();
    resolution.votes_yes = std::move(yes);
    resolution.votes_no = std::move(no);
    resolution.outcome = outcome;
    return resolution;
}

const TextList nine_elected = {"DZA", "ECU", "GUY", "JPN", "MLT", "MOZ", "KOR", "SLE", "SVN"};

}  // namespace

TEST(check_recorded_outcome, refuses_a_failed_vote_recorded_as_adopted_without_membership_records) {
    CouncilComposition unknown{"unsc", 2024, {}};
    auto checked = check_recorded_outcome(vote({"DZA", "ECU"}, {}, VoteOutcome::adopted), unknown);
    ASSERT_FALSE(checked);
    EXPECT_EQ(checked.error().field, "outcome");
    EXPECT_EQ(
        checked.error().message,
        "must be failed under UN Charter Art. 27(3) for the recorded vote (failed: 2 in favour, 0 against, "
        "0 abstaining; 9 votes in favour needed), got adopted");
}

TEST(check_recorded_outcome, knows_the_charters_permanent_members_without_membership_records) {
    CouncilComposition unknown{"unsc", 2024, {}};
    auto vetoed = check_recorded_outcome(vote(nine_elected, {"USA"}, VoteOutcome::vetoed), unknown);
    ASSERT_TRUE(vetoed);
    EXPECT_EQ(vetoed->vetoed_by, std::vector<std::string>{"USA"});
    EXPECT_TRUE(check_recorded_outcome(vote(nine_elected, {"CAN"}, VoteOutcome::adopted), unknown));
}

TEST(check_recorded_outcome, refuses_a_double_vote_without_membership_records) {
    CouncilComposition unknown{"unsc", 2024, {}};
    auto checked = check_recorded_outcome(vote(nine_elected, {"JPN"}, VoteOutcome::adopted), unknown);
    ASSERT_FALSE(checked);
    EXPECT_EQ(checked.error().field, "votes_no");
    EXPECT_EQ(checked.error().message, "JPN must vote once, got a second vote");
}

TEST(check_recorded_outcome, passes_a_resolution_without_a_recorded_vote) {
    EXPECT_TRUE(
        check_recorded_outcome(vote({}, {}, VoteOutcome::adopted), CouncilComposition{"unsc", 2024, {}}));
}
