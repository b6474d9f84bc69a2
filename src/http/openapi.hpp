#pragma once

#include <string>
#include <string_view>

#include <boost/json/object.hpp>

#include "domain/kind_catalog.hpp"
#include "http/router.hpp"

namespace mssops::http {

/// The components/schemas name of a kind's record: "deployment event" gives "DeploymentEvent".
/// "<Name>Input" is the body that creates one, "<Name>Changes" the body that updates one.
std::string schema_name(const domain::KindSpec& kind);

/// The OpenAPI 3.0.3 document for every route in `router` (path and query parameters, request and
/// response schemas, problem responses) with a schema per record kind from the catalog, and Problem.
boost::json::object openapi_document(const Router& router);

/// Adds GET /api/openapi.json, which describes the router as it is when requested, so routes added
/// after this call are included. `router` must outlive the server.
void add_openapi_route(Router& router);

}  // namespace mssops::http
