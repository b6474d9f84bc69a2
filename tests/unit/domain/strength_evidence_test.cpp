#include "domain/strength_evidence.hpp"

#include <gtest/gtest.h>

#include "domain/stated_strength.hpp"

using namespace mssops::domain;
using std::chrono::sys_days;

namespace {

// Three test sources of three kinds, so the rank decides between them.
SourceIndex test_sources() {
    SourceIndex sources;
    sources["test-press-a"] = {"test-press-a", SourceKind::press,
                               PartialDate::parse("2024-06-26", "p").value()};
    sources["test-gov-b"] = {"test-gov-b", SourceKind::government,
                             PartialDate::parse("2024-07-17", "p").value()};
    sources["test-un-c"] = {"test-un-c", SourceKind::un_document,
                            PartialDate::parse("2025-02-07", "p").value()};
    sources["test-press-d"] = {"test-press-d", SourceKind::press,
                               PartialDate::parse("2024-09-27", "p").value()};
    return sources;
}

DeploymentEvent movement(std::string key, std::int64_t count, std::string date, std::string source,
                         DeploymentKind kind = DeploymentKind::arrived) {
    DeploymentEvent event;
    event.key = std::move(key);
    event.mission = "mss-haiti";
    event.country = "KEN";
    event.personnel_type = PersonnelType::police;
    event.kind = kind;
    event.count = count;
    event.date = PartialDate::parse(date, "date").value();
    event.source_id = std::move(source);
    return event;
}

StrengthReport kenyan_report(std::string key, std::int64_t count, std::string date, std::string source) {
    StrengthReport report;
    report.key = std::move(key);
    report.mission = "mss-haiti";
    report.personnel_type = PersonnelType::police;
    report.country = "KEN";
    report.count = count;
    report.date = PartialDate::parse(date, "date").value();
    report.source_id = std::move(source);
    return report;
}

sys_days day(const char* text) {
    return parse_iso_day(text, "at").value();
}

// The case: A says 400 landed on 25 June; B says 200 then and 200 on 16 July; C says 744 in
// February; D (like the seed) says 382 in September.
std::vector<DeploymentEvent> kenyan_movements() {
    return {movement("a-400", 400, "2024-06-25", "test-press-a"),
            movement("b-200-june", 200, "2024-06-25", "test-gov-b"),
            movement("b-200-july", 200, "2024-07-16", "test-gov-b")};
}

std::vector<StrengthReport> kenyan_reports() {
    return {kenyan_report("d-382", 382, "2024-09-26", "test-press-d"),
            kenyan_report("c-744", 744, "2025-02-06", "test-un-c")};
}

}  // namespace

TEST(strength_evidence, counts_one_movement_reported_by_two_sources_once) {
    auto evidence =
        strength_evidence(kenyan_movements(), {}, test_sources(), PersonnelType::all, day("2024-06-26"));
    ASSERT_EQ(evidence.contingents.size(), 1u);
    // The government's 200 outranks the press's 400; they are not added into 600.
    EXPECT_EQ(evidence.total, 200);
    const auto& kenya = evidence.contingents[0];
    ASSERT_EQ(kenya.evidence.size(), 2u);
    EXPECT_EQ(kenya.evidence[0].key, "a-400");
    EXPECT_EQ(kenya.evidence[0].role, EvidenceRole::conflicting);
    EXPECT_EQ(kenya.evidence[0].same_as, "b-200-june");
    EXPECT_EQ(kenya.evidence[1].role, EvidenceRole::added);
    ASSERT_EQ(evidence.conflicts.size(), 1u);
    const auto& conflict = evidence.conflicts[0];
    EXPECT_EQ(conflict.fact, "movement");
    EXPECT_EQ(conflict.subject, "KEN police arrived around 2024-06-25");
    EXPECT_EQ(conflict.used_value, "200 arrived on 2024-06-25");
    ASSERT_EQ(conflict.claims.size(), 2u);
    EXPECT_EQ(conflict.claims[0].source_ids, std::vector<std::string>{"test-press-a"});
    EXPECT_FALSE(conflict.claims[0].used);
    EXPECT_EQ(conflict.claims[1].source_kind, "government");
    EXPECT_TRUE(conflict.claims[1].used);
}

TEST(strength_evidence, adds_a_second_movement_weeks_later) {
    auto evidence =
        strength_evidence(kenyan_movements(), {}, test_sources(), PersonnelType::police, day("2024-07-20"));
    EXPECT_EQ(evidence.total, 400);
    EXPECT_EQ(evidence.contingents[0].rule,
              "sum of movements, each counted once (no strength report of KEN police on or before the date)");
}

TEST(strength_evidence, takes_the_latest_country_report_and_adds_only_later_movements) {
    auto events = kenyan_movements();
    events.push_back(movement("c-rotation", 100, "2025-03-01", "test-un-c", DeploymentKind::rotated_out));
    auto reports = kenyan_reports();
    auto on_feb_10 =
        strength_evidence(events, reports, test_sources(), PersonnelType::all, day("2025-02-10"));
    ASSERT_EQ(on_feb_10.contingents.size(), 1u);
    const auto& kenya = on_feb_10.contingents[0];
    EXPECT_EQ(kenya.count, 744);
    ASSERT_TRUE(kenya.base);
    EXPECT_EQ(kenya.base->key, "c-744");
    EXPECT_EQ(kenya.rule, "strength report c-744 of 2025-02-06 (744)");
    EXPECT_EQ(kenya.source_ids, std::vector<std::string>{"test-un-c"});
    EXPECT_EQ(kenya.evidence_source_ids,
              (std::vector<std::string>{"test-press-a", "test-gov-b", "test-press-d", "test-un-c"}));
    // The older report is superseded, the movements before the base are already in it.
    EXPECT_EQ(kenya.evidence[3].key, "d-382");
    EXPECT_EQ(kenya.evidence[3].role, EvidenceRole::superseded);
    EXPECT_EQ(kenya.evidence[2].role, EvidenceRole::before_base);

    auto in_march = strength_evidence(events, reports, test_sources(), PersonnelType::all, day("2025-03-02"));
    EXPECT_EQ(in_march.total, 644);
    EXPECT_EQ(in_march.contingents[0].rule,
              "strength report c-744 of 2025-02-06 (744), plus the net movement of -100 recorded after it");
}

TEST(strength_evidence, chooses_the_better_source_among_reports_of_one_date) {
    std::vector<StrengthReport> reports = {kenyan_report("press-700", 700, "2025-02-06", "test-press-a"),
                                           kenyan_report("un-744", 744, "2025-02-06", "test-un-c")};
    auto evidence = strength_evidence({}, reports, test_sources(), PersonnelType::all, day("2025-02-10"));
    EXPECT_EQ(evidence.total, 744);
    ASSERT_EQ(evidence.conflicts.size(), 1u);
    EXPECT_EQ(evidence.conflicts[0].fact, "contingent_strength");
    EXPECT_EQ(evidence.conflicts[0].subject, "KEN police strength on 2025-02-06");
    EXPECT_EQ(evidence.conflicts[0].used_value, "744");
    EXPECT_EQ(evidence.conflicts[0].rule, claim_rule);
}

TEST(strength_evidence, keeps_two_movements_of_one_source_apart) {
    std::vector<DeploymentEvent> events = {movement("b-1", 200, "2024-06-25", "test-gov-b"),
                                           movement("b-2", 200, "2024-06-27", "test-gov-b")};
    auto evidence = strength_evidence(events, {}, test_sources(), PersonnelType::all, day("2024-07-01"));
    EXPECT_EQ(evidence.total, 400);
    EXPECT_TRUE(evidence.conflicts.empty());
}

TEST(strength_evidence, lists_an_agreeing_report_as_corroborating_without_a_conflict) {
    std::vector<DeploymentEvent> events = {movement("b-1", 200, "2024-06-25", "test-gov-b"),
                                           movement("a-1", 200, "2024-06-25", "test-press-a")};
    auto evidence = strength_evidence(events, {}, test_sources(), PersonnelType::all, day("2024-07-01"));
    EXPECT_EQ(evidence.total, 200);
    EXPECT_TRUE(evidence.conflicts.empty());
    EXPECT_EQ(evidence.contingents[0].evidence[1].role, EvidenceRole::corroborating);
}

TEST(strength_evidence, counts_two_movements_of_different_sources_on_consecutive_days_apart) {
    // Guatemala's first 75 on 3 January and another 75 on 4 January are two contingents, not one.
    std::vector<DeploymentEvent> events = {movement("gtm-75-jan-3", 75, "2025-01-03", "test-press-a"),
                                           movement("gtm-75-jan-4", 75, "2025-01-04", "test-gov-b")};
    auto evidence = strength_evidence(events, {}, test_sources(), PersonnelType::all, day("2025-01-10"));
    EXPECT_EQ(evidence.total, 150);
    EXPECT_TRUE(evidence.conflicts.empty());
    ASSERT_EQ(evidence.contingents.size(), 1u);
    EXPECT_EQ(evidence.contingents[0].evidence[0].role, EvidenceRole::added);
    EXPECT_EQ(evidence.contingents[0].evidence[1].role, EvidenceRole::added);
}

TEST(strength_evidence, counts_an_event_linked_by_same_movement_as_once_whatever_its_date) {
    // The same 217 officers, dated a day later by a second source that an editor linked to the first.
    std::vector<DeploymentEvent> events = {movement("ken-217-jan-18", 217, "2025-01-18", "test-press-a"),
                                           movement("ken-217-jan-19", 217, "2025-01-19", "test-gov-b")};
    events[1].same_movement_as = "ken-217-jan-18";
    auto evidence = strength_evidence(events, {}, test_sources(), PersonnelType::all, day("2025-01-25"));
    EXPECT_EQ(evidence.total, 217);
    const auto& kenya = evidence.contingents[0];
    ASSERT_EQ(kenya.evidence.size(), 2u);
    // The government outranks the press: its report is counted, the press's is the other date.
    EXPECT_EQ(kenya.evidence[1].key, "ken-217-jan-19");
    EXPECT_EQ(kenya.evidence[1].role, EvidenceRole::added);
    EXPECT_EQ(kenya.evidence[0].role, EvidenceRole::conflicting);
    EXPECT_EQ(kenya.evidence[0].same_as, "ken-217-jan-19");
    ASSERT_EQ(evidence.conflicts.size(), 1u);
    EXPECT_EQ(evidence.conflicts[0].used_value, "217 arrived on 2025-01-19");
}

TEST(strength_evidence, follows_a_chain_of_links_and_links_within_one_source) {
    std::vector<DeploymentEvent> events = {movement("first", 100, "2024-08-01", "test-gov-b"),
                                           movement("again", 100, "2024-08-03", "test-gov-b"),
                                           movement("third", 100, "2024-08-09", "test-press-a")};
    events[1].same_movement_as = "first";
    events[2].same_movement_as = "again";
    auto evidence = strength_evidence(events, {}, test_sources(), PersonnelType::all, day("2024-09-01"));
    EXPECT_EQ(evidence.total, 100);
}

TEST(strength_evidence, ignores_a_link_to_an_event_after_the_date) {
    std::vector<DeploymentEvent> events = {movement("early", 60, "2024-08-01", "test-gov-b"),
                                           movement("later", 60, "2024-08-20", "test-press-a")};
    events[0].same_movement_as = "later";
    EXPECT_EQ(strength_evidence(events, {}, test_sources(), PersonnelType::all, day("2024-08-10")).total, 60);
    EXPECT_EQ(strength_evidence(events, {}, test_sources(), PersonnelType::all, day("2024-08-21")).total, 60);
}

TEST(strength_evidence, keeps_a_month_dated_movement_apart_from_a_day_dated_one_unless_linked) {
    std::vector<DeploymentEvent> events = {movement("day", 50, "2024-10-05", "test-gov-b"),
                                           movement("month", 50, "2024-10", "test-press-a")};
    EXPECT_EQ(strength_evidence(events, {}, test_sources(), PersonnelType::all, day("2024-11-01")).total,
              100);
    events[1].same_movement_as = "day";
    EXPECT_EQ(strength_evidence(events, {}, test_sources(), PersonnelType::all, day("2024-11-01")).total, 50);
}

TEST(strength_evidence, the_rule_text_says_how_movements_are_told_apart) {
    const std::string rule = strength_rule_text;
    EXPECT_NE(rule.find("same_movement_as"), std::string::npos);
    EXPECT_NE(rule.find("on the same day"), std::string::npos);
    EXPECT_EQ(rule.find("within 7 days"), std::string::npos);
}

TEST(stated_strength, uses_per_country_reports_newer_than_the_mission_wide_report) {
    StrengthReport mission_wide = kenyan_report("mission-400", 400, "2024-11~", "test-press-d");
    mission_wide.country = "";
    mission_wide.qualifier = CountQualifier::approximately;
    auto reports = kenyan_reports();
    reports.push_back(mission_wide);
    // In November the mission-wide report is the newest evidence; in February the Kenyan report is.
    auto november =
        stated_strength(kenyan_movements(), reports, test_sources(), PersonnelType::all, day("2024-11-08"));
    EXPECT_EQ(november.count, 400);
    EXPECT_TRUE(november.stated);
    EXPECT_EQ(november.basis, FigureBasis::strength_report);
    auto february =
        stated_strength(kenyan_movements(), reports, test_sources(), PersonnelType::all, day("2025-02-10"));
    EXPECT_EQ(february.count, 744);
    EXPECT_FALSE(february.stated);
    EXPECT_EQ(february.basis, FigureBasis::contingent_sum);
    EXPECT_EQ(february.source_ids, std::vector<std::string>{"test-un-c"});
    EXPECT_EQ(february.evidence_source_ids,
              (std::vector<std::string>{"test-un-c", "test-press-a", "test-gov-b", "test-press-d"}));
    ASSERT_EQ(february.conflicts.size(), 1u);
    EXPECT_EQ(february.conflicts[0].subject, "KEN police arrived around 2024-06-25");
    ASSERT_EQ(february.mission_reports.size(), 1u);
    EXPECT_EQ(february.mission_reports[0].role, EvidenceRole::superseded);
}
