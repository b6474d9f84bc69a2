#include "domain/whole_number.hpp"

#include <gtest/gtest.h>

#include <limits>

using namespace mssops::domain;

namespace {
constexpr auto lowest = std::numeric_limits<std::int64_t>::min();
constexpr auto highest = std::numeric_limits<std::int64_t>::max();
}  // namespace

TEST(parse_whole_number, reads_a_number_within_the_bounds) {
    auto value = parse_whole_number("250", "limit", 1, 1000);
    ASSERT_TRUE(value);
    EXPECT_EQ(*value, 250);
}

TEST(parse_whole_number, names_the_field_and_the_bounds_for_a_number_outside_them) {
    auto value = parse_whole_number("1001", "limit", 1, 1000);
    ASSERT_FALSE(value);
    EXPECT_EQ(value.error().field, "limit");
    EXPECT_EQ(value.error().message, "must be a whole number from 1 to 1000, got \"1001\"");
}

TEST(parse_whole_number, says_up_when_only_the_least_value_limits) {
    auto value = parse_whole_number("-1", "offset", 0, highest);
    ASSERT_FALSE(value);
    EXPECT_EQ(value.error().message, "must be a whole number from 0 up, got \"-1\"");
}

TEST(parse_whole_number, rejects_text_that_is_not_wholly_a_number) {
    for (const char* text : {"", "ten", "12a", "1.5", " 3"}) {
        auto value = parse_whole_number(text, "limit", lowest, highest);
        ASSERT_FALSE(value) << text;
        EXPECT_EQ(value.error().message, "must be a whole number, got \"" + std::string(text) + "\"");
    }
}
