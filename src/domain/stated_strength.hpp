#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/deployment_event.hpp"
#include "domain/strength_evidence.hpp"
#include "domain/strength_report.hpp"

namespace mssops::domain {

/// Where a strength figure came from.
enum class FigureBasis {
    strength_report,             // A source's stated head count.
    strength_report_and_events,  // A stated head count, moved on by deployment events dated after it.
    deployment_events,           // Deployment events alone: no strength report on or before the date.
    contingent_sum,              // The contingents' counts (strength_evidence()) summed.
    none,                        // Nothing recorded: the figure is 0.
};

/// A mission's head count at a date, with the facts it rests on.
struct StrengthFigure {
    std::chrono::sys_days at{};
    PersonnelType personnel_type = PersonnelType::all;  // What was asked for.
    std::int64_t count = 0;
    FigureBasis basis = FigureBasis::none;
    CountQualifier qualifier = CountQualifier::exact;  // The report's; "approximately" for inexact events.
    std::optional<StrengthReport> report;              // The report used, if any.
    std::int64_t event_adjustment = 0;                 // Net movement added to the report by later events.
    bool approximate = false;
    std::vector<std::string> source_ids;           // The report's source first, then the events' sources.
    std::string rule;                              // The sentence that explains the figure.
    Message rule_coded;                            // `rule` as a code: "strength.figure.sum".
    std::vector<std::string> evidence_source_ids;  // Every source considered, used or set aside.
    bool stated = false;  // A source stated this very number: one mission-wide report, nothing added.
    std::optional<PartialDate> as_of;             // The newest evidence the figure counts.
    std::vector<ContingentEvidence> contingents;  // Per country and type, by the strength rule.
    std::vector<StrengthEvidenceItem>
        mission_reports;                   // Mission-wide reports considered: base or superseded.
    std::vector<ClaimConflict> conflicts;  // Sources that disagree on what the figure rests on.
};

/// The mission's head count of `type` on day `at` by the strength rule (strength_evidence(), whose
/// doc states it): per country and personnel type, the latest per-country report plus the movements
/// after it, each movement counted once. The mission figure is the sum of the contingents, unless a
/// mission-wide strength report (no country; for PersonnelType::all a report of any type) dated on or
/// before `at` is newer than every per-country report: then that report plus the movements dated
/// after it. `sources` ranks sources where claims of one date disagree.
StrengthFigure stated_strength(const std::vector<DeploymentEvent>& events,
                               const std::vector<StrengthReport>& reports, const SourceIndex& sources,
                               PersonnelType type, std::chrono::sys_days at);
/// The same with no source standings: every source ranks alike.
StrengthFigure stated_strength(const std::vector<DeploymentEvent>& events,
                               const std::vector<StrengthReport>& reports, PersonnelType type,
                               std::chrono::sys_days at);

/// Month-end strength for every month from `from`'s month to `to`'s by the strength rule (stated_strength()
/// of every personnel type; pledges from the events). Errors as monthly_strength().
Result<std::vector<MonthlyStrength>> monthly_stated_strength(const std::vector<DeploymentEvent>& events,
                                                             const std::vector<StrengthReport>& reports,
                                                             const SourceIndex& sources,
                                                             std::chrono::sys_days from,
                                                             std::chrono::sys_days to);

/// "strength_report", "strength_report_and_events", "deployment_events", "contingent_sum", "none".
const char* to_text(FigureBasis basis);

}  // namespace mssops::domain
