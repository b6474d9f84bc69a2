#include "http/schemas/response_schemas.hpp"

#include "http/schemas/schema_builder.hpp"

// Response schemas of the sign-in, user, API token and audit routes, as components/schemas entries;
// tests/e2e/openapi_responses.test.mjs checks real answers against them. Secrets (password hashes,
// token hashes) are in none of them: no answer carries one.

namespace mssops::http {

void add_auth_schemas(Router& router) {
    // A user account as an administrator sees it (GET /api/v1/users, POST, PATCH).
    router.add_schema("UserAccount",
                      open_object(R"json(
    "name": {"type": "string"},
    "roles": {"type": "array", "items": {"type": "string", "enum": ["viewer", "editor", "liaison", "admin"]}},
    "domains": {"type": "array", "items": {"type": "string"}, "description": "Edit domains of an editor."},
    "country": {"type": "string", "description": "A liaison's country (ISO3), or \"\"."},
    "disabled": {"type": "boolean"},
    "created_at": {"type": "string"}
)json",
                                  {"name", "roles", "domains", "country", "disabled", "created_at"}));
    // POST /api/v1/auth/login: the account, and the session's CSRF token for cookie-authenticated writes.
    router.add_schema(
        "SignedInUser",
        extension("UserAccount",
                  R"json("csrf_token": {"type": "string"}, "expires_at": {"type": "string"})json",
                  {"csrf_token", "expires_at"}));
    // GET /api/v1/auth/me
    router.add_schema("Me", closed_object(R"json(
    "name": {"type": "string"},
    "roles": {"type": "array", "items": {"type": "string"}},
    "domains": {"type": "array", "items": {"type": "string"}},
    "country": {"type": "string"}
)json",
                                          {"name", "roles", "domains", "country"}));
    router.add_schema("Users", closed_object(R"json(
    "items": {"type": "array", "items": {"$ref": "#/components/schemas/UserAccount"}},
    "total": {"type": "integer"}
)json",
                                             {"items", "total"}));
    // An API token without its secret (GET, DELETE); NewApiToken adds the secret, shown once.
    router.add_schema("ApiToken",
                      open_object(R"json(
    "id": {"type": "integer"},
    "user": {"type": "string"},
    "name": {"type": "string"},
    "created_at": {"type": "string"},
    "last_used_at": {"type": "string", "nullable": true},
    "revoked": {"type": "boolean"}
)json",
                                  {"id", "user", "name", "created_at", "last_used_at", "revoked"}));
    router.add_schema("NewApiToken",
                      extension("ApiToken", R"json("token": {"type": "string"})json", {"token"}));
    router.add_schema("ApiTokens", list_object("items", "ApiToken"));
    // GET /api/v1/audit: a page without a total (counting the whole log would cost a scan).
    router.add_schema("AuditPage",
                      closed_object(R"json(
    "items": )json" +
                                        array_of(closed_object(R"json(
    "id": {"type": "integer"},
    "at": {"type": "string"},
    "actor": {"type": "string", "description": "user:alice, cli:root, seed..."},
    "action": {"type": "string"},
    "kind": {"type": "string"},
    "record_id": {"type": "integer"},
    "before": {"nullable": true, "description": "The record before the change (JSON), or null."},
    "after": {"nullable": true, "description": "The record after the change (JSON), or null."}
)json",
                                                               {"id", "at", "actor", "action", "kind",
                                                                "record_id", "before", "after"})) +
                                        R"json(,
    "limit": {"type": "integer"},
    "offset": {"type": "integer"}
)json",
                                    {"items", "limit", "offset"}));
}

}  // namespace mssops::http
