#include "domain/exchange_rates.hpp"

#include <gtest/gtest.h>

using namespace mssops::domain;

namespace {

std::chrono::sys_days day(const char* text) {
    return parse_iso_day(text, "date").value();
}
PartialDate date(const char* text) {
    return PartialDate::parse(text, "date").value();
}

ExchangeRateTable table() {
    ExchangeRateTable rates;
    EXPECT_TRUE(rates.add({"EUR", day("2024-01-31"), 1'083'700'000, "test"}));
    EXPECT_TRUE(rates.add({"EUR", day("2024-10-16"), 1'089'700'000, "test"}));
    EXPECT_TRUE(rates.add({"JPY", day("2024-01-31"), 6'779'000, "test"}));
    return rates;
}

}  // namespace

TEST(exchange_rates, converts_at_the_latest_rate_on_or_before_the_date) {
    ExchangeRateTable rates = table();
    // 1,000,000.00 EUR at 1.0837 USD = 1,083,700.00 USD.
    EXPECT_EQ(rates.to_usd(100'000'000, "EUR", date("2024-05-20")).value(), 108'370'000);
    // On the day a new rate takes effect, the new rate applies.
    EXPECT_EQ(rates.to_usd(100'000'000, "EUR", date("2024-10-16")).value(), 108'970'000);
}

TEST(exchange_rates, rounds_to_the_nearest_cent) {
    ExchangeRateTable rates = table();
    // 1,234.57 JPY x 0.006779 = 8.36915... USD -> 8.37.
    EXPECT_EQ(rates.to_usd(123'457, "JPY", date("2024-02-01")).value(), 837);
}

TEST(exchange_rates, converts_a_month_at_the_rate_in_force_on_its_first_day) {
    ExchangeRateTable rates = table();
    EXPECT_EQ(rates.to_usd(100, "EUR", date("2024-10")).value(), 108);
}

TEST(exchange_rates, usd_needs_no_rate) {
    ExchangeRateTable empty;
    EXPECT_EQ(empty.to_usd(12345, "USD", date("1999-01-01")).value(), 12345);
}

TEST(exchange_rates, names_the_currency_and_date_when_no_rate_is_in_force) {
    ExchangeRateTable rates = table();
    auto early = rates.to_usd(100, "EUR", date("2023-12-31"));
    ASSERT_FALSE(early);
    EXPECT_EQ(early.error().code, ErrorCode::not_found);
    EXPECT_EQ(early.error().field, "currency");
    EXPECT_EQ(
        early.error().message,
        "no exchange rate for EUR on or before 2023-12-31; add one to the rate table or give amount_usd");
    EXPECT_FALSE(rates.to_usd(100, "KES", date("2025-01-01")));
}

TEST(exchange_rates, refuses_a_second_rate_for_the_same_day) {
    ExchangeRateTable rates = table();
    auto again = rates.add({"EUR", day("2024-01-31"), 1'000'000'000, "other"});
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::conflict);
    EXPECT_EQ(again.error().message, "the table already has a EUR rate for 2024-01-31");
}

TEST(exchange_rates, refuses_a_rate_of_zero) {
    ExchangeRateTable rates;
    auto zero = rates.add({"GBP", day("2024-01-31"), 0, "test"});
    ASSERT_FALSE(zero);
    EXPECT_EQ(zero.error().field, "usd_per_unit");
    EXPECT_EQ(zero.error().message, "must be above zero for GBP on 2024-01-31");
}

TEST(exchange_rates, prefers_a_stored_usd_value_over_conversion) {
    FundingFlow flow;
    flow.amount = 100'000;
    flow.currency = "EUR";
    flow.date = date("2020-01-01");
    flow.amount_usd = 111'111;
    EXPECT_EQ(usd_value(flow, ExchangeRateTable{}).value(), 111'111);
    flow.amount_usd.reset();
    EXPECT_FALSE(usd_value(flow, ExchangeRateTable{}));
}
