#include "domain/strength_forecast.hpp"

#include <gtest/gtest.h>

using namespace mssops::domain;
using std::chrono::sys_days;

namespace {

DeploymentEvent event(std::string country, DeploymentKind kind, std::int64_t count, std::string date) {
    DeploymentEvent result;
    result.key = country + "-" + date;
    result.mission = "mss-haiti";
    result.country = std::move(country);
    result.personnel_type = PersonnelType::police;
    result.kind = kind;
    result.count = count;
    result.date = PartialDate::parse(date, "date").value();
    result.source_id = "src-" + result.key;
    return result;
}

// Before the window: Kenya 400 on the ground, 800 pledged. In the 60 days from 2024-11-01 to
// 2024-12-31: +100 JAM, -20 KEN rotated out, +40 KEN: net +120, a pace of 2 a day. On 2024-12-31:
// KEN 420 + JAM 100 = 520 deployed. Bahamas pledges 150 for 2025-02-15.
std::vector<DeploymentEvent> known_series() {
    return {
        event("KEN", DeploymentKind::pledged, 800, "2024-05"),
        event("KEN", DeploymentKind::arrived, 200, "2024-06-25"),
        event("KEN", DeploymentKind::arrived, 200, "2024-07-16"),
        event("JAM", DeploymentKind::arrived, 100, "2024-11-15"),
        event("KEN", DeploymentKind::rotated_out, 20, "2024-12-01"),
        event("KEN", DeploymentKind::arrived, 40, "2024-12-20"),
        event("BHS", DeploymentKind::pledged, 150, "2025-02-15"),
    };
}

StrengthTarget target(std::int64_t number, std::string by_date) {
    StrengthTarget result;
    result.key = "target-" + std::to_string(number);
    result.mission = "mss-haiti";
    result.personnel_type = PersonnelType::police;
    result.number = number;
    result.by_date = PartialDate::parse(by_date, "by_date").value();
    result.source_id = "unga-speech";
    return result;
}

sys_days day(const char* text) {
    return parse_iso_day(text, "at").value();
}

}  // namespace

TEST(strength_forecast, forecasts_the_date_at_the_observed_pace) {
    auto forecast = forecast_target(target(1000, "2025-03"), known_series(), {}, day("2024-12-31"), {60});
    EXPECT_EQ(forecast.current.count, 520);
    EXPECT_DOUBLE_EQ(forecast.progress, 0.52);
    EXPECT_EQ(forecast.remaining, 480);
    EXPECT_EQ(to_iso_day(forecast.due), "2025-03-31");
    EXPECT_EQ(forecast.pace.net_change, 120);
    EXPECT_DOUBLE_EQ(forecast.pace.per_day, 2.0);
    // 480 more at 2 a day take 240 days: 2024-12-31 + 240 days = 2025-08-28
    // (31 Jan + 28 Feb + 31 Mar + 30 Apr + 31 May + 30 Jun + 31 Jul = 212, then 28 days of August).
    ASSERT_TRUE(forecast.pace.reached_on);
    EXPECT_EQ(to_iso_day(*forecast.pace.reached_on), "2025-08-28");
    EXPECT_FALSE(forecast.pace.on_time);
    EXPECT_EQ(forecast.pace.reason,
              "net 120 from 2024-11-01 to 2024-12-31 (60 days); 480 more take 240 days at that pace");
}

TEST(strength_forecast, projects_the_shortfall_on_a_due_date_still_ahead) {
    auto forecast = forecast_target(target(1000, "2025-03"), known_series(), {}, day("2024-12-31"), {60});
    // 90 days to 2025-03-31 at 2 a day: 520 + 180 = 700, 300 short.
    EXPECT_FALSE(forecast.due_date_passed);
    EXPECT_EQ(forecast.shortfall_basis, ShortfallBasis::projected_at_pace);
    EXPECT_EQ(forecast.shortfall_on_due, 300);
}

TEST(strength_forecast, reports_the_observed_shortfall_once_the_due_date_has_passed) {
    auto forecast = forecast_target(target(1000, "2025-03"), known_series(), {}, day("2025-04-15"), {60});
    EXPECT_TRUE(forecast.due_date_passed);
    EXPECT_EQ(forecast.shortfall_basis, ShortfallBasis::observed);
    ASSERT_TRUE(forecast.at_due);
    EXPECT_EQ(forecast.at_due->count, 520);
    EXPECT_EQ(forecast.shortfall_on_due, 480);
}

TEST(strength_forecast, forecasts_the_date_on_the_pledged_schedule) {
    auto forecast = forecast_target(target(1000, "2025-03"), known_series(), {}, day("2024-12-31"), {60});
    // Kenya's 380 overdue (800 pledged, 420 there) bring 900 at once; Bahamas' 150 on 2025-02-15 make 1,050.
    EXPECT_EQ(forecast.pledges.overdue, 380);
    EXPECT_EQ(forecast.pledges.outstanding, 530);
    EXPECT_EQ(forecast.pledges.attainable, 1050);
    ASSERT_TRUE(forecast.pledges.reached_on);
    EXPECT_EQ(to_iso_day(*forecast.pledges.reached_on), "2025-02-15");
    EXPECT_TRUE(forecast.pledges.on_time);
}

TEST(strength_forecast, says_plainly_when_pledges_alone_cannot_reach_the_target) {
    auto forecast = forecast_target(target(2000, "2025-03"), known_series(), {}, day("2024-12-31"), {60});
    EXPECT_FALSE(forecast.pledges.reachable);
    EXPECT_FALSE(forecast.pledges.reached_on);
    EXPECT_EQ(forecast.pledges.reason,
              "unreachable on pledges alone: 520 deployed and 530 outstanding pledged make "
              "1050, 950 short of the target of 2000");
}

TEST(strength_forecast, finds_no_date_when_the_window_saw_no_net_arrivals) {
    auto events = known_series();
    // A rotation inside the window: 20 out and 20 in, recorded figures with no net change.
    events.push_back(event("KEN", DeploymentKind::rotated_out, 20, "2024-10-01"));
    events.push_back(event("KEN", DeploymentKind::arrived, 20, "2024-10-02"));
    auto forecast = forecast_target(target(1000, "2025-03"), events, {}, day("2024-10-31"), {60});
    EXPECT_FALSE(forecast.pace.reachable);
    EXPECT_FALSE(forecast.pace.no_recent_data);
    EXPECT_EQ(forecast.pace.reason,
              "unreachable at the observed pace: net change of 0 from 2024-09-01 to 2024-10-31");
}

TEST(strength_forecast, says_there_is_no_data_after_the_last_figure_instead_of_a_net_change_of_0) {
    auto forecast = forecast_target(target(1000, "2025-03"), known_series(), {}, day("2024-10-31"), {60});
    EXPECT_FALSE(forecast.pace.reachable);
    EXPECT_TRUE(forecast.pace.no_recent_data);
    ASSERT_TRUE(forecast.pace.last_evidence);
    EXPECT_EQ(forecast.pace.last_evidence->to_text(), "2024-07-16");
    EXPECT_EQ(forecast.pace.reason,
              "no deployment figure after 2024-07-16, so no pace can be measured from 2024-09-01 to "
              "2024-10-31 and nothing is forecast");
    EXPECT_EQ(forecast.shortfall_basis, ShortfallBasis::no_recent_data);
    EXPECT_EQ(forecast.shortfall_on_due, 600);
}

TEST(strength_forecast, forecasts_nothing_from_no_data_at_all) {
    auto forecast = forecast_target(target(1000, "2025-03"), {}, {}, day("2024-10-31"), {60});
    EXPECT_TRUE(forecast.pace.no_recent_data);
    EXPECT_EQ(forecast.pace.reason,
              "no deployment figure is recorded on or before 2024-10-31, so nothing is forecast");
}

TEST(strength_forecast, rejects_a_window_of_zero_days) {
    auto valid = validate_forecast_options({0});
    ASSERT_FALSE(valid);
    EXPECT_EQ(valid.error().field, "window_days");
    EXPECT_EQ(valid.error().message, "must be a whole number of days from 1 to 3650, got 0");
}
