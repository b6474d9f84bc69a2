#include "http/schemas/response_schemas.hpp"

#include <string>

#include "http/schemas/schema_builder.hpp"

// Response schemas of the force routes, as components/schemas entries. They describe the JSON the
// routes answer with; tests/e2e/openapi_responses.test.mjs checks real answers against them.

namespace mssops::http {

void add_force_schemas(Router& router) {
    // GET /api/v1/missions/{slug}/summary
    const std::string mission =
        closed_object(R"json(
    "slug": {"type": "string"},
    "name": {"type": "string"},
    "acronym": {"type": "string", "nullable": true},
    "host_country": {"type": "string", "nullable": true},
    "lead_nation": {"type": "string", "nullable": true},
    "mission_kind": {"type": "string", "nullable": true},
    "start_date": {"type": "string", "nullable": true},
    "source_id": {"type": "string", "nullable": true},
    "end_date": {"type": "string", "nullable": true},
    "predecessor": {"type": "string", "nullable": true, "description": "The slug of the mission this one succeeded."},
    "succession_resolution": {"type": "string", "nullable": true}
)json",
                      {"slug", "name", "acronym", "host_country", "lead_nation", "mission_kind", "start_date",
                       "source_id", "end_date", "predecessor", "succession_resolution"});
    const std::string position = closed_object(
        R"json(
    "key": {"type": "string"},
    "actor": {"type": "string"},
    "actor_kind": {"type": "string", "nullable": true},
    "subject": {"type": "string"},
    "stance": {"type": "string"},
    "date": {"type": "string"},
    "quote": {"type": "string", "nullable": true},
    "summary": {"type": "string", "nullable": true},
    "source_id": {"type": "string", "nullable": true}
)json",
        {"key", "actor", "actor_kind", "subject", "stance", "date", "quote", "summary", "source_id"});
    // The mission before or after this one, in brief; null when there is none.
    const std::string neighbour = nullable_object(R"json(
    "slug": {"type": "string"},
    "name": {"type": "string"},
    "start_date": {"type": "string", "nullable": true},
    "end_date": {"type": "string", "nullable": true}
)json",
                                                  {"slug", "name", "start_date", "end_date"});
    const std::string evidence = closed_object(R"json(
    "strength": {"$ref": "#/components/schemas/NewestEvidence"},
    "targets": {"$ref": "#/components/schemas/NewestEvidence"},
    "mandate": {"$ref": "#/components/schemas/NewestEvidence"},
    "funding": {"$ref": "#/components/schemas/NewestEvidence"},
    "incidents": {"$ref": "#/components/schemas/NewestEvidence"}
)json",
                                               {"strength", "targets", "mandate", "funding", "incidents"});
    const std::string stale_figure = closed_object(R"json(
    "figure": {"type": "string"},
    "as_of": {"type": "string", "nullable": true},
    "age_days": {"type": "number", "nullable": true},
    "message": {"type": "string"},
    "message_code": {"type": "string"},
    "message_params": {"$ref": "#/components/schemas/MessageParams"}
)json",
                                                   {"figure", "as_of", "age_days", "message"});
    router.add_schema("MissionSummary", closed_object(R"json(
    "mission": )json" + mission + R"json(,
    "at": {"type": "string"},
    "strength": {"$ref": "#/components/schemas/StrengthFigure"},
    "strength_by_country": {"type": "array", "items": {"$ref": "#/components/schemas/CountryStrength"}},
    "deployment_events": {"$ref": "#/components/schemas/DeploymentTotals"},
    "targets": {"type": "array", "items": {"$ref": "#/components/schemas/TargetOutlook"}},
    "mandate": {"$ref": "#/components/schemas/MandateOutlook"},
    "transition_positions": )json" + array_of(position) + R"json(,
    "predecessor": )json" + neighbour + R"json(,
    "successor": )json" + neighbour + R"json(,
    "evidence": )json" + evidence + R"json(,
    "stale_after_days": {"type": "number"},
    "staleness": )json" + array_of(stale_figure) + R"json(,
    "conflicts": {"type": "array", "items": {"$ref": "#/components/schemas/SourceConflict"}}
)json",
                                                      {"mission", "at", "strength", "strength_by_country",
                                                       "deployment_events", "targets", "mandate",
                                                       "transition_positions", "predecessor", "successor",
                                                       "evidence", "stale_after_days", "staleness",
                                                       "conflicts"}));
    // GET /api/v1/mission-in-force
    router.add_schema("MissionsInForce",
                      closed_object(R"json(
    "at": {"type": "string"},
    "in_force": {"type": "string"},
    "default": {"type": "string"},
    "configured": {"nullable": true, "description": "Null in every answer seen; a value when set."},
    "missions": )json" + array_of(closed_object(
                             R"json(
    "slug": {"type": "string"},
    "name": {"type": "string"},
    "acronym": {"type": "string"},
    "host_country": {"type": "string"},
    "start_date": {"type": "string"},
    "end_date": {"type": "string", "nullable": true},
    "predecessor": {"type": "string", "nullable": true},
    "successor": {"type": "string", "nullable": true},
    "succession_resolution": {"type": "string", "nullable": true},
    "in_force": {"type": "boolean"}
)json",
                             {"slug", "name", "acronym", "host_country", "start_date", "end_date",
                              "predecessor", "successor", "succession_resolution", "in_force"})),
                                    {"at", "in_force", "default", "configured", "missions"}));
    // GET /api/v1/missions/{slug}/strength
    router.add_schema("MissionStrength",
                      closed_object(R"json(
    "mission": {"type": "string"},
    "at": {"type": "string"},
    "last_evidence": {"type": "string", "nullable": true},
    "strength": {"$ref": "#/components/schemas/StrengthFigure"},
    "stated": {"$ref": "#/components/schemas/StrengthFigure"},
    "conflicts": {"type": "array", "items": {"$ref": "#/components/schemas/SourceConflict"}},
    "by": {"type": "string"},
    "groups": {"type": "array", "items": {"$ref": "#/components/schemas/CountryStrength"}},
    "deployment_events": {"$ref": "#/components/schemas/DeploymentTotals"},
    "monthly": )json" + array_of(closed_object(
                            R"json(
    "month": {"type": "string"},
    "as_of": {"type": "string"},
    "deployed": {"type": "number"},
    "pledged": {"type": "number"},
    "outstanding_pledges": {"type": "number"},
    "approximate": {"type": "boolean"},
    "deployed_by_country": {"type": "object", "additionalProperties": {"type": "number"}},
    "after_last_evidence": {"type": "boolean"}
)json",
                            {"month", "as_of", "deployed", "pledged", "outstanding_pledges", "approximate",
                             "deployed_by_country", "after_last_evidence"})),
                                    {"mission", "at", "last_evidence", "strength", "stated", "conflicts",
                                     "by", "groups", "deployment_events", "monthly"}));
    // GET /api/v1/missions/{slug}/forecast
    router.add_schema("MissionForecast", closed_object(R"json(
    "mission": {"type": "string"},
    "at": {"type": "string"},
    "targets": {"type": "array", "items": {"$ref": "#/components/schemas/TargetOutlook"}}
)json",
                                                       {"mission", "at", "targets"}));
    // GET /api/v1/missions/{slug}/mandate
    const std::string timeline = closed_object(R"json(
    "mission": {"type": "string"},
    "periods": {"type": "array", "items": {"$ref": "#/components/schemas/MandateStatus"}},
    "gaps": {"type": "array", "items": {}},
    "notes": {"type": "array", "items": {}}
)json",
                                               {"mission", "periods", "gaps", "notes"});
    // A resolution's recorded vote is either counted under the Charter or, when the record holds no
    // vote the count can use, carries only the `problem` that says why: never both.
    const std::string resolution = R"json(
    "resolution": {"type": "string"},
    "label": {"type": "string"},
    "adopted": {"type": "string"},
    "recorded_outcome": {"type": "string"},
    "source_id": {"type": "string"},)json";
    const std::string counted_vote =
        closed_object(resolution + R"json(
    "yes": {"type": "number"},
    "no": {"type": "number"},
    "abstain": {"type": "number"},
    "absent": {"type": "number"},
    "outcome": {"type": "string"},
    "vetoed_by": {"type": "array", "items": {"type": "string"}},
    "reason": {"type": "string"},
    "reason_code": {"type": "string"},
    "reason_params": {"$ref": "#/components/schemas/MessageParams"},
    "agrees_with_record": {"type": "boolean"}
)json",
                      {"resolution", "label", "adopted", "recorded_outcome", "source_id", "yes", "no",
                       "abstain", "absent", "outcome", "vetoed_by", "reason", "agrees_with_record"});
    const std::string uncounted_vote =
        closed_object(resolution + R"json(
    "problem": {"type": "string", "description": "Why the vote is not counted: none recorded, or a vote the council of the year cannot have cast."},
    "problem_code": {"type": "string"},
    "problem_params": {"$ref": "#/components/schemas/MessageParams"}
)json",
                      {"resolution", "label", "adopted", "recorded_outcome", "source_id", "problem"});
    router.add_schema("CountedVote", counted_vote);
    router.add_schema("UncountedVote", uncounted_vote);
    router.add_schema("ResolutionVoteCheck",
                      R"json({"oneOf": [)json" + ref("CountedVote") + ", " + ref("UncountedVote") + "]}");
    router.add_schema("MissionMandate",
                      closed_object(R"json(
    "mission": {"type": "string"},
    "at": {"type": "string"},
    "status": {"$ref": "#/components/schemas/MandateOutlook"},
    "timeline": )json" + timeline + R"json(,
    "recorded_votes": {"type": "array", "items": {"$ref": "#/components/schemas/ResolutionVoteCheck"}}
)json",
                                    {"mission", "at", "status", "timeline", "recorded_votes"}));
    // GET /api/v1/missions/{slug}/alerts
    router.add_schema("MissionAlerts", closed_object(R"json(
    "mission": {"type": "string"},
    "at": {"type": "string"},
    "alerts": )json" + array_of(closed_object(R"json(
    "kind": {"type": "string"},
    "threshold_days": {"type": "number", "description": "For a mandate expiry or lapse: the threshold crossed."},
    "since": {"type": "string", "nullable": true},
    "message": {"type": "string"},
    "message_code": {"type": "string"},
    "message_params": {"$ref": "#/components/schemas/MessageParams"},
    "source_id": {"type": "string", "nullable": true}
)json",
                                              {"kind", "since", "message", "source_id"})),
                                                     {"mission", "at", "alerts"}));
}

}  // namespace mssops::http
