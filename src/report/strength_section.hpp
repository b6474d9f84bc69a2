#pragma once

#include "domain/mission_summary.hpp"
#include "report/footnote_list.hpp"
#include "report/situation_report.hpp"

namespace mssops::report {

/// The strength section: the head count on the period's first and last days (stated_strength), the
/// head count a source states, deployments by contributing country, and each target's progress and
/// forecast dates on the last day. `start` and `end` summarise the mission on those two days.
ReportSection strength_section(const domain::MissionSummary& start, const domain::MissionSummary& end,
                               FootnoteList& footnotes);

}  // namespace mssops::report
