#include "domain/money.hpp"

#include <gtest/gtest.h>

using namespace mssops::domain;

TEST(money, reads_decimals_as_exact_cents) {
    EXPECT_EQ(parse_cents("1234.56", "amount").value(), 123456);
    EXPECT_EQ(parse_cents("0.1", "amount").value(), 10);
    EXPECT_EQ(parse_cents("-7", "amount").value(), -700);
    EXPECT_EQ(parse_cents(".5", "amount").value(), 50);
}

TEST(money, reads_a_rate_with_nine_places) {
    EXPECT_EQ(parse_scaled_decimal("1.083701", 9, "usd_per_unit").value(), 1083701000);
    EXPECT_EQ(parse_scaled_decimal("0.006587553", 9, "usd_per_unit").value(), 6587553);
}

TEST(money, rejects_a_third_decimal_naming_the_field) {
    auto amount = parse_cents("10.005", "flows.csv:3:4");
    ASSERT_FALSE(amount);
    EXPECT_EQ(amount.error().field, "flows.csv:3:4");
    EXPECT_EQ(amount.error().message,
              "must be a decimal number with at most 2 decimal places, got \"10.005\"");
}

TEST(money, rejects_separators_exponents_and_overflow) {
    EXPECT_FALSE(parse_cents("1,000", "amount"));
    EXPECT_FALSE(parse_cents("1e6", "amount"));
    EXPECT_FALSE(parse_cents("", "amount"));
    EXPECT_FALSE(parse_cents("5.", "amount"));
    EXPECT_FALSE(parse_cents("99999999999999999999", "amount"));
}

TEST(money, formats_cents_with_two_places) {
    EXPECT_EQ(format_cents(123456), "1234.56");
    EXPECT_EQ(format_cents(-5), "-0.05");
    EXPECT_EQ(format_cents(0), "0.00");
}

TEST(money, rounds_half_away_from_zero) {
    EXPECT_EQ(divide_rounded(5, 2), 3);
    EXPECT_EQ(divide_rounded(-5, 2), -3);
    EXPECT_EQ(divide_rounded(4, 3), 1);
    EXPECT_EQ(cents_from_number(0.125), 13);
    EXPECT_EQ(cents_from_number(1500000.0), 150000000);
}
