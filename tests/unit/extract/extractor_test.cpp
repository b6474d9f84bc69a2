#include "extract/extractor.hpp"

#include <gtest/gtest.h>

#include "unit/extract/extract_helpers.hpp"

namespace mssops::extract::testing {
namespace {

// Sentences written for these tests; the persons in them are made up.

const Candidate* person_named(const std::vector<Candidate>& persons, const std::string& name) {
    for (const auto& person : persons)
        if (text(person, "name") == name) return &person;
    return nullptr;
}

TEST(person_candidates, makes_an_unknown_titled_person_a_candidate_person_record) {
    auto result = extract(
        "\"We came to serve and we will serve with honour and courage,\" said Superintendent Maria "
        "Thompson on arrival.");
    auto persons = person_candidates(result);
    ASSERT_EQ(persons.size(), 1u);
    const auto& person = persons[0];
    EXPECT_EQ(person.kind, "persons");
    EXPECT_EQ(text(person, "key"), "maria-thompson");
    EXPECT_EQ(text(person, "name"), "Maria Thompson");
    EXPECT_EQ(text(person, "role"), "Superintendent");
    EXPECT_EQ(text(person, "country"), "<absent>");
    EXPECT_EQ(person.rule, "person.titled_name");
    EXPECT_EQ(evidence(result, person), "Maria Thompson");
}

TEST(person_candidates, takes_the_country_named_before_the_title_into_the_role) {
    auto result = extract("Kenyan Cabinet Secretary Daniel Mwangi told reporters the officers were ready.");
    auto persons = person_candidates(result);
    const auto* person = person_named(persons, "Daniel Mwangi");
    ASSERT_NE(person, nullptr);
    EXPECT_EQ(text(*person, "key"), "daniel-mwangi");
    EXPECT_EQ(text(*person, "role"), "Cabinet Secretary of Kenya");
    EXPECT_EQ(text(*person, "country"), "KEN");
}

TEST(person_candidates, takes_the_organisation_named_before_the_title) {
    auto result = extract("TPC Spokesperson Rose Pierre said the council backed the mission.");
    auto persons = person_candidates(result);
    const auto* person = person_named(persons, "Rose Pierre");
    ASSERT_NE(person, nullptr);
    EXPECT_EQ(text(*person, "organisation"), "transitional-presidential-council");
    EXPECT_EQ(text(*person, "country"), "HTI");
    EXPECT_EQ(text(*person, "role"), "Spokesperson");
}

TEST(person_candidates, leaves_a_country_out_when_a_comma_stands_between) {
    auto result = extract("Officers from Kenya, Ambassador John Carter said, were on duty.");
    auto persons = person_candidates(result);
    const auto* person = person_named(persons, "John Carter");
    ASSERT_NE(person, nullptr);
    EXPECT_EQ(text(*person, "country"), "<absent>");
    EXPECT_EQ(text(*person, "role"), "Ambassador");
}

TEST(person_candidates, makes_no_candidate_of_a_person_the_store_holds) {
    auto result = extract("Foreign Minister Amina W. Odhiambo said Kenya would stay the course.");
    EXPECT_EQ(person_named(person_candidates(result), "Amina W. Odhiambo"), nullptr);
    EXPECT_TRUE(person_candidates(result).empty());
}

}  // namespace
}  // namespace mssops::extract::testing
