#pragma once

#include <boost/json/object.hpp>
#include <chrono>
#include <string>

#include "app/council_json.hpp"
#include "app/force_defaults.hpp"
#include "app/mission_query.hpp"
#include "domain/result.hpp"
#include "store/store.hpp"

namespace mssops::app {

/// The views below are the bodies of the force and council routes, shared by the CLI so that
/// `mssops status --json` prints what GET /api/v1/missions/{slug}/summary returns: each reads the typed
/// query (mission_query.hpp, council_query.hpp), calls the typed use case and maps its result to JSON
/// (mission_result_json.hpp). Each names the
/// bad parameter (invalid_input on "at", "window_days", "by", "from", "year") and is not_found on
/// "slug" for an unknown mission.

/// Every stored mission with its life cycle (start, end, predecessor, successor, in force on `at`), and
/// the mission to show by default: the configured one (query.mission), else the one in force on `at`.
domain::Result<boost::json::object> missions_in_force_view(store::Store& store, const ForceQuery& query);

/// The mission summary on a date.
domain::Result<boost::json::object> summary_view(store::Store& store, const ForceQuery& query);
/// Stated strength, strength from events grouped by country or personnel type, and a monthly series.
domain::Result<boost::json::object> strength_view(store::Store& store, const ForceQuery& query);
/// Each target's progress, shortfall and forecasts.
domain::Result<boost::json::object> forecast_view(store::Store& store, const ForceQuery& query);
/// The mandate on a date and the whole timeline.
domain::Result<boost::json::object> mandate_view(store::Store& store, const ForceQuery& query);
/// Alerts on a date: mandate expiry (90/30/7 days, lapse, gaps) and targets missed or forecast late.
domain::Result<boost::json::object> alerts_view(store::Store& store, const ForceQuery& query);
/// The Security Council ("unsc") members of a year.
domain::Result<boost::json::object> council_members_view(store::Store& store, const ForceQuery& query);
/// The default transition_to_un_pko scenario for the council of a year, simulated.
domain::Result<boost::json::object> transition_scenario_view(store::Store& store, const ForceQuery& query);
/// A simulated draft: members given directly, or the named scenario.
domain::Result<boost::json::object> simulate_view(store::Store& store, const SimulationRequest& request);

}  // namespace mssops::app
