#include "extract/quantity.hpp"

#include <gtest/gtest.h>

namespace mssops::extract {
namespace {

std::vector<Quantity> quantities_in(const std::string& text) {
    static std::string kept;
    kept = text;
    return find_quantities(kept, split_words(kept, {0, kept.size()}));
}

TEST(find_quantities, reads_a_qualified_count_of_police) {
    auto found = quantities_in("The mission has approximately 400 police officers deployed.");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].value, 400);
    EXPECT_EQ(found[0].qualifier, "approximately");
    EXPECT_EQ(found[0].personnel, "police");
}

TEST(find_quantities, reads_qualifiers_nearly_over_some_and_more_than) {
    EXPECT_EQ(quantities_in("nearly 400 Kenyan police")[0].qualifier, "approximately");
    EXPECT_EQ(quantities_in("over 200 soldiers")[0].qualifier, "at_least");
    EXPECT_EQ(quantities_in("some 2,500 troops")[0].value, 2500);
    EXPECT_EQ(quantities_in("more than 150 officers")[0].qualifier, "at_least");
    EXPECT_EQ(quantities_in("up to 1,000 personnel")[0].qualifier, "at_most");
}

TEST(find_quantities, reads_number_words_and_who_is_counted) {
    auto found = quantities_in("The group of twenty soldiers and four police officers left.");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].value, 20);
    EXPECT_EQ(found[0].personnel, "military");
    EXPECT_EQ(found[1].value, 4);
    EXPECT_EQ(found[1].personnel, "police");
    EXPECT_EQ(quantities_in("150 members of the Defence Force")[0].personnel, "military");
    EXPECT_EQ(quantities_in("30 military police")[0].personnel, "military");
    EXPECT_EQ(quantities_in("12 civilian staff")[0].personnel, "civilian");
    EXPECT_EQ(quantities_in("1,000 personnel")[0].personnel, "personnel");
}

TEST(find_quantities, reads_money_with_its_currency) {
    auto dollars = quantities_in("Canada pledged $1.2 million to the fund.");
    ASSERT_EQ(dollars.size(), 1u);
    EXPECT_EQ(dollars[0].value, 1200000);
    EXPECT_EQ(dollars[0].currency, "USD");
    EXPECT_FALSE(dollars[0].currency_explicit);
    auto euros = quantities_in("France paid 10 million euros.");
    EXPECT_EQ(euros[0].currency, "EUR");
    EXPECT_EQ(euros[0].value, 10000000);
    EXPECT_TRUE(quantities_in("Washington gave US$ 5 million")[0].currency_explicit);
}

TEST(find_quantities, leaves_out_years_days_and_resolution_numbers) {
    EXPECT_TRUE(quantities_in("In 2024, on November 7, resolution 2751 passed.").empty());
}

}  // namespace
}  // namespace mssops::extract
