#include "http/kind_routes.hpp"

#include <boost/json/serialize.hpp>
#include <memory>

#include "app/kind_json.hpp"

namespace mssops::http {

void add_kind_catalog_routes(Router& router) {
    // The catalog is compiled in: one body serves every request for the server's life.
    auto body = std::make_shared<const std::string>(boost::json::serialize(app::kinds_json()));
    Route route;
    route.method = Method::get;
    route.pattern = "/api/v1/kinds";
    route.access = Access::reader;
    route.cacheable = true;
    route.handler = [body](const Request&) -> domain::Result<Response> {
        Response response;
        response.shared_body = body;
        return response;
    };
    route.doc = {.summary =
                     "Every record kind: display name, description, edit domain, liaison scope, filter "
                     "fields and fields (type, required, choices or vocabulary, limits, references); and "
                     "the named vocabularies",
                 .tag = "meta",
                 .response_schema = "KindCatalog"};
    router.add(std::move(route));

    router.add_schema("KindCatalog", R"({
  "type": "object",
  "required": ["kinds", "vocabularies"],
  "properties": {
    "kinds": {"type": "array", "items": {"type": "object",
      "required": ["name", "singular", "display_name", "description", "edit_domain", "shared_edit",
                   "liaison_scope", "stored_separately", "date_field", "country_field", "mission_field", "fields"],
      "properties": {
        "name": {"type": "string", "description": "Plural, as in the URL: deployment_events."},
        "singular": {"type": "string"},
        "display_name": {"type": "string"},
        "description": {"type": "string"},
        "edit_domain": {"type": "string", "nullable": true, "enum": ["force", "funding", "incidents", "council", null],
                        "description": "null: every editor may write it (shared_edit)."},
        "shared_edit": {"type": "boolean"},
        "liaison_scope": {"type": "string", "enum": ["none", "own_country"]},
        "stored_separately": {"type": "boolean", "description": "Held in a typed table of its own (incidents)."},
        "date_field": {"type": "string", "nullable": true},
        "country_field": {"type": "string", "nullable": true},
        "mission_field": {"type": "string", "nullable": true},
        "fields": {"type": "array", "items": {"type": "object", "required": ["name", "type", "required", "description"],
          "properties": {
            "name": {"type": "string"},
            "type": {"type": "string", "enum": ["text", "key", "integer", "number", "boolean", "date", "country",
                                                "currency", "url", "choice", "text_list", "country_list", "reference"]},
            "required": {"type": "boolean"},
            "choices": {"type": "array", "items": {"type": "string"}},
            "vocabulary": {"type": "string", "description": "Name of the vocabulary the choices come from."},
            "min": {"type": "number"},
            "max": {"type": "number"},
            "references": {"type": "string", "description": "The kind whose key the field names."},
            "description": {"type": "string"}}}}}}},
    "vocabularies": {"type": "object", "additionalProperties": {"type": "object", "required": ["values"],
      "properties": {"values": {"type": "array", "items": {"type": "string"}}, "description": {"type": "string"}}}}
  }
})");
}

}  // namespace mssops::http
