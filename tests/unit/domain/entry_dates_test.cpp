#include "domain/entry_dates.hpp"

#include <gtest/gtest.h>

#include "domain/partial_date.hpp"

using namespace mssops::domain;

namespace {

std::chrono::sys_days day(const char* text) {
    return parse_iso_day(text, "today").value();
}

Fields event(std::string kind, std::string date) {
    return {{"event", std::move(kind)}, {"date", std::move(date)}};
}

}  // namespace

TEST(check_not_in_future, refuses_an_arrival_after_the_injected_today) {
    auto checked =
        check_not_in_future("deployment_events", event("arrived", "2025-02-11"), day("2025-02-10"));
    ASSERT_FALSE(checked);
    EXPECT_EQ(checked.error().field, "date");
    EXPECT_EQ(
        checked.error().message,
        "must not be after today (2025-02-10) for an arrived deployment event; only a pledge or a target "
        "may be dated in the future, got 2025-02-11");
}

TEST(check_not_in_future, accepts_an_arrival_on_today_and_a_month_that_began_before_it) {
    EXPECT_TRUE(check_not_in_future("deployment_events", event("arrived", "2025-02-10"), day("2025-02-10")));
    EXPECT_TRUE(check_not_in_future("deployment_events", event("withdrawn", "2025-02"), day("2025-02-10")));
}

TEST(check_not_in_future, refuses_a_rotation_and_a_strength_report_after_today) {
    auto rotation =
        check_not_in_future("deployment_events", event("rotated_out", "2025-03"), day("2025-02-10"));
    ASSERT_FALSE(rotation);
    EXPECT_EQ(rotation.error().message,
              "must not be after today (2025-02-10) for a rotated_out deployment event; only a pledge or a "
              "target may be dated in the future, got 2025-03");
    EXPECT_FALSE(check_not_in_future("strength_reports", {{"date", std::string("2026")}}, day("2025-02-10")));
}

TEST(check_not_in_future, lets_a_pledge_and_a_target_lie_in_the_future) {
    EXPECT_TRUE(check_not_in_future("deployment_events", event("pledged", "2030-01"), day("2025-02-10")));
    EXPECT_TRUE(
        check_not_in_future("strength_targets", {{"by_date", std::string("2030-01")}}, day("2025-02-10")));
}
