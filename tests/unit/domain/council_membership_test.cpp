#include "domain/council_membership.hpp"

#include <gtest/gtest.h>

using namespace mssops::domain;

namespace {

Record membership(std::string country, std::string seat, std::int64_t start,
                  std::optional<std::int64_t> end) {
    Record record;
    record.kind = "council_memberships";
    record.fields = {{"key", std::string("unsc-" + country + "-" + std::to_string(start))},
                     {"body", std::string("unsc")},
                     {"country", country},
                     {"seat", seat},
                     {"term_start", start},
                     {"source_id", std::string("un-members")}};
    if (end) record.fields["term_end"] = *end;
    return record;
}

std::vector<CouncilMembership> memberships_2024_2025() {
    std::vector<Record> records;
    for (const char* member : {"USA", "CHN", "FRA", "GBR", "RUS"})
        records.push_back(membership(member, "permanent", 1945, {}));
    for (const char* member : {"ALB", "BRA", "GAB", "GHA", "ARE"})
        records.push_back(membership(member, "elected", 2022, 2023));
    for (const char* member : {"ECU", "JPN", "MLT", "MOZ", "CHE"})
        records.push_back(membership(member, "elected", 2023, 2024));
    for (const char* member : {"DZA", "GUY", "KOR", "SLE", "SVN"})
        records.push_back(membership(member, "elected", 2024, 2025));
    for (const char* member : {"DNK", "GRC", "PAK", "PAN", "SOM"})
        records.push_back(membership(member, "elected", 2025, 2026));
    std::vector<CouncilMembership> result;
    for (const auto& record : records) result.push_back(council_membership_from(record).value());
    return result;
}

}  // namespace

TEST(council_membership, seats_five_permanent_and_ten_elected_members_by_term_years) {
    CouncilComposition council = council_in_year(memberships_2024_2025(), "unsc", 2025);
    EXPECT_EQ(council.permanent_count(), 5u);
    EXPECT_EQ(council.elected_count(), 10u);
    EXPECT_EQ(council.members[0].country, "CHN");
    EXPECT_EQ(council.members[5].country, "DNK");
    EXPECT_TRUE(council.find("SVN"));
    EXPECT_FALSE(council.find("ECU"));
    EXPECT_TRUE(check_security_council(council));
}

TEST(council_membership, says_how_many_members_a_year_is_missing) {
    EXPECT_TRUE(check_security_council(council_in_year(memberships_2024_2025(), "unsc", 2023)));
    CouncilComposition council = council_in_year(memberships_2024_2025(), "unsc", 2026);
    auto complete = check_security_council(council);
    ASSERT_FALSE(complete);
    EXPECT_EQ(complete.error().field, "council_memberships");
    EXPECT_EQ(complete.error().message,
              "expected 5 permanent and 10 elected members of unsc in 2026, got 5 permanent and 5 elected");
    // The same reason as a code, so a report or the dashboard says it in the reader's language.
    Message coded = incomplete_council(council);
    EXPECT_EQ(coded.code, "council.incomplete");
    EXPECT_EQ(*coded.param("year"), "2026");
    EXPECT_EQ(*coded.param("elected"), "5");
    EXPECT_EQ(english(coded), complete.error().message);
}

TEST(council_membership, rejects_a_term_that_ends_before_it_starts) {
    auto result = council_membership_from(membership("KEN", "elected", 2021, 2020));
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().field, "council_memberships[unsc-KEN-2021].term_end");
    EXPECT_EQ(result.error().message, "must not be before term_start 2021, got 2020");
}
