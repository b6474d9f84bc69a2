#include "http/schemas/response_schemas.hpp"

#include "http/schemas/schema_builder.hpp"

// Response schemas of the meta routes (liveness, the OpenAPI document itself) and MessageParams,
// which the answers of every area share.

namespace mssops::http {

void add_meta_schemas(Router& router) {
    router.add_schema("Health", closed_object(R"json(
    "status": {"type": "string", "enum": ["ok"]},
    "backend": {"type": "string", "enum": ["sqlite", "postgresql"]}
)json",
                                              {"status", "backend"}));
    // The parameters of a sentence's message code: beside a field X in English, X_code names the
    // sentence and X_params fills it, so the dashboard can say it in another language. A value is
    // text, or a nested {code, params} sentence.
    router.add_schema("MessageParams", R"json({
  "type": "object",
  "additionalProperties": {
    "oneOf": [
      {"type": "string"},
      {
        "type": "object",
        "properties": {"code": {"type": "string"}, "params": {"$ref": "#/components/schemas/MessageParams"}},
        "required": ["code", "params"],
        "additionalProperties": false
      }
    ]
  }
})json");
    router.add_schema("OpenApiDocument", R"json({
  "type": "object",
  "description": "An OpenAPI 3.0.3 document.",
  "properties": {
    "openapi": {"type": "string"},
    "info": {"type": "object"},
    "paths": {"type": "object", "additionalProperties": {"type": "object"}},
    "components": {"type": "object"}
  },
  "required": ["openapi", "info", "paths", "components"]
})json");
}

}  // namespace mssops::http
