#include "unit/extract/extract_helpers.hpp"

namespace mssops::extract {
namespace {

using namespace testing;

std::vector<std::pair<std::string, std::string>> stances(const Extraction& result) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& position : of_kind(result, "positions"))
        out.emplace_back(text(position, "actor"), text(position, "stance"));
    return out;
}

TEST(stance_rule, reads_advocacy_by_a_government_and_the_body_it_includes) {
    auto result = extract(
        "The Haitian government, including the Transitional Presidential Council, has pushed for "
        "turning the MSS into a UN peacekeeping operation.");
    EXPECT_EQ(stances(result), (std::vector<std::pair<std::string, std::string>>{
                                   {"HTI", "supports"}, {"transitional-presidential-council", "supports"}}));
}

TEST(stance_rule, reads_a_proposal_withdrawn_because_of_named_opposition) {
    auto result = extract(
        "Canada first backed a transition to a UN peacekeeping mission but later dropped the proposal "
        "in the face of opposition from China and Russia.");
    EXPECT_EQ(stances(result),
              (std::vector<std::pair<std::string, std::string>>{
                  {"CAN", "supports"}, {"CAN", "withdrew_support"}, {"CHN", "opposes"}, {"RUS", "opposes"}}));
}

TEST(stance_rule, reads_openness_from_a_quoted_speaker) {
    auto result = extract(
        "\"We have no problem with transforming this mission into a UN peacekeeping operation,\" "
        "Odhiambo told reporters on Friday, October 4.",
        "2024-10-07");
    auto positions = of_kind(result, "positions");
    ASSERT_EQ(positions.size(), 1u);
    EXPECT_EQ(text(positions[0], "actor"), "amina-odhiambo");
    EXPECT_EQ(text(positions[0], "actor_kind"), "person");
    EXPECT_EQ(text(positions[0], "stance"), "open");
    EXPECT_EQ(text(positions[0], "date"), "2024-10-04");
}

TEST(stance_rule, unnamed_supporters_and_abstainers_yield_no_position) {
    auto result = extract(
        "Supporters of a UN peacekeeping mission argued it would bring steadier funding. China "
        "abstained on the transition to a UN peacekeeping operation.");
    EXPECT_TRUE(of_kind(result, "positions").empty());
}

}  // namespace
}  // namespace mssops::extract

namespace mssops::extract {
namespace {

using namespace testing;

TEST(stance_rule, reads_requests_and_resistance_in_wire_copy) {
    auto result = extract(
        "Haiti has requested that the mission be turned into a UN peacekeeping operation, while China "
        "has resisted calls for the transition.");
    EXPECT_EQ(of_kind(result, "positions").size(), 2u);
    EXPECT_EQ(text(of_kind(result, "positions")[0], "actor"), "HTI");
    EXPECT_EQ(text(of_kind(result, "positions")[0], "stance"), "supports");
    EXPECT_EQ(text(of_kind(result, "positions")[1], "actor"), "CHN");
    EXPECT_EQ(text(of_kind(result, "positions")[1], "stance"), "opposes");
}

}  // namespace
}  // namespace mssops::extract

namespace mssops::extract {
namespace {

using namespace testing;

TEST(stance_rule, a_country_that_owns_a_body_is_not_a_second_actor) {
    auto result = extract(
        "Haiti's Transitional Presidential Council has called for the force to be transformed into a "
        "UN peacekeeping operation, a move Russia has opposed.");
    auto positions = of_kind(result, "positions");
    ASSERT_EQ(positions.size(), 2u);
    EXPECT_EQ(text(positions[0], "actor"), "transitional-presidential-council");
    EXPECT_EQ(text(positions[1], "actor"), "RUS");
    EXPECT_EQ(text(positions[1], "stance"), "opposes");
}

}  // namespace
}  // namespace mssops::extract
