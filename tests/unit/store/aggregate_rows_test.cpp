#include "store/aggregate_rows.hpp"

#include <gtest/gtest.h>

#include <chrono>

using namespace mssops;
using namespace mssops::store;

namespace {

std::int64_t day_number(int year, unsigned month, unsigned day) {
    return std::chrono::sys_days{std::chrono::year{year} / month / day}.time_since_epoch().count();
}

}  // namespace

TEST(aggregate_rows, sums_the_days_of_one_month_into_one_cell) {
    AggregateRows answer(domain::IncidentPeriod::month);
    answer.add_day(day_number(2024, 11, 20), "HT01", "Ouest", "Riots", 1, 3);
    answer.add_day(day_number(2024, 11, 4), "HT01", "Ouest", "Riots", 2, 2);
    answer.add_day(day_number(2024, 10, 31), "HT01", "Ouest", "Riots", 1, 0);
    auto rows = std::move(answer).rows();
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].period, "2024-10");
    EXPECT_EQ(rows[0].period_start, "2024-10-01");
    EXPECT_EQ(rows[0].events, 1);
    EXPECT_EQ(rows[1].period, "2024-11");
    EXPECT_EQ(rows[1].period_start, "2024-11-01");
    EXPECT_EQ(rows[1].events, 3);
    EXPECT_EQ(rows[1].fatalities, 5);
}

TEST(aggregate_rows, keeps_grouped_rows_in_the_order_they_come) {
    AggregateRows answer(domain::IncidentPeriod::week);
    const std::int64_t monday = day_number(2024, 9, 30);
    answer.add_grouped(monday, "HT02", "Nord", "Riots", 4, 1);
    answer.add_grouped(monday, "HT01", "Ouest", "Battles", 2, 0);
    auto rows = std::move(answer).rows();
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].period, "2024-W40");
    EXPECT_EQ(rows[0].period_start, "2024-09-30");
    EXPECT_EQ(rows[0].unit, "Nord");
    EXPECT_EQ(rows[1].period, "2024-W40");
    EXPECT_EQ(rows[1].unit, "Ouest");
    EXPECT_EQ(rows[1].event_type, "Battles");
}

TEST(aggregate_rows, names_the_rollup_column_of_each_period) {
    EXPECT_STREQ(period_column(domain::IncidentPeriod::day), "day");
    EXPECT_STREQ(period_column(domain::IncidentPeriod::week), "week");
    EXPECT_STREQ(period_column(domain::IncidentPeriod::month), "month");
}
