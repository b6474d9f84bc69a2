#pragma once

#include <boost/json/object.hpp>
#include <memory>

#include "domain/result.hpp"
#include "http/auth/auth_services.hpp"
#include "http/router.hpp"
#include "http/server.hpp"
#include "ingest/reference_csv.hpp"
#include "store/store.hpp"

namespace mssops::http {

/// Adds every route of the API to `router`: health, records, sign-in and accounts, the routes of
/// each area, and the OpenAPI document describing them all. A new route file registers itself here.
/// `funding` holds the exchange rates and scale of assessments; null: USD only and no scale.
void add_api_routes(Router& router, store::Store& store, auth::AuthServices& auth,
                    std::shared_ptr<const ingest::FundingReference> funding = nullptr,
                    const app::ForceDefaults& force = {});

/// The OpenAPI document of every route add_api_routes adds over `store` (GET /api/openapi.json),
/// for `mssops openapi`; describing the routes reads nothing from the store.
boost::json::object api_document(store::Store& store);

/// Serves the API and the dashboard over `store` until SIGTERM or SIGINT (see run_server).
/// unavailable when the address cannot be bound or web_root cannot be read.
domain::Result<void> serve_api(store::Store& store, const ServerOptions& options,
                               std::shared_ptr<const ingest::FundingReference> funding = nullptr);

}  // namespace mssops::http
