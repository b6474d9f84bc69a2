#include "unit/extract/extract_helpers.hpp"

namespace mssops::extract {
namespace {

using namespace testing;

TEST(engagement_rule, reads_a_phone_call_between_named_persons) {
    auto result = extract(
        "Foreign Minister Amina Odhiambo held a phone call with Justice Minister Paul Desrosiers on "
        "Monday, November 4.",
        "2024-11-08");
    auto engagements = of_kind(result, "engagements");
    ASSERT_EQ(engagements.size(), 1u);
    EXPECT_EQ(text(engagements[0], "engagement_kind"), "call");
    EXPECT_EQ(text(engagements[0], "date"), "2024-11-04");
    auto* participants = std::get_if<domain::TextList>(&engagements[0].fields.at("participants"));
    ASSERT_NE(participants, nullptr);
    EXPECT_EQ(*participants, (domain::TextList{"amina-odhiambo", "paul-desrosiers"}));
}

TEST(engagement_rule, reads_a_post_with_its_speaker_and_verbatim_quote) {
    auto result = extract(
        "Odhiambo met the envoy on Monday, November 4.\n"
        "\"Our officers will stay until the job is done, whatever it takes,\" Odhiambo wrote on X.",
        "2024-11-08");
    auto engagements = of_kind(result, "engagements");
    ASSERT_EQ(engagements.size(), 2u);
    EXPECT_EQ(text(engagements[1], "engagement_kind"), "post");
    EXPECT_EQ(text(engagements[1], "quote"),
              "Our officers will stay until the job is done, whatever it takes");
    EXPECT_EQ(text(engagements[1], "date"), "2024-11-04~");
}

TEST(engagement_rule, gives_a_follow_up_quote_to_the_speaker_engagement_not_a_new_record) {
    auto result = extract(
        "Desrosiers visited Kenya in March 2025.\n"
        "\"The partnership is strong and it will last for many more years,\" he said.",
        "2025-04-02");
    auto engagements = of_kind(result, "engagements");
    ASSERT_EQ(engagements.size(), 1u);
    EXPECT_EQ(text(engagements[0], "engagement_kind"), "visit");
    EXPECT_EQ(text(engagements[0], "quote"),
              "The partnership is strong and it will last for many more years");
}

TEST(engagement_rule, dates_a_general_assembly_speech_to_its_september) {
    auto result = extract(
        "\"We will not leave Haiti behind, not now and not ever,\" Odhiambo said in a speech at the "
        "UN General Assembly.",
        "2024-11-08");
    auto engagements = of_kind(result, "engagements");
    ASSERT_EQ(engagements.size(), 1u);
    EXPECT_EQ(text(engagements[0], "engagement_kind"), "speech");
    EXPECT_EQ(text(engagements[0], "date"), "2024-09");
}

TEST(engagement_rule, records_an_unknown_titled_person_as_a_candidate_person) {
    auto result = extract(
        "\"We came to serve and we will serve with honour and courage,\" said Superintendent Maria "
        "Thompson on arrival.",
        "2024-11-08");
    ASSERT_EQ(result.new_persons.size(), 1u);
    EXPECT_EQ(result.new_persons[0].name, "Maria Thompson");
    EXPECT_EQ(result.new_persons[0].role, "Superintendent");
}

}  // namespace
}  // namespace mssops::extract
