#include "domain/country_codes.hpp"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

using namespace mssops::domain;

TEST(is_iso3_country, knows_real_codes_and_refuses_made_up_ones) {
    EXPECT_TRUE(is_iso3_country("KEN"));
    EXPECT_TRUE(is_iso3_country("HTI"));
    EXPECT_FALSE(is_iso3_country("ZZZ"));
    EXPECT_FALSE(is_iso3_country("XYZ"));
    EXPECT_FALSE(is_iso3_country("ken"));
}

TEST(is_iso3_country, holds_exactly_the_codes_of_the_reference_countries) {
    const std::filesystem::path file =
        std::filesystem::path(MSSOPS_SOURCE_DIR) / "data/reference/countries.json";
    if (!std::filesystem::exists(file)) GTEST_SKIP() << "no " << file << " to compare with";
    std::ifstream in(file);
    std::stringstream text;
    text << in.rdbuf();
    auto countries = boost::json::parse(text.str()).as_array();
    std::size_t known = 0;
    for (const auto& country : countries) {
        std::string code(country.at("iso3").as_string());
        EXPECT_TRUE(is_iso3_country(code)) << code;
        ++known;
    }
    EXPECT_EQ(known, 249u);
}

TEST(country_filter, reads_any_case_as_capitals) {
    EXPECT_EQ(country_filter("ken", "--country").value(), "KEN");
    EXPECT_EQ(country_filter("Hti", "--country").value(), "HTI");
}

TEST(country_filter, refuses_a_code_that_names_no_country) {
    auto filter = country_filter("xyz", "--country");
    ASSERT_FALSE(filter);
    EXPECT_EQ(filter.error().field, "--country");
    EXPECT_EQ(filter.error().message, "must be a country's ISO 3166-1 alpha-3 code such as KEN, got \"xyz\"");
}
