#pragma once

#include <optional>
#include <string>

#include "app/council_json.hpp"
#include "domain/council_scenario.hpp"
#include "domain/council_simulation.hpp"
#include "domain/result.hpp"
#include "store/store.hpp"

namespace mssops::app {

/// The council of one year: what the members and scenario use cases take.
struct CouncilQuery {
    int year = 0;
};

/// Reads a CouncilQuery from text ("" is this year): invalid_input on "year" unless 1945..2200.
domain::Result<CouncilQuery> council_query_from_text(const std::string& year);

/// A default scenario and its simulation.
struct ScenarioResult {
    domain::CouncilScenario scenario;
    domain::SimulationResult result;
};

/// A simulated draft: the members as given and their simulation, or a named scenario.
struct DraftSimulation {
    std::vector<domain::MemberStance> members;  // As given; empty for a scenario.
    domain::SimulationResult result;
    std::optional<domain::CouncilScenario> scenario;
};

/// The Security Council ("unsc") members of a year.
domain::Result<domain::CouncilComposition> council_members(store::Store& store, const CouncilQuery& query);
/// The default transition_to_un_pko scenario for the council of a year, simulated with positions as they
/// stood at the end of that year (or today for the current year).
domain::Result<ScenarioResult> transition_scenario(store::Store& store, const CouncilQuery& query);
/// A simulated draft: members given directly, or the named scenario.
domain::Result<DraftSimulation> simulate_draft(store::Store& store, const SimulationRequest& request);

}  // namespace mssops::app
