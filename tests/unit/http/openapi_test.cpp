#include "http/openapi.hpp"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <filesystem>

#include "http/record_routes.hpp"

namespace mssops::http {
namespace {

namespace json = boost::json;

class openapi : public ::testing::Test {
protected:
    void SetUp() override {
        path_ =
            std::filesystem::temp_directory_path() /
            ("mssops-openapi-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + ".db");
        std::filesystem::remove(path_);
        auto opened = store::open_store(path_.string());
        ASSERT_TRUE(opened) << opened.error().message;
        store_ = std::move(opened).value();
        add_record_routes(router_, *store_);
        add_openapi_route(router_);
    }
    void TearDown() override {
        store_.reset();
        for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path_.string() + suffix);
    }
    json::object served() {
        auto found = router_.match(Method::get, "/api/openapi.json");
        EXPECT_TRUE(found && found->route);
        auto response = found->route->handler(Request{});
        EXPECT_TRUE(response);
        return json::parse(response->payload()).as_object();
    }

    std::filesystem::path path_;
    std::unique_ptr<store::Store> store_;
    Router router_;
};

TEST_F(openapi, describes_every_route_with_its_method) {
    Route late;
    late.method = Method::get;
    late.pattern = "/api/v1/missions/{slug}/summary";
    late.handler = [](const Request&) -> domain::Result<Response> { return Response::json("{}"); };
    late.doc.response_schema = "MissionSummary";
    router_.add(late);
    router_.add_schema("MissionSummary", R"({"type":"object","properties":{"deployed":{"type":"integer"}}})");

    auto document = served();
    EXPECT_EQ(document.at("openapi"), "3.0.3");
    const auto& paths = document.at("paths").as_object();
    for (const auto& route : router_.routes()) {
        ASSERT_TRUE(paths.contains(route.pattern)) << route.pattern;
        EXPECT_TRUE(paths.at(route.pattern).as_object().contains(openapi_name(route.method)))
            << to_text(route.method) << " " << route.pattern;
    }
    EXPECT_TRUE(document.at("components").at("schemas").as_object().contains("MissionSummary"));
}

TEST_F(openapi, names_no_body_for_a_no_content_success_and_a_json_schema_for_the_others) {
    Route revoke;
    revoke.method = Method::delete_;
    revoke.pattern = "/api/v1/alerts/feed-token";
    revoke.handler = [](const Request&) -> domain::Result<Response> { return Response::json("", 204); };
    revoke.doc = {.summary = "Revoke", .success_status = 204};
    router_.add(revoke);
    Route created;
    created.method = Method::post;
    created.pattern = "/api/v1/alerts/feed-token";
    created.handler = [](const Request&) -> domain::Result<Response> { return Response::json("{}", 201); };
    created.doc = {.summary = "Create", .response_schema = "FeedToken", .success_status = 201};
    router_.add(created);
    router_.add_schema("FeedToken", R"({"type":"object","properties":{"token":{"type":"string"}}})");

    const auto document = served();
    const auto& item = document.at("paths").at("/api/v1/alerts/feed-token").as_object();
    const auto& revoked = item.at("delete").at("responses").as_object();
    ASSERT_TRUE(revoked.contains("204"));
    EXPECT_FALSE(revoked.at("204").as_object().contains("content"));
    const auto& answered = item.at("post").at("responses").as_object();
    ASSERT_TRUE(answered.contains("201"));
    EXPECT_EQ(answered.at("201").at("content").at("application/json").at("schema").at("$ref"),
              "#/components/schemas/FeedToken");
}

TEST_F(openapi, leaves_incidents_to_their_own_routes) {
    auto document = served();
    EXPECT_FALSE(document.at("paths").as_object().contains("/api/v1/incidents"));
    EXPECT_TRUE(document.at("paths").as_object().contains("/api/v1/deployment_events/{id}"));
}

TEST_F(openapi, lists_path_and_query_parameters) {
    auto document = served();
    const auto& list = document.at("paths").at("/api/v1/positions").at("get").as_object();
    std::vector<std::string> names;
    for (const auto& parameter : list.at("parameters").as_array())
        names.emplace_back(parameter.at("name").as_string());
    EXPECT_NE(std::find(names.begin(), names.end(), "stance"), names.end());
    EXPECT_NE(std::find(names.begin(), names.end(), "limit"), names.end());

    const auto& item = document.at("paths").at("/api/v1/positions/{id}").at("patch").as_object();
    const auto& first = item.at("parameters").as_array().at(0).as_object();
    EXPECT_EQ(first.at("name"), "id");
    EXPECT_EQ(first.at("in"), "path");
    EXPECT_EQ(first.at("required"), true);
    EXPECT_EQ(item.at("requestBody").at("content").at("application/json").at("schema").at("$ref"),
              "#/components/schemas/PositionChanges");
}

TEST_F(openapi, generates_a_schema_per_kind_with_types_enums_limits_and_required_fields) {
    auto document = served();
    const auto& schemas = document.at("components").at("schemas").as_object();
    const auto& input = schemas.at("DeploymentEventInput").as_object();
    const auto& properties = input.at("properties").as_object();
    EXPECT_EQ(properties.at("count").at("type"), "integer");
    EXPECT_EQ(properties.at("count").at("minimum").as_double(), 1.0);
    EXPECT_EQ(properties.at("event").at("enum").as_array().size(), 4u);
    EXPECT_EQ(properties.at("country").at("pattern"), "^[A-Z]{3}$");
    EXPECT_EQ(input.at("additionalProperties"), false);
    const auto& required = input.at("required").as_array();
    EXPECT_NE(std::find(required.begin(), required.end(), json::value("mission")), required.end());
    for (const auto& kind : domain::all_kinds())
        EXPECT_TRUE(schemas.contains(schema_name(kind))) << kind.name;
    EXPECT_TRUE(schemas.contains("Problem"));
}

TEST(schema_name, turns_the_singular_into_pascal_case) {
    EXPECT_EQ(schema_name(*domain::find_kind("council_memberships")), "CouncilMembership");
}

}  // namespace
}  // namespace mssops::http
