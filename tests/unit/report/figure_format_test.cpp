#include "report/figure_format.hpp"

#include <gtest/gtest.h>

using namespace mssops;

TEST(figure_format, separates_thousands) {
    EXPECT_EQ(report::format_count(0), "0");
    EXPECT_EQ(report::format_count(400), "400");
    EXPECT_EQ(report::format_count(2500), "2,500");
    EXPECT_EQ(report::format_count(1234567), "1,234,567");
    EXPECT_EQ(report::format_count(-1200), "-1,200");
}

TEST(figure_format, says_a_qualified_count_as_a_source_does) {
    EXPECT_EQ(report::format_count(400, domain::CountQualifier::approximately), "about 400");
    EXPECT_EQ(report::format_count(300, domain::CountQualifier::at_least), "at least 300");
    EXPECT_EQ(report::format_count(2500, domain::CountQualifier::exact), "2,500");
}

TEST(figure_format, writes_dates_at_their_precision) {
    EXPECT_EQ(report::format_date(domain::PartialDate::parse("2025-10-02", "d").value()), "2 October 2025");
    EXPECT_EQ(report::format_date(domain::PartialDate::parse("2025-01", "d").value()), "January 2025");
    EXPECT_EQ(report::format_date(domain::PartialDate::parse("2024-11~", "d").value()),
              "about November 2024");
    EXPECT_EQ(report::format_date(domain::PartialDate::parse("2024", "d").value()), "2024");
}

TEST(figure_format, writes_dollars_with_cents) {
    EXPECT_EQ(report::format_usd(123456789), "USD 1,234,567.89");
    EXPECT_EQ(report::format_usd(5), "USD 0.05");
    EXPECT_EQ(report::format_usd(-150), "-USD 1.50");
}

TEST(figure_format, gives_small_percentages_a_decimal) {
    EXPECT_EQ(report::format_percent(0.16), "16%");
    EXPECT_EQ(report::format_percent(0.004), "0.4%");
    EXPECT_EQ(report::format_percent(0), "0%");
    EXPECT_EQ(report::format_percent(1), "100%");
}

TEST(figure_format, says_a_change_and_its_share) {
    EXPECT_EQ(report::format_change(125, 100), "+25 (+25%)");
    EXPECT_EQ(report::format_change(27, 30), "-3 (-10%)");
    EXPECT_EQ(report::format_change(7, 7), "no change");
    EXPECT_EQ(report::format_change(4, 0), "+4 (none before)");
}
