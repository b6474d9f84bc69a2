#include "app/report_query.hpp"

#include <gtest/gtest.h>

#include <set>

#include "app/report_json.hpp"
#include "domain/kind_names.hpp"
#include "seeded_store.hpp"

namespace mssops::app {
namespace {

using domain::ErrorCode;

class ReportQueries : public SeededStore {
protected:
    domain::ExchangeRateTable rates() { return funding_reference().rates; }

    ReportQuery fourth_quarter_2024() { return ReportQuery{"mss-haiti", "2024-10-01", "2024-12-31"}; }
};

TEST_F(ReportQueries, the_report_covers_the_period_and_cites_stored_sources_in_its_footnotes) {
    auto report = situation_report(store(), rates(), fourth_quarter_2024(), day("2026-01-15"));
    ASSERT_TRUE(report) << report.error().field << ": " << report.error().message;
    EXPECT_EQ(report->mission, "mss-haiti");
    EXPECT_EQ(report->period.from, day("2024-10-01"));
    EXPECT_EQ(report->period.to, day("2024-12-31"));
    ASSERT_FALSE(report->sections.empty());
    ASSERT_FALSE(report->footnotes.empty());
    std::set<int> numbers;
    for (const auto& note : report->footnotes) {
        numbers.insert(note.number);
        EXPECT_TRUE(store().records().find_by_key(domain::kinds::sources, note.source_id))
            << "footnote " << note.number << " cites " << note.source_id;
    }
    // Every figure's footnote is one the report lists.
    for (const auto& section : report->sections)
        for (const auto& figure : section.figures)
            for (int number : figure.footnotes) EXPECT_TRUE(numbers.contains(number)) << figure.label;
}

TEST_F(ReportQueries, the_mapper_gives_the_typed_report_as_data) {
    auto report = situation_report(store(), rates(), fourth_quarter_2024(), day("2026-01-15"));
    ASSERT_TRUE(report) << report.error().message;
    auto json = situation_report_json(*report);
    EXPECT_EQ(json.at("mission").as_string(), "mss-haiti");
    EXPECT_EQ(json.at("period").as_object().at("from").as_string(), "2024-10-01");
    EXPECT_EQ(json.at("sections").as_array().size(), report->sections.size());
    EXPECT_EQ(json.at("footnotes").as_array().size(), report->footnotes.size());
}

TEST_F(ReportQueries, the_language_chooses_the_words_of_the_report) {
    auto english = situation_report(store(), rates(), fourth_quarter_2024(), day("2026-01-15"));
    auto query = fourth_quarter_2024();
    query.language = "fr";
    auto french = situation_report(store(), rates(), query, day("2026-01-15"));
    ASSERT_TRUE(english && french);
    ASSERT_EQ(english->sections.size(), french->sections.size());
    EXPECT_NE(english->sections.front().title, french->sections.front().title);
}

TEST_F(ReportQueries, an_unknown_mission_is_not_found_naming_slug) {
    auto report = situation_report(store(), rates(), ReportQuery{"nowhere", "2024-10-01", "2024-12-31"},
                                   day("2026-01-15"));
    ASSERT_FALSE(report);
    EXPECT_EQ(report.error().code, ErrorCode::not_found);
    EXPECT_EQ(report.error().field, "slug");
}

TEST_F(ReportQueries, a_period_that_ends_before_it_starts_names_to) {
    auto report = situation_report(store(), rates(), ReportQuery{"mss-haiti", "2024-12-31", "2024-10-01"},
                                   day("2026-01-15"));
    ASSERT_FALSE(report);
    EXPECT_EQ(report.error().code, ErrorCode::invalid_input);
    EXPECT_EQ(report.error().field, "to");
    EXPECT_EQ(report.error().message, "must be on or after from (2024-12-31), got \"2024-10-01\"");
}

TEST_F(ReportQueries, evidence_called_old_after_no_days_is_refused_naming_stale_after_days) {
    auto query = fourth_quarter_2024();
    query.evidence.stale_after_days = 0;
    auto report = situation_report(store(), rates(), query, day("2026-01-15"));
    ASSERT_FALSE(report);
    EXPECT_EQ(report.error().field, "stale_after_days");
    EXPECT_EQ(report.error().message, "must be a whole number of days from 1 to 36500, got 0");
}

}  // namespace
}  // namespace mssops::app
