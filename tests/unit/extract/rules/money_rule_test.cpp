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

namespace mssops::extract {
namespace {

using namespace testing;

TEST(money_rule, reads_each_amount_with_the_donor_status_and_date_of_its_own_clause) {
    auto result = extract(
        "The United States has provided more than $300 million to the mission so far, while Canada "
        "pledged CAD 80.5 million last month.",
        "2024-09-18");
    auto flows = of_kind(result, "funding_flows");
    ASSERT_EQ(flows.size(), 2u);
    EXPECT_EQ(text(flows[0], "donor"), "USA");
    EXPECT_EQ(text(flows[0], "status"), "paid");
    EXPECT_EQ(text(flows[0], "date"), "2024-09-18");
    EXPECT_EQ(text(flows[1], "donor"), "CAN");
    EXPECT_EQ(text(flows[1], "status"), "pledged");
    EXPECT_EQ(text(flows[1], "currency"), "CAD");
    EXPECT_EQ(text(flows[1], "date"), "2024-08~");
    EXPECT_DOUBLE_EQ(std::get<double>(flows[1].fields.at("amount")), 80500000.0);
}

}  // namespace
}  // namespace mssops::extract
