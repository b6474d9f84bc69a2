#pragma once

#include <optional>
#include <string>

#include "http/router.hpp"
#include "store/store.hpp"

namespace mssops::http {

/// Adds the incident routes under /api/v1/incidents: GET (list, paged and filtered), GET /{id}
/// (id or key), POST, PATCH /{id}, DELETE /{id} (retire); POST /import (text/csv body, ?strict=,
/// ?deleted=); GET /aggregate (?by=&period=&from=&to=&event_type=&actor=); GET /export
/// (?format=csv|geojson&hxl=). `store` must outlive the server.
void add_incident_routes(Router& router, store::Store& store);

/// The host country of the mission a request's `mission` parameter names (its slug), to count only
/// that mission's incidents; nothing when the parameter is absent; not_found naming "mission" for an
/// unknown slug.
domain::Result<std::optional<std::string>> requested_mission_country(store::Store& store,
                                                                     const Request& request);

}  // namespace mssops::http
