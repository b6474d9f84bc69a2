#pragma once

#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <map>
#include <string>

#include "http/router.hpp"

namespace mssops::http::testing {

/// Calls the handler of the route `router` matches for `method` and `path`, as the dispatcher would
/// after authenticating `user`, without HTTP in between.
inline domain::Result<Response> call_route(const Router& router, const std::string& method,
                                           const std::string& path, std::map<std::string, std::string> query,
                                           std::string body, const std::string& user) {
    auto match = router.match(method_from_text(method), path);
    EXPECT_TRUE(match && match->route) << method << " " << path;
    Request request;
    request.method = method_from_text(method);
    request.path = path;
    request.query = std::move(query);
    request.path_params = match->path_params;
    request.body = std::move(body);
    request.request_id = "test-1";
    request.principal.name = user;
    return match->route->handler(request);
}

/// The JSON object a handler answered; fails the test when it answered an error.
inline boost::json::object body_of(const domain::Result<Response>& response) {
    EXPECT_TRUE(response) << (response ? "" : response.error().field + ": " + response.error().message);
    return boost::json::parse(response->body).as_object();
}

}  // namespace mssops::http::testing
