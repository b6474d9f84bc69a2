#include "domain/stated_strength.hpp"

#include <gtest/gtest.h>

using namespace mssops::domain;
using std::chrono::sys_days;

namespace {

DeploymentEvent arrival(std::int64_t count, std::string date, DeploymentKind kind = DeploymentKind::arrived) {
    DeploymentEvent event;
    event.key = "ken-" + date;
    event.mission = "mss-haiti";
    event.country = "KEN";
    event.personnel_type = PersonnelType::police;
    event.kind = kind;
    event.count = count;
    event.date = PartialDate::parse(date, "date").value();
    event.source_id = "src-" + date;
    return event;
}

StrengthReport report(std::int64_t count, std::string date, PersonnelType type = PersonnelType::police) {
    StrengthReport result;
    result.key = "report-" + date;
    result.mission = "mss-haiti";
    result.personnel_type = type;
    result.count = count;
    result.qualifier = CountQualifier::approximately;
    result.date = PartialDate::parse(date, "date").value();
    result.source_id = "article-" + date;
    return result;
}

sys_days day(const char* text) {
    return parse_iso_day(text, "at").value();
}

}  // namespace

TEST(stated_strength, takes_the_latest_report_on_or_before_the_day) {
    std::vector<DeploymentEvent> events = {arrival(200, "2024-06-25"), arrival(200, "2024-07-16")};
    std::vector<StrengthReport> reports = {report(380, "2024-09-01"), report(400, "2024-11-07"),
                                           report(600, "2024-12-15")};
    StrengthFigure figure = stated_strength(events, reports, PersonnelType::all, day("2024-11-07"));
    EXPECT_EQ(figure.count, 400);
    EXPECT_EQ(figure.basis, FigureBasis::strength_report);
    EXPECT_EQ(figure.qualifier, CountQualifier::approximately);
    ASSERT_TRUE(figure.report);
    EXPECT_EQ(figure.report->key, "report-2024-11-07");
    ASSERT_EQ(figure.source_ids.size(), 1u);
    EXPECT_EQ(figure.source_ids[0], "article-2024-11-07");
    EXPECT_EQ(
        figure.rule,
        "mission-wide strength report report-2024-11-07 of 2024-11-07, newer than every per-country report");
    EXPECT_TRUE(figure.stated);
}

TEST(stated_strength, moves_a_report_on_by_events_dated_after_it) {
    std::vector<DeploymentEvent> events = {arrival(200, "2024-06-25"), arrival(150, "2024-12-01"),
                                           arrival(30, "2024-12-20", DeploymentKind::rotated_out),
                                           arrival(500, "2024-12-21", DeploymentKind::pledged)};
    std::vector<StrengthReport> reports = {report(400, "2024-11-07")};
    StrengthFigure figure = stated_strength(events, reports, PersonnelType::police, day("2025-01-31"));
    EXPECT_EQ(figure.count, 520);
    EXPECT_EQ(figure.event_adjustment, 120);
    EXPECT_EQ(figure.basis, FigureBasis::strength_report_and_events);
    EXPECT_EQ(figure.source_ids,
              (std::vector<std::string>{"article-2024-11-07", "src-2024-12-01", "src-2024-12-20"}));
    EXPECT_EQ(figure.rule,
              "mission-wide strength report report-2024-11-07 of 2024-11-07, newer than every per-country "
              "report, plus the net movement of 120 recorded after it (each movement counted once)");
    EXPECT_FALSE(figure.stated);
}

TEST(stated_strength, falls_back_to_events_without_a_report) {
    std::vector<DeploymentEvent> events = {arrival(200, "2024-06-25"), arrival(200, "2024-07")};
    StrengthFigure figure = stated_strength(events, {}, PersonnelType::police, day("2024-08-01"));
    EXPECT_EQ(figure.count, 400);
    EXPECT_EQ(figure.basis, FigureBasis::deployment_events);
    EXPECT_TRUE(figure.approximate);
    EXPECT_EQ(figure.qualifier, CountQualifier::approximately);
}

TEST(stated_strength, ignores_reports_of_another_type) {
    StrengthReport military = report(50, "2024-11-07", PersonnelType::military);
    StrengthFigure figure = stated_strength({}, {military}, PersonnelType::police, day("2024-12-01"));
    EXPECT_EQ(figure.basis, FigureBasis::none);
    EXPECT_EQ(figure.count, 0);
    EXPECT_EQ(figure.rule, "no strength report or deployment event on or before 2024-12-01");
}

TEST(stated_strength, uses_a_country_report_for_its_contingent) {
    StrengthReport kenyan = report(380, "2024-11-08");
    kenyan.country = "KEN";
    StrengthFigure figure =
        stated_strength({arrival(200, "2024-12-01")}, {kenyan}, PersonnelType::police, day("2024-12-01"));
    EXPECT_EQ(figure.basis, FigureBasis::contingent_sum);
    EXPECT_EQ(figure.count, 580);
    EXPECT_FALSE(figure.stated);
    ASSERT_EQ(figure.contingents.size(), 1u);
    EXPECT_EQ(
        figure.contingents[0].rule,
        "strength report report-2024-11-08 of 2024-11-08 (380), plus the net movement of 200 recorded after "
        "it");
}
