#include "domain/mandate_timeline.hpp"

#include <gtest/gtest.h>

using namespace mssops::domain;
using std::chrono::sys_days;

namespace {

Resolution resolution(std::string symbol, MandateAction action, std::string adopted, std::string mandate_end,
                      VoteOutcome outcome = VoteOutcome::adopted) {
    Resolution result;
    result.key = symbol;
    result.symbol = symbol;
    result.body = "unsc";
    result.mission = "mss-haiti";
    result.action = action;
    result.outcome = outcome;
    result.adopted = PartialDate::parse(adopted, "adopted").value();
    if (!mandate_end.empty()) result.mandate_end = PartialDate::parse(mandate_end, "mandate_end").value();
    result.source_id = "un-press-" + symbol;
    return result;
}

std::vector<Resolution> authorized_then_extended() {
    return {resolution("S/RES/2751 (2024)", MandateAction::extend, "2024-09-30", "2025-10-02"),
            resolution("S/RES/2699 (2023)", MandateAction::authorize, "2023-10-02", "2024-10-02")};
}

sys_days day(const char* text) {
    return parse_iso_day(text, "at").value();
}

}  // namespace

TEST(mandate_timeline, gives_the_mandate_in_force_and_its_end) {
    MandateTimeline timeline = mandate_timeline(authorized_then_extended(), "mss-haiti");
    ASSERT_EQ(timeline.periods.size(), 2u);
    EXPECT_TRUE(timeline.gaps.empty());
    MandateStatus status = mandate_status(timeline, day("2025-01-01"));
    EXPECT_TRUE(status.in_force);
    ASSERT_TRUE(status.period);
    EXPECT_EQ(status.period->label, "S/RES/2751 (2024)");
    EXPECT_EQ(to_iso_day(status.period->end), "2025-10-02");
    // 2025-01-01 to 2025-10-02: 273 days to 1 October, one more to the 2nd.
    EXPECT_EQ(status.days_remaining, 274);
    EXPECT_TRUE(status.alerts.empty());
    ASSERT_TRUE(status.next_alert);
    EXPECT_EQ(status.next_alert->threshold_days, 90);
    EXPECT_EQ(to_iso_day(status.next_alert->fires_on), "2025-07-04");
    EXPECT_EQ(status.next_alert->message, "the 90-day alert fires on 2025-07-04");
    EXPECT_EQ(status.next_alert->message_coded.code, "mandate.next_alert");
    EXPECT_EQ(*status.next_alert->message_coded.param("fires_on"), "2025-07-04");
}

TEST(mandate_timeline, an_extension_adopted_before_expiry_changes_the_end_from_its_adoption) {
    MandateTimeline timeline = mandate_timeline(authorized_then_extended(), "mss-haiti");
    EXPECT_EQ(to_iso_day(mandate_status(timeline, day("2024-09-29")).period->end), "2024-10-02");
    EXPECT_EQ(to_iso_day(mandate_status(timeline, day("2024-09-30")).period->end), "2025-10-02");
    EXPECT_FALSE(mandate_status(timeline, day("2023-10-01")).in_force);
    EXPECT_FALSE(mandate_status(timeline, day("2023-10-01")).period);
}

TEST(mandate_timeline, raises_the_alerts_crossed_by_the_day) {
    MandateTimeline timeline = mandate_timeline(authorized_then_extended(), "mss-haiti");
    MandateStatus status = mandate_status(timeline, day("2025-09-01"));
    EXPECT_EQ(status.days_remaining, 31);
    ASSERT_EQ(status.alerts.size(), 1u);
    EXPECT_EQ(status.alerts[0].threshold_days, 90);
    EXPECT_EQ(status.alerts[0].message,
              "mandate ends 2025-10-02 (S/RES/2751 (2024)): 31 days remaining, within the 90-day alert");
    EXPECT_EQ(status.next_alert->threshold_days, 30);
    MandateStatus last_week = mandate_status(timeline, day("2025-09-28"));
    ASSERT_EQ(last_week.alerts.size(), 3u);
    EXPECT_EQ(last_week.alerts[2].threshold_days, 7);
    EXPECT_FALSE(last_week.next_alert);
}

TEST(mandate_timeline, reports_a_gap_between_mandates) {
    std::vector<Resolution> resolutions = authorized_then_extended();
    resolutions.push_back(resolution("S/RES/9999 (2025)", MandateAction::extend, "2025-10-10", "2026-10-02"));
    MandateTimeline timeline = mandate_timeline(resolutions, "mss-haiti");
    ASSERT_EQ(timeline.gaps.size(), 1u);
    EXPECT_EQ(to_iso_day(timeline.gaps[0].from), "2025-10-03");
    EXPECT_EQ(to_iso_day(timeline.gaps[0].to), "2025-10-09");
    EXPECT_EQ(timeline.gaps[0].days, 7);
    EXPECT_EQ(timeline.gaps[0].after, "S/RES/2751 (2024)");
    EXPECT_EQ(timeline.gaps[0].before, "S/RES/9999 (2025)");

    MandateStatus lapsed = mandate_status(timeline, day("2025-10-05"));
    EXPECT_FALSE(lapsed.in_force);
    EXPECT_EQ(lapsed.gaps.size(), 1u);
    ASSERT_EQ(lapsed.alerts.size(), 1u);
    EXPECT_EQ(lapsed.alerts[0].threshold_days, 0);
    EXPECT_EQ(lapsed.alerts[0].message,
              "no mandate in force since 2025-10-03: S/RES/2751 (2024) ran to 2025-10-02");
    EXPECT_TRUE(mandate_status(timeline, day("2025-10-10")).in_force);
}

TEST(mandate_timeline, ignores_failed_drafts_and_other_missions) {
    std::vector<Resolution> resolutions = authorized_then_extended();
    resolutions.push_back(
        resolution("S/2025/1", MandateAction::extend, "2025-09-01", "2030-01-01", VoteOutcome::vetoed));
    Resolution other = resolution("S/RES/2700 (2023)", MandateAction::extend, "2025-09-02", "2031-01-01");
    other.mission = "binuh";
    resolutions.push_back(other);
    MandateTimeline timeline = mandate_timeline(resolutions, "mss-haiti");
    EXPECT_EQ(timeline.periods.size(), 2u);
    EXPECT_EQ(to_iso_day(mandate_status(timeline, day("2025-09-15")).period->end), "2025-10-02");
}

TEST(mandate_timeline, a_modification_without_an_end_keeps_the_end_and_a_termination_ends_it) {
    std::vector<Resolution> resolutions = authorized_then_extended();
    resolutions.push_back(resolution("S/RES/2760 (2025)", MandateAction::modify, "2025-02-01", ""));
    resolutions.push_back(resolution("S/RES/2770 (2025)", MandateAction::terminate, "2025-06-30", ""));
    MandateTimeline timeline = mandate_timeline(resolutions, "mss-haiti");
    EXPECT_EQ(to_iso_day(mandate_status(timeline, day("2025-03-01")).period->end), "2025-10-02");
    EXPECT_EQ(mandate_status(timeline, day("2025-06-30")).days_remaining, 0);
    EXPECT_FALSE(mandate_status(timeline, day("2025-07-01")).in_force);
}

TEST(mandate_timeline, leaves_out_an_extension_without_an_end_and_says_why) {
    std::vector<Resolution> resolutions = {
        resolution("S/RES/1 (2024)", MandateAction::extend, "2024-01-01", "")};
    MandateTimeline timeline = mandate_timeline(resolutions, "mss-haiti");
    EXPECT_TRUE(timeline.periods.empty());
    ASSERT_EQ(timeline.notes.size(), 1u);
    EXPECT_EQ(timeline.notes[0],
              "S/RES/1 (2024) (extend) gives no mandate_end and no mandate is in force to keep; left out");
}

TEST(mandate_timeline, a_month_precision_end_runs_to_the_last_day_and_is_flagged) {
    std::vector<Resolution> resolutions = {
        resolution("S/RES/2 (2024)", MandateAction::authorize, "2024-01-15", "2024-10")};
    MandateStatus status = mandate_status(mandate_timeline(resolutions, "mss-haiti"), day("2024-10-01"));
    EXPECT_EQ(to_iso_day(status.period->end), "2024-10-31");
    EXPECT_TRUE(status.period->end_approximate);
}
