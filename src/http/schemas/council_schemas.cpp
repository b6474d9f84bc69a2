#include "http/schemas/response_schemas.hpp"

#include <string>

#include "http/schemas/schema_builder.hpp"

// Response schemas of the council routes, as components/schemas entries. They describe the JSON the
// routes answer with; tests/e2e/openapi_responses.test.mjs checks real answers against them.

namespace mssops::http {
namespace {

/// The members of a simulated draft's answer: the outcome and each member's influence. `basis` is the
/// schema of a member's `basis`: the recorded position in a scenario, null for members given directly.
std::string simulation_properties(std::string_view basis) {
    const std::string member = closed_object(R"json(
    "member": {"type": "string"},
    "permanent": {"type": "boolean"},
    "yes": {"type": "number"},
    "no": {"type": "number"},
    "abstain": {"type": "number"},
    "basis": )json" + std::string(basis) + R"json(,
    "source_id": {"type": "string", "nullable": true},
    "adoption_if_yes": {"type": "number"},
    "adoption_if_no": {"type": "number"},
    "adoption_if_abstain": {"type": "number"},
    "swing": {"type": "number"},
    "pivotal": {"type": "boolean"}
)json",
                                             {"member", "permanent", "yes", "no", "abstain", "basis",
                                              "source_id", "adoption_if_yes", "adoption_if_no",
                                              "adoption_if_abstain", "swing", "pivotal"});
    return R"json(
    "method": {"type": "string"},
    "threshold": {"type": "number"},
    "adoption_probability": {"type": "number"},
    "veto_probability": {"type": "number"},
    "failure_probability": {"type": "number"},
    "expected_yes": {"type": "number"},
    "yes_distribution": {"type": "array", "items": {"type": "number"}},
    "verdict": {"type": "string"},
    "verdict_reason": {"type": "string"},
    "verdict_reason_code": {"type": "string"},
    "verdict_reason_params": {"$ref": "#/components/schemas/MessageParams"},
    "certain_vetoers": {"type": "array", "items": {"type": "string"}},
    "pivotal": {"type": "array", "items": {"type": "string"}},
    "members": )json" +
           array_of(member);
}

}  // namespace

void add_council_schemas(Router& router) {
    // GET /api/v1/council/members
    const std::string seat = closed_object(R"json(
    "country": {"type": "string"},
    "seat": {"type": "string"},
    "term_start": {"type": "number"},
    "term_end": {"type": "number", "nullable": true},
    "source_id": {"type": "string"}
)json",
                                           {"country", "seat", "term_start", "term_end", "source_id"});
    router.add_schema("CouncilMembers", closed_object(R"json(
    "body": {"type": "string"},
    "year": {"type": "number"},
    "permanent": {"type": "number"},
    "elected": {"type": "number"},
    "complete": {"type": "boolean"},
    "problem": {"type": "string", "nullable": true, "description": "Why the council is incomplete; null when complete."},
    "problem_code": {"type": "string"},
    "problem_params": {"$ref": "#/components/schemas/MessageParams"},
    "members": )json" + array_of(seat),
                                                      {"body", "year", "permanent", "elected", "complete",
                                                       "problem", "members"}));

    // GET /api/v1/council/scenarios/transition_to_un_pko, and POST /api/v1/council/simulate with a
    // scenario: the council of a year voting on the members' recorded positions.
    const std::string assumptions =
        closed_object(R"json(
    "supports": {"$ref": "#/components/schemas/MemberStance"},
    "open": {"$ref": "#/components/schemas/MemberStance"},
    "opposes": {"$ref": "#/components/schemas/MemberStance"},
    "withdrew_support": {"$ref": "#/components/schemas/MemberStance"},
    "undecided": {"$ref": "#/components/schemas/MemberStance"},
    "no_position": {"$ref": "#/components/schemas/MemberStance"}
)json",
                      {"supports", "open", "opposes", "withdrew_support", "undecided", "no_position"});
    const std::string recorded_basis =
        R"json({"type": "string", "description": "The recorded position the probabilities come from."})json";
    router.add_schema(
        "CouncilSimulation", closed_object(R"json(
    "scenario": {"type": "string"},
    "body": {"type": "string"},
    "year": {"type": "number"},
    "positions_as_of": {"type": "string"},
    "assumptions": )json" + assumptions + "," + simulation_properties(recorded_basis),
                                           {"scenario", "body", "year", "positions_as_of", "assumptions",
                                            "method", "threshold", "adoption_probability", "veto_probability",
                                            "failure_probability", "expected_yes", "yes_distribution",
                                            "verdict", "verdict_reason", "certain_vetoers", "pivotal",
                                            "members"}));

    // POST /api/v1/council/simulate with members: only the outcome, for the members as given.
    const std::string given_basis =
        R"json({"type": "string", "nullable": true, "description": "Null: the member's probabilities came with the request."})json";
    router.add_schema("DraftSimulation",
                      closed_object(simulation_properties(given_basis),
                                    {"method", "threshold", "adoption_probability", "veto_probability",
                                     "failure_probability", "expected_yes", "yes_distribution", "verdict",
                                     "verdict_reason", "certain_vetoers", "pivotal", "members"}));
    // Either shape, told apart by `scenario`: DraftSimulation is closed, so a scenario's answer fails it.
    router.add_schema("CouncilSimulateResult", R"json({"oneOf": [)json" + ref("CouncilSimulation") + ", " +
                                                   ref("DraftSimulation") + "]}");
}

}  // namespace mssops::http
