#include "app/council_query.hpp"

#include <gtest/gtest.h>

#include "seeded_store.hpp"

namespace mssops::app {
namespace {

using domain::ErrorCode;

using CouncilQueries = SeededStore;

domain::MemberStance voting(const char* member, bool permanent, double yes, double no) {
    domain::MemberStance stance;
    stance.member = member;
    stance.permanent = permanent;
    stance.yes = yes;
    stance.no = no;
    stance.abstain = 1 - yes - no;
    return stance;
}

TEST(council_query_from_text, names_year_when_it_is_before_the_charter) {
    auto query = council_query_from_text("1900");
    ASSERT_FALSE(query);
    EXPECT_EQ(query.error().field, "year");
    EXPECT_EQ(query.error().message, "must be a year from 1945 to 2200, got \"1900\"");
}

TEST_F(CouncilQueries, members_of_2024_are_five_permanent_and_ten_elected) {
    auto council = council_members(store(), CouncilQuery{2024});
    ASSERT_TRUE(council) << council.error().message;
    EXPECT_EQ(council->body, "unsc");
    EXPECT_EQ(council->year, 2024);
    EXPECT_EQ(council->permanent_count(), 5u);
    EXPECT_EQ(council->elected_count(), 10u);
}

TEST_F(CouncilQueries, transition_scenario_simulates_the_whole_council_of_its_year) {
    auto scenario = transition_scenario(store(), CouncilQuery{2025});
    ASSERT_TRUE(scenario) << scenario.error().message;
    EXPECT_EQ(scenario->scenario.subject, "transition_to_un_pko");
    EXPECT_EQ(scenario->scenario.council.year, 2025);
    EXPECT_EQ(scenario->scenario.positions_as_of, day("2025-12-31"));
    EXPECT_EQ(scenario->scenario.members.size(), 15u);
    EXPECT_EQ(scenario->result.members.size(), 15u);
    EXPECT_NEAR(scenario->result.adoption + scenario->result.veto_decides + scenario->result.failure, 1.0,
                1e-9);
}

TEST_F(CouncilQueries, simulate_draft_counts_the_members_given_and_a_permanent_no_vetoes) {
    SimulationRequest request;
    request.members.push_back(voting("CHN", true, 0, 1));
    for (const char* member : {"FRA", "GBR", "USA", "RUS"})
        request.members.push_back(voting(member, true, 1, 0));
    for (const char* member : {"DZA", "GUY", "KOR", "SLE", "SVN", "DNK", "GRC", "PAK", "PAN", "SOM"})
        request.members.push_back(voting(member, false, 1, 0));
    auto simulation = simulate_draft(store(), request);
    ASSERT_TRUE(simulation) << simulation.error().message;
    EXPECT_FALSE(simulation->scenario);
    EXPECT_EQ(simulation->members.size(), 15u);
    EXPECT_DOUBLE_EQ(simulation->result.adoption, 0.0);
    EXPECT_DOUBLE_EQ(simulation->result.veto_decides, 1.0);
    EXPECT_EQ(simulation->result.certain_vetoers, std::vector<std::string>{"CHN"});
}

TEST_F(CouncilQueries, simulate_draft_checks_a_scenarios_year_as_the_query_does) {
    SimulationRequest request;
    request.scenario = "transition_to_un_pko";
    request.year = 1900;
    auto simulation = simulate_draft(store(), request);
    ASSERT_FALSE(simulation);
    EXPECT_EQ(simulation.error().code, ErrorCode::invalid_input);
    EXPECT_EQ(simulation.error().field, "year");
}

}  // namespace
}  // namespace mssops::app
