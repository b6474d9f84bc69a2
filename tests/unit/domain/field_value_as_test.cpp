#include "domain/field_value_as.hpp"

#include <gtest/gtest.h>

#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

namespace mssops::domain {
namespace {

// Boost.JSON stands in for the libraries the layers above convert to; domain itself uses none.
std::string as_json(const FieldValue& value) {
    return boost::json::serialize(field_value_as<boost::json::value, boost::json::array>(value));
}

TEST(field_value_as, gives_each_alternative_its_json_shape) {
    EXPECT_EQ(as_json(std::monostate{}), "null");
    EXPECT_EQ(as_json(true), "true");
    EXPECT_EQ(as_json(std::int64_t{400}), "400");
    EXPECT_EQ(as_json(2.5), "2.5E0");
    EXPECT_EQ(as_json(std::string("Kenya \"lead\"")), "\"Kenya \\\"lead\\\"\"");
    EXPECT_EQ(as_json(TextList{"KEN", "JAM"}), "[\"KEN\",\"JAM\"]");
    EXPECT_EQ(as_json(TextList{}), "[]");
}

}  // namespace
}  // namespace mssops::domain
