#pragma once

#include "http/router.hpp"
#include "store/store.hpp"

namespace mssops::http {

/// Adds the force and council routes: GET /api/v1/missions/{slug}/summary, /strength, /forecast,
/// /mandate, /alerts; GET /api/v1/council/members; POST /api/v1/council/simulate; GET
/// /api/v1/council/scenarios/transition_to_un_pko. All read-only. `store` must outlive the server.
void add_force_routes(Router& router, store::Store& store);

}  // namespace mssops::http
