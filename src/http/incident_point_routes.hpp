#pragma once

#include "http/router.hpp"
#include "store/store.hpp"

namespace mssops::http {

/// Adds GET /api/v1/incidents/points: the located incidents matching the list filters as compact
/// rows [id, key, date, event_type, latitude, longitude, fatalities, adm1_pcode, adm2_pcode,
/// location], newest first, paged (?limit= 1..5000, ?offset=), for a map to draw a period's points
/// without the full records. `store` must outlive the server.
void add_incident_point_routes(Router& router, store::Store& store);

}  // namespace mssops::http
