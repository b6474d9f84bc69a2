#pragma once

#include <boost/json/object.hpp>
#include <chrono>
#include <string>

#include "app/council_json.hpp"
#include "app/force_defaults.hpp"
#include "domain/result.hpp"
#include "store/store.hpp"

namespace mssops::app {

/// The parameters of the force and council views as text, from a query string or the command line;
/// "" means the default.
struct ForceQuery {
    std::string slug;         // Mission key.
    std::string at;           // YYYY-MM-DD; default today (UTC).
    std::string window_days;  // Pace window for forecasts; default 90.
    std::string by;           // Strength grouping: country (default) or personnel_type.
    std::string from;         // First day of the monthly series; default the month of the first event.
    std::string year;         // Council year; default this year.
    std::string stale_after;  // Days after which evidence is called old; default 90.
    std::string mission;      // For the mission in force: the configured default mission; "" for none.
};

/// The views below are the bodies of the force and council routes, shared by the CLI so that
/// `mssops status --json` prints what GET /api/v1/missions/{slug}/summary returns. Each names the
/// bad parameter (invalid_input on "at", "window_days", "by", "from", "year") and is not_found on
/// "slug" for an unknown mission.

/// The mission a request or command is about when it names none: `configured` when set (not_found on
/// `field` when no mission has that key), else the mission in force on `at`, else the one that started
/// last before it (domain::default_mission). invalid_input on `field` when no mission is stored.
domain::Result<std::string> default_mission_slug(store::Store& store, const std::string& configured,
                                                 std::chrono::sys_days at, const std::string& field);

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
