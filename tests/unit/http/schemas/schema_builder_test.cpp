#include "http/schemas/schema_builder.hpp"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

namespace mssops::http {
namespace {

namespace json = boost::json;

TEST(schema_builder, writes_a_closed_object_with_its_required_members) {
    EXPECT_EQ(json::parse(closed_object(R"("id": {"type": "integer"}, "note": {"type": "string"})", {"id"})),
              json::parse(R"({"type": "object", "properties": {"id": {"type": "integer"},
                              "note": {"type": "string"}}, "required": ["id"],
                              "additionalProperties": false})"));
}

TEST(schema_builder, writes_a_nullable_object_that_is_otherwise_closed) {
    EXPECT_EQ(
        json::parse(nullable_object(R"("count": {"type": "integer"})", {"count"})),
        json::parse(R"({"type": "object", "nullable": true, "properties": {"count": {"type": "integer"}},
                              "required": ["count"], "additionalProperties": false})"));
}

TEST(schema_builder, writes_an_open_object_without_additional_properties) {
    EXPECT_EQ(json::parse(open_object(R"("name": {"type": "string"})", {"name"})),
              json::parse(R"({"type": "object", "properties": {"name": {"type": "string"}},
                              "required": ["name"]})"));
}

TEST(schema_builder, writes_a_list_object_of_references) {
    EXPECT_EQ(json::parse(list_object("alerts", "RaisedAlert")),
              json::parse(R"({"type": "object", "properties": {"alerts": {"type": "array",
                              "items": {"$ref": "#/components/schemas/RaisedAlert"}}},
                              "required": ["alerts"], "additionalProperties": false})"));
}

TEST(schema_builder, extends_a_schema_with_all_of) {
    EXPECT_EQ(json::parse(extension("ApiToken", R"("token": {"type": "string"})", {"token"})),
              json::parse(R"({"allOf": [{"$ref": "#/components/schemas/ApiToken"},
                              {"type": "object", "properties": {"token": {"type": "string"}},
                               "required": ["token"]}]})"));
}

TEST(schema_builder, writes_an_array_of_references) {
    EXPECT_EQ(array_of(ref("Webhook")),
              R"({"type": "array", "items": {"$ref": "#/components/schemas/Webhook"}})");
}

}  // namespace
}  // namespace mssops::http
