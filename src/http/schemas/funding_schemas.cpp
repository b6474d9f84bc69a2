#include "http/schemas/response_schemas.hpp"

// Response schemas of the funding routes, as components/schemas entries. Money is a decimal string
// ("1500000.00") so no cent is lost to a double; tests/e2e/openapi_responses.test.mjs checks real
// answers against these.

namespace mssops::http {

void add_funding_schemas(Router& router) {
    // Pledged, committed and paid, their sum and what is still owed: per donor, per member, in all.
    router.add_schema("FundingAmounts", R"json({
  "type": "object",
  "properties": {
    "pledged": {"type": "string"},
    "committed": {"type": "string"},
    "paid": {"type": "string"},
    "total": {"type": "string"},
    "unpaid": {"type": "string"}
  },
  "required": ["pledged", "committed", "paid", "total", "unpaid"],
  "additionalProperties": false
})json");
    // One bad row of an import: where (file:line:column) and what was expected.
    router.add_schema("ImportRowError", R"json({
  "type": "object",
  "properties": {"field": {"type": "string"}, "message": {"type": "string"}},
  "required": ["field", "message"],
  "additionalProperties": false
})json");
    // GET /api/v1/missions/{slug}/funding/summary
    router.add_schema("FundingSummary", R"json({
  "type": "object",
  "properties": {
    "mission": {"type": "string"},
    "currency": {"type": "string"},
    "as_of": {"type": "string", "nullable": true, "description": "The month asked for (YYYY-MM), or null."},
    "totals": {"$ref": "#/components/schemas/FundingAmounts"},
    "by_donor": {
      "type": "array",
      "items": {
        "type": "object",
        "properties": {
          "donor": {"type": "string"},
          "pledged": {"type": "string"},
          "committed": {"type": "string"},
          "paid": {"type": "string"},
          "total": {"type": "string"},
          "unpaid": {"type": "string"}
        },
        "required": ["donor", "pledged", "committed", "paid", "total", "unpaid"],
        "additionalProperties": false
      }
    },
    "spending": {
      "type": "array",
      "items": {
        "type": "object",
        "properties": {
          "month": {"type": "string"},
          "amount": {"type": "string"},
          "by_category": {"type": "object", "additionalProperties": {"type": "string"}}
        },
        "required": ["month", "amount", "by_category"],
        "additionalProperties": false
      }
    },
    "spent": {"type": "string"},
    "cash_on_hand": {"type": "string"},
    "burn": {
      "type": "object",
      "nullable": true,
      "properties": {
        "first_month": {"type": "string"},
        "last_month": {"type": "string"},
        "months": {"type": "integer"},
        "window_months": {"type": "integer"},
        "spent": {"type": "string"},
        "per_month": {"type": "string"}
      },
      "required": ["first_month", "last_month", "months", "window_months", "spent", "per_month"],
      "additionalProperties": false
    },
    "runway_months": {"type": "string", "nullable": true},
    "deployed": {
      "type": "object",
      "nullable": true,
      "properties": {"count": {"type": "integer"}, "basis": {"type": "string"}, "rule": {"type": "string"}},
      "required": ["count", "basis", "rule"],
      "additionalProperties": false
    },
    "cost_per_officer_month": {"type": "string", "nullable": true},
    "notes": {"type": "array", "items": {"type": "string"}}
  },
  "required": ["mission", "currency", "as_of", "totals", "by_donor", "spending", "spent", "cash_on_hand", "burn",
               "runway_months", "deployed", "cost_per_officer_month", "notes"],
  "additionalProperties": false
})json");
    // GET /api/v1/missions/{slug}/funding/assessed
    router.add_schema("AssessedContributions", R"json({
  "type": "object",
  "properties": {
    "mission": {"type": "string"},
    "currency": {"type": "string"},
    "budget": {"type": "string"},
    "assessed_total": {"type": "string"},
    "unassigned": {"type": "string"},
    "scale_rate_total_percent": {"type": "string"},
    "scale_source": {"type": "string"},
    "scale_label": {"type": "string"},
    "method": {"type": "string"},
    "members": {
      "type": "array",
      "items": {
        "type": "object",
        "properties": {
          "member": {"type": "string", "description": "ISO3 code."},
          "name": {"type": "string"},
          "in_scale": {"type": "boolean"},
          "assessed": {"type": "string"},
          "given": {"$ref": "#/components/schemas/FundingAmounts"},
          "paid_minus_assessed": {"type": "string"}
        },
        "required": ["member", "name", "in_scale", "assessed", "given", "paid_minus_assessed"],
        "additionalProperties": false
      }
    }
  },
  "required": ["mission", "currency", "budget", "assessed_total", "unassigned", "scale_rate_total_percent",
               "scale_source", "scale_label", "method", "members"],
  "additionalProperties": false
})json");
    // POST /api/v1/missions/{slug}/funding/import
    router.add_schema("FundingImportReport", R"json({
  "type": "object",
  "properties": {
    "committed": {"type": "boolean"},
    "rows": {"type": "integer"},
    "bad_rows": {"type": "integer"},
    "created": {"type": "integer"},
    "updated": {"type": "integer"},
    "unchanged": {"type": "integer"},
    "hxl": {"type": "boolean"},
    "errors": {"type": "array", "items": {"$ref": "#/components/schemas/ImportRowError"}}
  },
  "required": ["committed", "rows", "bad_rows", "created", "updated", "unchanged", "hxl", "errors"],
  "additionalProperties": false
})json");
    // GET /api/v1/missions/{slug}/funding/flows/{id}/history
    router.add_schema("FundingFlowHistory", R"json({
  "type": "object",
  "properties": {
    "flow": {"$ref": "#/components/schemas/FundingFlow"},
    "history": {
      "type": "array",
      "items": {
        "type": "object",
        "properties": {
          "step": {"type": "string", "enum": ["created", "advanced", "amended", "corrected"]},
          "from": {"type": "string", "nullable": true, "description": "The status before an advance."},
          "status": {"type": "string", "enum": ["pledged", "committed", "paid"]},
          "date": {"type": "string"},
          "amount": {"type": "string"},
          "currency": {"type": "string"},
          "amount_usd": {"type": "string", "nullable": true},
          "recorded_at": {"type": "string"},
          "recorded_by": {"type": "string"}
        },
        "required": ["step", "from", "status", "date", "amount", "currency", "amount_usd", "recorded_at",
                     "recorded_by"],
        "additionalProperties": false
      }
    }
  },
  "required": ["flow", "history"],
  "additionalProperties": false
})json");
}

}  // namespace mssops::http
