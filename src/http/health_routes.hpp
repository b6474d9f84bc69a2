#pragma once

#include "http/router.hpp"
#include "store/store.hpp"

namespace mssops::http {

/// Adds GET /healthz: 200 {"status": "ok", "backend": "sqlite"} for load balancers and tests.
void add_health_routes(Router& router, store::Store& store);

}  // namespace mssops::http
