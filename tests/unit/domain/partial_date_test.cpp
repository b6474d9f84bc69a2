#include "domain/partial_date.hpp"

#include <gtest/gtest.h>

using namespace mssops::domain;

TEST(partial_date, keeps_month_precision) {
    auto date = PartialDate::parse("2025-01", "by_date");
    ASSERT_TRUE(date);
    EXPECT_EQ(date->precision, DatePrecision::month);
    EXPECT_EQ(date->to_text(), "2025-01");
    EXPECT_EQ(to_iso_day(date->first_day()), "2025-01-01");
    EXPECT_EQ(to_iso_day(date->last_day()), "2025-01-31");
}

TEST(partial_date, reads_a_day_and_an_approximate_day) {
    auto day = PartialDate::parse("2024-11-07", "date");
    ASSERT_TRUE(day);
    EXPECT_EQ(day->precision, DatePrecision::day);
    EXPECT_FALSE(day->approximate);
    auto approximate = PartialDate::parse("2024-09~", "date");
    ASSERT_TRUE(approximate);
    EXPECT_TRUE(approximate->approximate);
    EXPECT_EQ(approximate->to_text(), "2024-09~");
}

TEST(partial_date, year_precision_spans_the_year) {
    auto year = PartialDate::parse("2024", "date");
    ASSERT_TRUE(year);
    EXPECT_EQ(to_iso_day(year->last_day()), "2024-12-31");
}

TEST(partial_date, rejects_february_30_naming_the_field) {
    auto date = PartialDate::parse("2025-02-30", "date");
    ASSERT_FALSE(date);
    EXPECT_EQ(date.error().field, "date");
    EXPECT_EQ(date.error().message,
              "must be a date as YYYY, YYYY-MM or YYYY-MM-DD (optionally followed by ~ for approximate), got "
              "\"2025-02-30\"");
}

TEST(partial_date, rejects_slashed_dates) {
    EXPECT_FALSE(PartialDate::parse("11/07/2024", "date"));
    EXPECT_FALSE(PartialDate::parse("2024-1-7", "date"));
}

TEST(parse_iso_day, refuses_a_month) {
    auto day = parse_iso_day("2025-01", "at");
    ASSERT_FALSE(day);
    EXPECT_EQ(day.error().message, "must be a day as YYYY-MM-DD, got \"2025-01\"");
}
