#pragma once

#include <chrono>
#include <vector>

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
    SourceIndex sources;              // Every source's kind and date, to choose among claims that disagree.
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
};

/// Assembles the summary of `facts` on day `at`. Facts of other missions are ignored, except positions,
/// which may name no mission (a state's stance on a transition is about the mission all the same).
MissionSummary summarize_mission(const MissionFacts& facts, std::chrono::sys_days at,
                                 const ForecastOptions& options);

}  // namespace mssops::domain
