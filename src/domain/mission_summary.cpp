#include "domain/mission_summary.hpp"

#include <algorithm>

#include "domain/council_scenario.hpp"

namespace mssops::domain {
namespace {

template <class T>
std::vector<T> of_mission(const std::vector<T>& items, const std::string& slug) {
    std::vector<T> kept;
    for (const auto& item : items)
        if (item.mission == slug) kept.push_back(item);
    return kept;
}

}  // namespace

MissionSummary summarize_mission(const MissionFacts& facts, std::chrono::sys_days at,
                                 const ForecastOptions& options) {
    const std::string& slug = facts.mission.slug;
    std::vector<DeploymentEvent> events = of_mission(facts.events, slug);
    std::vector<StrengthReport> reports = of_mission(facts.reports, slug);

    MissionSummary summary;
    summary.mission = facts.mission;
    summary.at = at;
    summary.strength = stated_strength(events, reports, facts.sources, PersonnelType::all, at);
    summary.contingents = strength_at(events, at);
    summary.by_country =
        group_evidence(summary.strength.contingents, summary.contingents, StrengthGrouping::country);

    for (const auto& target : of_mission(facts.targets, slug))
        summary.targets.push_back(forecast_target(target, events, reports, at, options, facts.sources));
    std::stable_sort(summary.targets.begin(), summary.targets.end(),
                     [](const TargetForecast& a, const TargetForecast& b) { return a.due < b.due; });

    summary.mandate_timeline = mandate_timeline(facts.resolutions, slug);
    summary.mandate = mandate_status(summary.mandate_timeline, at);

    std::vector<Position> positions;
    for (const auto& position : facts.positions)
        if (position.mission.empty() || position.mission == slug) positions.push_back(position);
    summary.transition_positions = latest_positions(positions, transition_subject, at);
    return summary;
}

}  // namespace mssops::domain
