#include "domain/council_simulation.hpp"

#include <gtest/gtest.h>

#include <array>
#include <cmath>

using namespace mssops::domain;

namespace {

MemberStance stance(std::string member, bool permanent, double yes, double no, double abstain) {
    return {std::move(member), permanent, yes, no, abstain, "", ""};
}

// Three members, 2 votes needed:
//   P (permanent): yes 0.5, no 0.25, abstain 0.25; E: yes 0.5, abstain 0.5; C: yes for certain.
// By hand, C always votes yes:
//   P yes (0.5),  E yes (0.5): 3 yes              adopted 0.25
//   P yes (0.5),  E abstain:   2 yes              adopted 0.25
//   P no (0.25),  E yes:       2 yes, P said no   vetoed  0.125
//   P no (0.25),  E abstain:   1 yes              failed  0.125
//   P abstain,    E yes:       2 yes              adopted 0.125
//   P abstain,    E abstain:   1 yes              failed  0.125
// adoption 0.625, veto 0.125, failure 0.25; expected yes 0.25*3 + 0.5*2 + 0.25*1 = 2.
std::vector<MemberStance> small_council() {
    return {stance("P", true, 0.5, 0.25, 0.25), stance("E", false, 0.5, 0.0, 0.5),
            stance("C", false, 1.0, 0.0, 0.0)};
}

}  // namespace

TEST(council_simulation, gives_the_exact_probabilities_of_a_small_case_enumerated_by_hand) {
    auto result = simulate_council(small_council(), 2);
    ASSERT_TRUE(result);
    EXPECT_NEAR(result->adoption, 0.625, 1e-15);
    EXPECT_NEAR(result->veto_decides, 0.125, 1e-15);
    EXPECT_NEAR(result->failure, 0.25, 1e-15);
    EXPECT_NEAR(result->expected_yes, 2.0, 1e-15);
    ASSERT_EQ(result->yes_distribution.size(), 4u);
    EXPECT_NEAR(result->yes_distribution[1], 0.25, 1e-15);
    EXPECT_NEAR(result->yes_distribution[2], 0.5, 1e-15);
    EXPECT_NEAR(result->yes_distribution[3], 0.25, 1e-15);
    EXPECT_EQ(result->verdict, VoteOutcome::adopted);
}

TEST(council_simulation, finds_the_pivotal_members) {
    auto result = simulate_council(small_council(), 2);
    ASSERT_TRUE(result);
    // P: yes -> adopted whatever E does (1.0); no -> never adopted (0). Swing 1.
    EXPECT_NEAR(result->members[0].adoption_if_yes, 1.0, 1e-15);
    EXPECT_NEAR(result->members[0].adoption_if_no, 0.0, 1e-15);
    EXPECT_NEAR(result->members[0].adoption_if_abstain, 0.5, 1e-15);
    // E: yes -> adopted unless P says no (0.75); abstain or no -> adopted when P says yes (0.5).
    EXPECT_NEAR(result->members[1].swing, 0.25, 1e-15);
    // C: yes -> 0.625; no -> needs P and E both yes (0.25).
    EXPECT_NEAR(result->members[2].adoption_if_no, 0.25, 1e-15);
    EXPECT_EQ(result->pivotal, (std::vector<std::string>{"P", "E", "C"}));
}

TEST(council_simulation, a_member_whose_vote_cannot_matter_is_not_pivotal) {
    // Two certain yes votes carry a 2-vote threshold; the third member changes nothing.
    std::vector<MemberStance> members = {stance("A", false, 1, 0, 0), stance("B", false, 1, 0, 0),
                                         stance("C", false, 0.5, 0.5, 0)};
    auto result = simulate_council(members, 2);
    ASSERT_TRUE(result);
    EXPECT_DOUBLE_EQ(result->adoption, 1.0);
    EXPECT_FALSE(result->members[2].pivotal);
    EXPECT_EQ(result->pivotal, (std::vector<std::string>{"A", "B"}));
}

TEST(council_simulation, matches_brute_force_enumeration_on_ten_members) {
    std::vector<MemberStance> members;
    for (int i = 0; i < 10; ++i) {
        double yes = 0.1 + 0.07 * i, no = 0.05 * (i % 4);
        members.push_back(stance("M" + std::to_string(i), i < 3, yes, no, 1.0 - yes - no));
    }
    double adoption = 0, veto = 0;
    std::array<int, 10> choice{};
    for (int combination = 0; combination < 59049; ++combination) {
        int rest = combination, yes = 0;
        bool permanent_no = false;
        double p = 1;
        for (int i = 0; i < 10; ++i, rest /= 3) {
            choice[i] = rest % 3;
            p *= choice[i] == 0 ? members[i].yes : choice[i] == 1 ? members[i].no : members[i].abstain;
            yes += choice[i] == 0;
            permanent_no = permanent_no || (choice[i] == 1 && members[i].permanent);
        }
        if (yes >= 6 && !permanent_no) adoption += p;
        if (yes >= 6 && permanent_no) veto += p;
    }
    auto result = simulate_council(members, 6);
    ASSERT_TRUE(result);
    EXPECT_NEAR(result->adoption, adoption, 1e-12);
    EXPECT_NEAR(result->veto_decides, veto, 1e-12);
}

TEST(council_simulation, a_certain_permanent_no_is_reported_as_vetoed) {
    std::vector<MemberStance> members;
    members.push_back(stance("CHN", true, 0, 1, 0));
    for (const char* member : {"FRA", "GBR", "RUS", "USA"}) members.push_back(stance(member, true, 1, 0, 0));
    for (int i = 0; i < 10; ++i) members.push_back(stance("E" + std::to_string(i), false, 1, 0, 0));
    auto result = simulate_council(members);
    ASSERT_TRUE(result);
    EXPECT_DOUBLE_EQ(result->adoption, 0.0);
    EXPECT_DOUBLE_EQ(result->veto_decides, 1.0);
    EXPECT_EQ(result->verdict, VoteOutcome::vetoed);
    EXPECT_EQ(result->certain_vetoers, std::vector<std::string>{"CHN"});
    EXPECT_EQ(result->verdict_reason,
              "permanent member CHN votes no with certainty: the draft cannot be adopted and is "
              "vetoed if it reaches 9 votes in favour (UN Charter Art. 27(3))");
}

TEST(council_simulation, rejects_probabilities_that_do_not_sum_to_one) {
    auto result = simulate_council({stance("FRA", true, 0.5, 0.3, 0.1)}, 1);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().field, "members[0]");
    EXPECT_EQ(result.error().message, "yes + no + abstain must sum to 1 (within 1e-9), got 0.9");
}

TEST(council_simulation, rejects_a_probability_outside_zero_to_one) {
    auto result = simulate_council({stance("FRA", true, 1.2, -0.2, 0)}, 1);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().field, "members[0].yes");
    EXPECT_EQ(result.error().message, "must be a probability between 0 and 1, got 1.2");
}

TEST(council_simulation, rejects_a_member_listed_twice) {
    auto result = simulate_council({stance("FRA", true, 1, 0, 0), stance("FRA", true, 1, 0, 0)}, 1);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().field, "members[1].member");
    EXPECT_EQ(result.error().message, "must be listed once, got \"FRA\" again");
}

TEST(council_simulation, rejects_a_threshold_above_the_member_count) {
    auto result = simulate_council(small_council(), 9);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().field, "threshold");
    EXPECT_EQ(result.error().message, "must be between 1 and the 3 members, got 9");
}

TEST(council_simulation, rejects_an_empty_council) {
    auto result = simulate_council({});
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().message, "must list at least one member, got none");
}
