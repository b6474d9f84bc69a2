#include "http/router.hpp"

#include <gtest/gtest.h>

namespace mssops::http {
namespace {

Route route(Method method, std::string pattern) {
    Route r;
    r.method = method;
    r.pattern = std::move(pattern);
    r.handler = [](const Request&) -> domain::Result<Response> { return Response::json("{}"); };
    return r;
}

Router sample_router() {
    Router router;
    router.add(route(Method::get, "/api/v1/missions/{slug}/summary"));
    router.add(route(Method::get, "/api/v1/missions/{id}"));
    router.add(route(Method::patch, "/api/v1/missions/{id}"));
    router.add(route(Method::get, "/api/v1/missions/current"));
    router.add(route(Method::get, "/healthz"));
    return router;
}

TEST(router, matches_a_pattern_and_decodes_its_parameter) {
    auto router = sample_router();
    auto found = router.match(Method::get, "/api/v1/missions/mss-ha%C3%AFti/summary");
    ASSERT_TRUE(found);
    ASSERT_NE(found->route, nullptr);
    EXPECT_EQ(found->route->pattern, "/api/v1/missions/{slug}/summary");
    EXPECT_EQ(found->path_params.at("slug"), "mss-ha\xC3\xAFti");
}

TEST(router, keeps_an_encoded_slash_inside_one_parameter) {
    auto router = sample_router();
    auto found = router.match(Method::get, "/api/v1/missions/a%2Fb/summary");
    ASSERT_TRUE(found);
    ASSERT_NE(found->route, nullptr);
    EXPECT_EQ(found->path_params.at("slug"), "a/b");
}

TEST(router, prefers_a_literal_segment_over_a_parameter) {
    auto router = sample_router();
    auto found = router.match(Method::get, "/api/v1/missions/current");
    ASSERT_TRUE(found);
    ASSERT_NE(found->route, nullptr);
    EXPECT_EQ(found->route->pattern, "/api/v1/missions/current");
    EXPECT_TRUE(found->path_params.empty());
}

TEST(router, finds_nothing_for_an_unknown_path) {
    auto router = sample_router();
    auto found = router.match(Method::get, "/api/v1/nothing");
    ASSERT_TRUE(found);
    EXPECT_EQ(found->route, nullptr);
    EXPECT_TRUE(found->allowed_methods.empty());
}

TEST(router, lists_the_allowed_methods_for_a_known_path_and_wrong_method) {
    auto router = sample_router();
    auto found = router.match(Method::delete_, "/api/v1/missions/7");
    ASSERT_TRUE(found);
    EXPECT_EQ(found->route, nullptr);
    EXPECT_EQ(found->allowed_methods, (std::vector<Method>{Method::get, Method::patch}));
}

TEST(router, does_not_match_an_empty_parameter) {
    auto router = sample_router();
    auto found = router.match(Method::get, "/api/v1/missions//summary");
    ASSERT_TRUE(found);
    EXPECT_EQ(found->route, nullptr);
}

TEST(router, does_not_match_a_trailing_slash) {
    auto router = sample_router();
    auto found = router.match(Method::get, "/healthz/");
    ASSERT_TRUE(found);
    EXPECT_EQ(found->route, nullptr);
}

TEST(router, rejects_a_parameter_that_decodes_to_invalid_utf8) {
    auto router = sample_router();
    auto found = router.match(Method::get, "/api/v1/missions/%FF/summary");
    ASSERT_FALSE(found);
    EXPECT_EQ(found.error().code, domain::ErrorCode::bad_syntax);
    EXPECT_EQ(found.error().field, "path");
    EXPECT_EQ(found.error().message, "is not valid UTF-8 once decoded");
}

TEST(router, rejects_a_malformed_percent_escape) {
    auto router = sample_router();
    auto found = router.match(Method::get, "/api/v1/missions/%zz");
    ASSERT_FALSE(found);
    EXPECT_EQ(found.error().message, "has a malformed percent-escape");
}

TEST(router, names_the_parameters_of_a_pattern) {
    EXPECT_EQ(pattern_parameters("/api/v1/{kind}/{id}"), (std::vector<std::string>{"kind", "id"}));
    EXPECT_TRUE(pattern_parameters("/healthz").empty());
}

TEST(router, keeps_a_schema_added_twice_with_the_same_text) {
    Router router;
    router.add_schema("Vote", R"({"type": "object"})");
    router.add_schema("Vote", R"({"type": "object"})");
    EXPECT_EQ(router.schemas().at("Vote"), R"({"type": "object"})");
}

TEST(router_death, stops_when_one_schema_name_is_given_two_schemas) {
    Router router;
    router.add_schema("Vote", R"({"type": "object"})");
    EXPECT_DEATH(router.add_schema("Vote", R"({"type": "string"})"), "inserted");
}

}  // namespace
}  // namespace mssops::http
