#pragma once

#include <boost/json/object.hpp>
#include <optional>
#include <string>
#include <vector>

#include "domain/council_scenario.hpp"
#include "domain/council_simulation.hpp"

namespace mssops::app {

/// The members of a council in a year, whether it is complete (5 + 10), and each seat's source.
boost::json::object council_to_json(const domain::CouncilComposition& council);
/// A simulation's exact probabilities, verdict and each member's influence.
boost::json::object simulation_to_json(const domain::SimulationResult& result,
                                       const std::vector<domain::MemberStance>& members);
/// A default scenario with its simulation and the stance-to-probability assumptions it made.
boost::json::object scenario_to_json(const domain::CouncilScenario& scenario,
                                     const domain::SimulationResult& result);

/// A resolution's recorded vote counted by the Charter rule against the council of its year, beside the
/// outcome the record states; {"problem": ...} instead of a tally when the vote does not fit the council.
boost::json::object recorded_vote_to_json(const domain::Resolution& resolution,
                                          const domain::CouncilComposition& council);

/// What POST /api/v1/council/simulate (or `mssops council simulate --draft F.json`) asks for.
struct SimulationRequest {
    std::vector<domain::MemberStance> members;  // Empty when a scenario is asked for.
    int threshold = domain::security_council_threshold;
    std::string scenario;     // "transition_to_un_pko", or "" for members given directly.
    std::optional<int> year;  // For a scenario: the council of that year.
};

/// Reads {"members": [{"member": "CHN", "permanent": true, "yes": 0, "no": 1, "abstain": 0} or
/// {"member": "CHN", "vote": "no"}, ...], "threshold": 9} or {"scenario": "transition_to_un_pko",
/// "year": 2025}. "permanent" defaults to the Charter's permanent members. invalid_input names the
/// member at fault ("members[2].yes"); an unknown field is refused by name.
domain::Result<SimulationRequest> simulation_request_from_json(const boost::json::object& body);

}  // namespace mssops::app
