#pragma once

#include <cstdint>
#include <string>

#include "domain/result.hpp"
#include "ingest/reference_csv.hpp"
#include "store/store.hpp"

namespace mssops::tools {

/// The source every demo record cites; it is marked synthetic "yes".
inline constexpr const char* funding_demo_source = "synthetic-funding-demo";

/// What to draw: the mission (default: the only stored one, else a synthetic mission), the seed and
/// the number of flows.
struct FundingDemoOptions {
    std::string mission;
    std::uint64_t seed = 20240625;
    int flows = 24;
};

/// What was written.
struct FundingDemoReport {
    std::string mission;
    std::size_t flows = 0;          // Each imported three times: pledged, then committed, then paid.
    std::int64_t expenditures = 0;  // Created, updated or unchanged.
};

/// Writes clearly synthetic funding flows and expenditures (fixed seed, cited to a source marked
/// synthetic "yes") into `store`: flows through the app layer's import, in three rounds so each flow's
/// history has its steps. An import refused is invalid_input as ingest::rejection_error says.
domain::Result<FundingDemoReport> write_funding_demo(store::Store& store,
                                                     const ingest::FundingReference& reference,
                                                     const FundingDemoOptions& options);

}  // namespace mssops::tools
