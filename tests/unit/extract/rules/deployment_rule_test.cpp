#include "unit/extract/extract_helpers.hpp"

namespace mssops::extract {
namespace {

using namespace testing;

TEST(deployment_rule, reads_an_arrival_in_wire_copy_with_its_weekday_date) {
    auto result = extract(
        "PORT-AU-PRINCE (Wire) - A contingent of 150 Guatemalan soldiers landed in Haiti on Tuesday "
        "to join the multinational mission.",
        "2024-11-08");
    auto events = of_kind(result, "deployment_events");
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(text(events[0], "country"), "GTM");
    EXPECT_EQ(text(events[0], "personnel_type"), "military");
    EXPECT_EQ(integer(events[0], "count"), 150);
    EXPECT_EQ(text(events[0], "event"), "arrived");
    EXPECT_EQ(text(events[0], "date"), "2024-11-05");
    EXPECT_EQ(events[0].rule, "deployment.arrived");
}

TEST(deployment_rule, gives_the_count_of_the_next_sentence_to_an_arrival_read_without_one) {
    auto result = extract(
        "The Bahamian advance team arrived in Port-au-Prince on Wednesday.\n"
        "The team, made up of 12 soldiers and three police officers, left Nassau at dawn.",
        "2024-09-20");
    auto events = of_kind(result, "deployment_events");
    ASSERT_EQ(events.size(), 2u);
    EXPECT_EQ(text(events[0], "country"), "BHS");
    EXPECT_EQ(integer(events[0], "count"), 12);
    EXPECT_EQ(text(events[0], "personnel_type"), "military");
    EXPECT_EQ(text(events[0], "date"), "2024-09-18");
    EXPECT_EQ(integer(events[1], "count"), 3);
    EXPECT_EQ(text(events[1], "personnel_type"), "police");
    EXPECT_EQ(events[1].rule, "deployment.count_of_arrival");
    EXPECT_EQ(evidence(result, events[0]), "The team, made up of 12 soldiers and three police officers");
}

TEST(deployment_rule, reads_a_pledge_in_a_government_release) {
    auto result = extract(
        "The Government of El Salvador has pledged to send 100 military police to the MSS, the "
        "Ministry of Defence announced on 3 October 2024.",
        "2024-10-04");
    auto events = of_kind(result, "deployment_events");
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(text(events[0], "country"), "SLV");
    EXPECT_EQ(text(events[0], "event"), "pledged");
    EXPECT_EQ(text(events[0], "personnel_type"), "military");
    EXPECT_EQ(integer(events[0], "count"), 100);
    EXPECT_EQ(text(events[0], "date"), "2024-10-03");
}

TEST(deployment_rule, reads_a_rotation_home) {
    auto result = extract("Some 200 Kenyan officers rotated out of Haiti last month after a year of duty.",
                          "2025-07-10");
    auto events = of_kind(result, "deployment_events");
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(text(events[0], "event"), "rotated_out");
    EXPECT_EQ(text(events[0], "date"), "2025-06~");
    EXPECT_EQ(events[0].date_precision, "approximate");
}

TEST(deployment_rule, reads_french_local_press_with_place_names) {
    auto result = extract(
        "Quelque 75 policiers jamaïcains sont arrivés à Port-au-Prince le mardi 10 septembre 2024, "
        "selon la PNH.",
        "");
    auto events = of_kind(result, "deployment_events");
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(text(events[0], "country"), "JAM");
    EXPECT_EQ(integer(events[0], "count"), 75);
    EXPECT_EQ(text(events[0], "date"), "2024-09-10");
}

TEST(deployment_rule, does_not_count_part_of_a_group_twice) {
    auto result = extract("Kenya deployed 120 more police officers on Friday, including a team of 20 medics.",
                          "2025-03-10");
    auto events = of_kind(result, "deployment_events");
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(integer(events[0], "count"), 120);
}

}  // namespace
}  // namespace mssops::extract

namespace mssops::extract {
namespace {

using namespace testing;

TEST(deployment_rule, a_count_of_more_takes_the_noun_of_the_count_before) {
    auto result = extract(
        "Guatemala has pledged 150 soldiers, and the Bahamas has committed to send 150 more, "
        "officials said.",
        "2024-09-18");
    auto events = of_kind(result, "deployment_events");
    ASSERT_EQ(events.size(), 2u);
    EXPECT_EQ(text(events[0], "country"), "GTM");
    EXPECT_EQ(text(events[1], "country"), "BHS");
    EXPECT_EQ(text(events[1], "personnel_type"), "military");
    EXPECT_EQ(text(events[1], "event"), "pledged");
}

}  // namespace
}  // namespace mssops::extract

namespace mssops::extract {
namespace {

using namespace testing;

TEST(deployment_rule,
     in_a_release_the_arrival_date_is_the_one_after_the_verb_and_the_dateline_dates_the_text) {
    auto result = extract(
        "NAIROBI, 15 March 2025 - A contingent of 217 Kenyan officers departed Nairobi on Friday, "
        "March 14, and arrived in Port-au-Prince on Saturday, March 15.\n"
        "Kenya remains committed to deploying the full 1,000 officers it pledged.",
        "");
    EXPECT_EQ(result.published, "2025-03-15");
    EXPECT_TRUE(result.published_found_in_text);
    auto events = of_kind(result, "deployment_events");
    ASSERT_EQ(events.size(), 2u);
    EXPECT_EQ(integer(events[0], "count"), 217);
    EXPECT_EQ(text(events[0], "date"), "2025-03-15");
    EXPECT_EQ(text(events[1], "event"), "pledged");
    EXPECT_EQ(integer(events[1], "count"), 1000);
    EXPECT_TRUE(of_kind(result, "strength_targets").empty());
}

}  // namespace
}  // namespace mssops::extract
