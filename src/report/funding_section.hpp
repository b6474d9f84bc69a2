#pragma once

#include "domain/mission_summary.hpp"
#include "report/footnote_list.hpp"
#include "report/report_facts.hpp"
#include "report/situation_report.hpp"

namespace mssops::report {

/// The funding section, as of the month holding the period's last day (summarize_funding): pledged,
/// paid and the unpaid gap in all and by donor, spending, cash on hand, the monthly burn, the runway and
/// the cost per deployed officer (the head count of `end`). Says so plainly when nothing is stored.
/// Errors as summarize_funding.
domain::Result<ReportSection> funding_section(const ReportFacts& facts, const domain::MissionSummary& end,
                                              FootnoteList& footnotes);

}  // namespace mssops::report
