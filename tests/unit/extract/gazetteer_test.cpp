#include "extract/gazetteer.hpp"

#include <gtest/gtest.h>

#include "unit/extract/test_gazetteer.hpp"

namespace mssops::extract {
namespace {

std::vector<std::string> keys_in(const std::string& text) {
    static std::string kept;
    kept = text;
    std::vector<std::string> out;
    for (const auto& mention : testing::test_gazetteer().find(split_words(kept, {0, kept.size()})))
        out.push_back(mention.entity->key + (mention.demonym ? "(demonym)" : ""));
    return out;
}

TEST(gazetteer, finds_countries_by_name_french_name_and_demonym) {
    EXPECT_EQ(keys_in("Kenyan officers landed in Haïti"), (std::vector<std::string>{"KEN(demonym)", "HTI"}));
    EXPECT_EQ(keys_in("Les États-Unis et la Jamaïque"), (std::vector<std::string>{"USA", "JAM"}));
    EXPECT_EQ(keys_in("A Guatemalan and a Salvadoran unit"),
              (std::vector<std::string>{"GTM(demonym)", "SLV(demonym)"}));
}

TEST(gazetteer, reads_an_acronym_only_in_capitals) {
    EXPECT_EQ(keys_in("The US and the MSS"), (std::vector<std::string>{"USA", "mss-haiti"}));
    EXPECT_TRUE(keys_in("let us go").empty());
}

TEST(gazetteer, finds_persons_by_full_name_first_and_last_name_and_capitalised_surname) {
    EXPECT_EQ(keys_in("Amina W. Odhiambo spoke"), (std::vector<std::string>{"amina-odhiambo"}));
    EXPECT_EQ(keys_in("Amina Odhiambo spoke"), (std::vector<std::string>{"amina-odhiambo"}));
    EXPECT_EQ(keys_in("Odhiambo said"), (std::vector<std::string>{"amina-odhiambo"}));
}

TEST(gazetteer, finds_organisations_with_un_short_forms_and_governments_as_their_country) {
    EXPECT_EQ(keys_in("the UN Security Council and the Transitional Presidential Council"),
              (std::vector<std::string>{"unsc", "transitional-presidential-council"}));
    EXPECT_EQ(keys_in("the Haitian government said"), (std::vector<std::string>{"HTI"}));
}

}  // namespace
}  // namespace mssops::extract
