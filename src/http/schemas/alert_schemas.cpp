#include "http/schemas/response_schemas.hpp"

#include "http/schemas/schema_builder.hpp"

// Response schemas of the alert routes (the caller's alerts, subscriptions, feed token and webhooks),
// as components/schemas entries; tests/e2e/openapi_responses.test.mjs checks real answers against them.

namespace mssops::http {

void add_alert_schemas(Router& router) {
    // One raised alert; title_code/detail_code and their params let the dashboard word it in French.
    router.add_schema("RaisedAlert", closed_object(R"json(
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
)json",
                                                   {"id", "key", "kind", "mission", "severity", "title",
                                                    "detail", "figures", "source_ids", "first_seen"}));
    // GET /api/v1/alerts
    router.add_schema("AlertList", list_object("alerts", "RaisedAlert"));
    // PUT and GET /api/v1/alerts/subscriptions (GET adds the kinds there are).
    router.add_schema("AlertSubscriptions", closed_object(R"json(
    "subscriptions": )json" +
                                                              array_of(closed_object(R"json(
    "kind": {"type": "string"},
    "mission": {"type": "string", "nullable": true, "description": "Null: every mission."},
    "runway_months": {"type": "integer", "description": "For funding_runway: alert below this (0: any)."}
)json",
                                                                                     {"kind"})) +
                                                              R"json(,
    "kinds": {"type": "array", "items": {"type": "string"}}
)json",
                                                          {"subscriptions"}));
    // POST /api/v1/alerts/feed-token: the token is shown this once.
    router.add_schema("FeedToken",
                      closed_object(R"json("token": {"type": "string"}, "feed_url": {"type": "string"})json",
                                    {"token", "feed_url"}));
    // Whether the caller has a live feed token, and since when; never the token, which is kept as a hash.
    router.add_schema("FeedTokenStatus", closed_object(R"json(
    "exists": {"type": "boolean", "description": "Whether the caller has a live (not revoked) feed token."},
    "created_at": {"type": "string", "nullable": true, "description": "UTC time the token was created; null when none."}
)json",
                                                       {"exists", "created_at"}));
    // A webhook endpoint; the secret only in the answer that creates it.
    router.add_schema("Webhook", closed_object(R"json(
    "id": {"type": "integer"},
    "url": {"type": "string"},
    "secret": {"type": "string", "description": "Signs each delivery; shown once, on creation."},
    "created_at": {"type": "string"}
)json",
                                               {"id", "url", "created_at"}));
    router.add_schema("Webhooks", list_object("webhooks", "Webhook"));
    // GET /api/v1/alerts/deliveries
    router.add_schema("WebhookDeliveries", closed_object(R"json(
    "deliveries": )json" + array_of(closed_object(R"json(
    "id": {"type": "integer"},
    "webhook_id": {"type": "integer"},
    "alert_id": {"type": "integer"},
    "user": {"type": "string"},
    "url": {"type": "string"},
    "status": {"type": "string"},
    "attempts": {"type": "integer"},
    "next_try": {"type": "string"},
    "created_at": {"type": "string"},
    "log": )json" + array_of(closed_object(R"json(
    "attempt": {"type": "integer"},
    "at": {"type": "string"},
    "http_status": {"type": "integer"},
    "error": {"type": "string"}
)json",
                                           {"attempt", "at", "http_status", "error"})),
                                                  {"id", "webhook_id", "alert_id", "user", "url", "status",
                                                   "attempts", "next_try", "created_at", "log"})),
                                                         {"deliveries"}));
}

}  // namespace mssops::http
