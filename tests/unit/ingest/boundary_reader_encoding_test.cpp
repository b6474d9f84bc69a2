#include "ingest/boundary_reader.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <optional>

#include "unit/ingest/shapefile_set.hpp"

using namespace mssops;

namespace {

const std::string latin1_name =
    "N\xF2"
    "dw\xE8s";
const std::string utf8_name =
    "N\xC3\xB2"
    "dw\xC3\xA8s";

/// The set of unit/ingest/shapefile_set.hpp in a folder of its own, with a .cpg holding `cpg` when
/// given. Returns the .shp's path.
std::filesystem::path write_shapefile_set(const std::string& stem, unsigned char ldid,
                                          const std::string& name_bytes,
                                          std::optional<std::string> cpg = std::nullopt) {
    const auto dir = std::filesystem::path(::testing::TempDir()) / ("shp_" + stem);
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    const auto set = test_support::one_unit_shapefile(ldid, name_bytes);
    std::ofstream(dir / (stem + ".shp"), std::ios::binary) << set.shp;
    std::ofstream(dir / (stem + ".shx"), std::ios::binary) << set.shx;
    std::ofstream(dir / (stem + ".dbf"), std::ios::binary) << set.dbf;
    if (cpg) std::ofstream(dir / (stem + ".cpg"), std::ios::binary) << *cpg;
    return dir / (stem + ".shp");
}

ingest::BoundaryOptions options() {
    ingest::BoundaryOptions options;
    options.source_id = "cnigs";
    return options;
}

}  // namespace

TEST(read_shapefile_boundaries, reads_a_latin1_dbf_by_its_language_driver_byte) {
    auto units =
        ingest::read_shapefile_boundaries(write_shapefile_set("ldid57", 0x57, latin1_name), options());
    ASSERT_TRUE(units) << units.error().field << ": " << units.error().message;
    ASSERT_EQ(units->size(), 1u);
    EXPECT_EQ(*domain::text_of(units->front(), "name"), utf8_name);
    EXPECT_EQ(*domain::text_of(units->front(), "pcode"), "HT09");
}

TEST(read_shapefile_boundaries, reads_a_latin1_dbf_without_a_declared_encoding_by_the_encoding_option) {
    const auto shp = write_shapefile_set("ldid0", 0x00, latin1_name);
    auto refused = ingest::read_shapefile_boundaries(shp, options());
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().field, "ldid0.dbf:record[0].ADM1_FR");
    EXPECT_EQ(
        refused.error().message,
        "byte 0xF2 at offset 1 is not valid UTF-8; the .dbf is read as utf-8 because neither a .cpg nor its "
        "language-driver byte declares another encoding; if it is another, give --encoding (e.g. cp1252)");

    auto given = options();
    given.encoding = domain::encoding_from_label("cp1252");
    auto units = ingest::read_shapefile_boundaries(shp, given);
    ASSERT_TRUE(units) << units.error().message;
    EXPECT_EQ(*domain::text_of(units->front(), "name"), utf8_name);
}

TEST(read_shapefile_boundaries, the_cpg_beside_the_dbf_wins_over_its_language_driver_byte) {
    auto units = ingest::read_shapefile_boundaries(
        write_shapefile_set("cpg1252", 0x00, latin1_name, "1252\n"), options());
    ASSERT_TRUE(units) << units.error().message;
    EXPECT_EQ(*domain::text_of(units->front(), "name"), utf8_name);
    units = ingest::read_shapefile_boundaries(write_shapefile_set("cpgutf8", 0x57, utf8_name, "UTF-8"),
                                              options());
    ASSERT_TRUE(units) << units.error().message;
    EXPECT_EQ(*domain::text_of(units->front(), "name"), utf8_name);
}

TEST(read_shapefile_boundaries, refuses_latin1_bytes_in_a_dbf_whose_cpg_says_utf8) {
    auto units =
        ingest::read_shapefile_boundaries(write_shapefile_set("liar", 0x00, latin1_name, "UTF-8"), options());
    ASSERT_FALSE(units);
    EXPECT_EQ(units.error().code, domain::ErrorCode::invalid_input);
    EXPECT_EQ(units.error().field, "liar.dbf:record[0].ADM1_FR");
    EXPECT_EQ(units.error().message,
              "byte 0xF2 at offset 1 is not valid UTF-8; the .dbf is read as utf-8 because its .cpg says so");
}

TEST(read_shapefile_boundaries, names_a_code_page_it_does_not_read) {
    auto units =
        ingest::read_shapefile_boundaries(write_shapefile_set("koi8", 0x00, "x", "KOI8-R"), options());
    ASSERT_FALSE(units);
    EXPECT_EQ(units.error().field, "koi8.cpg");
    EXPECT_EQ(units.error().message.substr(0, 58),
              "names the code page \"KOI8-R\", which is not read here; give");
    units = ingest::read_shapefile_boundaries(write_shapefile_set("ldid26", 0x26, "x"), options());
    ASSERT_FALSE(units);
    EXPECT_EQ(units.error().field, "ldid26.dbf");
    EXPECT_EQ(units.error().message.substr(0, 53), "language driver 0x26 names a code page not read here;");
}

TEST(dbf_language_driver_encoding, maps_the_western_drivers_and_nothing_else) {
    EXPECT_EQ(ingest::dbf_language_driver_encoding(0x01), domain::TextEncoding::ibm_437);
    EXPECT_EQ(ingest::dbf_language_driver_encoding(0x02), domain::TextEncoding::ibm_850);
    EXPECT_EQ(ingest::dbf_language_driver_encoding(0x03), domain::TextEncoding::windows_1252);
    EXPECT_EQ(ingest::dbf_language_driver_encoding(0x57), domain::TextEncoding::windows_1252);
    EXPECT_FALSE(ingest::dbf_language_driver_encoding(0x00));
    EXPECT_FALSE(ingest::dbf_language_driver_encoding(0x65));
}

TEST(read_geojson_boundaries, refuses_a_latin1_property_naming_the_feature_and_field) {
    const std::string text =
        R"({"type":"FeatureCollection","features":[{"type":"Feature",)"
        R"("properties":{"ADM1_PCODE":"HT09","ADM1_FR":")" +
        latin1_name + R"("},"geometry":{"type":"Polygon","coordinates":[[[0,0],[0,1],[1,1],[0,0]]]}}]})";
    auto units = ingest::read_geojson_boundaries(text, "adm1.geojson", options());
    ASSERT_FALSE(units);
    EXPECT_EQ(units.error().field, "adm1.geojson:features[0].ADM1_FR");
    EXPECT_EQ(
        units.error().message,
        "byte 0xF2 at offset 1 is not valid UTF-8; GeoJSON is UTF-8 (RFC 7946): if the file is not, give "
        "--encoding (e.g. cp1252)");

    auto given = options();
    given.encoding = domain::TextEncoding::windows_1252;
    units = ingest::read_geojson_boundaries(text, "adm1.geojson", given);
    ASSERT_TRUE(units) << units.error().message;
    EXPECT_EQ(*domain::text_of(units->front(), "name"), utf8_name);
}

TEST(read_geojson_boundaries, refuses_bytes_that_are_not_utf8_in_a_geometry_member_name) {
    // Found by fuzz_geojson_boundaries: the geometry is stored as the file's JSON, names and all.
    const std::string text =
        R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"ADM1_PCODE":"HT09"},)"
        "\"geometry\":{\"type\":\"Polygon\",\"coordinate\xFFs\":[[[0,0],[0,1],[1,1],[0,0]]]}}]}";
    auto units = ingest::read_geojson_boundaries(text, "adm1.geojson", options());
    ASSERT_FALSE(units);
    EXPECT_EQ(units.error().field, "adm1.geojson:features[0].geometry");
    EXPECT_EQ(units.error().message.substr(0, 20), "byte 0xFF at offset ");
    EXPECT_NE(units.error().message.find(" is not valid UTF-8 (in its JSON text)"), std::string::npos);
}
