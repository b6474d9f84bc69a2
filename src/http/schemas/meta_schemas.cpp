#include "http/schemas/response_schemas.hpp"

// Response schemas of the meta routes: liveness and the OpenAPI document itself.

namespace mssops::http {

void add_meta_schemas(Router& router) {
    router.add_schema("Health", R"json({
  "type": "object",
  "properties": {
    "status": {"type": "string", "enum": ["ok"]},
    "backend": {"type": "string", "enum": ["sqlite", "postgresql"]}
  },
  "required": ["status", "backend"],
  "additionalProperties": false
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
