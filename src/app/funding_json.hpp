#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <optional>
#include <string>
#include <vector>

#include "app/funding_query.hpp"
#include "domain/assessed_apportionment.hpp"
#include "domain/flow_history.hpp"
#include "domain/funding_summary.hpp"
#include "domain/record.hpp"
#include "ingest/funding_import.hpp"
#include "report/funding_facts.hpp"

namespace mssops::app {

// Money goes out as decimal strings in US dollars ("116666.67"): exact, where a JSON number
// would pass through binary floating point.

/// Tenths as a decimal: 57 is "5.7" (the runway in months).
std::string tenths_text(std::int64_t tenths);

/// The funding summary as GET .../funding/summary returns it and `mssops funding summary --json` prints it.
boost::json::object summary_json(const std::string& mission, const domain::FundingSummary& summary,
                                 const domain::SummaryOptions& options,
                                 const std::optional<report::DeployedCount>& deployed);

/// A flow's history as GET .../funding/flows/{id}/history returns it and `mssops funding history --json`
/// prints it: the flow as stored and each step of its life, oldest first.
boost::json::object history_json(const FlowHistoryResult& result);

/// A page of flows as GET .../funding/flows returns it and `mssops funding flows --json` prints it:
/// items (as the records API shows them), total, limit, offset.
boost::json::object flows_page_json(const FlowsResult& page);

/// The assessed budget beside voluntary funding, with the scale's source, label, rate total and the
/// share of the budget left unassigned by a partial scale.
boost::json::object assessed_json(const std::string& mission, domain::Cents budget,
                                  const domain::AssessmentScale& scale,
                                  const domain::Apportionment& apportioned,
                                  const std::vector<domain::AssessedVersusGiven>& rows);

/// What an import did: rows, created, updated, unchanged, hxl; and the bad rows when rejected.
boost::json::object import_report_json(const ingest::FundingImportReport& report);

/// Flows as the records API shows them.
boost::json::array flows_json(const std::vector<domain::Record>& flows);

}  // namespace mssops::app
