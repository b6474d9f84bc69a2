#include "http/problem.hpp"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

namespace mssops::http {
namespace {

using domain::Error;
using domain::ErrorCode;

TEST(problem, maps_each_error_code_to_its_status) {
    EXPECT_EQ(status_of(ErrorCode::bad_syntax), 400);
    EXPECT_EQ(status_of(ErrorCode::invalid_input), 422);
    EXPECT_EQ(status_of(ErrorCode::unauthorized), 401);
    EXPECT_EQ(status_of(ErrorCode::forbidden), 403);
    EXPECT_EQ(status_of(ErrorCode::not_found), 404);
    EXPECT_EQ(status_of(ErrorCode::conflict), 409);
    EXPECT_EQ(status_of(ErrorCode::unavailable), 503);
    EXPECT_EQ(status_of(ErrorCode::internal), 500);
}

TEST(problem, writes_an_rfc9457_body_naming_the_field) {
    auto response = problem_response(Error::invalid("count", "must be at least 1, got 0"), "req-1");
    EXPECT_EQ(response.status, 422);
    EXPECT_EQ(response.content_type, "application/problem+json");
    auto body = boost::json::parse(response.body).as_object();
    EXPECT_EQ(body.at("type"), "urn:mssops:problem:invalid_input");
    EXPECT_EQ(body.at("title"), "Invalid input");
    EXPECT_EQ(body.at("status"), 422);
    EXPECT_EQ(body.at("detail"), "count must be at least 1, got 0");
    EXPECT_EQ(body.at("field"), "count");
    EXPECT_EQ(body.at("request_id"), "req-1");
}

TEST(problem, leaves_out_the_field_when_the_error_names_none) {
    auto response = problem_response(Error::unavailable("the database is locked"), "req-2");
    EXPECT_EQ(response.status, 503);
    auto body = boost::json::parse(response.body).as_object();
    EXPECT_FALSE(body.contains("field"));
    EXPECT_EQ(body.at("detail"), "the database is locked");
}

TEST(problem, asks_for_a_bearer_token_on_401) {
    auto response = problem_response(Error::unauthorized("sign in first"), "req-3");
    ASSERT_EQ(response.headers.size(), 1u);
    EXPECT_EQ(response.headers[0].first, "WWW-Authenticate");
}

TEST(problem, titles_a_protocol_problem_with_the_reason_phrase) {
    auto response = protocol_problem(413, "the request body exceeds the limit of 1048576 bytes", "req-4");
    EXPECT_EQ(response.status, 413);
    auto body = boost::json::parse(response.body).as_object();
    EXPECT_EQ(body.at("type"), "about:blank");
    EXPECT_EQ(body.at("title"), "Content Too Large");
    EXPECT_EQ(body.at("detail"), "the request body exceeds the limit of 1048576 bytes");
}

}  // namespace
}  // namespace mssops::http
