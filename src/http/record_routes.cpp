#include "http/record_routes.hpp"

#include <boost/json/serialize.hpp>
#include <charconv>

#include "domain/access_policy.hpp"
#include "domain/kind_names.hpp"
#include "http/audit_actor.hpp"
#include "http/export_response.hpp"
#include "http/list_query.hpp"
#include "http/openapi.hpp"
#include "http/readable_json.hpp"
#include "http/record_table.hpp"
#include "http/request_body.hpp"
#include "store/record_json.hpp"

namespace mssops::http {

namespace json = boost::json;
using domain::Record;
using domain::Result;

namespace {

std::string collection_path(const domain::KindSpec& kind) {
    return "/api/v1/" + kind.name;
}

std::vector<ParameterDoc> list_parameters_with_format(const domain::KindSpec& kind) {
    auto parameters = list_query_parameters(kind);
    parameters.push_back(format_parameter(kind.field("latitude") && kind.field("longitude")));
    return parameters;
}

Response record_response(const Record& record, int status = 200, const domain::Principal* reader = nullptr) {
    json::value fields = store::record_to_json(record);
    if (reader != nullptr) fields = readable_json(std::move(fields), *reader, record.kind);
    Response response = Response::json(json::serialize(fields), status);
    // The version is the record's entity tag: PATCH with If-Match sends it back.
    response.headers.emplace_back("ETag", "\"" + std::to_string(record.version) + "\"");
    return response;
}

/// The record the {id} segment names: a numeric id, or else the record's key ("mss-haiti").
Result<Record> find_record(store::Store& store, const domain::KindSpec& kind, const std::string& id_or_key) {
    std::int64_t id = 0;
    auto [end, ec] = std::from_chars(id_or_key.data(), id_or_key.data() + id_or_key.size(), id);
    if (ec == std::errc() && end == id_or_key.data() + id_or_key.size())
        return store.records().get(kind.name, id);
    return store.records().find_by_key(kind.name, id_or_key);
}

Route make_route(const domain::KindSpec& kind, Method method, std::string pattern, Access access,
                 Handler handler, OperationDoc doc, bool exports = false) {
    Route route =
        tagged_route(method, std::move(pattern), access, std::move(handler), std::move(doc), "records");
    if (auto domain = domain::edit_domain_of(kind.name))
        route.edit_domain = *domain;
    else
        route.shared_edit_domain = true;
    // Record reads depend on nothing but the data: safe to cache until the next write.
    route.cacheable = route.method == Method::get;
    route.reads = {kind.name};
    route.exports = exports;
    return route;
}

/// A step in a record's life that changes no field: out of lists (retire) or back in (restore).
enum class Lifecycle { retire, restore };

/// Takes the record at {id} through `step`, when the caller may write that record.
Handler lifecycle_handler(store::Store& store, const domain::KindSpec& kind, Lifecycle step) {
    return [&store, &kind, step](const Request& request) -> Result<Response> {
        auto current = find_record(store, kind, request.path_params.at("id"));
        if (!current) return current.error();
        if (auto allowed = domain::authorize_write(request.principal, kind.name, current->fields); !allowed)
            return allowed.error();
        const store::Actor actor = actor_of(request.principal);
        auto record = step == Lifecycle::retire ? store.records().retire(kind.name, current->id, actor)
                                                : store.records().restore(kind.name, current->id, actor);
        if (!record) return record.error();
        return record_response(*record);
    };
}

/// Every record the list's filters select, in the list's order, as a download.
Result<Response> export_records(store::Store& store, const domain::KindSpec& kind, const Request& request,
                                exports::ExportFormat format) {
    auto filters = request.query;
    filters.erase("format");
    auto query = parse_list_query(kind, filters);
    if (!query) return query.error();
    const RecordTable table = RecordTable::of_kind(kind, request.principal);
    return export_response(format, table.shape(), kind.name, [&](const RowSink& sink) -> Result<void> {
        // Page by page, as the list pages, so no more than one page is held at once.
        query->limit = 1000;
        for (query->offset = 0;; query->offset += query->limit) {
            auto page = store.records().list(*query);
            if (!page) return page.error();
            for (const auto& record : page->items) sink(table.row(record));
            if (page->items.empty() || query->offset + query->limit >= page->total) return {};
        }
    });
}

void add_kind_routes(Router& router, store::Store& store, const domain::KindSpec& kind) {
    const std::string collection = collection_path(kind);
    const std::string item = collection + "/{id}";
    const std::string schema = schema_name(kind);

    router.add(make_route(
        kind, Method::get, collection, Access::reader,
        [&store, &kind](const Request& request) -> Result<Response> {
            auto format = requested_export(request);
            if (!format) return format.error();
            if (*format) return export_records(store, kind, request, **format);
            auto query = parse_list_query(kind, request.query);
            if (!query) return query.error();
            auto page = store.records().list(*query);
            if (!page) return page.error();
            return Response::json(
                json::serialize(readable_json(store::page_to_json(*page), request.principal, kind.name)));
        },
        {.summary = "List " + kind.name + ", paged and filtered; ?format= downloads every selected row",
         .query = list_parameters_with_format(kind),
         .response_schema = schema,
         .response_is_list = true},
        true));

    router.add(
        make_route(kind, Method::get, item, Access::reader,
                   [&store, &kind](const Request& request) -> Result<Response> {
                       auto record = find_record(store, kind, request.path_params.at("id"));
                       if (!record) return record.error();
                       return record_response(*record, 200, &request.principal);
                   },
                   {.summary = "Get one " + kind.singular + " by id or key", .response_schema = schema}));

    router.add(make_route(
        kind, Method::post, collection, Access::editor,
        [&store, &kind, collection](const Request& request) -> Result<Response> {
            auto fields = body_fields(request);
            if (!fields) return fields.error();
            if (auto allowed = domain::authorize_write(request.principal, kind.name, *fields); !allowed)
                return allowed.error();
            auto record = store.records().create(kind.name, *fields, actor_of(request.principal));
            if (!record) return record.error();
            Response response = record_response(*record, 201);
            response.headers.emplace_back("Location", collection + "/" + std::to_string(record->id));
            return response;
        },
        {.summary = "Create a " + kind.singular,
         .request_schema = schema + "Input",
         .response_schema = schema}));

    router.add(make_route(
        kind, Method::patch, item, Access::editor,
        [&store, &kind](const Request& request) -> Result<Response> {
            auto version = expected_version(request);
            if (!version) return version.error();
            auto changes = body_fields(request);
            if (!changes) return changes.error();
            auto current = find_record(store, kind, request.path_params.at("id"));
            if (!current) return current.error();
            if (auto allowed =
                    domain::authorize_update(request.principal, kind.name, current->fields, *changes);
                !allowed)
                return allowed.error();
            auto record = store.records().update(kind.name, current->id, *changes,
                                                 actor_of(request.principal), *version);
            if (!record) return record.error();
            return record_response(*record);
        },
        {"Change fields of a " + kind.singular + " (null removes one); If-Match: the version you read",
         "",
         {},
         schema + "Changes",
         schema,
         false}));

    router.add(make_route(kind, Method::delete_, item, Access::editor,
                          lifecycle_handler(store, kind, Lifecycle::retire),
                          {.summary = "Retire a " + kind.singular + " (soft delete: it stays, out of lists)",
                           .response_schema = schema}));

    router.add(
        make_route(kind, Method::post, item + "/restore", Access::editor,
                   lifecycle_handler(store, kind, Lifecycle::restore),
                   {"Restore a retired " + kind.singular + ": back in lists, and open to changes again",
                    "",
                    {},
                    "",
                    schema,
                    false}));
}

}  // namespace

void add_record_routes(Router& router, store::Store& store) {
    // A kind kept in a table of its own (incidents) has routes of its own (incident_routes.cpp).
    for (const auto& kind : domain::all_kinds())
        if (kind.storage == domain::KindStorage::records) add_kind_routes(router, store, kind);
}

}  // namespace mssops::http
