#include "domain/position.hpp"

#include <gtest/gtest.h>

using namespace mssops::domain;

namespace {

Record position_record(std::string key, std::string actor, std::string stance, std::string date) {
    Record record;
    record.kind = "positions";
    record.fields = {{"key", key},
                     {"actor", actor},
                     {"actor_kind", std::string("country")},
                     {"subject", std::string("transition_to_un_pko")},
                     {"stance", stance},
                     {"date", date},
                     {"source_id", std::string("article")}};
    return record;
}

std::chrono::sys_days day(const char* text) {
    return parse_iso_day(text, "at").value();
}

}  // namespace

TEST(position, keeps_the_latest_stance_of_each_actor) {
    std::vector<Position> positions = {
        position_from(position_record("usa-1", "USA", "supports", "2024-08")).value(),
        position_from(position_record("usa-2", "USA", "withdrew_support", "2024-11-07")).value(),
        position_from(position_record("chn-1", "CHN", "opposes", "2024-11-07")).value(),
    };
    auto latest = latest_positions(positions, "transition_to_un_pko", day("2024-12-01"));
    ASSERT_EQ(latest.size(), 2u);
    EXPECT_EQ(latest[0].actor, "CHN");
    EXPECT_EQ(latest[1].key, "usa-2");
    EXPECT_EQ(latest[1].stance, Stance::withdrew_support);
    auto earlier = latest_positions(positions, "transition_to_un_pko", day("2024-10-01"));
    ASSERT_EQ(earlier.size(), 1u);
    EXPECT_EQ(earlier[0].stance, Stance::supports);
    EXPECT_TRUE(latest_positions(positions, "funding", day("2024-12-01")).empty());
}

TEST(position, rejects_an_unknown_stance) {
    auto position = position_from(position_record("x", "FRA", "maybe", "2024-11-07"));
    ASSERT_FALSE(position);
    EXPECT_EQ(position.error().field, "positions[x].stance");
    EXPECT_EQ(position.error().message,
              "must be one of supports, open, opposes, withdrew_support, undecided, got \"maybe\"");
}
