#include "domain/funding_summary.hpp"

#include <gtest/gtest.h>

using namespace mssops::domain;
using std::chrono::year;

namespace {

FundingFlow flow(std::string key, std::string donor, Cents amount, std::string currency, FlowStatus status,
                 std::string date) {
    FundingFlow item;
    item.key = std::move(key);
    item.donor = std::move(donor);
    item.recipient = "mss-trust-fund";
    item.amount = amount;
    item.currency = std::move(currency);
    item.status = status;
    item.date = PartialDate::parse(date, "date").value();
    return item;
}

Expenditure spend(unsigned month, std::string category, Cents amount) {
    return {"mss-haiti", year{2025} / std::chrono::month{month}, std::move(category), amount};
}

// The hand-computed example (all amounts USD):
//   flows: USA 1,000,000 paid; CAN 500,000 CAD committed at 0.75 = 375,000; USA 200,000 pledged;
//          EUR 100,000 paid at 1.10 = 110,000 (donor DEU).
//   totals: pledged 200,000; committed 375,000; paid 1,110,000; total 1,685,000; unpaid 575,000.
//   spending: Jan 100,000 (60,000 + 40,000), Feb 150,000, Mar none, Apr 200,000; spent 450,000.
//   burn over 3 months (Feb..Apr): 350,000 / 3 = 116,666.67 a month.
//   cash on hand: 1,110,000 - 450,000 = 660,000; runway 660,000 x 3 / 350,000 = 5.657 -> 5.7 months.
//   cost per officer (400 deployed): 350,000 / (3 x 400) = 291.67 a month.
struct Example {
    std::vector<FundingFlow> flows{
        flow("usa-1", "USA", 100'000'000, "USD", FlowStatus::paid, "2025-01-10"),
        flow("can-1", "CAN", 50'000'000, "CAD", FlowStatus::committed, "2025-02-01"),
        flow("usa-2", "USA", 20'000'000, "USD", FlowStatus::pledged, "2025-03"),
        flow("deu-1", "DEU", 10'000'000, "EUR", FlowStatus::paid, "2025-01-20"),
    };
    std::vector<Expenditure> spending{spend(1, "salaries", 6'000'000), spend(1, "fuel", 4'000'000),
                                      spend(2, "salaries", 15'000'000), spend(4, "salaries", 20'000'000)};
    ExchangeRateTable rates;
    Example() {
        auto day = parse_iso_day("2025-01-01", "date").value();
        EXPECT_TRUE(rates.add({"CAD", day, 750'000'000, "test"}));
        EXPECT_TRUE(rates.add({"EUR", day, 1'100'000'000, "test"}));
    }
};

}  // namespace

TEST(funding_summary, totals_by_status_and_the_unpaid_gap) {
    Example example;
    auto summary = summarize_funding(example.flows, example.spending, example.rates, {});
    ASSERT_TRUE(summary);
    EXPECT_EQ(summary->all.pledged, 20'000'000);
    EXPECT_EQ(summary->all.committed, 37'500'000);
    EXPECT_EQ(summary->all.paid, 111'000'000);
    EXPECT_EQ(summary->all.total(), 168'500'000);
    EXPECT_EQ(summary->all.unpaid(), 57'500'000);
}

TEST(funding_summary, orders_donors_by_total) {
    Example example;
    auto summary = summarize_funding(example.flows, example.spending, example.rates, {});
    ASSERT_TRUE(summary);
    ASSERT_EQ(summary->by_donor.size(), 3u);
    EXPECT_EQ(summary->by_donor[0].donor, "USA");
    EXPECT_EQ(summary->by_donor[0].totals.paid, 100'000'000);
    EXPECT_EQ(summary->by_donor[0].totals.pledged, 20'000'000);
    EXPECT_EQ(summary->by_donor[1].donor, "CAN");
    EXPECT_EQ(summary->by_donor[2].donor, "DEU");
    EXPECT_EQ(summary->by_donor[2].totals.paid, 11'000'000);
}

TEST(funding_summary, burn_runway_and_cost_per_officer_match_the_hand_computation) {
    Example example;
    SummaryOptions options;
    options.deployed = 400;
    auto summary = summarize_funding(example.flows, example.spending, example.rates, options);
    ASSERT_TRUE(summary);
    EXPECT_EQ(summary->spent, 45'000'000);
    EXPECT_EQ(summary->cash_on_hand, 66'000'000);
    ASSERT_TRUE(summary->burn);
    EXPECT_EQ(to_text(summary->burn->first), "2025-02");
    EXPECT_EQ(to_text(summary->burn->last), "2025-04");
    EXPECT_EQ(summary->burn->months, 3);
    EXPECT_EQ(summary->burn->spent, 35'000'000);
    EXPECT_EQ(summary->burn->per_month, 11'666'667);
    EXPECT_EQ(summary->runway_tenths, 57);
    EXPECT_EQ(summary->cost_per_officer_month, 29'167);
}

TEST(funding_summary, groups_spending_by_month_and_category) {
    Example example;
    auto summary = summarize_funding(example.flows, example.spending, example.rates, {});
    ASSERT_TRUE(summary);
    ASSERT_EQ(summary->spending.size(), 3u);
    EXPECT_EQ(summary->spending[0].amount, 10'000'000);
    EXPECT_EQ(summary->spending[0].by_category.at("fuel"), 4'000'000);
    EXPECT_EQ(summary->spending[0].by_category.at("salaries"), 6'000'000);
}

TEST(funding_summary, as_of_leaves_out_later_flows_and_spending) {
    Example example;
    SummaryOptions options;
    options.as_of = year{2025} / std::chrono::month{2};
    auto summary = summarize_funding(example.flows, example.spending, example.rates, options);
    ASSERT_TRUE(summary);
    EXPECT_EQ(summary->all.pledged, 0);
    EXPECT_EQ(summary->spent, 25'000'000);
    // The window shrinks to the two months with data: (100,000 + 150,000) / 2.
    EXPECT_EQ(summary->burn->months, 2);
    EXPECT_EQ(summary->burn->per_month, 12'500'000);
}

TEST(funding_summary, has_no_runway_without_spending) {
    Example example;
    auto summary = summarize_funding(example.flows, {}, example.rates, {});
    ASSERT_TRUE(summary);
    EXPECT_FALSE(summary->burn);
    EXPECT_FALSE(summary->runway_tenths);
    EXPECT_FALSE(summary->cost_per_officer_month);
}

TEST(funding_summary, names_the_flow_it_cannot_convert) {
    Example example;
    example.flows.push_back(flow("kes-1", "KEN", 100, "KES", FlowStatus::paid, "2025-01-05"));
    auto summary = summarize_funding(example.flows, example.spending, example.rates, {});
    ASSERT_FALSE(summary);
    EXPECT_EQ(summary.error().field, "funding_flows[kes-1].currency");
    EXPECT_EQ(
        summary.error().message,
        "no exchange rate for KES on or before 2025-01-05; add one to the rate table or give amount_usd");
}

TEST(funding_summary, rejects_a_burn_window_of_zero) {
    SummaryOptions options;
    options.burn_window_months = 0;
    auto summary = summarize_funding({}, {}, ExchangeRateTable{}, options);
    ASSERT_FALSE(summary);
    EXPECT_EQ(summary.error().field, "burn_window_months");
    EXPECT_EQ(summary.error().message, "must be at least 1, got 0");
}
