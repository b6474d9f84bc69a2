#include "app/mission_query.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "seeded_store.hpp"

namespace mssops::app {
namespace {

using domain::ErrorCode;

class MissionQueries : public SeededStore {
protected:
    MissionQuery on(const char* at, const char* slug = "mss-haiti") {
        MissionQuery query;
        query.slug = slug;
        query.at = day(at);
        return query;
    }
};

TEST(mission_query_from_text, names_window_days_when_it_is_not_a_number) {
    auto query = mission_query_from_text(ForceQuery{.slug = "mss-haiti", .window_days = "soon"});
    ASSERT_FALSE(query);
    EXPECT_EQ(query.error().field, "window_days");
    EXPECT_EQ(query.error().message, "must be a whole number of days from 1 to 3650, got \"soon\"");
}

TEST(mission_query_from_text, reads_the_day_window_and_staleness) {
    auto query = mission_query_from_text(
        ForceQuery{.slug = "mss-haiti", .at = "2024-11-07", .window_days = "30", .stale_after = "45"});
    ASSERT_TRUE(query) << query.error().message;
    EXPECT_EQ(query->at, day("2024-11-07"));
    EXPECT_EQ(query->forecast.window_days, 30);
    EXPECT_EQ(query->evidence.stale_after_days, 45);
}

TEST(strength_query_from_text, names_by_when_the_grouping_is_unknown) {
    auto query = strength_query_from_text(ForceQuery{.slug = "mss-haiti", .by = "rank"});
    ASSERT_FALSE(query);
    EXPECT_EQ(query.error().field, "by");
    EXPECT_EQ(query.error().message, "must be country or personnel_type, got \"rank\"");
}

TEST_F(MissionQueries, summary_holds_the_mandate_of_resolution_2751_in_november_2024) {
    auto summary = mission_summary(store(), on("2024-11-07"));
    ASSERT_TRUE(summary) << summary.error().message;
    EXPECT_EQ(summary->mission.slug, "mss-haiti");
    ASSERT_TRUE(summary->mandate.period);
    EXPECT_EQ(summary->mandate.period->resolution_key, "unsc-res-2751");
    EXPECT_EQ(summary->mandate.period->end, day("2025-10-02"));
    EXPECT_TRUE(summary->mandate.in_force);
}

TEST_F(MissionQueries, summary_of_an_unknown_mission_is_not_found_naming_slug) {
    auto summary = mission_summary(store(), on("2024-11-07", "no-such-mission"));
    ASSERT_FALSE(summary);
    EXPECT_EQ(summary.error().code, ErrorCode::not_found);
    EXPECT_EQ(summary.error().field, "slug");
}

TEST_F(MissionQueries, forecast_says_the_2500_police_target_is_past_its_date_in_mid_2025) {
    auto forecast = mission_forecast(store(), on("2025-06-01"));
    ASSERT_TRUE(forecast) << forecast.error().message;
    EXPECT_EQ(forecast->mission, "mss-haiti");
    EXPECT_EQ(forecast->at, day("2025-06-01"));
    auto target = std::find_if(forecast->targets.begin(), forecast->targets.end(), [](const auto& item) {
        return item.target.key == "mss-haiti-police-2500-by-2025-01";
    });
    ASSERT_NE(target, forecast->targets.end());
    EXPECT_EQ(target->target.number, 2500);
    EXPECT_TRUE(target->due_date_passed);
    // Another mission's targets are not this mission's.
    for (const auto& item : forecast->targets) EXPECT_NE(item.target.key, "gsf-haiti-all-5550-ceiling");
}

TEST_F(MissionQueries, mandate_counts_each_resolution_against_the_council_of_its_year) {
    auto mandate = mission_mandate(store(), on("2024-11-07"));
    ASSERT_TRUE(mandate) << mandate.error().message;
    auto authorizing = std::find_if(mandate->recorded_votes.begin(), mandate->recorded_votes.end(),
                                    [](const auto& vote) { return vote.resolution.key == "unsc-res-2699"; });
    ASSERT_NE(authorizing, mandate->recorded_votes.end());
    EXPECT_EQ(authorizing->council.year, 2023);
    EXPECT_EQ(authorizing->council.members.size(), 15u);
    EXPECT_FALSE(mandate->timeline.periods.empty());
    EXPECT_EQ(mandate->status.at, day("2024-11-07"));
}

TEST_F(MissionQueries, alerts_warn_of_the_mandate_end_90_days_ahead_citing_the_resolutions_source) {
    auto alerts = mission_alerts(store(), on("2025-07-10"));
    ASSERT_TRUE(alerts) << alerts.error().message;
    auto expiry = std::find_if(alerts->alerts.begin(), alerts->alerts.end(),
                               [](const auto& alert) { return alert.kind == "mandate_expiry"; });
    ASSERT_NE(expiry, alerts->alerts.end());
    EXPECT_EQ(expiry->threshold_days, 90);
    EXPECT_EQ(expiry->since, day("2025-07-04"));
    auto summary = mission_summary(store(), on("2025-07-10"));
    ASSERT_TRUE(summary && summary->mandate.period);
    EXPECT_EQ(expiry->source_id, summary->mandate.period->source_id);
}

TEST_F(MissionQueries, every_alert_carries_a_code_whose_english_is_its_message) {
    for (const char* at : {"2025-07-10", "2025-10-20", "2026-12-06"}) {
        auto alerts = mission_alerts(store(), on(at));
        ASSERT_TRUE(alerts) << alerts.error().message;
        for (const auto& alert : alerts->alerts) {
            ASSERT_TRUE(alert.message_coded) << at << " " << alert.kind;
            EXPECT_NE(alert.message_coded->code, "text") << at << " " << alert.kind;
            EXPECT_EQ(mssops::domain::english(*alert.message_coded), alert.message)
                << at << " " << alert.kind;
        }
    }
}

TEST_F(MissionQueries, the_90_day_expiry_alert_is_coded_with_the_resolution_and_days_remaining) {
    auto alerts = mission_alerts(store(), on("2025-07-10"));
    ASSERT_TRUE(alerts) << alerts.error().message;
    auto expiry = std::find_if(alerts->alerts.begin(), alerts->alerts.end(),
                               [](const auto& alert) { return alert.kind == "mandate_expiry"; });
    ASSERT_NE(expiry, alerts->alerts.end());
    ASSERT_TRUE(expiry->message_coded);
    EXPECT_EQ(expiry->message_coded->code, "mandate.expiry");
    ASSERT_NE(expiry->message_coded->param("threshold"), nullptr);
    EXPECT_EQ(*expiry->message_coded->param("threshold"), "90");
    ASSERT_NE(expiry->message_coded->param("end"), nullptr);
    EXPECT_EQ(*expiry->message_coded->param("end"), "2025-10-02");
}

TEST_F(MissionQueries, strength_groups_by_personnel_type_and_marks_months_after_the_last_evidence) {
    auto query = strength_query_from_text(
        ForceQuery{.slug = "mss-haiti", .at = "2026-12-31", .by = "personnel_type", .from = "2024-06-01"});
    ASSERT_TRUE(query) << query.error().message;
    auto strength = mission_strength(store(), *query);
    ASSERT_TRUE(strength) << strength.error().message;
    EXPECT_EQ(strength->by, domain::StrengthGrouping::personnel_type);
    ASSERT_FALSE(strength->groups.empty());
    for (const auto& group : strength->groups) EXPECT_NE(group.label, "KEN");
    ASSERT_FALSE(strength->monthly.empty());
    EXPECT_EQ(strength->monthly.front().strength.month, "2024-06");
    ASSERT_TRUE(strength->last_evidence);
    // The MSS's figures end well before the end of 2026: that month only carries the last one on.
    EXPECT_TRUE(strength->monthly.back().after_last_evidence);
    EXPECT_FALSE(strength->monthly.front().after_last_evidence);
}

TEST_F(MissionQueries, missions_in_force_names_the_gsf_after_the_succession) {
    auto missions = missions_in_force(store(), day("2025-12-01"), "");
    ASSERT_TRUE(missions) << missions.error().message;
    EXPECT_EQ(missions->in_force, "gsf-haiti");
    EXPECT_EQ(missions->chosen, "gsf-haiti");
    auto mss = std::find_if(missions->missions.begin(), missions->missions.end(),
                            [](const auto& life) { return life.mission.slug == "mss-haiti"; });
    ASSERT_NE(mss, missions->missions.end());
    EXPECT_EQ(mss->successor, "gsf-haiti");
    EXPECT_FALSE(mss->in_force);
}

TEST_F(MissionQueries, missions_in_force_refuses_a_configured_mission_that_is_not_stored) {
    auto missions = missions_in_force(store(), day("2025-12-01"), "atlantis");
    ASSERT_FALSE(missions);
    EXPECT_EQ(missions.error().code, ErrorCode::not_found);
    EXPECT_EQ(missions.error().field, "mission");
    EXPECT_EQ(missions.error().message, "no mission with key \"atlantis\"");
}

}  // namespace
}  // namespace mssops::app
