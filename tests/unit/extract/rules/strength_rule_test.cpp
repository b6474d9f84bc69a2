#include "unit/extract/extract_helpers.hpp"

namespace mssops::extract {
namespace {

using namespace testing;

TEST(strength_rule, reads_a_current_count_as_a_report_on_the_publication_date) {
    auto result = extract("The mission currently has about 800 officers on the ground.", "2025-01-15");
    auto reports = of_kind(result, "strength_reports");
    ASSERT_EQ(reports.size(), 1u);
    EXPECT_EQ(integer(reports[0], "count"), 800);
    EXPECT_EQ(text(reports[0], "qualifier"), "approximately");
    EXPECT_EQ(text(reports[0], "personnel_type"), "police");
    EXPECT_EQ(text(reports[0], "date"), "2025-01-15");
    EXPECT_TRUE(of_kind(result, "deployment_events").empty());
}

TEST(strength_rule, dates_a_new_total_by_the_arrival_just_reported) {
    auto result = extract(
        "A fifth Kenyan contingent arrived in Haiti on Saturday, March 15.\n"
        "Kenya deployed 200 officers.\n"
        "That brings the total number of Kenyan police in Haiti to 1,000.",
        "");
    auto reports = of_kind(result, "strength_reports");
    ASSERT_EQ(reports.size(), 1u);
    EXPECT_EQ(integer(reports[0], "count"), 1000);
    EXPECT_EQ(text(reports[0], "country"), "KEN");
    EXPECT_EQ(text(reports[0], "date"), "2025-03-15");
}

TEST(strength_rule, reads_a_target_with_its_date_and_who_stated_it) {
    auto result =
        extract("Full deployment of the planned 2,500 personnel is expected by June, according to Odhiambo.",
                "2025-02-01");
    auto targets = of_kind(result, "strength_targets");
    ASSERT_EQ(targets.size(), 1u);
    EXPECT_EQ(integer(targets[0], "number"), 2500);
    EXPECT_EQ(text(targets[0], "by_date"), "2025-06");
    EXPECT_EQ(text(targets[0], "stated_by"), "amina-odhiambo");
    EXPECT_TRUE(of_kind(result, "strength_reports").empty());
}

}  // namespace
}  // namespace mssops::extract

namespace mssops::extract {
namespace {

using namespace testing;

TEST(strength_rule, a_count_so_far_is_a_report_not_an_arrival) {
    auto result = extract("Kenya has so far deployed about 400 police officers to Haiti, the ministry said.",
                          "2024-10-01");
    EXPECT_TRUE(of_kind(result, "deployment_events").empty());
    auto reports = of_kind(result, "strength_reports");
    ASSERT_EQ(reports.size(), 1u);
    EXPECT_EQ(integer(reports[0], "count"), 400);
    EXPECT_EQ(text(reports[0], "date"), "2024-10-01");
}

}  // namespace
}  // namespace mssops::extract
