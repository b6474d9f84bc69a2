#include "domain/expenditure.hpp"

#include <gtest/gtest.h>

using namespace mssops::domain;

namespace {

Record spent(std::string month) {
    Record record;
    record.kind = "expenditures";
    record.fields = {{"mission", std::string("mss-haiti")},
                     {"month", std::move(month)},
                     {"category", std::string("fuel")},
                     {"amount_usd", 2500.5}};
    return record;
}

}  // namespace

TEST(expenditure, reads_month_category_and_cents) {
    auto item = expenditure_from(spent("2025-01"));
    ASSERT_TRUE(item);
    EXPECT_EQ(to_text(item->month), "2025-01");
    EXPECT_EQ(item->category, "fuel");
    EXPECT_EQ(item->amount_usd, 250050);
}

TEST(expenditure, rejects_a_bare_year) {
    auto item = expenditure_from(spent("2025"));
    ASSERT_FALSE(item);
    EXPECT_EQ(item.error().field, "month");
    EXPECT_EQ(item.error().message, "must name a month such as 2025-01, got \"2025\"");
}
