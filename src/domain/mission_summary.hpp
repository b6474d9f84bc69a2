#pragma once

#include <chrono>
#include <map>
#include <optional>
#include <vector>

#include "domain/evidence_age.hpp"
#include "domain/mandate_timeline.hpp"
#include "domain/mission.hpp"
#include "domain/position.hpp"
#include "domain/stated_strength.hpp"
#include "domain/strength.hpp"
#include "domain/strength_forecast.hpp"

namespace mssops::domain {

/// Everything recorded about one mission that the summary reads.
struct MissionFacts {
    Mission mission;
    std::vector<DeploymentEvent> events;
    std::vector<StrengthReport> reports;
    std::vector<StrengthTarget> targets;
    std::vector<Resolution> resolutions;
    std::vector<Position> positions;  // Any subject; the summary keeps transition_to_un_pko.
    // What the life cycle and the age of each figure read; empty when a loader does not provide them.
    std::vector<Mission> missions;                     // Every stored mission, this one included.
    std::vector<Resolution> succession_resolutions;    // Those a stored mission names as its succession.
    std::map<std::string, std::string> country_names;  // ISO3 to name, for recorded votes in words.
    std::vector<PartialDate> funding_flow_dates;       // The date of each of the mission's funding flows.
    std::optional<PartialDate> newest_incident;        // The newest incident on or before the day asked.
    SourceIndex sources;  // Every source's kind and date, to choose among claims that disagree.
};

/// The answer to "where does the mission stand on this date?", each figure with its sources.
struct MissionSummary {
    Mission mission;
    std::chrono::sys_days at{};
    StrengthFigure strength;                // Stated strength, all personnel types (stated_strength()).
    StrengthAt contingents;                 // Deployment events alone, by country and personnel type.
    std::vector<StrengthGroup> by_country;  // By country: deployed by the strength rule, pledges from events.
    std::vector<TargetForecast> targets;    // Ordered by due date.
    MandateTimeline mandate_timeline;
    MandateStatus mandate;
    std::vector<Position> transition_positions;  // Latest per actor on transition_to_un_pko.
    std::optional<Mission> predecessor;          // The mission this one succeeded, when stored.
    std::optional<Mission> successor;            // The mission that names this one as its predecessor.
    std::vector<Evidence> evidence;  // The newest evidence behind each headline figure, in a fixed order.
    int stale_after_days = 90;
    std::vector<StaleWarning> stale;  // Figures whose newest evidence is older than stale_after_days.
};

/// Assembles the summary of `facts` on day `at`. Facts of other missions are ignored, except positions,
/// which may name no mission (a state's stance on a transition is about the mission all the same).
/// The mandate reads "succeeded" once a stored successor has started (apply_succession()); each
/// headline figure (strength, targets, mandate, funding, incidents) names its newest evidence on or
/// before `at`, and a figure whose evidence is older than evidence.stale_after_days, or missing, gets
/// a warning in words (staleness()). A mandate in force or succeeded is never called stale: its end
/// is known.
MissionSummary summarize_mission(const MissionFacts& facts, std::chrono::sys_days at,
                                 const ForecastOptions& options, const EvidenceOptions& evidence = {});

}  // namespace mssops::domain
