// A made-up mission and its successor (synthetic: the codes XAA..XAD are ISO 3166 user-assigned, the
// names and resolutions invented) show the life cycle does not depend on Haiti's data.
#include "domain/mission_life.hpp"

#include <gtest/gtest.h>

#include "domain/mission_summary.hpp"

using namespace mssops::domain;
using std::chrono::sys_days;

namespace {

Record record(std::string kind, Fields fields) {
    Record result;
    result.kind = std::move(kind);
    result.fields = std::move(fields);
    return result;
}

sys_days day(const char* text) {
    return parse_iso_day(text, "at").value();
}

Mission mission(std::string slug, std::string name, std::string host, std::string start, std::string end = "",
                std::string predecessor = "", std::string succession = "") {
    Fields fields{{"key", slug},          {"name", name},        {"host_country", host},
                  {"lead_nation", "XAB"}, {"start_date", start}, {"source_id", std::string("synthetic-src")}};
    if (!end.empty()) fields["end_date"] = end;
    if (!predecessor.empty()) fields["predecessor"] = predecessor;
    if (!succession.empty()) fields["succession_resolution"] = succession;
    return mission_from(record("missions", std::move(fields))).value();
}

// The Northern Coast Support Mission (2021-03-01 to 2023-02-28), succeeded on 2023-01-10 by the
// Northern Coast Stabilization Force under S/RES/9002 (2023), 13-0-2; and a mission elsewhere.
std::vector<Mission> missions() {
    return {mission("ncsm-xaa", "Northern Coast Support Mission", "XAA", "2021-03-01", "2023-02-28"),
            mission("ncsf-xaa", "Northern Coast Stabilization Force", "XAA", "2023-01-10", "", "ncsm-xaa",
                    "syn-res-9002"),
            mission("other-xad", "Southern Observer Mission", "XAD", "2022-05-01")};
}

Resolution resolution(std::string key, std::string mission, std::string adopted, std::string end,
                      std::int64_t number, TextList yes = {}, TextList abstain = {}) {
    Fields fields{{"key", key},
                  {"body", std::string("unsc")},
                  {"number", number},
                  {"symbol", "S/RES/" + std::to_string(number) + " (" + adopted.substr(0, 4) + ")"},
                  {"adopted", adopted},
                  {"action", std::string("authorize")},
                  {"mission", mission},
                  {"source_id", "synthetic-" + key}};
    if (!end.empty()) fields["mandate_end"] = end;
    if (!yes.empty()) fields["votes_yes"] = yes;
    if (!abstain.empty()) fields["votes_abstain"] = abstain;
    return resolution_from(record("resolutions", std::move(fields))).value();
}

Resolution succession_resolution() {
    return resolution(
        "syn-res-9002", "ncsf-xaa", "2023-01-10", "2024-01-09", 9002,
        {"FRA", "GBR", "USA", "XAB", "A05", "A06", "A07", "A08", "A09", "A10", "A11", "A12", "A13"},
        {"XAC", "XAD"});
}

const std::map<std::string, std::string> names{{"XAC", "Country C"}, {"XAD", "Country D"}};

DeploymentEvent arrival(std::string mission, std::int64_t count, std::string date) {
    return deployment_event_from(record("deployment_events", {{"key", mission + "-" + date},
                                                              {"mission", mission},
                                                              {"country", std::string("XAB")},
                                                              {"personnel_type", std::string("police")},
                                                              {"count", count},
                                                              {"event", std::string("arrived")},
                                                              {"date", date},
                                                              {"source_id", std::string("synthetic-src")}}))
        .value();
}

MissionFacts support_mission_facts() {
    MissionFacts facts;
    facts.missions = missions();
    facts.mission = facts.missions.front();
    facts.resolutions = {resolution("syn-res-9001", "ncsm-xaa", "2021-02-15", "2023-02-28", 9001)};
    facts.succession_resolutions = {succession_resolution()};
    facts.country_names = names;
    facts.events = {arrival("ncsm-xaa", 300, "2021-04-01"), arrival("ncsm-xaa", 200, "2022-11-15")};
    facts.targets.push_back(
        strength_target_from(record("strength_targets", {{"key", std::string("ncsm-1000")},
                                                         {"mission", std::string("ncsm-xaa")},
                                                         {"personnel_type", std::string("police")},
                                                         {"number", std::int64_t{1000}},
                                                         {"by_date", std::string("2025-06")},
                                                         {"source_id", std::string("synthetic-src")}}))
            .value());
    return facts;
}

}  // namespace

TEST(mission_life, the_first_mission_is_in_force_before_the_succession_and_the_successor_after) {
    EXPECT_EQ(mission_in_force(missions(), day("2022-06-01"), "XAA")->slug, "ncsm-xaa");
    EXPECT_EQ(mission_in_force(missions(), day("2023-06-01"), "XAA")->slug, "ncsf-xaa");
}

TEST(mission_life, the_successor_is_in_force_while_the_old_mandate_runs_its_last_days) {
    EXPECT_EQ(mission_in_force(missions(), day("2023-02-01"), "XAA")->slug, "ncsf-xaa");
}

TEST(mission_life, no_mission_is_in_force_before_the_first_starts) {
    EXPECT_FALSE(mission_in_force(missions(), day("2020-01-01")));
    EXPECT_FALSE(mission_in_force(missions(), day("2022-01-01"), "XAD"));
}

TEST(mission_life, the_default_mission_is_the_one_in_force_else_the_latest_started_else_the_first) {
    std::vector<Mission> ended = {mission("a", "Mission A", "XAA", "2019-01-01", "2019-12-31"),
                                  mission("b", "Mission B", "XAA", "2020-01-01", "2020-12-31")};
    EXPECT_EQ(default_mission(ended, day("2020-06-01"))->slug, "b");
    EXPECT_EQ(default_mission(ended, day("2022-06-01"))->slug, "b");
    EXPECT_EQ(default_mission(ended, day("2018-06-01"))->slug, "a");
    EXPECT_FALSE(default_mission({}, day("2018-06-01")));
}

TEST(mission_life, finds_the_successor_and_the_predecessor) {
    auto all = missions();
    EXPECT_EQ(successor_of(all, "ncsm-xaa")->slug, "ncsf-xaa");
    EXPECT_FALSE(successor_of(all, "ncsf-xaa"));
    EXPECT_EQ(predecessor_of(all, all[1])->slug, "ncsm-xaa");
    EXPECT_FALSE(predecessor_of(all, all[0]));
}

TEST(mission_life, a_succession_names_the_successor_the_resolution_and_its_recorded_vote) {
    auto succession = succession_of(missions()[0], missions(), {succession_resolution()}, names);
    ASSERT_TRUE(succession);
    EXPECT_EQ(succession->successor, "ncsf-xaa");
    EXPECT_EQ(succession->label, "S/RES/9002 (2023)");
    ASSERT_TRUE(succession->vote);
    EXPECT_EQ(succession->vote->text(), "13-0-2");
    EXPECT_EQ(
        succession->text,
        "succeeded by the Northern Coast Stabilization Force (S/RES/9002 (2023)), adopted on 2023-01-10 "
        "by 13-0-2, Country C and Country D abstaining");
    EXPECT_EQ(succession->text_coded.code, "mandate.succeeded_by");
    EXPECT_EQ(english(succession->text_coded), succession->text);
    // The abstaining members also go as codes, for a language that names and joins them its own way.
    EXPECT_EQ(*succession->text_coded.param("abstaining_countries"), "XAC XAD");
    EXPECT_EQ(*succession->text_coded.param("against_countries"), "");
}

TEST(mission_life, a_succession_without_a_stored_resolution_names_the_successor_and_its_start) {
    auto succession = succession_of(missions()[0], missions(), {}, names);
    ASSERT_TRUE(succession);
    EXPECT_EQ(succession->text, "succeeded by the Northern Coast Stabilization Force from 2023-01-10");
    EXPECT_EQ(english(succession->text_coded), succession->text);
}

TEST(mission_life, a_mission_without_an_end_before_its_start_is_refused) {
    auto refused = mission_from(record("missions", {{"key", std::string("x")},
                                                    {"name", std::string("X")},
                                                    {"start_date", std::string("2023-01-10")},
                                                    {"end_date", std::string("2022-01-01")}}));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().field, "missions[x].end_date");
    EXPECT_EQ(refused.error().message, "must be on or after start_date 2023-01-10, got 2022-01-01");
}

TEST(mission_life, a_succeeded_mandate_reads_succeeded_not_lapsed) {
    auto summary = summarize_mission(support_mission_facts(), day("2024-09-15"), {});
    EXPECT_EQ(summary.mandate.state, MandateState::succeeded);
    EXPECT_FALSE(summary.mandate.in_force);
    EXPECT_TRUE(summary.mandate.alerts.empty());
    EXPECT_EQ(
        mandate_state_text(summary.mandate),
        "succeeded by the Northern Coast Stabilization Force (S/RES/9002 (2023)), adopted on 2023-01-10 "
        "by 13-0-2, Country C and Country D abstaining; the last mandate (S/RES/9001 (2021)) ran to "
        "2023-02-28");
    EXPECT_EQ(summary.successor->slug, "ncsf-xaa");
}

TEST(mission_life, a_mandate_in_its_last_days_keeps_in_force_without_expiry_alerts_once_succeeded) {
    auto summary = summarize_mission(support_mission_facts(), day("2023-02-20"), {});
    EXPECT_TRUE(summary.mandate.in_force);
    EXPECT_EQ(summary.mandate.state, MandateState::in_force);
    EXPECT_TRUE(summary.mandate.alerts.empty());
    ASSERT_TRUE(summary.mandate.succeeded_by);
}

TEST(mission_life, before_the_successor_starts_the_mandate_counts_down_as_usual) {
    auto summary = summarize_mission(support_mission_facts(), day("2022-12-20"), {});
    EXPECT_FALSE(summary.mandate.succeeded_by);
    EXPECT_EQ(summary.mandate.alerts.size(), 1u);  // The 90-day alert: 70 days remain.
}

TEST(mission_life, a_mandate_that_ran_out_without_a_successor_still_lapses) {
    auto facts = support_mission_facts();
    facts.missions.erase(facts.missions.begin() + 1);
    auto summary = summarize_mission(facts, day("2024-09-15"), {});
    EXPECT_EQ(summary.mandate.state, MandateState::lapsed);
    EXPECT_EQ(mandate_state_text(summary.mandate), "lapsed: ran to 2023-02-28");
}

TEST(mission_life, old_evidence_is_named_with_its_date_and_age) {
    auto summary = summarize_mission(support_mission_facts(), day("2024-09-15"), {});
    ASSERT_FALSE(summary.stale.empty());
    EXPECT_EQ(summary.stale.front().figure, "strength");
    EXPECT_EQ(summary.stale.front().message,
              "the newest deployment figure is from 2022-11-15, 22 months ago");
    EXPECT_EQ(*summary.stale.front().age_days, 670);
}

TEST(mission_life, missing_evidence_is_said_in_words) {
    auto facts = support_mission_facts();
    facts.mission = facts.missions[1];
    auto summary = summarize_mission(facts, day("2024-09-15"), {});
    EXPECT_EQ(summary.stale.front().message, "no deployment figure is recorded on or before 2024-09-15");
    EXPECT_EQ(summary.predecessor->slug, "ncsm-xaa");
}

TEST(mission_life, recent_evidence_raises_no_warning_and_the_threshold_is_a_setting) {
    auto facts = support_mission_facts();
    auto summary = summarize_mission(facts, day("2023-01-15"), {}, {90});
    for (const auto& warning : summary.stale) EXPECT_NE(warning.figure, "strength") << warning.message;
    auto strict = summarize_mission(facts, day("2023-01-15"), {}, {30});
    ASSERT_FALSE(strict.stale.empty());
    EXPECT_EQ(strict.stale.front().message, "the newest deployment figure is from 2022-11-15, 2 months ago");
}

TEST(mission_life, a_forecast_without_recent_data_forecasts_nothing) {
    auto summary = summarize_mission(support_mission_facts(), day("2024-09-15"), {});
    ASSERT_EQ(summary.targets.size(), 1u);
    const auto& pace = summary.targets.front().pace;
    EXPECT_TRUE(pace.no_recent_data);
    EXPECT_FALSE(pace.reachable);
    EXPECT_EQ(pace.reason,
              "no deployment figure after 2022-11-15, so no pace can be measured from 2024-06-17 to "
              "2024-09-15 and nothing is forecast");
    EXPECT_EQ(summary.targets.front().shortfall_basis, ShortfallBasis::no_recent_data);
    EXPECT_EQ(summary.targets.front().shortfall_on_due, 500);
}

TEST(evidence_age, says_an_age_in_days_months_or_years) {
    EXPECT_EQ(age_in_words(day("2025-02-06"), day("2026-12-06")), "22 months ago");
    EXPECT_EQ(age_in_words(day("2025-02-07"), day("2026-12-06")), "21 months ago");
    EXPECT_EQ(age_in_words(day("2026-11-20"), day("2026-12-06")), "16 days ago");
    EXPECT_EQ(age_in_words(day("2023-11-07"), day("2026-12-06")), "3 years ago");
    EXPECT_EQ(age_in_words(day("2026-12-05"), day("2026-12-06")), "yesterday");
}

TEST(evidence_age, rejects_a_threshold_of_zero_days) {
    auto valid = validate_evidence_options({0});
    ASSERT_FALSE(valid);
    EXPECT_EQ(valid.error().field, "stale_after_days");
    EXPECT_EQ(valid.error().message, "must be a whole number of days from 1 to 36500, got 0");
}
