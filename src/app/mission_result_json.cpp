#include "app/mission_result_json.hpp"

#include <boost/json/array.hpp>

#include "app/evidence_json.hpp"
#include "app/force_json.hpp"
#include "app/message_json.hpp"

namespace mssops::app {
namespace {

namespace json = boost::json;

json::object headed(const std::string& mission, std::chrono::sys_days at) {
    return {{"mission", mission}, {"at", domain::to_iso_day(at)}};
}

json::value day_or_null(const std::optional<domain::PartialDate>& date) {
    if (!date) return nullptr;
    return json::string(date->to_text());
}

json::value text_or_null(const std::string& text) {
    return text.empty() ? json::value(nullptr) : json::value(text);
}

json::value text_or_null(const std::optional<std::string>& text) {
    return text ? json::value(*text) : json::value(nullptr);
}

}  // namespace

json::object missions_in_force_to_json(const MissionsInForce& result) {
    json::array items;
    for (const auto& life : result.missions) {
        const auto& mission = life.mission;
        items.push_back(json::object{{"slug", mission.slug},
                                     {"name", mission.name},
                                     {"acronym", text_or_null(mission.acronym)},
                                     {"host_country", mission.host_country},
                                     {"start_date", day_or_null(mission.start_date)},
                                     {"end_date", day_or_null(mission.end_date)},
                                     {"predecessor", text_or_null(mission.predecessor)},
                                     {"successor", text_or_null(life.successor)},
                                     {"succession_resolution", text_or_null(mission.succession_resolution)},
                                     {"in_force", life.in_force}});
    }
    return json::object{{"at", domain::to_iso_day(result.at)},
                        {"in_force", text_or_null(result.in_force)},
                        {"default", text_or_null(result.chosen)},
                        {"configured", text_or_null(result.configured)},
                        {"missions", std::move(items)}};
}

json::object strength_result_to_json(const StrengthResult& result) {
    const domain::MissionSummary& summary = result.summary;
    std::vector<domain::MonthlyStrength> series;
    for (const auto& month : result.monthly) series.push_back(month.strength);
    json::array monthly = monthly_strength_to_json(series);
    for (std::size_t i = 0; i < monthly.size() && i < result.monthly.size(); ++i)
        monthly[i].as_object().emplace("after_last_evidence", result.monthly[i].after_last_evidence);
    json::object body = headed(summary.mission.slug, summary.at);
    body.emplace("last_evidence", day_or_null(result.last_evidence));
    // "strength" is the figure by the strength rule; "stated" is the same object under its old name.
    body.emplace("strength", strength_figure_to_json(summary.strength));
    body.emplace("stated", strength_figure_to_json(summary.strength));
    body.emplace("conflicts", conflicts_to_json(summary.strength.conflicts));
    body.emplace("by", result.by == domain::StrengthGrouping::country ? "country" : "personnel_type");
    body.emplace("groups", strength_groups_to_json(result.groups));
    body.emplace("deployment_events", strength_at_to_json(summary.contingents));
    body.emplace("monthly", std::move(monthly));
    return body;
}

json::object forecast_result_to_json(const ForecastResult& result) {
    json::array targets;
    for (const auto& target : result.targets) targets.push_back(target_forecast_to_json(target));
    json::object body = headed(result.mission, result.at);
    body.emplace("targets", std::move(targets));
    return body;
}

json::object mandate_result_to_json(const MandateResult& result) {
    json::object body = headed(result.mission, result.at);
    body.emplace("status", mandate_status_to_json(result.status));
    body.emplace("timeline", mandate_timeline_to_json(result.timeline));
    json::array votes;
    for (const auto& vote : result.recorded_votes)
        votes.push_back(recorded_vote_to_json(vote.resolution, vote.council));
    body.emplace("recorded_votes", std::move(votes));
    return body;
}

json::object alerts_result_to_json(const AlertsResult& result) {
    json::array alerts;
    for (const auto& alert : result.alerts) {
        json::object item{{"kind", alert.kind}};
        if (alert.threshold_days) item.emplace("threshold_days", *alert.threshold_days);
        item.emplace("since",
                     alert.since ? json::value(domain::to_iso_day(*alert.since)) : json::value(nullptr));
        item.emplace("message", alert.message);
        item.emplace("source_id", text_or_null(alert.source_id));
        if (alert.message_coded) put_message(item, "message", *alert.message_coded);
        alerts.push_back(std::move(item));
    }
    json::object body = headed(result.mission, result.at);
    body.emplace("alerts", std::move(alerts));
    return body;
}

json::object draft_simulation_to_json(const DraftSimulation& result) {
    if (result.scenario) return scenario_to_json(*result.scenario, result.result);
    return simulation_to_json(result.result, result.members);
}

}  // namespace mssops::app
