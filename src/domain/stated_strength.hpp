#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/deployment_event.hpp"
#include "domain/strength_report.hpp"

namespace mssops::domain {

/// Where a strength figure came from.
enum class FigureBasis {
    strength_report,             // A source's stated head count.
    strength_report_and_events,  // A stated head count, moved on by deployment events dated after it.
    deployment_events,           // Deployment events alone: no strength report on or before the date.
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
    std::vector<std::string> source_ids;  // The report's source first, then the events' sources.
    std::string rule;                     // The sentence that explains the figure.
};

/// The mission's head count of `type` on day `at`. The rule: take the latest mission-wide strength
/// report dated on or before `at` (reports without a country; for PersonnelType::all a report of any
/// type, which says its own type); add the net movement the deployment events record between the
/// report's date and `at` (arrivals less departures; pledges never count). With no report, the events
/// alone give the figure. Dates count from the first day they stand for. Of two reports of one date,
/// the one later in input wins.
StrengthFigure stated_strength(const std::vector<DeploymentEvent>& events,
                               const std::vector<StrengthReport>& reports, PersonnelType type,
                               std::chrono::sys_days at);

/// "strength_report", "strength_report_and_events", "deployment_events", "none".
const char* to_text(FigureBasis basis);

}  // namespace mssops::domain
