#include "domain/alert.hpp"

#include <gtest/gtest.h>

namespace mssops::domain {
namespace {

using namespace std::chrono;

constexpr sys_days today{year{2025} / 9 / 25};

AlertFacts facts_of_mission() {
    AlertFacts facts;
    facts.summary.mission.slug = "mss-haiti";
    facts.summary.mission.name = "Test mission";
    facts.summary.at = today;
    return facts;
}

MandateStatus mandate_ending(sys_days end) {
    MandateStatus status;
    status.at = today;
    status.in_force = true;
    status.period = MandatePeriod{.resolution_key = "res-1",
                                  .label = "S/RES/1 (2024)",
                                  .start = sys_days{year{2024} / 10 / 1},
                                  .end = end,
                                  .source_id = "src-res"};
    status.days_remaining = (end - today).count();
    return status;
}

std::vector<Alert> of_kind(const std::vector<Alert>& alerts, AlertKind kind) {
    std::vector<Alert> found;
    for (const auto& alert : alerts)
        if (alert.kind == kind) found.push_back(alert);
    return found;
}

TEST(alerts_for, raises_a_mandate_ending_within_the_threshold_with_its_source) {
    auto facts = facts_of_mission();
    facts.summary.mandate = mandate_ending(sys_days{year{2025} / 10 / 2});
    auto alerts = of_kind(alerts_for(facts, today, {}), AlertKind::mandate_expiry);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts[0].title, "Mandate of Test mission ends in 7 days");
    EXPECT_EQ(alerts[0].detail, "S/RES/1 (2024) runs to 2025-10-02: 7 days remaining on 2025-09-25.");
    EXPECT_EQ(alerts[0].severity, AlertSeverity::critical);
    EXPECT_EQ(alerts[0].key, "mandate_expiry:mss-haiti:2025-10-02:7");
    EXPECT_EQ(alerts[0].source_ids, std::vector<std::string>{"src-res"});
}

TEST(alerts_for, keeps_quiet_about_a_mandate_ending_beyond_the_threshold) {
    auto facts = facts_of_mission();
    facts.summary.mandate = mandate_ending(sys_days{year{2026} / 3 / 1});
    EXPECT_TRUE(of_kind(alerts_for(facts, today, {.mandate_days = 90}), AlertKind::mandate_expiry).empty());
    EXPECT_EQ(of_kind(alerts_for(facts, today, {.mandate_days = 200}), AlertKind::mandate_expiry).size(), 1u);
}

TEST(alerts_for, gives_an_unchanged_condition_the_same_key_on_another_day) {
    auto facts = facts_of_mission();
    facts.summary.mandate = mandate_ending(sys_days{year{2025} / 10 / 20});
    auto first = alerts_for(facts, today, {});
    facts.summary.mandate.days_remaining = *facts.summary.mandate.days_remaining - 1;
    auto second = alerts_for(facts, today + days{1}, {});
    ASSERT_EQ(first.size(), 1u);
    ASSERT_EQ(second.size(), 1u);
    EXPECT_EQ(first[0].key, "mandate_expiry:mss-haiti:2025-10-20:30");
    EXPECT_EQ(first[0].key, second[0].key);
}

TEST(alerts_for, raises_a_target_forecast_later_than_its_due_date) {
    auto facts = facts_of_mission();
    TargetForecast forecast;
    forecast.target = StrengthTarget{.key = "t-1",
                                     .mission = "mss-haiti",
                                     .personnel_type = PersonnelType::police,
                                     .number = 2500,
                                     .by_date = *PartialDate::parse("2025-12-31", "by_date"),
                                     .source_id = "src-target"};
    forecast.due = sys_days{year{2025} / 12 / 31};
    forecast.current.count = 1000;
    forecast.pace.on_time = false;
    forecast.pace.reached_on = sys_days{year{2026} / 6 / 30};
    forecast.pace.reason = "net 50 a month";
    facts.summary.targets.push_back(forecast);
    auto alerts = of_kind(alerts_for(facts, today, {}), AlertKind::target_late);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts[0].title, "Target of 2500 police by 2025-12-31 forecast late");
    EXPECT_EQ(alerts[0].key, "target_late:mss-haiti:t-1:forecast:2025-12-31");
    EXPECT_EQ(alerts[0].figures[3], "forecast=2026-06-30");
    EXPECT_EQ(alerts[0].severity, AlertSeverity::warning);
}

TEST(alerts_for, raises_a_missed_target_with_its_shortfall) {
    auto facts = facts_of_mission();
    TargetForecast forecast;
    forecast.target.key = "t-2";
    forecast.target.number = 2500;
    forecast.target.by_date = *PartialDate::parse("2025-01", "by_date");
    forecast.due = sys_days{year{2025} / 1 / 31};
    forecast.due_date_passed = true;
    forecast.shortfall_on_due = 1500;
    facts.summary.targets.push_back(forecast);
    auto alerts = of_kind(alerts_for(facts, today, {}), AlertKind::target_late);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts[0].detail, "The target of 2500 all by 2025-01 was missed: 1500 short on 2025-01-31.");
    EXPECT_EQ(alerts[0].severity, AlertSeverity::critical);
}

TEST(alerts_for, raises_figures_older_than_stale_after) {
    auto facts = facts_of_mission();
    facts.summary.stale_after_days = 60;
    facts.summary.stale.push_back(StaleWarning{"strength", sys_days{year{2025} / 2 / 6}, 231,
                                               "the newest deployment figure is from 2025-02-06"});
    auto alerts = of_kind(alerts_for(facts, today, {}), AlertKind::stale_figures);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts[0].detail, "the newest deployment figure is from 2025-02-06 (older than 60 days).");
    EXPECT_EQ(alerts[0].key, "stale_figures:mss-haiti:strength:2025-02-06");
}

TEST(alerts_for, raises_sources_that_disagree_naming_every_source) {
    auto facts = facts_of_mission();
    ClaimConflict conflict;
    conflict.fact = "contingent_strength";
    conflict.subject = "KEN police strength on 2025-02-06";
    conflict.claims = {Claim{.value = "744", .source_ids = {"src-a"}},
                       Claim{.value = "800", .source_ids = {"src-b"}}};
    conflict.used_value = "744";
    conflict.rule = "most recent";
    facts.conflicts.push_back(conflict);
    auto alerts = of_kind(alerts_for(facts, today, {}), AlertKind::conflicting_sources);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts[0].detail, "2 claims (744, 800); used 744 by the rule: most recent.");
    EXPECT_EQ(alerts[0].source_ids, (std::vector<std::string>{"src-a", "src-b"}));
}

TEST(alerts_for, raises_extractions_awaiting_review_keyed_by_the_newest) {
    auto facts = facts_of_mission();
    facts.pending_extractions = {3, 9, 4};
    auto alerts = of_kind(alerts_for(facts, today, {}), AlertKind::extractions_pending);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts[0].title, "3 extractions await review");
    EXPECT_EQ(alerts[0].key, "extractions_pending:mss-haiti:9");
    facts.pending_extractions.clear();
    EXPECT_TRUE(of_kind(alerts_for(facts, today, {}), AlertKind::extractions_pending).empty());
}

TEST(alerts_for, raises_a_runway_below_the_threshold_in_months) {
    auto facts = facts_of_mission();
    facts.runway_tenths = 25;
    auto alerts = of_kind(alerts_for(facts, today, {.runway_months = 3}), AlertKind::funding_runway);
    ASSERT_EQ(alerts.size(), 1u);
    EXPECT_EQ(alerts[0].title, "Funding runway of 2.5 months");
    EXPECT_EQ(alerts[0].value, 25);
    EXPECT_EQ(alerts[0].key, "funding_runway:mss-haiti:2");
    EXPECT_TRUE(of_kind(alerts_for(facts, today, {.runway_months = 2}), AlertKind::funding_runway).empty());
}

TEST(parse_alert_kind, rejects_an_unknown_kind_naming_the_field) {
    auto kind = parse_alert_kind("weather", "kinds[0]");
    ASSERT_FALSE(kind);
    EXPECT_EQ(kind.error().field, "kinds[0]");
    EXPECT_EQ(kind.error().message,
              "must be one of mandate_expiry, target_late, stale_figures, conflicting_sources, "
              "extractions_pending, funding_runway, got \"weather\"");
    EXPECT_EQ(*parse_alert_kind("funding_runway", "kind"), AlertKind::funding_runway);
}

}  // namespace
}  // namespace mssops::domain
