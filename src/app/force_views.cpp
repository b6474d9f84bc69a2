#include "app/force_views.hpp"

#include "app/force_json.hpp"
#include "app/mission_result_json.hpp"

namespace mssops::app {

namespace json = boost::json;
using domain::Result;

Result<json::object> missions_in_force_view(store::Store& store, const ForceQuery& query) {
    // Only the day is read here: the mission in force takes no window or staleness.
    auto typed = mission_query_from_text(ForceQuery{.at = query.at});
    if (!typed) return typed.error();
    auto result = missions_in_force(store, typed->at, query.mission);
    if (!result) return result.error();
    return missions_in_force_to_json(*result);
}

Result<json::object> summary_view(store::Store& store, const ForceQuery& query) {
    auto typed = mission_query_from_text(query);
    if (!typed) return typed.error();
    auto summary = mission_summary(store, *typed);
    if (!summary) return summary.error();
    return mission_summary_to_json(*summary);
}

Result<json::object> strength_view(store::Store& store, const ForceQuery& query) {
    auto typed = strength_query_from_text(query);
    if (!typed) return typed.error();
    auto result = mission_strength(store, *typed);
    if (!result) return result.error();
    return strength_result_to_json(*result);
}

Result<json::object> forecast_view(store::Store& store, const ForceQuery& query) {
    auto typed = mission_query_from_text(query);
    if (!typed) return typed.error();
    auto result = mission_forecast(store, *typed);
    if (!result) return result.error();
    return forecast_result_to_json(*result);
}

Result<json::object> mandate_view(store::Store& store, const ForceQuery& query) {
    auto typed = mission_query_from_text(query);
    if (!typed) return typed.error();
    auto result = mission_mandate(store, *typed);
    if (!result) return result.error();
    return mandate_result_to_json(*result);
}

Result<json::object> alerts_view(store::Store& store, const ForceQuery& query) {
    auto typed = mission_query_from_text(query);
    if (!typed) return typed.error();
    auto result = mission_alerts(store, *typed);
    if (!result) return result.error();
    return alerts_result_to_json(*result);
}

Result<json::object> council_members_view(store::Store& store, const ForceQuery& query) {
    auto typed = council_query_from_text(query.year);
    if (!typed) return typed.error();
    auto council = council_members(store, *typed);
    if (!council) return council.error();
    return council_to_json(*council);
}

Result<json::object> transition_scenario_view(store::Store& store, const ForceQuery& query) {
    auto typed = council_query_from_text(query.year);
    if (!typed) return typed.error();
    auto result = transition_scenario(store, *typed);
    if (!result) return result.error();
    return scenario_to_json(result->scenario, result->result);
}

Result<json::object> simulate_view(store::Store& store, const SimulationRequest& request) {
    auto result = simulate_draft(store, request);
    if (!result) return result.error();
    return draft_simulation_to_json(*result);
}

}  // namespace mssops::app
