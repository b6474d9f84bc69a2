#pragma once

#include <chrono>
#include <string>

#include "domain/evidence_age.hpp"
#include "domain/exchange_rates.hpp"
#include "domain/result.hpp"
#include "report/situation_report.hpp"
#include "store/store.hpp"

namespace mssops::app {

/// The situation report use case's query: a mission, a period ("" for the defaults of report_period),
/// the report language and when evidence is called old. The form it is written in is the face's.
struct ReportQuery {
    std::string slug;
    std::string from;
    std::string to;
    std::string language = "en";       // A report language (report_language.hpp): the words and dates.
    domain::EvidenceOptions evidence;  // When the period's last day calls a figure's evidence old.
};

/// The situation report of the mission for the period: its sections (statements, figures, tables) and
/// footnotes, each figure citing its source records. `today` sets the default period. Errors as
/// report_period (naming "from" or "to"), not_found naming "slug" for an unknown mission, and invalid_input
/// naming "stale_after_days" for evidence options out of range.
domain::Result<report::SituationReport> situation_report(store::Store& store,
                                                         const domain::ExchangeRateTable& rates,
                                                         const ReportQuery& query,
                                                         std::chrono::sys_days today);

}  // namespace mssops::app
