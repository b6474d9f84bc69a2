#include "export/geojson_writer.hpp"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <sstream>

namespace mssops::exports {
namespace {

TEST(geojson_writer, puts_longitude_first_and_the_other_columns_in_properties) {
    std::ostringstream out;
    TableShape shape{
        .columns = {{"key", ""}, {"latitude", ""}, {"longitude", ""}}, .latitude = 1, .longitude = 2};
    GeoJsonWriter writer(out, shape);
    writer.row({std::string("a"), 18.54, -72.34});
    writer.row({std::string("b"), std::monostate{}, -72.0});
    writer.finish();
    EXPECT_EQ(boost::json::parse(out.str()), boost::json::parse(R"({"type":"FeatureCollection","features":[
        {"type":"Feature","geometry":{"type":"Point","coordinates":[-72.34,18.54]},"properties":{"key":"a"}},
        {"type":"Feature","geometry":null,"properties":{"key":"b"}}]})"));
}

TEST(open_table_writer, refuses_geojson_for_a_table_without_places) {
    std::ostringstream out;
    auto writer = open_table_writer(ExportFormat::geojson, out, {.columns = {{"donor", "#org+donor"}}});
    ASSERT_FALSE(writer);
    EXPECT_EQ(writer.error().field, "format");
    EXPECT_EQ(writer.error().message,
              "geojson needs places, and this table has no latitude and longitude; choose csv, hxl, json or "
              "xlsx");
}

}  // namespace
}  // namespace mssops::exports
