#include "report/locale_text.hpp"

#include <gtest/gtest.h>

#include "domain/message.hpp"
#include "report/report_language.hpp"

namespace mssops::report {
namespace {

TEST(country_name, names_an_alpha_3_code_in_the_report_language) {
    EXPECT_EQ(country_name("KEN"), "Kenya");
    ReportLanguageScope french("fr");
    EXPECT_EQ(country_name("CHN"), "Chine");
    EXPECT_EQ(country_name("ZZZ"), "ZZZ");
}

TEST(joined_in_language, joins_a_list_as_each_language_does) {
    const std::vector<std::string> three{"A", "B", "C"};
    EXPECT_EQ(joined_in_language(three), "A, B, and C");
    {
        ReportLanguageScope french("fr");
        EXPECT_EQ(joined_in_language(three), "A, B et C");
    }
    {
        ReportLanguageScope spanish("es");
        EXPECT_EQ(joined_in_language(three), "A, B y C");
    }
    ReportLanguageScope creole("ht");
    EXPECT_EQ(joined_in_language(three), "A, B ak C");
    EXPECT_EQ(joined_in_language({"A"}), "A");
    EXPECT_EQ(joined_in_language({}), "");
}

TEST(say, writes_country_parameters_as_names_dates_as_dates_and_lists_in_the_report_language) {
    ReportLanguageScope french("fr");
    auto contingent = domain::message("conflict.contingent_strength")
                          .with("country", "KEN")
                          .with("personnel", "police")
                          .with("date", "2025-01-02");
    EXPECT_EQ(say(contingent), "effectif de Kenya (policiers) au 2 janvier 2025");
    EXPECT_EQ(countries_in_language("CHN RUS"), "Chine et Russie");
}

}  // namespace
}  // namespace mssops::report
