#pragma once

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include "domain/council_membership.hpp"
#include "domain/council_simulation.hpp"
#include "domain/position.hpp"

namespace mssops::domain {

/// The subject of the default scenario: turning a mission into a UN peacekeeping operation.
inline constexpr std::string_view transition_subject = "transition_to_un_pko";

/// The vote probabilities assumed for a recorded stance.
struct StanceProbabilities {
    double yes = 0;
    double no = 0;
    double abstain = 0;
};

/// The assumption for each stance, documented in the API's output:
/// supports 1/0/0 (yes); opposes 0/1/0 (no); open 0.6/0.1/0.3 (open to it, as Kenya was);
/// withdrew_support 0.3/0.1/0.6 (a sponsor that stepped back mostly abstains);
/// undecided, or no position recorded, 1/3 each.
StanceProbabilities probabilities_for(const Stance* stance);

/// A draft's scenario: each council member's stance on a subject, from the positions in the store.
struct CouncilScenario {
    std::string subject;
    CouncilComposition council;
    std::chrono::sys_days positions_as_of{};
    std::vector<MemberStance> members;  // In council order: permanent members first.
};

/// The scenario for `subject` among the members of `council`: each member's latest position on or
/// before `positions_as_of` (matched by ISO3 actor) mapped by probabilities_for(). invalid_input on
/// "council_memberships" when the council is not 5 permanent and 10 elected members.
Result<CouncilScenario> council_scenario(const CouncilComposition& council,
                                         const std::vector<Position>& positions, std::string_view subject,
                                         std::chrono::sys_days positions_as_of);

}  // namespace mssops::domain
