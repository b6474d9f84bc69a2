#include "unit/extract/extract_helpers.hpp"

namespace mssops::extract {
namespace {

using namespace testing;

void expect_nothing(const std::string& text) {
    auto result = extract(text, "2024-11-08");
    EXPECT_TRUE(result.candidates.empty())
        << text << " yielded " << result.candidates.front().kind << " by " << result.candidates.front().rule;
}

TEST(trap_guard, a_gang_death_toll_yields_nothing) {
    expect_nothing("Gang attacks killed more than 150 people in the capital last month, the UN said.");
    expect_nothing("At least 70 residents were dead after the raid on Tuesday.");
}

TEST(trap_guard, displaced_people_yield_nothing) {
    expect_nothing("Nearly 700,000 people have been displaced by the violence.");
}

TEST(trap_guard, a_share_of_territory_yields_nothing) {
    expect_nothing("Gangs control 85 percent of Port-au-Prince, where Kenyan officers arrived in June.");
}

TEST(trap_guard, an_exchange_rate_yields_nothing) {
    expect_nothing(
        "The gourde traded at 132 gourdes to the dollar, an exchange rate the central bank paid $1 for.");
}

TEST(trap_guard, a_future_vote_yields_nothing) {
    expect_nothing("The Security Council will vote on Monday on whether to extend the mission.");
    expect_nothing("If the Council agrees, 2,000 more troops could arrive in Haiti.");
}

TEST(trap_guard, a_duplicated_paragraph_yields_one_record) {
    std::string paragraph = "Some 150 Guatemalan soldiers arrived in Haiti on Tuesday to join the mission.";
    auto result = extract(paragraph + "\n" + paragraph, "2024-11-08");
    EXPECT_EQ(of_kind(result, "deployment_events").size(), 1u);
}

TEST(trap_guard, html_furniture_yields_nothing_and_the_article_is_read) {
    auto result = extract(
        "<html><body><nav>Home | 200 officers arrived | Sports</nav><article><p>Some 150 "
        "Guatemalan soldiers arrived in Haiti on Tuesday.</p><p>Read More</p></article>"
        "<footer>Kenya deployed 999 officers</footer></body></html>",
        "2024-11-08");
    auto events = of_kind(result, "deployment_events");
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(integer(events[0], "count"), 150);
}

}  // namespace
}  // namespace mssops::extract
