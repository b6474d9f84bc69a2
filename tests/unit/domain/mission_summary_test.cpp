#include "domain/mission_summary.hpp"

#include <gtest/gtest.h>

using namespace mssops::domain;

namespace {

Record record(std::string kind, Fields fields) {
    Record result;
    result.kind = std::move(kind);
    result.fields = std::move(fields);
    return result;
}

// The facts of the reference article: about 400 police deployed (7 November 2024), 2,500 targeted by
// January 2025, the mandate extended to 2 October 2025, China and Russia opposing a transition.
MissionFacts article_facts() {
    MissionFacts facts;
    facts.mission =
        mission_from(record("missions", {{"key", std::string("mss-haiti")},
                                         {"name", std::string("Multinational Security Support Mission")},
                                         {"host_country", std::string("HTI")},
                                         {"source_id", std::string("article")}}))
            .value();
    facts.reports.push_back(
        strength_report_from(record("strength_reports", {{"key", std::string("mss-400")},
                                                         {"mission", std::string("mss-haiti")},
                                                         {"personnel_type", std::string("police")},
                                                         {"count", std::int64_t{400}},
                                                         {"qualifier", std::string("approximately")},
                                                         {"date", std::string("2024-11-07")},
                                                         {"source_id", std::string("article")}}))
            .value());
    facts.targets.push_back(
        strength_target_from(record("strength_targets", {{"key", std::string("mss-2500")},
                                                         {"mission", std::string("mss-haiti")},
                                                         {"personnel_type", std::string("police")},
                                                         {"number", std::int64_t{2500}},
                                                         {"by_date", std::string("2025-01")},
                                                         {"source_id", std::string("unga")}}))
            .value());
    facts.resolutions.push_back(
        resolution_from(record("resolutions", {{"key", std::string("unsc-res-2751")},
                                               {"body", std::string("unsc")},
                                               {"adopted", std::string("2024-09-30")},
                                               {"action", std::string("extend")},
                                               {"mission", std::string("mss-haiti")},
                                               {"mandate_end", std::string("2025-10-02")},
                                               {"source_id", std::string("article")}}))
            .value());
    for (const char* actor : {"CHN", "RUS"})
        facts.positions.push_back(
            position_from(record("positions", {{"key", std::string(actor) + "-opposes"},
                                               {"actor", std::string(actor)},
                                               {"actor_kind", std::string("country")},
                                               {"subject", std::string("transition_to_un_pko")},
                                               {"stance", std::string("opposes")},
                                               {"date", std::string("2024-11-07")},
                                               {"source_id", std::string("article")}}))
                .value());
    return facts;
}

std::chrono::sys_days day(const char* text) {
    return parse_iso_day(text, "at").value();
}

}  // namespace

TEST(mission_summary, states_the_strength_a_source_gave_with_its_source) {
    MissionSummary summary = summarize_mission(article_facts(), day("2024-11-07"), {});
    EXPECT_EQ(summary.strength.count, 400);
    EXPECT_EQ(summary.strength.qualifier, CountQualifier::approximately);
    EXPECT_EQ(summary.strength.basis, FigureBasis::strength_report);
    EXPECT_EQ(summary.strength.source_ids, std::vector<std::string>{"article"});
}

TEST(mission_summary, reports_the_shortfall_of_the_2500_target_on_its_due_date) {
    MissionSummary summary = summarize_mission(article_facts(), day("2025-01-31"), {});
    ASSERT_EQ(summary.targets.size(), 1u);
    const TargetForecast& target = summary.targets[0];
    EXPECT_EQ(to_iso_day(target.due), "2025-01-31");
    EXPECT_TRUE(target.due_date_passed);
    EXPECT_EQ(target.shortfall_basis, ShortfallBasis::observed);
    EXPECT_EQ(target.shortfall_on_due, 2100);
    EXPECT_EQ(target.target.source_id, "unga");
    EXPECT_FALSE(target.pledges.reachable);
}

TEST(mission_summary, gives_the_mandate_in_force_and_days_remaining) {
    MissionSummary summary = summarize_mission(article_facts(), day("2025-01-01"), {});
    EXPECT_TRUE(summary.mandate.in_force);
    EXPECT_EQ(to_iso_day(summary.mandate.period->end), "2025-10-02");
    EXPECT_EQ(summary.mandate.period->source_id, "article");
    EXPECT_EQ(summary.mandate.days_remaining, 274);
}

TEST(mission_summary, lists_positions_on_a_transition_latest_per_actor) {
    MissionSummary summary = summarize_mission(article_facts(), day("2025-01-01"), {});
    ASSERT_EQ(summary.transition_positions.size(), 2u);
    EXPECT_EQ(summary.transition_positions[0].actor, "CHN");
    EXPECT_EQ(summary.transition_positions[0].stance, Stance::opposes);
    EXPECT_EQ(summary.transition_positions[1].source_id, "article");
}

TEST(mission_summary, ignores_facts_of_another_mission) {
    MissionFacts facts = article_facts();
    facts.reports[0].mission = "binuh";
    MissionSummary summary = summarize_mission(facts, day("2024-11-07"), {});
    EXPECT_EQ(summary.strength.basis, FigureBasis::none);
}
