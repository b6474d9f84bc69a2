#include "report/report_period.hpp"

#include <gtest/gtest.h>

#include "domain/partial_date.hpp"

using namespace mssops;
using report::ReportPeriod;

namespace {

std::chrono::sys_days day(const char* text) {
    return domain::parse_iso_day(text, "day").value();
}

}  // namespace

TEST(report_period, defaults_to_the_last_30_full_days) {
    auto period = report::report_period("", "", day("2025-02-15"));
    ASSERT_TRUE(period);
    EXPECT_EQ(period->to, day("2025-02-14"));
    EXPECT_EQ(period->from, day("2025-01-16"));
    EXPECT_EQ(period->days(), 30);
}

TEST(report_period, takes_both_days_as_given) {
    auto period = report::report_period("2024-10-01", "2024-12-31", day("2026-01-01"));
    ASSERT_TRUE(period);
    EXPECT_EQ(period->from, day("2024-10-01"));
    EXPECT_EQ(period->to, day("2024-12-31"));
    EXPECT_EQ(period->days(), 92);
}

TEST(report_period, compares_with_the_days_just_before_it) {
    ReportPeriod period{day("2024-10-01"), day("2024-12-31")};
    ReportPeriod previous = period.previous();
    EXPECT_EQ(previous.from, day("2024-07-01"));
    EXPECT_EQ(previous.to, day("2024-09-30"));
    EXPECT_EQ(previous.days(), 92);
}

TEST(report_period, counts_30_days_back_from_a_given_end) {
    auto period = report::report_period("", "2024-12-31", day("2026-01-01"));
    ASSERT_TRUE(period);
    EXPECT_EQ(period->from, day("2024-12-02"));
}

TEST(report_period, rejects_a_start_that_is_not_a_day) {
    auto period = report::report_period("2024-13-01", "", day("2026-01-01"));
    ASSERT_FALSE(period);
    EXPECT_EQ(period.error().field, "from");
    EXPECT_EQ(period.error().message, "must be a day as YYYY-MM-DD, got \"2024-13-01\"");
}

TEST(report_period, rejects_an_end_given_as_a_month) {
    auto period = report::report_period("", "2024-12", day("2026-01-01"));
    ASSERT_FALSE(period);
    EXPECT_EQ(period.error().field, "to");
    EXPECT_EQ(period.error().message, "must be a day as YYYY-MM-DD, got \"2024-12\"");
}

TEST(report_period, rejects_an_end_before_the_start) {
    auto period = report::report_period("2024-12-31", "2024-10-01", day("2026-01-01"));
    ASSERT_FALSE(period);
    EXPECT_EQ(period.error().field, "to");
    EXPECT_EQ(period.error().message, "must be on or after from (2024-12-31), got \"2024-10-01\"");
}

TEST(report_period, rejects_a_start_after_the_default_end) {
    auto period = report::report_period("2026-03-01", "", day("2026-01-01"));
    ASSERT_FALSE(period);
    EXPECT_EQ(period.error().field, "from");
    EXPECT_EQ(period.error().message,
              "must be on or before the last full day, 2025-12-31, when to is not given, got \"2026-03-01\"");
}

TEST(report_period, rejects_a_period_of_more_than_ten_years) {
    auto period = report::report_period("2000-01-01", "2024-12-31", day("2026-01-01"));
    ASSERT_FALSE(period);
    EXPECT_EQ(period.error().field, "from");
    EXPECT_EQ(period.error().message, "must be at most 3660 days before to, got 9132 days from 2000-01-01");
}
