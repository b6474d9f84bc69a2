#pragma once

#include "domain/mission_summary.hpp"
#include "report/footnote_list.hpp"
#include "report/situation_report.hpp"

namespace mssops::report {

/// The mandate section: the resolution in force on the period's last day, its expiry and the days
/// left, the expiry alerts fired by then and the next one, and any gap without a mandate.
ReportSection mandate_section(const domain::MissionSummary& end, FootnoteList& footnotes);

}  // namespace mssops::report
