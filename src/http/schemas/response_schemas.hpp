#pragma once

#include "http/router.hpp"

namespace mssops::http {

// Each adds the components/schemas entries describing the JSON answers of one area's routes; the
// route file that adds the routes calls it. Record kinds and Problem come from the kind catalog.

/// MissionSummary, MissionsInForce, MissionStrength, MissionForecast, MissionMandate, MissionAlerts.
void add_force_schemas(Router& router);
/// CouncilMembers, CouncilSimulation.
void add_council_schemas(Router& router);
/// Health, OpenApiDocument.
void add_meta_schemas(Router& router);

}  // namespace mssops::http
