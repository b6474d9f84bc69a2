#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/council_membership.hpp"
#include "domain/exchange_rates.hpp"
#include "domain/mission_summary.hpp"
#include "domain/partial_date.hpp"
#include "domain/result.hpp"
#include "report/funding_facts.hpp"
#include "report/report_period.hpp"
#include "store/incident_store.hpp"
#include "store/store.hpp"

namespace mssops::report {

/// A source record as a footnote cites it.
struct SourceCitation {
    std::string key;
    std::string publisher;
    std::string title;
    std::string url;  // "" when the record has none.
    std::optional<domain::PartialDate> published;
    bool synthetic = false;  // The record says synthetic "yes": generated demo or load data.
};

/// The incidents a report counts: the events in the mission's host country, by department (adm1, named
/// by the stored boundaries) x ISO week x event type, for the report's period and the one before it.
struct IncidentFacts {
    std::string country;                      // ISO3 of the mission's host country: only its events count.
    std::int64_t stored = 0;                  // Incidents stored in that country, whatever their date.
    std::vector<store::AggregateRow> period;  // As IncidentStore::aggregate returns them.
    std::vector<store::AggregateRow> previous;
    std::vector<std::string> source_ids;  // Source records the period's incidents name, sorted.
    std::int64_t without_source = 0;      // The period's incidents that name no source record.
};

/// Everything a situation report reads from the store.
struct ReportFacts {
    domain::MissionFacts mission;
    std::vector<domain::CouncilMembership> memberships;  // Every council's, every year.
    FundingFacts funding;
    domain::ExchangeRateTable rates;
    IncidentFacts incidents;
    std::map<std::string, SourceCitation> sources;  // Every source record, by key.
};

/// Reads a sources record as a citation; invalid_input names the field when publisher or title is
/// missing or `published` does not read as a date.
domain::Result<SourceCitation> source_citation_from(const domain::Record& record);

/// Gathers the facts of the mission `slug` for `period` (mission_facts.hpp, funding_facts.hpp and the
/// incident aggregates); `rates` converts flows in other currencies. not_found naming "slug" for an
/// unknown mission; other errors as the loaders and the incident store.
domain::Result<ReportFacts> gather_report_facts(store::Store& store, const domain::ExchangeRateTable& rates,
                                                std::string_view slug, const ReportPeriod& period);

}  // namespace mssops::report
