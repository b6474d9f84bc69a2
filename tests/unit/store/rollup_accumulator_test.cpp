#include "store/rollup_accumulator.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

#include "unit/store/incident_row_fill.hpp"

using namespace mssops;
using namespace mssops::store;
using mssops::store::testing::fill;

namespace {

domain::Fields sample() {
    return {{"key", std::string("hti1")},         {"date", std::string("2024-10-03")},
            {"event_type", std::string("Riots")}, {"admin1", std::string("Ouest")},
            {"adm1_pcode", std::string("HT01")},  {"fatalities", std::int64_t{3}}};
}

}  // namespace

TEST(rollup_accumulator, counts_a_row_as_it_counts_its_fields) {
    IncidentRow row;
    auto other = sample();
    other["admin1"] = std::string("Nord");
    other.erase("adm1_pcode");
    RollupAccumulator from_rows, from_fields;
    for (const auto& fields : {sample(), other, sample()}) {
        fill(row, fields);
        from_rows.add(row, +1);
        from_fields.add(fields, +1);
    }
    fill(row, other);
    from_rows.add(row, -1);
    from_fields.add(other, -1);
    auto rows = from_rows.changes();
    auto fields = from_fields.changes();
    ASSERT_EQ(rows.adm1.size(), 2u);
    ASSERT_EQ(rows.adm1.size(), fields.adm1.size());
    for (auto a = rows.adm1.begin(), b = fields.adm1.begin(); a != rows.adm1.end(); ++a, ++b) {
        EXPECT_EQ(a->first, b->first);
        EXPECT_EQ(a->second.events, b->second.events);
        EXPECT_EQ(a->second.fatalities, b->second.fatalities);
    }
    const RollupKey ouest{incident_day(sample()), "HT01", "Ouest", "Riots"};
    EXPECT_EQ(rows.adm1.at(ouest).events, 2);
    EXPECT_EQ(rows.adm1.at(ouest).fatalities, 6);
    const RollupKey nord{incident_day(sample()), "", "Nord", "Riots"};
    EXPECT_EQ(rows.adm1.at(nord).events, 0);
}

TEST(rollup_accumulator, visits_cells_in_the_rollup_key_order) {
    RollupAccumulator rollups;
    auto add = [&](std::string date, std::string pcode, std::string unit, std::string type) {
        auto fields = sample();
        fields["date"] = date;
        fields["adm1_pcode"] = pcode;
        fields["admin1"] = unit;
        fields["event_type"] = type;
        rollups.add(fields, +1);
    };
    // Texts interned in an order unlike byte order, so the visit order comes from sorting.
    add("2024-10-04", "HT02", "Centre", "Riots");
    add("2024-10-03", "HT01", "Ouest", "Protests");
    add("2024-10-03", "HT01", "Ouest", "Battles");
    add("2024-10-03", "HT01", "Artibonite", "Riots");
    add("2024-10-03", "HT01", "Ouest", "Battles");
    std::vector<RollupKey> visited;
    std::vector<std::int64_t> events;
    rollups.each_cell(1, [&](const RollupCellView& cell, const RollupDelta& delta) {
        visited.push_back(RollupKey{cell.day, std::string(cell.pcode), std::string(cell.unit),
                                    std::string(cell.event_type)});
        events.push_back(delta.events);
    });
    ASSERT_EQ(visited.size(), 4u);
    EXPECT_TRUE(std::is_sorted(visited.begin(), visited.end()));
    EXPECT_EQ(visited[0].unit, "Artibonite");
    EXPECT_EQ(visited[1].event_type, "Battles");
    EXPECT_EQ(events[1], 2);
    EXPECT_EQ(visited[3].pcode, "HT02");
}

TEST(rollup_accumulator, puts_an_event_without_admin_2_in_the_unnamed_admin_2_cell) {
    RollupAccumulator rollups;
    rollups.add(sample(), +1);
    auto changes = rollups.changes();
    ASSERT_EQ(changes.adm2.size(), 1u);
    EXPECT_EQ(changes.adm2.begin()->first, (RollupKey{incident_day(sample()), "", "", "Riots"}));
    EXPECT_EQ(changes.adm2.begin()->second.fatalities, 3);
}

TEST(rollup_accumulator, clearing_the_cells_forgets_the_counts_and_keeps_counting) {
    RollupAccumulator rollups;
    auto other = sample();
    other["date"] = std::string("2024-10-04");
    rollups.add(sample(), +1);
    rollups.add(other, +1);
    EXPECT_EQ(rollups.cell_count(), 4u);  // Two days, each at admin levels 1 and 2.
    rollups.clear_cells();
    EXPECT_EQ(rollups.cell_count(), 0u);
    EXPECT_TRUE(rollups.changes().adm1.empty());
    rollups.add(sample(), +1);
    auto changes = rollups.changes();
    ASSERT_EQ(changes.adm1.size(), 1u);
    const RollupKey ouest{incident_day(sample()), "HT01", "Ouest", "Riots"};
    EXPECT_EQ(changes.adm1.at(ouest).events, 1);
    EXPECT_EQ(changes.adm1.at(ouest).fatalities, 3);
}
