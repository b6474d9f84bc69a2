#pragma once

#include "http/router.hpp"
#include "store/store.hpp"

namespace mssops::http {

/// Adds the review queue under /api/v1/extractions: submit an article, list, show, and accept or
/// reject candidate n. `store` must outlive the server.
void add_extraction_routes(Router& router, store::Store& store);

}  // namespace mssops::http
