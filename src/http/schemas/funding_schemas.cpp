#include "http/schemas/response_schemas.hpp"

#include "http/schemas/schema_builder.hpp"

// Response schemas of the funding routes, as components/schemas entries. Money is a decimal string
// ("1500000.00") so no cent is lost to a double; tests/e2e/openapi_responses.test.mjs checks real
// answers against these.

namespace mssops::http {
namespace {

// The sums of FundingAmounts; a donor's row in FundingSummary has them beside the donor's name.
const std::string amount_members = R"json(
    "pledged": {"type": "string"},
    "committed": {"type": "string"},
    "paid": {"type": "string"},
    "total": {"type": "string"},
    "unpaid": {"type": "string"}
)json";

}  // namespace

void add_funding_schemas(Router& router) {
    // Pledged, committed and paid, their sum and what is still owed: per donor, per member, in all.
    router.add_schema("FundingAmounts",
                      closed_object(amount_members, {"pledged", "committed", "paid", "total", "unpaid"}));
    // One bad row of an import: where (file:line:column) and what was expected.
    router.add_schema("ImportRowError",
                      closed_object(R"json("field": {"type": "string"}, "message": {"type": "string"})json",
                                    {"field", "message"}));
    // GET /api/v1/missions/{slug}/funding/summary
    const std::string donor_row = closed_object(R"json("donor": {"type": "string"},)json" + amount_members,
                                                {"donor", "pledged", "committed", "paid", "total", "unpaid"});
    const std::string spending_month = closed_object(R"json(
    "month": {"type": "string"},
    "amount": {"type": "string"},
    "by_category": {"type": "object", "additionalProperties": {"type": "string"}}
)json",
                                                     {"month", "amount", "by_category"});
    const std::string burn =
        nullable_object(R"json(
    "first_month": {"type": "string"},
    "last_month": {"type": "string"},
    "months": {"type": "integer"},
    "window_months": {"type": "integer"},
    "spent": {"type": "string"},
    "per_month": {"type": "string"}
)json",
                        {"first_month", "last_month", "months", "window_months", "spent", "per_month"});
    const std::string deployed = nullable_object(R"json(
    "count": {"type": "integer"},
    "basis": {"type": "string"},
    "rule": {"type": "string"}
)json",
                                                 {"count", "basis", "rule"});
    router.add_schema("FundingSummary", closed_object(R"json(
    "mission": {"type": "string"},
    "currency": {"type": "string"},
    "as_of": {"type": "string", "nullable": true, "description": "The month asked for (YYYY-MM), or null."},
    "totals": {"$ref": "#/components/schemas/FundingAmounts"},
    "by_donor": )json" + array_of(donor_row) + R"json(,
    "spending": )json" + array_of(spending_month) + R"json(,
    "spent": {"type": "string"},
    "cash_on_hand": {"type": "string"},
    "burn": )json" + burn + R"json(,
    "runway_months": {"type": "string", "nullable": true},
    "deployed": )json" + deployed + R"json(,
    "cost_per_officer_month": {"type": "string", "nullable": true},
    "notes": {"type": "array", "items": {"type": "string"}}
)json",
                                                      {"mission", "currency", "as_of", "totals", "by_donor",
                                                       "spending", "spent", "cash_on_hand", "burn",
                                                       "runway_months", "deployed", "cost_per_officer_month",
                                                       "notes"}));
    // GET /api/v1/missions/{slug}/funding/assessed
    router.add_schema(
        "AssessedContributions",
        closed_object(R"json(
    "mission": {"type": "string"},
    "currency": {"type": "string"},
    "budget": {"type": "string"},
    "assessed_total": {"type": "string"},
    "unassigned": {"type": "string"},
    "scale_rate_total_percent": {"type": "string"},
    "scale_source": {"type": "string"},
    "scale_label": {"type": "string"},
    "method": {"type": "string"},
    "members": )json" + array_of(closed_object(
                            R"json(
    "member": {"type": "string", "description": "ISO3 code."},
    "name": {"type": "string"},
    "in_scale": {"type": "boolean"},
    "assessed": {"type": "string"},
    "given": {"$ref": "#/components/schemas/FundingAmounts"},
    "paid_minus_assessed": {"type": "string"}
)json",
                            {"member", "name", "in_scale", "assessed", "given", "paid_minus_assessed"})),
                      {"mission", "currency", "budget", "assessed_total", "unassigned",
                       "scale_rate_total_percent", "scale_source", "scale_label", "method", "members"}));
    // POST /api/v1/missions/{slug}/funding/import
    router.add_schema("FundingImportReport", closed_object(R"json(
    "committed": {"type": "boolean"},
    "rows": {"type": "integer"},
    "bad_rows": {"type": "integer"},
    "created": {"type": "integer"},
    "updated": {"type": "integer"},
    "unchanged": {"type": "integer"},
    "hxl": {"type": "boolean"},
    "errors": {"type": "array", "items": {"$ref": "#/components/schemas/ImportRowError"}}
)json",
                                                           {"committed", "rows", "bad_rows", "created",
                                                            "updated", "unchanged", "hxl", "errors"}));
    // GET /api/v1/missions/{slug}/funding/flows/{id}/history
    router.add_schema("FundingFlowHistory", closed_object(R"json(
    "flow": {"$ref": "#/components/schemas/FundingFlow"},
    "history": )json" + array_of(closed_object(R"json(
    "step": {"type": "string", "enum": ["created", "advanced", "amended", "corrected"]},
    "from": {"type": "string", "nullable": true, "description": "The status before an advance."},
    "status": {"type": "string", "enum": ["pledged", "committed", "paid"]},
    "date": {"type": "string"},
    "amount": {"type": "string"},
    "currency": {"type": "string"},
    "amount_usd": {"type": "string", "nullable": true},
    "recorded_at": {"type": "string"},
    "recorded_by": {"type": "string"}
)json",
                                               {"step", "from", "status", "date", "amount", "currency",
                                                "amount_usd", "recorded_at", "recorded_by"})),
                                                          {"flow", "history"}));
}

}  // namespace mssops::http
