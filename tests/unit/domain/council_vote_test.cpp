#include "domain/council_vote.hpp"

#include <gtest/gtest.h>

#include <algorithm>

using namespace mssops::domain;

namespace {

const std::vector<std::string> permanent = {"CHN", "FRA", "GBR", "RUS", "USA"};
const std::vector<std::string> elected = {"DZA", "DNK", "GRC", "GUY", "KOR",
                                          "PAK", "PAN", "SLE", "SVN", "SOM"};

// Builds 15 votes: each member named in `yes`, `no` or `abstain` votes so; the rest are absent.
std::vector<MemberVote> votes(const std::vector<std::string>& yes, const std::vector<std::string>& no,
                              const std::vector<std::string>& abstain) {
    auto choice_of = [&](const std::string& member) {
        auto has = [&](const std::vector<std::string>& list) {
            return std::find(list.begin(), list.end(), member) != list.end();
        };
        if (has(yes)) return VoteChoice::yes;
        if (has(no)) return VoteChoice::no;
        if (has(abstain)) return VoteChoice::abstain;
        return VoteChoice::absent;
    };
    std::vector<MemberVote> result;
    for (const auto& member : permanent) result.push_back({member, true, choice_of(member)});
    for (const auto& member : elected) result.push_back({member, false, choice_of(member)});
    return result;
}

CouncilComposition council_2025() {
    CouncilComposition council{"unsc", 2025, {}};
    for (const auto& member : permanent)
        council.members.push_back({"", "unsc", member, true, 1945, {}, "un-charter"});
    for (const auto& member : elected)
        council.members.push_back({"", "unsc", member, false, 2024, 2025, "un-press"});
    return council;
}

}  // namespace

TEST(council_vote, nine_in_favour_with_a_permanent_no_is_vetoed) {
    VoteTally tally = tally_vote(votes({"FRA", "GBR", "USA", "DZA", "DNK", "GRC", "GUY", "KOR", "PAK"},
                                       {"CHN"}, {"RUS", "PAN", "SLE", "SVN", "SOM"}));
    EXPECT_EQ(tally.yes, 9);
    EXPECT_EQ(tally.outcome, VoteOutcome::vetoed);
    EXPECT_EQ(tally.vetoed_by, std::vector<std::string>{"CHN"});
    EXPECT_EQ(tally.reason,
              "vetoed: 9 in favour, 1 against, 5 abstaining; negative vote of permanent member CHN");
}

TEST(council_vote, nine_in_favour_with_permanent_abstentions_is_adopted) {
    VoteTally tally = tally_vote(votes({"DZA", "DNK", "GRC", "GUY", "KOR", "PAK", "PAN", "SLE", "SVN"},
                                       {"SOM"}, {"CHN", "FRA", "GBR", "RUS", "USA"}));
    EXPECT_EQ(tally.outcome, VoteOutcome::adopted);
    EXPECT_TRUE(tally.vetoed_by.empty());
    EXPECT_EQ(tally.reason,
              "adopted: 9 in favour, 1 against, 5 abstaining; no negative vote of a permanent member");
}

TEST(council_vote, eight_in_favour_fails) {
    VoteTally tally = tally_vote(votes({"FRA", "GBR", "USA", "DZA", "DNK", "GRC", "GUY", "KOR"}, {},
                                       {"CHN", "RUS", "PAK", "PAN", "SLE", "SVN", "SOM"}));
    EXPECT_EQ(tally.outcome, VoteOutcome::failed);
    EXPECT_EQ(tally.reason, "failed: 8 in favour, 0 against, 7 abstaining; 9 votes in favour needed");
}

TEST(council_vote, too_few_votes_with_a_permanent_no_fails_rather_than_vetoed) {
    VoteTally tally = tally_vote(votes({"FRA", "GBR", "USA"}, {"RUS"}, {}));
    EXPECT_EQ(tally.outcome, VoteOutcome::failed);
    EXPECT_TRUE(tally.vetoed_by.empty());
    EXPECT_EQ(tally.absent, 11);
}

TEST(council_vote, an_elected_member_voting_no_is_no_veto) {
    std::vector<std::string> fourteen(permanent);
    fourteen.insert(fourteen.end(), elected.begin(), elected.end() - 1);
    EXPECT_EQ(tally_vote(votes(fourteen, {"SOM"}, {})).outcome, VoteOutcome::adopted);
}

TEST(council_vote, reads_a_recorded_vote_against_the_council_of_its_year) {
    Resolution resolution;
    resolution.key = "unsc-res-2751";
    resolution.votes_yes = {"CHN", "FRA", "GBR", "RUS", "USA", "DZA", "DNK", "GRC", "GUY", "KOR", "PAK"};
    resolution.votes_abstain = {"PAN"};
    auto cast = recorded_votes(resolution, council_2025());
    ASSERT_TRUE(cast);
    ASSERT_EQ(cast->size(), 15u);
    EXPECT_EQ((*cast)[0].member, "CHN");
    EXPECT_TRUE((*cast)[0].permanent);
    VoteTally tally = tally_vote(*cast);
    EXPECT_EQ(tally.yes, 11);
    EXPECT_EQ(tally.abstain, 1);
    EXPECT_EQ(tally.absent, 3);
    EXPECT_EQ(tally.outcome, VoteOutcome::adopted);
}

TEST(council_vote, a_unanimous_resolution_without_lists_is_every_member_in_favour) {
    Resolution resolution;
    resolution.unanimous = true;
    auto cast = recorded_votes(resolution, council_2025());
    ASSERT_TRUE(cast);
    EXPECT_EQ(tally_vote(*cast).yes, 15);
}

TEST(council_vote, rejects_a_vote_by_a_state_not_on_the_council) {
    Resolution resolution;
    resolution.votes_no = {"CAN"};
    auto cast = recorded_votes(resolution, council_2025());
    ASSERT_FALSE(cast);
    EXPECT_EQ(cast.error().field, "votes_no");
    EXPECT_EQ(cast.error().message, "CAN is not a member of unsc in 2025");
}

TEST(council_vote, rejects_a_member_voting_twice) {
    Resolution resolution;
    resolution.votes_yes = {"FRA"};
    resolution.votes_abstain = {"FRA"};
    auto cast = recorded_votes(resolution, council_2025());
    ASSERT_FALSE(cast);
    EXPECT_EQ(cast.error().field, "votes_abstain");
    EXPECT_EQ(cast.error().message, "FRA must vote once, got a second vote");
}
