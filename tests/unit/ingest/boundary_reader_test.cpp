#include "ingest/boundary_reader.hpp"
#include "unit/shared_data.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <set>

using namespace mssops;

namespace {

const std::filesystem::path boundaries = std::filesystem::path(MSSOPS_SHARED_DATA) / "boundaries";

ingest::BoundaryOptions cod_options() {
    ingest::BoundaryOptions options;
    options.source_id = "ocha-cod-ab-hti";
    return options;
}

std::set<std::string> pcodes(const std::vector<domain::Fields>& units) {
    std::set<std::string> codes;
    for (const auto& unit : units) codes.insert(*domain::text_of(unit, "pcode"));
    return codes;
}

}  // namespace

TEST(read_boundaries, reads_the_ten_departments_of_an_ocha_geojson) {
    MSSOPS_SKIP_WITHOUT_SHARED(boundaries / "hti_admbnda_adm1_cnigs_20181129.geojson");
    auto units =
        ingest::read_boundaries(boundaries / "hti_admbnda_adm1_cnigs_20181129.geojson", cod_options());
    ASSERT_TRUE(units) << units.error().message;
    ASSERT_EQ(units->size(), 10u);
    EXPECT_EQ(pcodes(*units), (std::set<std::string>{"HT01", "HT02", "HT03", "HT04", "HT05", "HT06", "HT07",
                                                     "HT08", "HT09", "HT10"}));
    const auto& west = *std::find_if(units->begin(), units->end(), [](const auto& unit) {
        return *domain::text_of(unit, "pcode") == "HT01";
    });
    EXPECT_EQ(*domain::text_of(west, "name"), "West");
    EXPECT_EQ(*domain::text_of(west, "name_alt"), "Ouest");
    EXPECT_EQ(*domain::text_of(west, "key"), "ht01");
}

TEST(read_boundaries, reads_communes_with_their_parent_department) {
    MSSOPS_SKIP_WITHOUT_SHARED(boundaries / "hti_admbnda_adm2_cnigs_20181129.geojson");
    auto options = cod_options();
    options.level = 2;
    auto units = ingest::read_boundaries(boundaries / "hti_admbnda_adm2_cnigs_20181129.geojson", options);
    ASSERT_TRUE(units) << units.error().message;
    EXPECT_EQ(units->size(), 140u);
    EXPECT_EQ(domain::text_of(units->front(), "parent_pcode")->size(), 4u);
}

TEST(read_boundaries, reads_the_same_departments_from_the_shapefile_set) {
    MSSOPS_SKIP_WITHOUT_SHARED(boundaries / "hti_cod_ab_shp_adm1/hti_admbnda_adm1_cnigs_20181129.shp");
    auto units = ingest::read_boundaries(
        boundaries / "hti_cod_ab_shp_adm1/hti_admbnda_adm1_cnigs_20181129.shp", cod_options());
    ASSERT_TRUE(units) << units.error().message;
    EXPECT_EQ(units->size(), 10u);
    EXPECT_EQ(pcodes(*units).count("HT10"), 1u);
}

TEST(read_geojson_boundaries, maps_codes_through_a_crosswalk_and_names_a_missing_one) {
    const char* text = R"({"type":"FeatureCollection","features":[
        {"type":"Feature","properties":{"code_hasc":"HT.OU","name":"Ouest"},
         "geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}},
        {"type":"Feature","properties":{"code_hasc":"HT.XX","name":"Nowhere"},
         "geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}}]})";
    auto options = cod_options();
    options.code_property = "code_hasc";
    options.crosswalk = {{"HT.OU", "HT01"}};
    auto units = ingest::read_geojson_boundaries(text, "ne.json", options);
    ASSERT_FALSE(units);
    EXPECT_EQ(units.error().field, "ne.json:features[1].code_hasc");
    EXPECT_EQ(units.error().message, "\"HT.XX\" is not in the crosswalk to P-codes");
}

TEST(read_geojson_boundaries, rejects_a_point_feature) {
    const char* text =
        R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"ADM1_PCODE":"HT01"},)"
        R"("geometry":{"type":"Point","coordinates":[0,0]}}]})";
    auto units = ingest::read_geojson_boundaries(text, "adm1.geojson", cod_options());
    ASSERT_FALSE(units);
    EXPECT_EQ(units.error().field, "adm1.geojson:features[0].geometry.type");
    EXPECT_EQ(units.error().message, "must be Polygon or MultiPolygon");
}

TEST(read_geojson_boundaries, requires_a_source) {
    auto units = ingest::read_geojson_boundaries("{}", "adm1.geojson", ingest::BoundaryOptions{});
    ASSERT_FALSE(units);
    EXPECT_EQ(units.error().field, "source_id");
}
