#include "http/schemas/response_schemas.hpp"

// Response schemas of the sign-in, user, API token and audit routes, as components/schemas entries;
// tests/e2e/openapi_responses.test.mjs checks real answers against them. Secrets (password hashes,
// token hashes) are in none of them: no answer carries one.

namespace mssops::http {

void add_auth_schemas(Router& router) {
    // A user account as an administrator sees it (GET /api/v1/users, POST, PATCH).
    router.add_schema("UserAccount", R"json({
  "type": "object",
  "properties": {
    "name": {"type": "string"},
    "roles": {"type": "array", "items": {"type": "string", "enum": ["viewer", "editor", "liaison", "admin"]}},
    "domains": {"type": "array", "items": {"type": "string"}, "description": "Edit domains of an editor."},
    "country": {"type": "string", "description": "A liaison's country (ISO3), or \"\"."},
    "disabled": {"type": "boolean"},
    "created_at": {"type": "string"}
  },
  "required": ["name", "roles", "domains", "country", "disabled", "created_at"]
})json");
    // POST /api/v1/auth/login: the account, and the session's CSRF token for cookie-authenticated writes.
    router.add_schema("SignedInUser", R"json({
  "allOf": [
    {"$ref": "#/components/schemas/UserAccount"},
    {
      "type": "object",
      "properties": {"csrf_token": {"type": "string"}, "expires_at": {"type": "string"}},
      "required": ["csrf_token", "expires_at"]
    }
  ]
})json");
    // GET /api/v1/auth/me
    router.add_schema("Me", R"json({
  "type": "object",
  "properties": {
    "name": {"type": "string"},
    "roles": {"type": "array", "items": {"type": "string"}},
    "domains": {"type": "array", "items": {"type": "string"}},
    "country": {"type": "string"}
  },
  "required": ["name", "roles", "domains", "country"],
  "additionalProperties": false
})json");
    router.add_schema("Users", R"json({
  "type": "object",
  "properties": {
    "items": {"type": "array", "items": {"$ref": "#/components/schemas/UserAccount"}},
    "total": {"type": "integer"}
  },
  "required": ["items", "total"],
  "additionalProperties": false
})json");
    // An API token without its secret (GET, DELETE); NewApiToken adds the secret, shown once.
    router.add_schema("ApiToken", R"json({
  "type": "object",
  "properties": {
    "id": {"type": "integer"},
    "user": {"type": "string"},
    "name": {"type": "string"},
    "created_at": {"type": "string"},
    "last_used_at": {"type": "string", "nullable": true},
    "revoked": {"type": "boolean"}
  },
  "required": ["id", "user", "name", "created_at", "last_used_at", "revoked"]
})json");
    router.add_schema("NewApiToken", R"json({
  "allOf": [
    {"$ref": "#/components/schemas/ApiToken"},
    {"type": "object", "properties": {"token": {"type": "string"}}, "required": ["token"]}
  ]
})json");
    router.add_schema("ApiTokens", R"json({
  "type": "object",
  "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/ApiToken"}}},
  "required": ["items"],
  "additionalProperties": false
})json");
    // GET /api/v1/audit: a page without a total (counting the whole log would cost a scan).
    router.add_schema("AuditPage", R"json({
  "type": "object",
  "properties": {
    "items": {
      "type": "array",
      "items": {
        "type": "object",
        "properties": {
          "id": {"type": "integer"},
          "at": {"type": "string"},
          "actor": {"type": "string", "description": "user:alice, cli:root, seed..."},
          "action": {"type": "string"},
          "kind": {"type": "string"},
          "record_id": {"type": "integer"},
          "before": {"nullable": true, "description": "The record before the change (JSON), or null."},
          "after": {"nullable": true, "description": "The record after the change (JSON), or null."}
        },
        "required": ["id", "at", "actor", "action", "kind", "record_id", "before", "after"],
        "additionalProperties": false
      }
    },
    "limit": {"type": "integer"},
    "offset": {"type": "integer"}
  },
  "required": ["items", "limit", "offset"],
  "additionalProperties": false
})json");
}

}  // namespace mssops::http
