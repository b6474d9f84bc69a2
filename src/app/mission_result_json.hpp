#pragma once

#include <boost/json/object.hpp>

#include "app/council_query.hpp"
#include "app/mission_query.hpp"

namespace mssops::app {

// The JSON of the typed mission and council results: the API's bodies and the CLI's --json, from one
// mapper each. The summary, members and scenario map with force_json's and council_json's functions.

/// GET /api/v1/mission-in-force.
boost::json::object missions_in_force_to_json(const MissionsInForce& result);
/// GET .../strength.
boost::json::object strength_result_to_json(const StrengthResult& result);
/// GET .../forecast.
boost::json::object forecast_result_to_json(const ForecastResult& result);
/// GET .../mandate.
boost::json::object mandate_result_to_json(const MandateResult& result);
/// GET .../alerts.
boost::json::object alerts_result_to_json(const AlertsResult& result);
/// POST /api/v1/council/simulate: the scenario's body for a scenario, else the simulation's.
boost::json::object draft_simulation_to_json(const DraftSimulation& result);

}  // namespace mssops::app
