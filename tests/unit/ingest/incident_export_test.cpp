#include "ingest/incident_export.hpp"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <sstream>

#include "ingest/incident_csv_reader.hpp"

using namespace mssops;
using namespace mssops::ingest;

namespace {

domain::Record sample() {
    domain::Record record;
    record.kind = "incidents";
    record.id = 7;
    record.version = 1;
    record.fields = {{"key", std::string("hti12345")},
                     {"date", std::string("2024-10-03")},
                     {"event_type", std::string("Battles")},
                     {"sub_event_type", std::string("Armed clash")},
                     {"actor1", std::string("Viv Ansanm")},
                     {"admin1", std::string("Ouest")},
                     {"adm1_pcode", std::string("HT01")},
                     {"latitude", 18.5454},
                     {"longitude", -72.3024},
                     {"fatalities", std::int64_t{4}},
                     {"reported_by", std::string("Le Nouvelliste")},
                     {"notes", std::string("Clash, \"heavy\"\nsecond line")}};
    return record;
}

}  // namespace

TEST(incident_export, csv_with_hxl_reads_back_to_the_same_fields) {
    std::ostringstream out;
    {
        IncidentCsvWriter writer(out, HxlRow::yes);
        writer.write(sample());
    }
    EXPECT_EQ(
        out.str().substr(0, out.str().find("\r\n")),
        "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,actor2,"
        "iso3,admin1,admin2,admin3,adm1_pcode,adm2_pcode,location,latitude,longitude,geo_precision,source,"
        "notes,fatalities");
    auto reader = IncidentCsvReader::open(CsvReader::from_text(out.str(), "export.csv"));
    ASSERT_TRUE(reader) << reader.error().message;
    EXPECT_TRUE(reader->uses_hxl());
    domain::Fields fields;
    auto row = reader->next(fields);
    ASSERT_TRUE(row) << row.error().field << ": " << row.error().message;
    ASSERT_TRUE(*row);
    EXPECT_EQ(fields, sample().fields);
}

TEST(incident_export, geojson_puts_longitude_first_and_keeps_other_fields_as_properties) {
    std::ostringstream out;
    IncidentGeoJsonWriter writer(out);
    writer.write(sample());
    domain::Record no_point = sample();
    no_point.fields.erase("latitude");
    writer.write(no_point);
    writer.finish();
    auto document = boost::json::parse(out.str()).as_object();
    EXPECT_EQ(document["type"].as_string(), "FeatureCollection");
    auto& features = document["features"].as_array();
    ASSERT_EQ(features.size(), 2u);
    auto& first = features[0].as_object();
    auto& coordinates = first["geometry"].as_object()["coordinates"].as_array();
    EXPECT_DOUBLE_EQ(coordinates[0].to_number<double>(), -72.3024);
    EXPECT_DOUBLE_EQ(coordinates[1].to_number<double>(), 18.5454);
    auto& properties = first["properties"].as_object();
    EXPECT_EQ(properties["key"].as_string(), "hti12345");
    EXPECT_EQ(properties["fatalities"].as_int64(), 4);
    EXPECT_FALSE(properties.contains("latitude"));
    EXPECT_TRUE(features[1].as_object()["geometry"].is_null());
}

TEST(incident_export, check_export_size_accepts_up_to_the_most) {
    EXPECT_TRUE(check_export_size(0, 10));
    EXPECT_TRUE(check_export_size(10, 10));
}

TEST(incident_export, check_export_size_refuses_more_and_says_how_to_narrow) {
    auto fits = check_export_size(11, 10);
    ASSERT_FALSE(fits);
    EXPECT_EQ(fits.error().field, "export");
    EXPECT_EQ(fits.error().message,
              "matches 11 incidents, more than the 10 one response carries: narrow it with from, to, "
              "event_type or actor, or run `mssops incidents export`, which streams any number");
}
