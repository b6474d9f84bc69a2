#include "http/schemas/response_schemas.hpp"

#include "http/schemas/schema_builder.hpp"

namespace mssops::http {

// The parts several views answer with: a strength figure and its evidence, a conflict between
// sources, a mandate, a vote. One entry each, which the views' schemas name by $ref.
void add_shared_view_schemas(Router& router) {
    // The newest evidence of one figure (strength, targets, mandate, funding, incidents); none: as_of null.
    router.add_schema(
        "NewestEvidence",
        closed_object(R"json("what": {"type": "string"}, "as_of": {"type": "string", "nullable": true})json",
                      {"what", "as_of"}));
    router.add_schema("TargetOutlook",
                      closed_object(R"json(
    "at_due_date": {"$ref": "#/components/schemas/StrengthFigure", "nullable": true, "description": "The figure on the due date once it has passed; null before."},
    "at_observed_pace": {"$ref": "#/components/schemas/ObservedPace"},
    "current": {"$ref": "#/components/schemas/StrengthFigure"},
    "due": {"type": "string"},
    "due_date_passed": {"type": "boolean"},
    "evidence_date": {"type": "string", "nullable": true, "description": "In the summary only: the date of the newest evidence of the targets, null for none."},
    "on_pledges": {"$ref": "#/components/schemas/PledgeOutlook"},
    "progress": {"type": "number"},
    "remaining": {"type": "number"},
    "shortfall_basis": {"type": "string"},
    "shortfall_on_due_date": {"type": "number"},
    "target": {"$ref": "#/components/schemas/TargetStatement"}
)json",
                                    {"target", "due", "current", "progress", "remaining", "due_date_passed",
                                     "shortfall_on_due_date", "shortfall_basis", "at_due_date",
                                     "at_observed_pace", "on_pledges"}));
    router.add_schema("StrengthFigure",
                      closed_object(R"json(
    "approximate": {"type": "boolean"},
    "as_of": {"type": "string", "nullable": true},
    "at": {"type": "string"},
    "basis": {"type": "string"},
    "conflicts": {"items": {"$ref": "#/components/schemas/SourceConflict"}, "type": "array"},
    "contingents": {"items": {"$ref": "#/components/schemas/ContingentStrength"}, "type": "array"},
    "count": {"type": "number"},
    "derivation": {"type": "string"},
    "event_adjustment": {"type": "number"},
    "evidence_date": {"type": "string", "nullable": true, "description": "In the summary only: the date of the newest strength evidence, null for none."},
    "evidence_source_ids": {"items": {"type": "string"}, "type": "array"},
    "mission_reports": {"items": {"$ref": "#/components/schemas/StrengthEvidence"}, "type": "array"},
    "personnel_type": {"type": "string"},
    "qualifier": {"type": "string"},
    "report": {"$ref": "#/components/schemas/StrengthReportRef", "nullable": true, "description": "The mission-wide strength report the figure starts from, if any."},
    "rule": {"type": "string"},
    "rule_code": {"type": "string"},
    "rule_params": {"$ref": "#/components/schemas/MessageParams"},
    "source_id": {"type": "string", "nullable": true, "description": "The first source the figure rests on; null when it rests on none."},
    "source_ids": {"items": {"type": "string"}, "type": "array"},
    "stated": {"type": "boolean"},
    "strength_rule": {"type": "string"},
    "strength_rule_code": {"type": "string"},
    "strength_rule_params": {"$ref": "#/components/schemas/MessageParams"}
)json",
                                    {"at", "personnel_type", "count", "qualifier", "approximate", "basis",
                                     "report", "event_adjustment", "source_id", "source_ids", "rule",
                                     "stated", "derivation", "as_of", "evidence_source_ids", "strength_rule",
                                     "contingents", "mission_reports", "conflicts"}));
    router.add_schema("ContingentStrength",
                      closed_object(R"json(
    "approximate": {"type": "boolean"},
    "as_of": {"type": "string"},
    "base": {"oneOf": [{"$ref": "#/components/schemas/StrengthEvidence"}], "nullable": true},
    "count": {"type": "number"},
    "country": {"type": "string"},
    "evidence": {"items": {"$ref": "#/components/schemas/StrengthEvidence"}, "type": "array"},
    "evidence_source_ids": {"items": {"type": "string"}, "type": "array"},
    "movement_after_base": {"type": "number"},
    "personnel_type": {"type": "string"},
    "qualifier": {"type": "string"},
    "rule": {"type": "string"},
    "rule_code": {"type": "string"},
    "rule_params": {"$ref": "#/components/schemas/MessageParams"},
    "source_ids": {"items": {"type": "string"}, "type": "array"}
)json",
                                    {"country", "personnel_type", "count", "qualifier", "approximate", "base",
                                     "movement_after_base", "as_of", "rule", "source_ids",
                                     "evidence_source_ids", "evidence"}));
    router.add_schema("StrengthEvidence", closed_object(R"json(
    "count": {"type": "number"},
    "date": {"type": "string"},
    "key": {"type": "string"},
    "record_kind": {"type": "string"},
    "role": {"type": "string"},
    "same_as": {"nullable": true, "type": "string"},
    "source_id": {"type": "string"},
    "source_kind": {"type": "string"},
    "what": {"type": "string"}
)json",
                                                        {"record_kind", "key", "what", "count", "date",
                                                         "source_id", "source_kind", "role", "same_as"}));
    router.add_schema("SourceConflict", closed_object(R"json(
    "claims": {"items": {"$ref": "#/components/schemas/ConflictClaim"}, "type": "array"},
    "fact": {"type": "string"},
    "rule": {"type": "string"},
    "rule_code": {"type": "string"},
    "rule_params": {"$ref": "#/components/schemas/MessageParams"},
    "subject": {"type": "string"},
    "subject_code": {"type": "string"},
    "subject_params": {"$ref": "#/components/schemas/MessageParams"},
    "used_value": {"type": "string"},
    "used_value_code": {"type": "string"},
    "used_value_params": {"$ref": "#/components/schemas/MessageParams"}
)json",
                                                      {"fact", "subject", "used_value", "rule", "claims"}));
    router.add_schema("ConflictClaim", closed_object(R"json(
    "as_of": {"type": "string"},
    "key": {"type": "string"},
    "record_kind": {"type": "string"},
    "source_ids": {"items": {"type": "string"}, "type": "array"},
    "source_kind": {"type": "string"},
    "used": {"type": "boolean"},
    "value": {"type": "string"},
    "value_code": {"type": "string"},
    "value_params": {"$ref": "#/components/schemas/MessageParams"}
)json",
                                                     {"record_kind", "key", "value", "as_of", "source_ids",
                                                      "source_kind", "used"}));
    router.add_schema("CountryStrength", closed_object(R"json(
    "approximate": {"type": "boolean"},
    "deployed": {"type": "number"},
    "label": {"type": "string"},
    "outstanding_pledges": {"type": "number"},
    "pledged": {"type": "number"},
    "source_ids": {"items": {"type": "string"}, "type": "array"}
)json",
                                                       {"label", "deployed", "pledged", "outstanding_pledges",
                                                        "approximate", "source_ids"}));
    router.add_schema("DeploymentTotals",
                      closed_object(R"json(
    "approximate": {"type": "boolean"},
    "at": {"type": "string"},
    "contingents": {"items": {"$ref": "#/components/schemas/ContingentMovements"}, "type": "array"},
    "deployed": {"type": "number"},
    "last_event": {"type": "string", "nullable": true},
    "outstanding_pledges": {"type": "number"},
    "pledged": {"type": "number"},
    "source_ids": {"items": {"type": "string"}, "type": "array"},
    "warnings": {"items": {}, "type": "array"}
)json",
                                    {"at", "deployed", "pledged", "outstanding_pledges", "approximate",
                                     "last_event", "source_ids", "warnings", "contingents"}));
    router.add_schema(
        "ContingentMovements",
        closed_object(R"json(
    "approximate": {"type": "boolean"},
    "arrived": {"type": "number"},
    "country": {"type": "string"},
    "departed": {"type": "number"},
    "deployed": {"type": "number"},
    "last_event": {"type": "string", "nullable": true},
    "outstanding_pledges": {"type": "number"},
    "personnel_type": {"type": "string"},
    "pledged": {"type": "number"},
    "source_ids": {"items": {"type": "string"}, "type": "array"}
)json",
                      {"country", "personnel_type", "deployed", "arrived", "departed", "pledged",
                       "outstanding_pledges", "approximate", "last_event", "source_ids"}));
    router.add_schema("TargetStatement", closed_object(R"json(
    "by_date": {"type": "string"},
    "key": {"type": "string"},
    "number": {"type": "number"},
    "personnel_type": {"type": "string"},
    "source_id": {"type": "string", "nullable": true},
    "stated_by": {"type": "string", "nullable": true},
    "stated_on": {"type": "string", "nullable": true}
)json",
                                                       {"key", "personnel_type", "number", "by_date",
                                                        "stated_by", "stated_on", "source_id"}));
    router.add_schema("ObservedPace",
                      closed_object(R"json(
    "last_evidence": {"type": "string", "nullable": true},
    "net_change": {"type": "number"},
    "no_recent_data": {"type": "boolean"},
    "on_time": {"type": "boolean"},
    "per_day": {"type": "number"},
    "reachable": {"type": "boolean"},
    "reached_on": {"nullable": true, "type": "string"},
    "reason": {"type": "string"},
    "reason_code": {"type": "string"},
    "reason_params": {"$ref": "#/components/schemas/MessageParams"},
    "window_days": {"type": "number"},
    "window_start": {"type": "string"}
)json",
                                    {"window_days", "window_start", "net_change", "per_day", "reachable",
                                     "reached_on", "on_time", "reason", "last_evidence", "no_recent_data"}));
    router.add_schema("PledgeOutlook", closed_object(R"json(
    "attainable": {"type": "number"},
    "on_time": {"type": "boolean"},
    "outstanding": {"type": "number"},
    "overdue": {"type": "number"},
    "reachable": {"type": "boolean"},
    "reached_on": {"nullable": true, "type": "string"},
    "reason": {"type": "string"},
    "reason_code": {"type": "string"},
    "reason_params": {"$ref": "#/components/schemas/MessageParams"},
    "source_ids": {"items": {"type": "string"}, "type": "array"}
)json",
                                                     {"outstanding", "overdue", "attainable", "reachable",
                                                      "reached_on", "on_time", "reason", "source_ids"}));
    // A mandate expiry alert: crossed (with a message code) or the next one ahead (in words only).
    router.add_schema("MandateAlert", closed_object(R"json(
    "threshold_days": {"type": "number"},
    "fires_on": {"type": "string"},
    "message": {"type": "string"},
    "message_code": {"type": "string"},
    "message_params": {"$ref": "#/components/schemas/MessageParams"}
)json",
                                                    {"threshold_days", "fires_on", "message"}));
    router.add_schema("StrengthReportRef",
                      closed_object(R"json(
    "key": {"type": "string"},
    "personnel_type": {"type": "string"},
    "count": {"type": "number"},
    "qualifier": {"type": "string"},
    "date": {"type": "string"},
    "source_id": {"type": "string", "nullable": true}
)json",
                                    {"key", "personnel_type", "count", "qualifier", "date", "source_id"}));
    router.add_schema("MandateOutlook",
                      closed_object(R"json(
    "alerts": {"items": {"$ref": "#/components/schemas/MandateAlert"}, "type": "array"},
    "at": {"type": "string"},
    "days_remaining": {"type": "number", "nullable": true, "description": "Null when no mandate is in force."},
    "end": {"type": "string", "nullable": true},
    "evidence_date": {"type": "string", "nullable": true, "description": "In the summary only: the date of the newest mandate evidence, null for none."},
    "gaps": {"items": {}, "type": "array"},
    "in_force": {"type": "boolean"},
    "mandate": {"$ref": "#/components/schemas/MandateStatus", "nullable": true, "description": "The last mandate on or before the date; null when none is recorded."},
    "next_alert": {"$ref": "#/components/schemas/MandateAlert", "nullable": true},
    "source_id": {"type": "string", "nullable": true},
    "state": {"type": "string"},
    "state_text": {"type": "string"},
    "succeeded_by": {"$ref": "#/components/schemas/MissionSuccession", "nullable": true, "description": "Null unless a successor replaced the mission."}
)json",
                                    {"at", "in_force", "mandate", "end", "days_remaining", "source_id",
                                     "alerts", "next_alert", "gaps", "state", "state_text", "succeeded_by"}));
    router.add_schema("MandateStatus", closed_object(R"json(
    "action": {"type": "string"},
    "end": {"type": "string"},
    "end_approximate": {"type": "boolean"},
    "label": {"type": "string"},
    "resolution": {"type": "string"},
    "source_id": {"type": "string", "nullable": true},
    "start": {"type": "string"}
)json",
                                                     {"resolution", "label", "action", "start", "end",
                                                      "end_approximate", "source_id"}));
    router.add_schema("MissionSuccession",
                      closed_object(R"json(
    "adopted": {"type": "string", "nullable": true},
    "label": {"type": "string", "nullable": true},
    "resolution": {"type": "string", "nullable": true},
    "source_id": {"type": "string", "nullable": true},
    "successor": {"type": "string"},
    "successor_name": {"type": "string"},
    "successor_start": {"type": "string"},
    "text": {"type": "string"},
    "text_code": {"type": "string"},
    "text_params": {"$ref": "#/components/schemas/MessageParams"},
    "vote": {"$ref": "#/components/schemas/RecordedVote", "nullable": true}
)json",
                                    {"successor", "successor_name", "successor_start", "resolution", "label",
                                     "adopted", "vote", "source_id", "text"}));
    router.add_schema("RecordedVote",
                      closed_object(R"json(
    "abstain": {"type": "number"},
    "abstaining": {"items": {"type": "string"}, "type": "array"},
    "against": {"items": {}, "type": "array"},
    "no": {"type": "number"},
    "text": {"type": "string"},
    "yes": {"type": "number"}
)json",
                                    {"yes", "no", "abstain", "text", "against", "abstaining"}));
    router.add_schema(
        "MemberStance",
        closed_object(
            R"json("abstain": {"type": "number"}, "no": {"type": "number"}, "yes": {"type": "number"})json",
            {"yes", "no", "abstain"}));
}

}  // namespace mssops::http
