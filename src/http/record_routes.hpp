#pragma once

#include "http/router.hpp"
#include "store/store.hpp"

namespace mssops::http {

/// Adds list, get, create, update (If-Match) and retire routes under /api/v1/<kind> for every kind
/// of the catalog except incidents, which have routes of their own. `store` must outlive the server.
void add_record_routes(Router& router, store::Store& store);

}  // namespace mssops::http
