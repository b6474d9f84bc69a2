#pragma once

#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "report/report_facts.hpp"
#include "report/situation_report.hpp"

// Hand-built facts shared by the report tests (header only: the test glob compiles *_test.cpp alone).
namespace mssops::report_test {

inline domain::PartialDate date(const char* text) {
    return domain::PartialDate::parse(text, "date").value();
}

inline report::SourceCitation source(std::string key, std::string publisher, std::string title,
                                     std::string url, const char* published, bool synthetic = false) {
    report::SourceCitation citation{std::move(key), std::move(publisher), std::move(title),
                                    std::move(url), std::nullopt,         synthetic};
    if (published) citation.published = date(published);
    return citation;
}

inline domain::DeploymentEvent arrival(std::string key, const char* day) {
    domain::DeploymentEvent event;
    event.key = std::move(key);
    event.mission = "mss-test";
    event.country = "KEN";
    event.count = 200;
    event.date = date(day);
    event.source_id = "airport-log";
    return event;
}

inline domain::CouncilMembership seat(const char* country, bool permanent, int start,
                                      std::optional<int> end) {
    return {std::string("seat-") + country,    "unsc", country, permanent, start, end,
            permanent ? "charter" : "election"};
}

/// The days 2024-10-01 to 2024-12-31.
inline report::ReportPeriod fourth_quarter_2024() {
    return {date("2024-10-01").first_day(), date("2024-12-31").first_day()};
}

/// A mission like the reference article's, built by hand: about 400 police stated for November 2024
/// (source "article"), 2 x 200 arrivals in mid-2024 ("airport-log", synthetic), 2,500 targeted by
/// January 2025 ("article"), the mandate extended on 2024-09-30 to 2025-10-02 ("un-press"), the 2024
/// Council ("charter", "election") and China opposing a transition ("article"). No funding, no incidents.
inline report::ReportFacts article_facts() {
    report::ReportFacts facts;
    for (auto citation :
         {source("article", "Example News", "Mission at 400", "https://news.example/400", "2024-11~"),
          source("un-press", "United Nations", "Council extends the mission",
                 "https://press.un.example/15838", "2024-09-30"),
          source("airport-log", "mssops tests", "Arrivals", "", nullptr, true),
          source("charter", "United Nations", "Charter, Chapter V", "https://un.example/charter", nullptr),
          source("election", "General Assembly", "Elected members", "", "2023-06-06")})
        facts.sources.emplace(citation.key, citation);

    domain::MissionFacts& mission = facts.mission;
    mission.mission.slug = "mss-test";
    mission.mission.name = "Test Support Mission";
    mission.mission.acronym = "TSM";
    mission.events = {arrival("ken-1", "2024-06-25"), arrival("ken-2", "2024-07-16")};

    domain::StrengthReport stated;
    stated.key = "about-400";
    stated.mission = "mss-test";
    stated.personnel_type = domain::PersonnelType::police;
    stated.count = 400;
    stated.qualifier = domain::CountQualifier::approximately;
    stated.date = date("2024-11~");
    stated.source_id = "article";
    mission.reports = {stated};

    domain::StrengthTarget target;
    target.key = "target-2500";
    target.mission = "mss-test";
    target.personnel_type = domain::PersonnelType::police;
    target.number = 2500;
    target.by_date = date("2025-01");
    target.stated_on = date("2024-09-26");
    target.source_id = "article";
    mission.targets = {target};

    domain::Resolution extension;
    extension.key = "res-2751";
    extension.body = "unsc";
    extension.number = 2751;
    extension.symbol = "S/RES/2751 (2024)";
    extension.adopted = date("2024-09-30");
    extension.action = domain::MandateAction::extend;
    extension.mission = "mss-test";
    extension.mandate_end = date("2025-10-02");
    extension.penholders = {"USA", "ECU"};
    extension.unanimous = true;
    extension.source_id = "un-press";
    mission.resolutions = {extension};

    domain::Position china;
    china.key = "chn-opposes";
    china.actor = "CHN";
    china.actor_kind = "country";
    china.subject = "transition_to_un_pko";
    china.stance = domain::Stance::opposes;
    china.date = date("2024-11-07");
    china.source_id = "article";
    mission.positions = {china};

    for (const char* country : {"CHN", "FRA", "GBR", "RUS", "USA"})
        facts.memberships.push_back(seat(country, true, 1945, std::nullopt));
    for (const char* country : {"ECU", "JPN", "MLT", "MOZ", "CHE"})
        facts.memberships.push_back(seat(country, false, 2023, 2024));
    for (const char* country : {"DZA", "GUY", "KOR", "SLE", "SVN"})
        facts.memberships.push_back(seat(country, false, 2024, 2025));
    return facts;
}

/// The section titled `title`; a test failure and an empty section when there is none.
/// The report of article_facts() for the fourth quarter of 2024; fails the test when it cannot be built.
inline report::SituationReport article_report() {
    auto report = report::build_situation_report(article_facts(), fourth_quarter_2024());
    EXPECT_TRUE(report) << report.error().message;
    return report ? std::move(report).value() : report::SituationReport{};
}

inline const report::ReportSection& section(const report::SituationReport& report, const std::string& title) {
    for (const auto& section : report.sections)
        if (section.title == title) return section;
    ADD_FAILURE() << "no section " << title;
    static const report::ReportSection none;
    return none;
}

/// The figure whose label starts with `label`; a test failure and an empty figure when there is none.
inline const report::Figure& figure(const report::ReportSection& section, const std::string& label) {
    for (const auto& figure : section.figures)
        if (figure.label.starts_with(label)) return figure;
    ADD_FAILURE() << "no figure " << label << " in " << section.title;
    static const report::Figure none;
    return none;
}

}  // namespace mssops::report_test
