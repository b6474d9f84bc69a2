#include "http/schemas/response_schemas.hpp"

#include "http/schemas/schema_builder.hpp"

// Response schemas of the computed incident routes (aggregates, citations, map points, imports), as
// components/schemas entries; the incidents themselves are the Incident record kind.
// tests/e2e/openapi_responses.test.mjs checks real answers against them.

namespace mssops::http {

void add_incident_schemas(Router& router) {
    // POST /api/v1/incidents/import
    router.add_schema("IncidentImportReport",
                      closed_object(R"json(
    "committed": {"type": "boolean"},
    "hxl": {"type": "boolean"},
    "rows": {"type": "integer"},
    "created": {"type": "integer"},
    "updated": {"type": "integer"},
    "unchanged": {"type": "integer"},
    "retired": {"type": "integer"},
    "skipped": {"type": "integer"},
    "located": {"type": "integer", "description": "Rows placed in an admin unit by their coordinates."},
    "outside_units": {"type": "integer"},
    "outside_keys": {"type": "array", "items": {"type": "string"}},
    "errors": {"type": "array", "items": {"$ref": "#/components/schemas/ImportRowError"}}
)json",
                                    {"committed", "hxl", "rows", "created", "updated", "unchanged", "retired",
                                     "skipped", "located", "outside_units", "outside_keys", "errors"}));
    // GET /api/v1/incidents/aggregate: the query as understood, then one row per unit x period x type.
    router.add_schema("IncidentAggregate",
                      closed_object(R"json(
    "by": {"type": "string", "enum": ["none", "adm1", "adm2"]},
    "period": {"type": "string", "enum": ["day", "week", "month"]},
    "from": {"type": "string", "nullable": true},
    "to": {"type": "string", "nullable": true},
    "event_types": {"type": "array", "items": {"type": "string"}},
    "actor": {"type": "string", "nullable": true},
    "rows": )json" + array_of(closed_object(
                         R"json(
    "period": {"type": "string"},
    "period_start": {"type": "string"},
    "pcode": {"type": "string"},
    "unit": {"type": "string"},
    "event_type": {"type": "string"},
    "events": {"type": "integer"},
    "fatalities": {"type": "integer"}
)json",
                         {"period", "period_start", "pcode", "unit", "event_type", "events", "fatalities"})),
                                    {"by", "period", "from", "to", "event_types", "actor", "rows"}));
    // GET /api/v1/incidents/citations: how many incidents cite each source.
    router.add_schema("IncidentCitations", closed_object(R"json(
    "items": )json" + array_of(closed_object(
                          R"json("source_id": {"type": "string"}, "incidents": {"type": "integer"})json",
                          {"source_id", "incidents"})),
                                                         {"items"}));
    // GET /api/v1/incidents/points: a compact table for the map, one row of `fields` per incident.
    router.add_schema("IncidentPoints", closed_object(R"json(
    "fields": {"type": "array", "items": {"type": "string"}},
    "rows": {
      "type": "array",
      "items": {
        "type": "array",
        "items": {"oneOf": [{"type": "number"}, {"type": "string"}], "nullable": true}
      }
    },
    "total": {"type": "integer"},
    "offset": {"type": "integer"},
    "limit": {"type": "integer"},
    "without_coordinates": {"type": "integer"},
    "next_offset": {"type": "integer", "nullable": true, "description": "Null on the last page."}
)json",
                                                      {"fields", "rows", "total", "offset", "limit",
                                                       "without_coordinates", "next_offset"}));
}

}  // namespace mssops::http
