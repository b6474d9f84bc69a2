#include "ingest/geometry_text.hpp"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

using mssops::ingest::geometry_text;

TEST(geometry_text, writes_coordinates_in_shortest_form) {
    auto geometry = boost::json::parse(R"({"type":"Point","coordinates":[-72.33881,18.5392]})");
    EXPECT_EQ(geometry_text(geometry), R"({"type":"Point","coordinates":[-72.33881,18.5392]})");
}

TEST(geometry_text, rounds_coordinates_to_six_decimals) {
    auto geometry = boost::json::parse(R"({"type":"Point","coordinates":[-73.714588995999893,18.0000004]})");
    EXPECT_EQ(geometry_text(geometry), R"({"type":"Point","coordinates":[-73.714589,18]})");
}

TEST(geometry_text, keeps_whole_numbers_and_nesting) {
    auto geometry = boost::json::parse(R"({"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]})");
    EXPECT_EQ(geometry_text(geometry), R"({"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]})");
}
