#include "unit/extract/extract_helpers.hpp"

namespace mssops::extract {
namespace {

using namespace testing;

TEST(money_rule, reads_a_payment_with_currency_donor_and_recipient) {
    auto result =
        extract("France paid 10 million euros into the Trust Fund for the MSS on 14 May 2025.", "2025-05-20");
    auto flows = of_kind(result, "funding_flows");
    ASSERT_EQ(flows.size(), 1u);
    EXPECT_EQ(text(flows[0], "donor"), "FRA");
    EXPECT_EQ(text(flows[0], "recipient"), "mss-trust-fund");
    EXPECT_EQ(text(flows[0], "currency"), "EUR");
    EXPECT_EQ(text(flows[0], "status"), "paid");
    EXPECT_EQ(text(flows[0], "date"), "2025-05-14");
    EXPECT_DOUBLE_EQ(std::get<double>(flows[0].fields.at("amount")), 10000000.0);
}

TEST(money_rule, reads_a_pledge_and_says_when_it_is_on_hold) {
    auto result = extract("The United States pledged $60 million, but the money is on hold pending a review.",
                          "2025-02-01");
    auto flows = of_kind(result, "funding_flows");
    ASSERT_EQ(flows.size(), 1u);
    EXPECT_EQ(text(flows[0], "status"), "pledged");
    EXPECT_EQ(text(flows[0], "currency"), "USD");
    EXPECT_NE(std::find(flows[0].notes.begin(), flows[0].notes.end(), "status: on hold"),
              flows[0].notes.end());
    EXPECT_NE(std::find(flows[0].notes.begin(), flows[0].notes.end(), "currency: a bare $ read as USD"),
              flows[0].notes.end());
}

}  // namespace
}  // namespace mssops::extract
