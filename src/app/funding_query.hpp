#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/assessed_apportionment.hpp"
#include "domain/flow_history.hpp"
#include "domain/funding_flow.hpp"
#include "domain/funding_summary.hpp"
#include "domain/record.hpp"
#include "domain/result.hpp"
#include "ingest/reference_csv.hpp"
#include "report/funding_facts.hpp"
#include "store/store.hpp"

namespace mssops::app {

/// The funding summary use case's query: the mission, the month and burn window, and a deployed count
/// given by the caller (none: read from the force figures).
struct FundingSummaryQuery {
    std::string slug;
    domain::SummaryOptions options;  // as_of and burn_window_months; `deployed` is filled by the use case.
    std::optional<std::int64_t> deployed;
};

/// A mission's funding summary, with the options it used and how the deployed count was reached.
struct FundingSummaryResult {
    std::string mission;
    domain::FundingSummary summary;
    domain::SummaryOptions options;
    std::optional<report::DeployedCount> deployed;
};

/// The assessed use case's query: an annual budget, and whether a partial scale is accepted.
struct AssessedQuery {
    std::string slug;
    domain::Cents budget = 0;
    domain::ScaleCoverage coverage = domain::ScaleCoverage::whole;
};

/// The budget apportioned by the scale of assessments beside what each member gave.
struct AssessedResult {
    std::string mission;
    domain::Cents budget = 0;
    domain::AssessmentScale scale;
    domain::Apportionment apportioned;
    std::vector<domain::AssessedVersusGiven> rows;
};

/// The flows use case's query: a page of the mission's flows, filtered by status and donor.
struct FlowsQuery {
    std::string slug;
    std::int64_t limit = 100;  // 1..1000.
    std::int64_t offset = 0;
    std::optional<domain::FlowStatus> status;
    std::optional<std::string> donor;  // As recorded: ISO3 code or organisation key.
};

/// A page of flows as stored, with the total that match and the page's limit and offset.
struct FlowsResult {
    std::vector<domain::Record> items;
    std::int64_t total = 0;
    std::int64_t limit = 0;
    std::int64_t offset = 0;
};

/// The flow history use case's query: one flow of a mission.
struct FlowHistoryQuery {
    std::string slug;
    std::int64_t id = 0;
};

/// A flow as stored now and each step of its life from the audit trail, oldest first.
struct FlowHistoryResult {
    domain::Record flow;
    std::vector<domain::FlowStep> steps;
};

/// The funding summary: pledged / committed / paid per donor, burn, runway, cost per deployed officer.
/// The deployed count is the query's, else the force figures' at the last day of as_of (or today).
/// not_found naming "slug".
domain::Result<FundingSummaryResult> funding_summary(store::RecordStore& records,
                                                     const ingest::FundingReference& reference,
                                                     const FundingSummaryQuery& query);

/// The budget apportioned by the loaded scale beside voluntary funding. not_found naming "scale" when no
/// scale is loaded, or "slug"; invalid_input naming "scale" when a whole scale's rates miss 100 %.
domain::Result<AssessedResult> assessed_funding(store::RecordStore& records,
                                                const ingest::FundingReference& reference,
                                                const AssessedQuery& query);

/// Succeeds when a mission has the key `slug`; not_found naming "slug" otherwise.
domain::Result<void> mission_exists(store::RecordStore& records, std::string_view slug);

/// A page of the mission's flows. not_found naming "slug" for an unknown mission.
domain::Result<FlowsResult> funding_flows(store::RecordStore& records, const FlowsQuery& query);

/// A flow's history. not_found naming "slug" for an unknown mission, or naming "id" when the mission
/// has no such flow.
domain::Result<FlowHistoryResult> flow_history(store::Store& store, const FlowHistoryQuery& query);

}  // namespace mssops::app
