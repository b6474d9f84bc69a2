#include "domain/council_scenario.hpp"

#include <gtest/gtest.h>

using namespace mssops::domain;

namespace {

CouncilComposition council_2025() {
    CouncilComposition council{"unsc", 2025, {}};
    for (const char* member : {"CHN", "FRA", "GBR", "RUS", "USA"})
        council.members.push_back({"", "unsc", member, true, 1945, {}, "un-charter"});
    for (const char* member : {"DZA", "DNK", "GRC", "GUY", "KOR", "PAK", "PAN", "SLE", "SVN", "SOM"})
        council.members.push_back({"", "unsc", member, false, 2024, 2025, "un-press"});
    return council;
}

Position position(std::string actor, Stance stance, std::string date) {
    Position result;
    result.key = actor + "-" + date;
    result.actor = std::move(actor);
    result.actor_kind = "country";
    result.subject = std::string(transition_subject);
    result.stance = stance;
    result.date = PartialDate::parse(date, "date").value();
    result.source_id = "article";
    return result;
}

std::vector<Position> recorded_positions() {
    return {position("USA", Stance::supports, "2024-08"),
            position("USA", Stance::withdrew_support, "2024-11-07"),
            position("CHN", Stance::opposes, "2024-11-07"), position("RUS", Stance::opposes, "2024-11-07"),
            position("KEN", Stance::open, "2024-09")};
}

std::chrono::sys_days day(const char* text) {
    return parse_iso_day(text, "at").value();
}

}  // namespace

TEST(council_scenario, maps_each_members_latest_stance_to_probabilities) {
    auto scenario =
        council_scenario(council_2025(), recorded_positions(), transition_subject, day("2025-12-31"));
    ASSERT_TRUE(scenario);
    ASSERT_EQ(scenario->members.size(), 15u);
    const MemberStance& china = scenario->members[0];
    EXPECT_EQ(china.member, "CHN");
    EXPECT_DOUBLE_EQ(china.no, 1.0);
    EXPECT_EQ(china.basis, "opposes (position CHN-2024-11-07, 2024-11-07)");
    EXPECT_EQ(china.source_id, "article");
    const MemberStance& united_states = scenario->members[4];
    EXPECT_DOUBLE_EQ(united_states.abstain, 0.6);
    EXPECT_EQ(united_states.basis, "withdrew_support (position USA-2024-11-07, 2024-11-07)");
    EXPECT_EQ(scenario->members[5].basis, "no position recorded: undecided");
}

TEST(council_scenario, a_transition_opposed_by_china_and_russia_is_vetoed) {
    auto scenario =
        council_scenario(council_2025(), recorded_positions(), transition_subject, day("2025-12-31"));
    ASSERT_TRUE(scenario);
    auto result = simulate_council(scenario->members);
    ASSERT_TRUE(result);
    EXPECT_DOUBLE_EQ(result->adoption, 0.0);
    EXPECT_EQ(result->verdict, VoteOutcome::vetoed);
    EXPECT_EQ(result->certain_vetoers, (std::vector<std::string>{"CHN", "RUS"}));
    EXPECT_GT(result->veto_decides, 0.0);
    EXPECT_EQ(result->verdict_reason,
              "permanent members CHN, RUS vote no with certainty: the draft cannot be adopted "
              "and is vetoed if it reaches 9 votes in favour (UN Charter Art. 27(3))");
}

TEST(council_scenario, uses_the_stance_held_at_the_date) {
    auto scenario =
        council_scenario(council_2025(), recorded_positions(), transition_subject, day("2024-09-30"));
    ASSERT_TRUE(scenario);
    EXPECT_DOUBLE_EQ(scenario->members[4].yes, 1.0);
    EXPECT_EQ(scenario->members[0].basis, "no position recorded: undecided");
}

TEST(council_scenario, refuses_an_incomplete_council) {
    CouncilComposition council = council_2025();
    council.members.pop_back();
    auto scenario = council_scenario(council, recorded_positions(), transition_subject, day("2025-12-31"));
    ASSERT_FALSE(scenario);
    EXPECT_EQ(scenario.error().message,
              "expected 5 permanent and 10 elected members of unsc in 2025, got 5 permanent and 9 elected");
}
