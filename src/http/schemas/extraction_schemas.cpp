#include "http/schemas/response_schemas.hpp"

// Response schemas of the extraction review queue (articles and the records proposed from them), as
// components/schemas entries; tests/e2e/openapi_responses.test.mjs checks real answers against them.

namespace mssops::http {

void add_extraction_schemas(Router& router) {
    // An extraction as listed: the article's metadata without its text.
    router.add_schema("ExtractionHeader", R"json({
  "type": "object",
  "properties": {
    "id": {"type": "integer"},
    "outlet": {"type": "string"},
    "title": {"type": "string"},
    "url": {"type": "string"},
    "published": {"type": "string"},
    "created_by": {"type": "string"},
    "created_at": {"type": "string"},
    "state": {"type": "string", "description": "pending while a candidate awaits review."},
    "source_key": {"type": "string"}
  },
  "required": ["id", "outlet", "title", "url", "published", "created_by", "created_at", "state", "source_key"]
})json");
    // One record the extractor proposes, and what the reviewer decided.
    router.add_schema("ExtractionCandidate", R"json({
  "type": "object",
  "properties": {
    "n": {"type": "integer"},
    "kind": {"type": "string", "description": "The record kind: deployment_events, positions..."},
    "record": {"type": "object", "description": "The proposed record's fields, as that kind's input."},
    "span": {
      "type": "object",
      "properties": {"start": {"type": "integer"}, "end": {"type": "integer"}},
      "required": ["start", "end"],
      "additionalProperties": false
    },
    "rule": {"type": "string"},
    "confidence": {"type": "number"},
    "match": {
      "type": "object",
      "properties": {"status": {"type": "string"}, "key": {"type": "string"}},
      "required": ["status"],
      "additionalProperties": false
    },
    "state": {"type": "string", "enum": ["pending", "accepted", "rejected"]},
    "record_key": {"type": "string"},
    "decided_by": {"type": "string"},
    "decided_at": {"type": "string"}
  },
  "required": ["n", "kind", "record", "span", "rule", "confidence", "match", "state"],
  "additionalProperties": false
})json");
    // POST /api/v1/extractions, GET /api/v1/extractions/{id}, accept and reject.
    router.add_schema("Extraction", R"json({
  "allOf": [
    {"$ref": "#/components/schemas/ExtractionHeader"},
    {
      "type": "object",
      "properties": {
        "text": {"type": "string"},
        "candidates": {"type": "array", "items": {"$ref": "#/components/schemas/ExtractionCandidate"}}
      },
      "required": ["text", "candidates"]
    }
  ]
})json");
    // GET /api/v1/extractions
    router.add_schema("ExtractionPage", R"json({
  "type": "object",
  "properties": {
    "items": {"type": "array", "items": {"$ref": "#/components/schemas/ExtractionHeader"}},
    "total": {"type": "integer"},
    "limit": {"type": "integer"},
    "offset": {"type": "integer"},
    "next_offset": {"type": "integer", "nullable": true, "description": "Null on the last page."}
  },
  "required": ["items", "total", "limit", "offset", "next_offset"],
  "additionalProperties": false
})json");
}

}  // namespace mssops::http
