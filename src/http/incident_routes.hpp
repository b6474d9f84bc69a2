#pragma once

#include "http/router.hpp"
#include "store/store.hpp"

namespace mssops::http {

/// Adds the incident routes under /api/v1/incidents: GET (list, paged and filtered), GET /{id}
/// (id or key), POST, PATCH /{id}, DELETE /{id} (retire); POST /import (text/csv body, ?strict=,
/// ?deleted=); GET /aggregate (?by=&period=&from=&to=&event_type=&actor=); GET /export
/// (?format=csv|geojson&hxl=). `store` must outlive the server.
void add_incident_routes(Router& router, store::Store& store);

}  // namespace mssops::http
