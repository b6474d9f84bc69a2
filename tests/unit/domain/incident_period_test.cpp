#include "domain/incident_period.hpp"

#include <gtest/gtest.h>

#include "domain/partial_date.hpp"

using namespace mssops::domain;

namespace {
std::chrono::sys_days day(const char* text) {
    return *parse_iso_day(text, "day");
}
}  // namespace

TEST(incident_period, weeks_start_on_monday) {
    EXPECT_EQ(to_iso_day(period_start(day("2024-10-06"), IncidentPeriod::week)), "2024-09-30");
    EXPECT_EQ(to_iso_day(period_start(day("2024-10-07"), IncidentPeriod::week)), "2024-10-07");
}

TEST(incident_period, an_iso_week_belongs_to_the_year_of_its_thursday) {
    EXPECT_EQ(period_label(period_start(day("2024-12-31"), IncidentPeriod::week), IncidentPeriod::week),
              "2025-W01");
    EXPECT_EQ(period_label(period_start(day("2021-01-03"), IncidentPeriod::week), IncidentPeriod::week),
              "2020-W53");
    EXPECT_EQ(period_label(period_start(day("2024-10-03"), IncidentPeriod::week), IncidentPeriod::week),
              "2024-W40");
}

TEST(incident_period, months_and_days_are_labelled_in_iso_form) {
    EXPECT_EQ(period_label(period_start(day("2024-02-29"), IncidentPeriod::month), IncidentPeriod::month),
              "2024-02");
    EXPECT_EQ(period_label(day("2024-02-29"), IncidentPeriod::day), "2024-02-29");
    EXPECT_EQ(incident_period_from_text("fortnight"), std::nullopt);
}
