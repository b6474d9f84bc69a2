#include "app/council_json.hpp"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

using namespace mssops;

namespace {

domain::Result<app::SimulationRequest> request(const char* text) {
    return app::simulation_request_from_json(boost::json::parse(text).as_object());
}

}  // namespace

TEST(council_json, reads_members_with_probabilities_or_a_vote) {
    auto read = request(R"({"members": [{"member": "CHN", "yes": 0.2, "no": 0.5, "abstain": 0.3},
                                        {"member": "DNK", "vote": "yes"}], "threshold": 2})");
    ASSERT_TRUE(read);
    ASSERT_EQ(read->members.size(), 2u);
    EXPECT_TRUE(read->members[0].permanent);
    EXPECT_DOUBLE_EQ(read->members[0].no, 0.5);
    EXPECT_FALSE(read->members[1].permanent);
    EXPECT_DOUBLE_EQ(read->members[1].yes, 1.0);
    EXPECT_EQ(read->threshold, 2);
}

TEST(council_json, an_explicit_seat_overrides_the_charter) {
    auto read = request(R"({"members": [{"member": "KEN", "permanent": true, "vote": "no"}]})");
    ASSERT_TRUE(read);
    EXPECT_TRUE(read->members[0].permanent);
}

TEST(council_json, reads_a_named_scenario_with_its_year) {
    auto read = request(R"({"scenario": "transition_to_un_pko", "year": 2025})");
    ASSERT_TRUE(read);
    EXPECT_EQ(read->scenario, "transition_to_un_pko");
    EXPECT_EQ(read->year, 2025);
}

TEST(council_json, rejects_a_probability_given_as_text) {
    auto read = request(R"({"members": [{"member": "CHN", "yes": "0.5", "no": 0.5, "abstain": 0}]})");
    ASSERT_FALSE(read);
    EXPECT_EQ(read.error().field, "members[0].yes");
    EXPECT_EQ(read.error().message, "must be a number, got string");
}

TEST(council_json, rejects_an_unknown_vote) {
    auto read = request(R"({"members": [{"member": "CHN", "vote": "veto"}]})");
    ASSERT_FALSE(read);
    EXPECT_EQ(read.error().field, "members[0].vote");
    EXPECT_EQ(read.error().message, "must be yes, no or abstain, got \"veto\"");
}

TEST(council_json, rejects_a_vote_given_with_probabilities) {
    auto read = request(R"({"members": [{"member": "CHN", "vote": "no", "no": 1}]})");
    ASSERT_FALSE(read);
    EXPECT_EQ(read.error().field, "members[0].vote");
    EXPECT_EQ(read.error().message, "must not be given with yes, no or abstain probabilities");
}

TEST(council_json, rejects_an_unknown_field_by_name) {
    auto read = request(R"({"members": [], "quorum": 9})");
    ASSERT_FALSE(read);
    EXPECT_EQ(read.error().field, "quorum");
    EXPECT_EQ(read.error().message, "is not a known field; expected members, threshold, scenario, year");
}

TEST(council_json, a_scenario_needs_a_year) {
    auto read = request(R"({"scenario": "transition_to_un_pko"})");
    ASSERT_FALSE(read);
    EXPECT_EQ(read.error().field, "year");
    EXPECT_EQ(read.error().message, "is required with a scenario, got nothing");
}

TEST(council_json, rejects_an_unknown_scenario) {
    auto read = request(R"({"scenario": "sanctions", "year": 2025})");
    ASSERT_FALSE(read);
    EXPECT_EQ(read.error().field, "scenario");
    EXPECT_EQ(read.error().message, "must be \"transition_to_un_pko\", got \"sanctions\"");
}

TEST(council_json, a_body_without_members_or_scenario_is_refused) {
    auto read = request(R"({})");
    ASSERT_FALSE(read);
    EXPECT_EQ(read.error().field, "members");
    EXPECT_EQ(read.error().message, "is required unless a scenario is named, got nothing");
}
