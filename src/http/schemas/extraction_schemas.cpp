#include "http/schemas/response_schemas.hpp"

#include "http/schemas/schema_builder.hpp"

// Response schemas of the extraction review queue (articles and the records proposed from them), as
// components/schemas entries; tests/e2e/openapi_responses.test.mjs checks real answers against them.

namespace mssops::http {

void add_extraction_schemas(Router& router) {
    // An extraction as listed: the article's metadata without its text.
    router.add_schema("ExtractionHeader", open_object(R"json(
    "id": {"type": "integer"},
    "outlet": {"type": "string"},
    "title": {"type": "string"},
    "url": {"type": "string"},
    "published": {"type": "string"},
    "created_by": {"type": "string"},
    "created_at": {"type": "string"},
    "state": {"type": "string", "description": "pending while a candidate awaits review."},
    "source_key": {"type": "string"}
)json",
                                                      {"id", "outlet", "title", "url", "published",
                                                       "created_by", "created_at", "state", "source_key"}));
    // One record the extractor proposes, and what the reviewer decided.
    router.add_schema(
        "ExtractionCandidate",
        closed_object(R"json(
    "n": {"type": "integer"},
    "kind": {"type": "string", "description": "The record kind: deployment_events, positions..."},
    "record": {"type": "object", "description": "The proposed record's fields, as that kind's input."},
    "span": )json" +
                          closed_object(R"json("start": {"type": "integer"}, "end": {"type": "integer"})json",
                                        {"start", "end"}) +
                          R"json(,
    "rule": {"type": "string"},
    "confidence": {"type": "number"},
    "match": )json" +
                          closed_object(R"json("status": {"type": "string"}, "key": {"type": "string"})json",
                                        {"status"}) +
                          R"json(,
    "state": {"type": "string", "enum": ["pending", "accepted", "rejected"]},
    "record_key": {"type": "string"},
    "decided_by": {"type": "string"},
    "decided_at": {"type": "string"}
)json",
                      {"n", "kind", "record", "span", "rule", "confidence", "match", "state"}));
    // POST /api/v1/extractions, GET /api/v1/extractions/{id}, accept and reject.
    router.add_schema("Extraction", extension("ExtractionHeader", R"json(
    "text": {"type": "string"},
    "candidates": {"type": "array", "items": {"$ref": "#/components/schemas/ExtractionCandidate"}}
)json",
                                              {"text", "candidates"}));
    // GET /api/v1/extractions
    router.add_schema("ExtractionPage", closed_object(R"json(
    "items": {"type": "array", "items": {"$ref": "#/components/schemas/ExtractionHeader"}},
    "total": {"type": "integer"},
    "limit": {"type": "integer"},
    "offset": {"type": "integer"},
    "next_offset": {"type": "integer", "nullable": true, "description": "Null on the last page."}
)json",
                                                      {"items", "total", "limit", "offset", "next_offset"}));
}

}  // namespace mssops::http
