#pragma once

#include <memory>

#include "http/router.hpp"
#include "ingest/reference_csv.hpp"
#include "store/store.hpp"

namespace mssops::http {

/// Adds the funding routes under /api/v1/missions/{slug}/funding/: summary, flows (paged),
/// flows/{id}/history, assessed?budget=, import (POST text/csv, funding editors) and
/// export?format=csv|json. `store` must outlive the server; `reference` holds the exchange rates
/// and the scale of assessments (ingest::load_funding_reference).
void add_funding_routes(Router& router, store::Store& store,
                        std::shared_ptr<const ingest::FundingReference> reference);

}  // namespace mssops::http
