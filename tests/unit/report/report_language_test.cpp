#include "report/report_language.hpp"

#include <gtest/gtest.h>

#include "report/figure_format.hpp"

namespace mssops::report {
namespace {

using namespace std::chrono;

TEST(parse_report_language, reads_a_region_as_its_language_and_en_us_as_letter_english) {
    EXPECT_EQ(parse_report_language("fr-HT", "locale").value(), "fr");
    EXPECT_EQ(parse_report_language("es_419", "locale").value(), "es");
    EXPECT_EQ(parse_report_language("en-US", "locale").value(), "en-US");
    EXPECT_EQ(parse_report_language("en-GB", "locale").value(), "en");
    EXPECT_TRUE(prints_on_letter("en-US"));
    EXPECT_FALSE(prints_on_letter("fr"));
}

TEST(parse_report_language, rejects_a_language_the_report_does_not_speak) {
    auto result = parse_report_language("de", "--locale");
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().field, "--locale");
    EXPECT_EQ(result.error().message, "must be en, en-US, fr, ht or es, got \"de\"");
}

TEST(negotiate_report_language, takes_the_highest_weighted_language_it_speaks) {
    EXPECT_EQ(negotiate_report_language("de-DE, es;q=0.5, fr;q=0.9"), "fr");
    EXPECT_EQ(negotiate_report_language("ht"), "ht");
    EXPECT_EQ(negotiate_report_language("de, it;q=0.8"), "en");
    EXPECT_EQ(negotiate_report_language(""), "en");
}

TEST(report_language_scope, writes_days_and_numbers_in_the_language_and_restores_english) {
    sys_days day = 2025y / October / 2;
    {
        ReportLanguageScope french("fr");
        EXPECT_EQ(format_day(day), "2 octobre 2025");
        EXPECT_EQ(format_count(2500), "2\u202f500");
        EXPECT_EQ(tr("report.period", {{"from", "a"}, {"to", "b"}, {"days", std::int64_t{1}}}),
                  "Période\u202f: du a au b (1 jour).");
    }
    {
        ReportLanguageScope creole("ht");
        EXPECT_EQ(format_day(day), "2 oktòb 2025");
    }
    {
        ReportLanguageScope spanish("es");
        EXPECT_EQ(format_day(day), "2 de octubre de 2025");
    }
    EXPECT_EQ(format_day(day), "2 October 2025");
    EXPECT_EQ(format_count(2500), "2,500");
    EXPECT_EQ(tr("report.period", {{"from", "a"}, {"to", "b"}, {"days", std::int64_t{92}}}),
              "Period: a to b (92 days).");
}

TEST(say, writes_a_council_members_stance_basis_in_the_report_language) {
    auto basis = domain::message("council.stance_basis")
                     .with("stance", "opposes")
                     .with("key", "chn-1")
                     .with("date", "2024-11-07");
    EXPECT_EQ(say(basis), "opposes (position chn-1, 2024-11-07)");
    ReportLanguageScope french("fr");
    EXPECT_EQ(say(basis), "s’oppose (position chn-1, 7 novembre 2024)");
    EXPECT_EQ(say(domain::message("council.no_position")), "aucune position enregistrée : indécis");
}

TEST(say, writes_a_contingents_rule_in_creole_with_the_country_named) {
    auto rule = domain::message("strength.contingent.movements")
                    .with("country", "KEN")
                    .with("personnel", "police")
                    .with("below_zero", "none");
    EXPECT_EQ(say(rule),
              "sum of movements, each counted once (no strength report of KEN police on or before the date)");
    ReportLanguageScope creole("ht");
    EXPECT_EQ(say(rule),
              "total mouvman yo, chak konte yon sèl fwa (pa gen rapò efektif pou Kenya (polisye) nan "
              "dat la oswa anvan)");
}

TEST(report_catalogs, have_every_english_key_in_every_language) {
    for (std::string_view language : {"fr", "ht", "es"})
        for (const auto& key : message_keys())
            EXPECT_TRUE(has_message(language, key)) << language << " lacks " << key;
}

}  // namespace
}  // namespace mssops::report
