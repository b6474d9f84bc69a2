#include "http/schemas/response_schemas.hpp"

// Response schemas of the council routes, as components/schemas entries. They describe the JSON the
// routes answer with; tests/e2e/openapi_responses.test.mjs checks real answers against them.

namespace mssops::http {

void add_council_schemas(Router& router) {
    // GET /api/v1/council/members
    router.add_schema("CouncilMembers", R"json({
  "type": "object",
  "properties": {
    "body": {"type": "string"},
    "year": {"type": "number"},
    "permanent": {"type": "number"},
    "elected": {"type": "number"},
    "complete": {"type": "boolean"},
    "problem": {"type": "string", "nullable": true, "description": "Why the council is incomplete; null when complete."},
    "problem_code": {"type": "string"},
    "problem_params": {"$ref": "#/components/schemas/MessageParams"},
    "members": {
      "type": "array",
      "items": {
        "type": "object",
        "properties": {
          "country": {"type": "string"},
          "seat": {"type": "string"},
          "term_start": {"type": "number"},
          "term_end": {"type": "number", "nullable": true},
          "source_id": {"type": "string"}
        },
        "required": ["country", "seat", "term_start", "term_end", "source_id"],
        "additionalProperties": false
      }
    }
  },
  "required": ["body", "year", "permanent", "elected", "complete", "problem", "members"],
  "additionalProperties": false
})json");
    // GET /api/v1/council/scenarios/transition_to_un_pko
    router.add_schema("CouncilSimulation", R"json({
  "type": "object",
  "properties": {
    "scenario": {"type": "string"},
    "body": {"type": "string"},
    "year": {"type": "number"},
    "positions_as_of": {"type": "string"},
    "assumptions": {
      "type": "object",
      "properties": {
        "supports": {"$ref": "#/components/schemas/MemberStance"},
        "open": {"$ref": "#/components/schemas/MemberStance"},
        "opposes": {"$ref": "#/components/schemas/MemberStance"},
        "withdrew_support": {"$ref": "#/components/schemas/MemberStance"},
        "undecided": {"$ref": "#/components/schemas/MemberStance"},
        "no_position": {"$ref": "#/components/schemas/MemberStance"}
      },
      "required": ["supports", "open", "opposes", "withdrew_support", "undecided", "no_position"],
      "additionalProperties": false
    },
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
    "pivotal": {"type": "array", "items": {}},
    "members": {
      "type": "array",
      "items": {
        "type": "object",
        "properties": {
          "member": {"type": "string"},
          "permanent": {"type": "boolean"},
          "yes": {"type": "number"},
          "no": {"type": "number"},
          "abstain": {"type": "number"},
          "basis": {"type": "string"},
          "source_id": {"type": "string", "nullable": true},
          "adoption_if_yes": {"type": "number"},
          "adoption_if_no": {"type": "number"},
          "adoption_if_abstain": {"type": "number"},
          "swing": {"type": "number"},
          "pivotal": {"type": "boolean"}
        },
        "required": [
          "member", "permanent", "yes", "no", "abstain", "basis", "source_id", "adoption_if_yes",
          "adoption_if_no", "adoption_if_abstain", "swing", "pivotal"
        ],
        "additionalProperties": false
      }
    }
  },
  "required": [
    "scenario", "body", "year", "positions_as_of", "assumptions", "method", "threshold",
    "adoption_probability", "veto_probability", "failure_probability", "expected_yes",
    "yes_distribution", "verdict", "verdict_reason", "certain_vetoers", "pivotal", "members"
  ],
  "additionalProperties": false
})json");
}

}  // namespace mssops::http
