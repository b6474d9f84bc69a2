#include "http/openapi.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <cctype>
#include <memory>
#include <mutex>

#include "domain/ascii_text.hpp"
#include "export/export_format.hpp"

namespace mssops::http {

namespace json = boost::json;
using domain::FieldSpec;
using domain::FieldType;

namespace {

json::object ref(const std::string& name) {
    return {{"$ref", "#/components/schemas/" + name}};
}

json::object string_schema(std::string pattern, std::string description) {
    json::object schema{{"type", "string"}};
    if (!pattern.empty()) schema.emplace("pattern", std::move(pattern));
    if (!description.empty()) schema.emplace("description", std::move(description));
    return schema;
}

json::object field_schema(const FieldSpec& field) {
    json::object schema;
    switch (field.type) {
        case FieldType::text:
            schema = {{"type", "string"}, {"minLength", 1}};
            break;
        case FieldType::key:
            schema = string_schema("^[a-z0-9._-]{1,200}$", "");
            break;
        case FieldType::integer:
            schema = {{"type", "integer"}, {"format", "int64"}};
            break;
        case FieldType::number:
            schema = {{"type", "number"}};
            break;
        case FieldType::boolean:
            schema = {{"type", "boolean"}};
            break;
        case FieldType::date:
            schema = string_schema("^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?~?$", "");
            break;
        case FieldType::country:
            schema = string_schema("^[A-Z]{3}$", "");
            break;
        case FieldType::currency:
            schema = string_schema("^[A-Z]{3}$", "");
            break;
        case FieldType::url:
            schema = {{"type", "string"}, {"format", "uri"}};
            break;
        case FieldType::choice: {
            json::array choices;
            for (const auto& choice : field.choices) choices.emplace_back(json::string(choice));
            schema = {{"type", "string"}, {"enum", std::move(choices)}};
            break;
        }
        case FieldType::text_list:
            schema = {{"type", "array"}, {"items", {{"type", "string"}, {"minLength", 1}}}};
            break;
        case FieldType::country_list:
            schema = {{"type", "array"}, {"uniqueItems", true}, {"items", string_schema("^[A-Z]{3}$", "")}};
            break;
        case FieldType::reference:
            schema = {{"type", "string"}};
            break;
    }
    if (field.min) schema.emplace("minimum", *field.min);
    if (field.max) schema.emplace("maximum", *field.max);
    std::string description = field.description;
    if (field.type == FieldType::reference) description += " (key of a record of " + field.references + ")";
    if (!description.empty()) schema.emplace("description", description);
    schema.emplace("x-mssops-type", domain::to_text(field.type));
    return schema;
}

/// The three schemas of a kind: the record as returned, the body that creates one, the body that changes one.
void add_kind_schemas(json::object& schemas, const domain::KindSpec& kind) {
    const std::string name = schema_name(kind);
    json::object fields;
    json::object nullable_fields;
    json::array required;
    for (const auto& field : kind.fields) {
        json::object schema = field_schema(field);
        fields.emplace(field.name, schema);
        schema.emplace("nullable", true);
        nullable_fields.emplace(field.name, std::move(schema));
        if (field.required) required.emplace_back(json::string(field.name));
    }

    json::object input{{"type", "object"},
                       {"description", kind.description},
                       {"properties", fields},
                       {"additionalProperties", false}};
    if (!required.empty()) input.emplace("required", required);
    schemas.emplace(name + "Input", std::move(input));
    schemas.emplace(name + "Changes", json::object{{"type", "object"},
                                                   {"description", "Fields to change on a " + kind.singular +
                                                                       "; null removes a field."},
                                                   {"properties", std::move(nullable_fields)},
                                                   {"additionalProperties", false}});

    json::object record_properties{
        {"id", {{"type", "integer"}, {"format", "int64"}}},
        {"kind", {{"type", "string"}, {"enum", json::array{json::string(kind.name)}}}},
        {"version", {{"type", "integer"}, {"format", "int64"}, {"minimum", 1}}},
        {"retired", {{"type", "boolean"}}},
        {"created_at", {{"type", "string"}, {"format", "date-time"}}},
        {"updated_at", {{"type", "string"}, {"format", "date-time"}}},
    };
    for (const auto& [field_name, schema] : fields) record_properties.emplace(field_name, schema);
    json::array record_required{"id", "kind", "version", "retired", "created_at", "updated_at"};
    for (const auto& field : required) record_required.push_back(field);
    schemas.emplace(name, json::object{{"type", "object"},
                                       {"description", kind.description},
                                       {"properties", std::move(record_properties)},
                                       {"required", std::move(record_required)}});
}

json::object problem_schema() {
    return {{"type", "object"},
            {"description", "RFC 9457 problem details."},
            {"properties",
             {{"type", {{"type", "string"}}},
              {"title", {{"type", "string"}}},
              {"status", {{"type", "integer"}}},
              {"detail", {{"type", "string"}}},
              {"field", {{"type", "string"}, {"description", "The field, parameter or header at fault."}}},
              {"request_id", {{"type", "string"}}}}},
            {"required", {"type", "title", "status", "detail", "request_id"}}};
}

json::object problem_response(const char* description) {
    return {{"description", description},
            {"content", {{"application/problem+json", {{"schema", ref("Problem")}}}}}};
}

json::object response_body_schema(const OperationDoc& doc, const json::object& schemas) {
    json::object item = doc.response_schema.empty() || !schemas.contains(doc.response_schema)
                            ? json::object{{"type", "object"}}
                            : ref(doc.response_schema);
    if (!doc.response_is_list) return item;
    return {{"type", "object"},
            {"properties",
             {{"items", {{"type", "array"}, {"items", std::move(item)}}},
              {"total", {{"type", "integer"}}},
              {"limit", {{"type", "integer"}}},
              {"offset", {{"type", "integer"}}}}},
            {"required", {"items", "total", "limit", "offset"}}};
}

// The file formats a list's ?format= downloads as (http/export_response.hpp).
constexpr exports::ExportFormat download_formats[] = {exports::ExportFormat::csv, exports::ExportFormat::json,
                                                      exports::ExportFormat::geojson,
                                                      exports::ExportFormat::xlsx};

json::object success_response(const Route& route, const json::object& schemas, int status) {
    const OperationDoc& doc = route.doc;
    // 204 No Content has no body to describe.
    if (status == 204) return {{"description", "Success; no body."}};
    json::object content;
    if (doc.response_types.empty()) {
        content.emplace("application/json", json::object{{"schema", response_body_schema(doc, schemas)}});
    } else {
        for (const auto& type : doc.response_types)
            content.emplace(type, json::object{{"schema", {{"type", "string"}, {"format", "binary"}}}});
    }
    if (route.exports)
        for (auto format : download_formats) {
            // A media type without its parameters: "text/csv", not "text/csv; charset=utf-8".
            std::string type = exports::content_type(format);
            type = type.substr(0, type.find(';'));
            if (!content.contains(type))
                content.emplace(type, json::object{{"schema", {{"type", "string"}, {"format", "binary"}}}});
        }
    return {
        {"description", route.exports ? "Success; with ?format=, a file of every selected row." : "Success."},
        {"content", std::move(content)}};
}

std::string operation_id(const Route& route) {
    std::string id(openapi_name(route.method));
    for (char c : route.pattern) id += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
    return id;
}

const char* access_text(Access access) {
    switch (access) {
        case Access::anyone:
            return "anyone";
        case Access::reader:
            return "reader";
        case Access::editor:
            return "editor";
        case Access::admin:
            return "admin";
    }
    return "admin";
}

json::object operation(const Route& route, const json::object& schemas) {
    const OperationDoc& doc = route.doc;
    json::object op{{"summary", doc.summary.empty() ? std::string(to_text(route.method)) + " " + route.pattern
                                                    : doc.summary},
                    {"operationId", operation_id(route)},
                    {"x-mssops-access", access_text(route.access)}};
    if (!doc.tag.empty()) op.emplace("tags", json::array{json::string(doc.tag)});

    json::array parameters;
    for (const auto& name : pattern_parameters(route.pattern))
        parameters.push_back(json::object{
            {"name", name}, {"in", "path"}, {"required", true}, {"schema", {{"type", "string"}}}});
    for (const auto& query : doc.query)
        parameters.push_back(json::object{{"name", query.name},
                                          {"in", "query"},
                                          {"required", query.required},
                                          {"description", query.description},
                                          {"schema", {{"type", query.type}}}});
    if (!parameters.empty()) op.emplace("parameters", std::move(parameters));

    if (!doc.request_schema.empty()) {
        json::object schema =
            schemas.contains(doc.request_schema) ? ref(doc.request_schema) : json::object{{"type", "object"}};
        op.emplace("requestBody",
                   json::object{{"required", true},
                                {"content", {{"application/json", {{"schema", std::move(schema)}}}}}});
    }

    json::object responses;
    const int status = doc.success_status != 0                                       ? doc.success_status
                       : route.method == Method::post && !doc.request_schema.empty() ? 201
                                                                                     : 200;
    responses.emplace(std::to_string(status), success_response(route, schemas, status));
    if (!doc.request_schema.empty() || !doc.query.empty()) {
        responses.emplace("400", problem_response("The body or a parameter does not parse."));
        responses.emplace("422", problem_response("A field or parameter is invalid; `field` names it."));
    }
    if (route.access != Access::anyone) {
        responses.emplace("401", problem_response("Sign-in required."));
        responses.emplace("403", problem_response("The signed-in user may not do this."));
    }
    if (!pattern_parameters(route.pattern).empty())
        responses.emplace("404", problem_response("No such record."));
    if (route.method == Method::patch || route.method == Method::post)
        responses.emplace("409", problem_response("Conflict: a stale version or a taken key."));
    responses.emplace("default", problem_response("Any other failure."));
    op.emplace("responses", std::move(responses));
    if (route.access != Access::anyone)
        op.emplace("security", json::array{json::object{{"bearerAuth", json::array{}}},
                                           json::object{{"cookieAuth", json::array{}}}});
    return op;
}

}  // namespace

std::string schema_name(const domain::KindSpec& kind) {
    std::string name;
    bool upper = true;
    for (char c : kind.singular) {
        if (c == ' ' || c == '_' || c == '-') {
            upper = true;
            continue;
        }
        name += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
        upper = false;
    }
    return name;
}

json::object openapi_document(const Router& router) {
    json::object schemas;
    schemas.emplace("Problem", problem_schema());
    for (const auto& kind : domain::all_kinds()) add_kind_schemas(schemas, kind);
    for (const auto& [name, text] : router.schemas()) {
        boost::system::error_code ec;
        json::value schema = json::parse(text, ec);
        // A schema that does not parse is a bug in the route file that added it.
        MSSOPS_VERIFY(!ec && schema.is_object());
        schemas[name] = std::move(schema);
    }

    json::object paths;
    for (const auto& route : router.routes()) {
        json::value& path = paths[route.pattern];
        if (!path.is_object()) path = json::object();
        path.get_object().emplace(openapi_name(route.method), operation(route, schemas));
    }

    return {{"openapi", "3.0.3"},
            {"info",
             {{"title", "mssops API"},
              {"version", "1"},
              {"description",
               "Operations and oversight of a multinational security support mission. Errors are "
               "RFC 9457 application/problem+json naming the field at fault."}}},
            {"paths", std::move(paths)},
            {"components",
             {{"schemas", std::move(schemas)},
              {"securitySchemes",
               {{"bearerAuth", {{"type", "http"}, {"scheme", "bearer"}, {"description", "An API token."}}},
                {"cookieAuth",
                 {{"type", "apiKey"},
                  {"in", "cookie"},
                  {"name", "mssops_session"},
                  {"description", "The session cookie set by signing in."}}}}}}}};
}

void add_openapi_route(Router& router) {
    // Routes are all added before the server starts, so the first request builds the document for good.
    struct Cache {
        std::once_flag once;
        std::shared_ptr<const std::string> text;
    };
    auto cache = std::make_shared<Cache>();
    Route route;
    route.method = Method::get;
    route.pattern = "/api/openapi.json";
    route.access = Access::anyone;
    route.handler = [&router, cache](const Request&) -> domain::Result<Response> {
        std::call_once(cache->once, [&] {
            cache->text = std::make_shared<const std::string>(json::serialize(openapi_document(router)));
        });
        Response response;
        response.shared_body = cache->text;
        return response;
    };
    route.doc = {
        .summary = "This OpenAPI 3.0.3 document", .tag = "meta", .response_schema = "OpenApiDocument"};
    router.add(std::move(route));
}

}  // namespace mssops::http
