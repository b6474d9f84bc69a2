#pragma once

#include "app/force_defaults.hpp"
#include "http/router.hpp"
#include "store/store.hpp"

namespace mssops::http {

/// Adds the force and council routes: GET /api/v1/missions/{slug}/summary, /strength, /forecast,
/// /mandate, /alerts; GET /api/v1/council/members; POST /api/v1/council/simulate; GET
/// /api/v1/council/scenarios/transition_to_un_pko; GET /api/v1/mission-in-force (the missions' life
/// cycles and the one to show by default). All read-only. `store` must outlive the server. `defaults`
/// name the default mission and the age after which evidence is called old.
void add_force_routes(Router& router, store::Store& store, const app::ForceDefaults& defaults = {});

}  // namespace mssops::http
