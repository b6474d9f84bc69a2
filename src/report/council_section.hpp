#pragma once

#include "report/footnote_list.hpp"
#include "report/report_facts.hpp"
#include "report/situation_report.hpp"

namespace mssops::report {

/// The Security Council's organisation key in the reference data.
inline constexpr const char* security_council = "unsc";

/// The Council section: the votes recorded on the mission's resolutions in the period (or, when there
/// were none, the latest before its end), counted by the Charter rule; and the outlook of a draft to
/// turn the mission into a UN peacekeeping operation, simulated from the stored positions of the
/// Council sitting in the period's last year, as they stood on its last day.
ReportSection council_section(const ReportFacts& facts, const ReportPeriod& period, FootnoteList& footnotes);

}  // namespace mssops::report
