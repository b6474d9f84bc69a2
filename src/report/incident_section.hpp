#pragma once

#include "report/footnote_list.hpp"
#include "report/report_facts.hpp"
#include "report/situation_report.hpp"

namespace mssops::report {

/// The incidents section: events and fatalities in the period, in all and by department (adm1), each
/// beside the period of the same length before it, and week by week (ISO weeks; the first and last may
/// be cut by the period). Says so plainly when no incidents are stored, or none in either period.
ReportSection incident_section(const IncidentFacts& incidents, const ReportPeriod& period,
                               FootnoteList& footnotes);

}  // namespace mssops::report
