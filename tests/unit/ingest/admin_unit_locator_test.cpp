#include "ingest/admin_unit_locator.hpp"

#include <gtest/gtest.h>

#include <filesystem>

#include "ingest/boundary_reader.hpp"
#include "unit/shared_data.hpp"

using namespace mssops;
using ingest::AdminUnitLocator;

namespace {

domain::Record unit(const std::string& pcode, const std::string& geometry) {
    domain::Record record;
    record.kind = "admin_units";
    record.fields = {{"key", pcode}, {"pcode", pcode}, {"geometry", geometry}};
    return record;
}

// Two unit squares side by side sharing the edge x = 1; the west one has a hole.
std::vector<domain::Record> two_squares() {
    return {unit("B", R"({"type":"Polygon","coordinates":[[[1,0],[2,0],[2,1],[1,1],[1,0]]]})"),
            unit("A", R"({"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]],)"
                      R"([[0.4,0.4],[0.4,0.6],[0.6,0.6],[0.6,0.4],[0.4,0.4]]]})")};
}

}  // namespace

TEST(admin_unit_locator, finds_the_unit_holding_a_point) {
    auto locator = AdminUnitLocator::build(two_squares());
    ASSERT_TRUE(locator);
    EXPECT_EQ(locator->locate(0.2, 0.2), "A");
    EXPECT_EQ(locator->locate(1.5, 0.5), "B");
}

TEST(admin_unit_locator, gives_a_point_on_a_shared_border_to_the_smaller_pcode) {
    auto locator = AdminUnitLocator::build(two_squares());
    ASSERT_TRUE(locator);
    EXPECT_EQ(locator->locate(1.0, 0.5), "A");
}

TEST(admin_unit_locator, counts_a_point_on_the_outer_edge_as_inside) {
    auto locator = AdminUnitLocator::build(two_squares());
    ASSERT_TRUE(locator);
    EXPECT_EQ(locator->locate(2.0, 0.5), "B");
    EXPECT_EQ(locator->locate(0.0, 0.0), "A");
}

TEST(admin_unit_locator, flags_points_outside_every_unit_and_in_holes) {
    auto locator = AdminUnitLocator::build(two_squares());
    ASSERT_TRUE(locator);
    EXPECT_FALSE(locator->locate(3.0, 0.5));
    EXPECT_FALSE(locator->locate(0.5, 0.5));
}

TEST(admin_unit_locator, rejects_a_geometry_that_is_not_a_polygon) {
    auto locator = AdminUnitLocator::build({unit("ht01", R"({"type":"Point","coordinates":[0,0]})")});
    ASSERT_FALSE(locator);
    EXPECT_EQ(locator.error().field, "admin_units.ht01.geometry");
}

TEST(admin_unit_locator, places_haitian_towns_in_their_ocha_departments) {
    const std::filesystem::path file =
        std::filesystem::path(MSSOPS_SHARED_DATA) / "boundaries/hti_admbnda_adm1_cnigs_20181129.geojson";
    MSSOPS_SKIP_WITHOUT_SHARED(file);
    ingest::BoundaryOptions options;
    options.source_id = "ocha-cod-ab-hti";
    auto fields = ingest::read_boundaries(file, options);
    ASSERT_TRUE(fields) << fields.error().message;
    std::vector<domain::Record> units;
    for (auto& unit_fields : *fields) units.push_back({"admin_units", 0, 1, false, "", "", unit_fields});
    auto locator = AdminUnitLocator::build(units);
    ASSERT_TRUE(locator);
    EXPECT_EQ(locator->size(), 10u);
    EXPECT_EQ(locator->locate(-72.3388, 18.5392), "HT01");  // Port-au-Prince, West.
    EXPECT_EQ(locator->locate(-72.2042, 19.7577), "HT03");  // Cap-Haïtien, North.
    EXPECT_EQ(locator->locate(-72.6861, 19.4500), "HT05");  // Saint-Marc, Artibonite.
    EXPECT_EQ(locator->locate(-74.1167, 18.6500), "HT08");  // Jérémie, Grand'Anse.
    EXPECT_FALSE(locator->locate(-75.5, 18.0));             // Open sea west of the Tiburon peninsula.
}
