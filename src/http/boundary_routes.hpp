#pragma once

#include "http/router.hpp"
#include "store/store.hpp"

namespace mssops::http {

/// GET /api/v1/boundaries (admin units as a GeoJSON FeatureCollection) and
/// GET /api/v1/incidents/choropleth (the same polygons with events and fatalities per unit).
void add_boundary_routes(Router& router, store::Store& store);

}  // namespace mssops::http
