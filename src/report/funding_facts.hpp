#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/expenditure.hpp"
#include "domain/flow_history.hpp"
#include "domain/funding_flow.hpp"
#include "domain/record.hpp"
#include "domain/result.hpp"
#include "store/store.hpp"

namespace mssops::report {

/// A mission's funding flows (as records and as typed views) and its spending.
struct FundingFacts {
    std::string mission;
    std::vector<domain::Record> flow_records;  // By id.
    std::vector<domain::FundingFlow> flows;    // The same flows, typed.
    std::vector<domain::Expenditure> spending;
    std::vector<std::string> spending_sources;  // The source_id of each item of `spending`, in order.
};

/// Every funding flow and expenditure of the mission `slug`. not_found naming "slug" when no
/// mission has that key; a stored record that does not read as its type is invalid_input naming
/// it ("funding_flows[can-1].status").
domain::Result<FundingFacts> load_funding_facts(store::RecordStore& records, std::string_view slug);

/// The officers deployed, and how that count was reached.
struct DeployedCount {
    std::int64_t count = 0;
    std::string
        basis;         // "query", or how the force figures gave it: "strength_report", "deployment_events"...
    std::string rule;  // The sentence that explains the figure.
};

/// The mission's deployed head count (all personnel types) on `at`, from its strength reports and
/// deployment events (stated_strength); nullopt when they give none.
domain::Result<std::optional<DeployedCount>> deployed_from_force(store::RecordStore& records,
                                                                 std::string_view slug,
                                                                 std::chrono::sys_days at);

/// The flow's versions, oldest first, read from its audit entries. not_found naming "id" when no
/// funding flow of the mission has that id.
domain::Result<std::vector<domain::FlowVersion>> load_flow_versions(store::Store& store,
                                                                    std::string_view slug, std::int64_t id);

}  // namespace mssops::report
