#include "export/json_writer.hpp"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <sstream>

namespace mssops::exports {
namespace {

TEST(json_writer, writes_an_array_of_objects_keeping_types) {
    std::ostringstream out;
    JsonWriter writer(out, {.columns = {{"key", ""}, {"fatalities", ""}, {"notes", ""}, {"countries", ""}}});
    writer.row({std::string("syn1"), std::int64_t{2}, std::monostate{}, domain::TextList{"KEN"}});
    writer.row({std::string("syn\"2"), 1.5, std::string("x"), domain::TextList{}});
    writer.finish();
    EXPECT_EQ(boost::json::parse(out.str()),
              boost::json::parse(R"([{"key":"syn1","fatalities":2,"notes":null,"countries":["KEN"]},
                                     {"key":"syn\"2","fatalities":1.5,"notes":"x","countries":[]}])"));
}

TEST(json_writer, writes_an_empty_array_for_no_rows) {
    std::ostringstream out;
    JsonWriter writer(out, {.columns = {{"key", ""}}});
    writer.finish();
    EXPECT_EQ(boost::json::parse(out.str()), boost::json::array());
}

}  // namespace
}  // namespace mssops::exports
