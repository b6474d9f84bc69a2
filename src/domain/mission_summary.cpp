#include "domain/mission_summary.hpp"

#include <algorithm>

#include "domain/council_scenario.hpp"
#include "domain/mission_life.hpp"

namespace mssops::domain {
namespace {

template <class T>
std::vector<T> of_mission(const std::vector<T>& items, const std::string& slug) {
    std::vector<T> kept;
    for (const auto& item : items)
        if (item.mission == slug) kept.push_back(item);
    return kept;
}

void keep_newest(std::optional<PartialDate>& newest, const PartialDate& date, std::chrono::sys_days at) {
    if (date.first_day() > at) return;
    if (!newest || newest->first_day() < date.first_day()) newest = date;
}

Evidence evidence_of(std::string figure, std::string noun, const std::optional<PartialDate>& date) {
    Evidence evidence;
    evidence.figure = std::move(figure);
    evidence.noun = std::move(noun);
    if (date) {
        evidence.as_of = date->first_day();
        evidence.as_of_text = date->to_text();
        evidence.approximate = date->approximate || date->precision != DatePrecision::day;
    }
    return evidence;
}

void add_evidence(MissionSummary& summary, const MissionFacts& facts,
                  const std::vector<DeploymentEvent>& events, const std::vector<StrengthReport>& reports,
                  const EvidenceOptions& options) {
    const auto at = summary.at;
    auto strength = newest_strength_evidence(events, reports, PersonnelType::all, at);
    summary.evidence.push_back(evidence_of("strength", "deployment figure", strength));
    // Progress to a target is the target's personnel type counted on the newest figure of that type.
    std::optional<PartialDate> targets;
    for (const auto& target : summary.targets)
        if (auto newest = newest_strength_evidence(events, reports, target.target.personnel_type, at))
            keep_newest(targets, *newest, at);
    if (!summary.targets.empty())
        summary.evidence.push_back(evidence_of("targets", "deployment figure for a target", targets));
    // Every adopted resolution is evidence about the mandate, even one the timeline leaves out.
    std::optional<PartialDate> mandate;
    for (const auto& resolution : facts.resolutions)
        if (resolution.mission == summary.mission.slug && resolution.outcome == VoteOutcome::adopted)
            keep_newest(mandate, resolution.adopted, at);
    summary.evidence.push_back(evidence_of("mandate", "Security Council resolution", mandate));
    std::optional<PartialDate> funding;
    for (const auto& date : facts.funding_flow_dates) keep_newest(funding, date, at);
    summary.evidence.push_back(evidence_of("funding", "funding flow", funding));
    summary.evidence.push_back(evidence_of("incidents", "incident", facts.newest_incident));

    summary.stale_after_days = options.stale_after_days;
    for (const auto& evidence : summary.evidence) {
        // A mandate's end is known from the resolution that set it, however old that resolution is.
        if (evidence.figure == "mandate" && evidence.as_of) continue;
        // Progress to a target resting on the same figure as the strength needs no second warning.
        if (evidence.figure == "targets" && evidence.as_of == summary.evidence.front().as_of) continue;
        auto warning = staleness(evidence, at, options);
        if (!warning) continue;
        bool repeated = false;
        for (const auto& earlier : summary.stale) repeated = repeated || earlier.message == warning->message;
        if (!repeated) summary.stale.push_back(std::move(*warning));
    }
}

}  // namespace

MissionSummary summarize_mission(const MissionFacts& facts, std::chrono::sys_days at,
                                 const ForecastOptions& options, const EvidenceOptions& evidence) {
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
    summary.predecessor = predecessor_of(facts.missions, facts.mission);
    summary.successor = successor_of(facts.missions, slug);
    if (auto succession =
            succession_of(facts.mission, facts.missions, facts.succession_resolutions, facts.country_names))
        apply_succession(summary.mandate, *succession);

    std::vector<Position> positions;
    for (const auto& position : facts.positions)
        if (position.mission.empty() || position.mission == slug) positions.push_back(position);
    summary.transition_positions = latest_positions(positions, transition_subject, at);
    add_evidence(summary, facts, events, reports, evidence);
    return summary;
}

}  // namespace mssops::domain
