#pragma once

#include "http/router.hpp"

namespace mssops::http {

/// Adds GET /api/v1/kinds: the catalog of record kinds, their fields, edit domains and vocabularies,
/// for the dashboard's forms and for clients; it never changes while the server runs.
void add_kind_catalog_routes(Router& router);

}  // namespace mssops::http
