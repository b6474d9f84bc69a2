#include "http/schemas/response_schemas.hpp"

// Response schemas of the alert routes (the caller's alerts, subscriptions, feed token and webhooks),
// as components/schemas entries; tests/e2e/openapi_responses.test.mjs checks real answers against them.

namespace mssops::http {

void add_alert_schemas(Router& router) {
    // One raised alert; title_code/detail_code and their params let the dashboard word it in French.
    router.add_schema("RaisedAlert", R"json({
  "type": "object",
  "properties": {
    "id": {"type": "integer"},
    "key": {"type": "string"},
    "kind": {"type": "string"},
    "mission": {"type": "string"},
    "severity": {"type": "string"},
    "title": {"type": "string"},
    "detail": {"type": "string"},
    "figures": {"type": "array", "items": {"type": "string"}},
    "source_ids": {"type": "array", "items": {"type": "string"}},
    "first_seen": {"type": "string"},
    "title_code": {"type": "string"},
    "title_params": {"$ref": "#/components/schemas/MessageParams"},
    "detail_code": {"type": "string"},
    "detail_params": {"$ref": "#/components/schemas/MessageParams"}
  },
  "required": ["id", "key", "kind", "mission", "severity", "title", "detail", "figures", "source_ids", "first_seen"],
  "additionalProperties": false
})json");
    // GET /api/v1/alerts
    router.add_schema("AlertList", R"json({
  "type": "object",
  "properties": {"alerts": {"type": "array", "items": {"$ref": "#/components/schemas/RaisedAlert"}}},
  "required": ["alerts"],
  "additionalProperties": false
})json");
    // PUT and GET /api/v1/alerts/subscriptions (GET adds the kinds there are).
    router.add_schema("AlertSubscriptions", R"json({
  "type": "object",
  "properties": {
    "subscriptions": {
      "type": "array",
      "items": {
        "type": "object",
        "properties": {
          "kind": {"type": "string"},
          "mission": {"type": "string", "nullable": true, "description": "Null: every mission."},
          "runway_months": {"type": "integer", "description": "For funding_runway: alert below this (0: any)."}
        },
        "required": ["kind"],
        "additionalProperties": false
      }
    },
    "kinds": {"type": "array", "items": {"type": "string"}}
  },
  "required": ["subscriptions"],
  "additionalProperties": false
})json");
    // POST /api/v1/alerts/feed-token: the token is shown this once.
    router.add_schema("FeedToken", R"json({
  "type": "object",
  "properties": {"token": {"type": "string"}, "feed_url": {"type": "string"}},
  "required": ["token", "feed_url"],
  "additionalProperties": false
})json");
    // Whether the caller has a live feed token, and since when; never the token, which is kept as a hash.
    router.add_schema("FeedTokenStatus", R"json({
  "type": "object",
  "properties": {
    "exists": {"type": "boolean", "description": "Whether the caller has a live (not revoked) feed token."},
    "created_at": {"type": "string", "nullable": true, "description": "UTC time the token was created; null when none."}
  },
  "required": ["exists", "created_at"],
  "additionalProperties": false
})json");
    // A webhook endpoint; the secret only in the answer that creates it.
    router.add_schema("Webhook", R"json({
  "type": "object",
  "properties": {
    "id": {"type": "integer"},
    "url": {"type": "string"},
    "secret": {"type": "string", "description": "Signs each delivery; shown once, on creation."},
    "created_at": {"type": "string"}
  },
  "required": ["id", "url", "created_at"],
  "additionalProperties": false
})json");
    router.add_schema("Webhooks", R"json({
  "type": "object",
  "properties": {"webhooks": {"type": "array", "items": {"$ref": "#/components/schemas/Webhook"}}},
  "required": ["webhooks"],
  "additionalProperties": false
})json");
    // GET /api/v1/alerts/deliveries
    router.add_schema("WebhookDeliveries", R"json({
  "type": "object",
  "properties": {
    "deliveries": {
      "type": "array",
      "items": {
        "type": "object",
        "properties": {
          "id": {"type": "integer"},
          "webhook_id": {"type": "integer"},
          "alert_id": {"type": "integer"},
          "user": {"type": "string"},
          "url": {"type": "string"},
          "status": {"type": "string"},
          "attempts": {"type": "integer"},
          "next_try": {"type": "string"},
          "created_at": {"type": "string"},
          "log": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "attempt": {"type": "integer"},
                "at": {"type": "string"},
                "http_status": {"type": "integer"},
                "error": {"type": "string"}
              },
              "required": ["attempt", "at", "http_status", "error"],
              "additionalProperties": false
            }
          }
        },
        "required": ["id", "webhook_id", "alert_id", "user", "url", "status", "attempts", "next_try", "created_at",
                     "log"],
        "additionalProperties": false
      }
    }
  },
  "required": ["deliveries"],
  "additionalProperties": false
})json");
}

}  // namespace mssops::http
