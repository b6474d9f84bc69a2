#include "http/schemas/response_schemas.hpp"

namespace mssops::http {

// The parts several views answer with: a strength figure and its evidence, a conflict between
// sources, a mandate, a vote. One entry each, which the views' schemas name by $ref.
void add_shared_view_schemas(Router& router) {
    // The newest evidence of one figure (strength, targets, mandate, funding, incidents); none: as_of null.
    router.add_schema("NewestEvidence", R"json({
  "type": "object",
  "properties": {"what": {"type": "string"}, "as_of": {"type": "string", "nullable": true}},
  "required": ["what", "as_of"],
  "additionalProperties": false
})json");
    router.add_schema("TargetOutlook", R"json({
  "additionalProperties": false,
  "properties": {
    "at_due_date": {"$ref": "#/components/schemas/StrengthFigure"},
    "at_observed_pace": {"$ref": "#/components/schemas/ObservedPace"},
    "current": {"$ref": "#/components/schemas/StrengthFigure"},
    "due": {"type": "string"},
    "due_date_passed": {"type": "boolean"},
    "evidence_date": {"type": "string"},
    "on_pledges": {"$ref": "#/components/schemas/PledgeOutlook"},
    "progress": {"type": "number"},
    "remaining": {"type": "number"},
    "shortfall_basis": {"type": "string"},
    "shortfall_on_due_date": {"type": "number"},
    "target": {"$ref": "#/components/schemas/TargetStatement"}
  },
  "required": [
    "target", "due", "current", "progress", "remaining", "due_date_passed",
    "shortfall_on_due_date", "shortfall_basis", "at_due_date", "at_observed_pace", "on_pledges"
  ],
  "type": "object"
})json");
    router.add_schema("StrengthFigure", R"json({
  "additionalProperties": false,
  "properties": {
    "approximate": {"type": "boolean"},
    "as_of": {"type": "string"},
    "at": {"type": "string"},
    "basis": {"type": "string"},
    "conflicts": {"items": {"$ref": "#/components/schemas/SourceConflict"}, "type": "array"},
    "contingents": {"items": {"$ref": "#/components/schemas/ContingentStrength"}, "type": "array"},
    "count": {"type": "number"},
    "derivation": {"type": "string"},
    "event_adjustment": {"type": "number"},
    "evidence_date": {"type": "string"},
    "evidence_source_ids": {"items": {"type": "string"}, "type": "array"},
    "mission_reports": {"items": {"$ref": "#/components/schemas/StrengthEvidence"}, "type": "array"},
    "personnel_type": {"type": "string"},
    "qualifier": {"type": "string"},
    "report": {"description": "Null in every answer seen; a value when set.", "nullable": true},
    "rule": {"type": "string"},
    "source_id": {"type": "string"},
    "source_ids": {"items": {"type": "string"}, "type": "array"},
    "stated": {"type": "boolean"},
    "strength_rule": {"type": "string"}
  },
  "required": [
    "at", "personnel_type", "count", "qualifier", "approximate", "basis", "report",
    "event_adjustment", "source_id", "source_ids", "rule", "stated", "derivation", "as_of",
    "evidence_source_ids", "strength_rule", "contingents", "mission_reports", "conflicts"
  ],
  "type": "object"
})json");
    router.add_schema("ContingentStrength", R"json({
  "additionalProperties": false,
  "properties": {
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
    "source_ids": {"items": {"type": "string"}, "type": "array"}
  },
  "required": [
    "country", "personnel_type", "count", "qualifier", "approximate", "base",
    "movement_after_base", "as_of", "rule", "source_ids", "evidence_source_ids", "evidence"
  ],
  "type": "object"
})json");
    router.add_schema("StrengthEvidence", R"json({
  "additionalProperties": false,
  "properties": {
    "count": {"type": "number"},
    "date": {"type": "string"},
    "key": {"type": "string"},
    "record_kind": {"type": "string"},
    "role": {"type": "string"},
    "same_as": {"nullable": true, "type": "string"},
    "source_id": {"type": "string"},
    "source_kind": {"type": "string"},
    "what": {"type": "string"}
  },
  "required": ["record_kind", "key", "what", "count", "date", "source_id", "source_kind", "role", "same_as"],
  "type": "object"
})json");
    router.add_schema("SourceConflict", R"json({
  "additionalProperties": false,
  "properties": {
    "claims": {"items": {"$ref": "#/components/schemas/ConflictClaim"}, "type": "array"},
    "fact": {"type": "string"},
    "rule": {"type": "string"},
    "rule_code": {"type": "string"},
    "rule_params": {"$ref": "#/components/schemas/MessageParams"},
    "subject": {"type": "string"},
    "subject_code": {"type": "string"},
    "subject_params": {"$ref": "#/components/schemas/MessageParams"},
    "used_value": {"type": "string"}
  },
  "required": ["fact", "subject", "used_value", "rule", "claims"],
  "type": "object"
})json");
    router.add_schema("ConflictClaim", R"json({
  "additionalProperties": false,
  "properties": {
    "as_of": {"type": "string"},
    "key": {"type": "string"},
    "record_kind": {"type": "string"},
    "source_ids": {"items": {"type": "string"}, "type": "array"},
    "source_kind": {"type": "string"},
    "used": {"type": "boolean"},
    "value": {"type": "string"}
  },
  "required": ["record_kind", "key", "value", "as_of", "source_ids", "source_kind", "used"],
  "type": "object"
})json");
    router.add_schema("CountryStrength", R"json({
  "additionalProperties": false,
  "properties": {
    "approximate": {"type": "boolean"},
    "deployed": {"type": "number"},
    "label": {"type": "string"},
    "outstanding_pledges": {"type": "number"},
    "pledged": {"type": "number"},
    "source_ids": {"items": {"type": "string"}, "type": "array"}
  },
  "required": ["label", "deployed", "pledged", "outstanding_pledges", "approximate", "source_ids"],
  "type": "object"
})json");
    router.add_schema("DeploymentTotals", R"json({
  "additionalProperties": false,
  "properties": {
    "approximate": {"type": "boolean"},
    "at": {"type": "string"},
    "contingents": {"items": {"$ref": "#/components/schemas/ContingentMovements"}, "type": "array"},
    "deployed": {"type": "number"},
    "last_event": {"type": "string"},
    "outstanding_pledges": {"type": "number"},
    "pledged": {"type": "number"},
    "source_ids": {"items": {"type": "string"}, "type": "array"},
    "warnings": {"items": {}, "type": "array"}
  },
  "required": [
    "at", "deployed", "pledged", "outstanding_pledges", "approximate", "last_event", "source_ids",
    "warnings", "contingents"
  ],
  "type": "object"
})json");
    router.add_schema("ContingentMovements", R"json({
  "additionalProperties": false,
  "properties": {
    "approximate": {"type": "boolean"},
    "arrived": {"type": "number"},
    "country": {"type": "string"},
    "departed": {"type": "number"},
    "deployed": {"type": "number"},
    "last_event": {"type": "string"},
    "outstanding_pledges": {"type": "number"},
    "personnel_type": {"type": "string"},
    "pledged": {"type": "number"},
    "source_ids": {"items": {"type": "string"}, "type": "array"}
  },
  "required": [
    "country", "personnel_type", "deployed", "arrived", "departed", "pledged",
    "outstanding_pledges", "approximate", "last_event", "source_ids"
  ],
  "type": "object"
})json");
    router.add_schema("TargetStatement", R"json({
  "additionalProperties": false,
  "properties": {
    "by_date": {"type": "string"},
    "key": {"type": "string"},
    "number": {"type": "number"},
    "personnel_type": {"type": "string"},
    "source_id": {"type": "string"},
    "stated_by": {"type": "string"},
    "stated_on": {"type": "string"}
  },
  "required": ["key", "personnel_type", "number", "by_date", "stated_by", "stated_on", "source_id"],
  "type": "object"
})json");
    router.add_schema("ObservedPace", R"json({
  "additionalProperties": false,
  "properties": {
    "last_evidence": {"type": "string"},
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
  },
  "required": [
    "window_days", "window_start", "net_change", "per_day", "reachable", "reached_on", "on_time",
    "reason", "last_evidence", "no_recent_data"
  ],
  "type": "object"
})json");
    router.add_schema("PledgeOutlook", R"json({
  "additionalProperties": false,
  "properties": {
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
  },
  "required": [
    "outstanding", "overdue", "attainable", "reachable", "reached_on", "on_time", "reason",
    "source_ids"
  ],
  "type": "object"
})json");
    router.add_schema("MandateOutlook", R"json({
  "additionalProperties": false,
  "properties": {
    "alerts": {"items": {}, "type": "array"},
    "at": {"type": "string"},
    "days_remaining": {"description": "Null in every answer seen; a value when set.", "nullable": true},
    "end": {"type": "string"},
    "evidence_date": {"type": "string"},
    "gaps": {"items": {}, "type": "array"},
    "in_force": {"type": "boolean"},
    "mandate": {"$ref": "#/components/schemas/MandateStatus"},
    "next_alert": {"description": "Null in every answer seen; a value when set.", "nullable": true},
    "source_id": {"type": "string"},
    "state": {"type": "string"},
    "state_text": {"type": "string"},
    "succeeded_by": {"$ref": "#/components/schemas/MissionSuccession"}
  },
  "required": [
    "at", "in_force", "mandate", "end", "days_remaining", "source_id", "alerts", "next_alert",
    "gaps", "state", "state_text", "succeeded_by"
  ],
  "type": "object"
})json");
    router.add_schema("MandateStatus", R"json({
  "additionalProperties": false,
  "properties": {
    "action": {"type": "string"},
    "end": {"type": "string"},
    "end_approximate": {"type": "boolean"},
    "label": {"type": "string"},
    "resolution": {"type": "string"},
    "source_id": {"type": "string"},
    "start": {"type": "string"}
  },
  "required": ["resolution", "label", "action", "start", "end", "end_approximate", "source_id"],
  "type": "object"
})json");
    router.add_schema("MissionSuccession", R"json({
  "additionalProperties": false,
  "properties": {
    "adopted": {"type": "string"},
    "label": {"type": "string"},
    "resolution": {"type": "string"},
    "source_id": {"type": "string"},
    "successor": {"type": "string"},
    "successor_name": {"type": "string"},
    "successor_start": {"type": "string"},
    "text": {"type": "string"},
    "text_code": {"type": "string"},
    "text_params": {"$ref": "#/components/schemas/MessageParams"},
    "vote": {"$ref": "#/components/schemas/RecordedVote"}
  },
  "required": [
    "successor", "successor_name", "successor_start", "resolution", "label", "adopted", "vote",
    "source_id", "text"
  ],
  "type": "object"
})json");
    router.add_schema("RecordedVote", R"json({
  "additionalProperties": false,
  "properties": {
    "abstain": {"type": "number"},
    "abstaining": {"items": {"type": "string"}, "type": "array"},
    "against": {"items": {}, "type": "array"},
    "no": {"type": "number"},
    "text": {"type": "string"},
    "yes": {"type": "number"}
  },
  "required": ["yes", "no", "abstain", "text", "against", "abstaining"],
  "type": "object"
})json");
    router.add_schema("MemberStance", R"json({
  "additionalProperties": false,
  "properties": {"abstain": {"type": "number"}, "no": {"type": "number"}, "yes": {"type": "number"}},
  "required": ["yes", "no", "abstain"],
  "type": "object"
})json");
}

}  // namespace mssops::http
