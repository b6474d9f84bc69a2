#pragma once

#include <memory>

#include "http/router.hpp"
#include "ingest/reference_csv.hpp"
#include "store/store.hpp"

namespace mssops::http {

/// Adds GET /api/v1/missions/{slug}/report?from=&to=&format=md|html for readers: the situation report
/// for a period (default the last 30 full days) as Markdown or self-contained HTML, each figure
/// footnoted with its source; what `mssops report` prints. `store` must outlive the server; `reference`
/// holds the exchange rates the funding figures convert with.
void add_report_routes(Router& router, store::Store& store,
                       std::shared_ptr<const ingest::FundingReference> reference);

}  // namespace mssops::http
