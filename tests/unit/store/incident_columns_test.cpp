#include "store/incident_columns.hpp"

#include <gtest/gtest.h>

#include "unit/store/incident_row_fill.hpp"

using namespace mssops;
using namespace mssops::store;
using mssops::store::testing::fill;

namespace {

domain::Fields sample() {
    return {{"key", std::string("hti1")},
            {"date", std::string("2024-10-03")},
            {"event_type", std::string("Riots")},
            {"admin1", std::string("Ouest")},
            {"adm1_pcode", std::string("HT01")},
            {"latitude", 18.5},
            {"longitude", -72.3},
            {"fatalities", std::int64_t{3}},
            {"time_precision", std::int64_t{1}},
            {"notes", std::string("A \"quoted\" note, with a comma")}};
}

}  // namespace

TEST(incident_columns, finds_a_column_by_its_field_name) {
    EXPECT_EQ(incident_column("key"), 0u);
    EXPECT_EQ(incident_columns()[incident_column("latitude")].type, ColumnType::real);
    EXPECT_EQ(incident_columns()[incident_column("fatalities")].type, ColumnType::integer);
}

TEST(incident_row, gives_back_the_fields_it_was_filled_from) {
    IncidentRow row;
    const auto fields = sample();
    fill(row, fields);
    EXPECT_EQ(row.to_fields(), fields);
    EXPECT_EQ(row.day(), incident_day(fields));
}

TEST(incident_row, hashes_like_its_fields_so_a_reimport_finds_stored_rows_unchanged) {
    IncidentRow row;
    const auto fields = sample();
    fill(row, fields);
    EXPECT_EQ(row.content_hash(), incident_content_hash(fields));
    auto changed = sample();
    changed["fatalities"] = std::int64_t{4};
    fill(row, changed);
    EXPECT_EQ(row.content_hash(), incident_content_hash(changed));
    EXPECT_NE(row.content_hash(), incident_content_hash(fields));
}

TEST(incident_row, keeps_its_own_copy_of_an_owned_text) {
    IncidentRow row;
    std::string text = "hti1";
    row.set_owned_text(incident_column("key"), text);
    text = "changed";
    EXPECT_EQ(row.text(incident_column("key")), "hti1");
    row.clear();
    EXPECT_FALSE(row.has(incident_column("key")));
    EXPECT_EQ(row.text(incident_column("key")), "");
}
