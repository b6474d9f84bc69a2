#include "http/incident_routes.hpp"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>
#include <limits>
#include <set>
#include <sstream>

#include "app/incident_json.hpp"
#include "app/incident_query.hpp"
#include "http/audit_actor.hpp"
#include "http/export_response.hpp"
#include "http/import_body.hpp"
#include "http/query_parameters.hpp"
#include "http/readable_json.hpp"
#include "http/record_table.hpp"
#include "http/request_body.hpp"
#include "http/schemas/response_schemas.hpp"
#include "ingest/incident_export.hpp"
#include "store/record_json.hpp"

namespace mssops::http {

namespace json = boost::json;
using domain::Error;
using domain::Record;
using domain::Result;

namespace {

const std::string collection = "/api/v1/incidents";

Result<bool> flag_parameter(const Request& request, const std::string& name) {
    std::string text = request.query_or(name, "false");
    if (text == "true" || text == "1") return true;
    if (text == "false" || text == "0") return false;
    return Error::invalid(name, "must be true or false, got \"" + text + "\"");
}

std::vector<ParameterDoc> filter_parameters() {
    return {{"from", "First event day, YYYY-MM-DD (inclusive)"},
            {"to", "Last event day, YYYY-MM-DD (inclusive)"},
            {"event_type", "ACLED event types, comma-separated: Battles,Riots"},
            {"actor", "Events where actor1 or actor2 is exactly this"},
            {"admin1", "Admin-1 name as the source wrote it: Ouest"},
            {"adm1_pcode", "OCHA P-code of the admin-1 unit: HT01"},
            {"adm2_pcode", "OCHA P-code of the admin-2 unit"},
            {"mission", "Only events in this mission's host country (its slug: mss-haiti)"},
            {"country", "Only events in this country (ISO3)"},
            {"source_id", "Only events citing this source record"},
            {"include_retired", "true to include retired events", "boolean"}};
}

std::vector<ParameterDoc> list_parameters() {
    auto parameters = filter_parameters();
    parameters.push_back({"limit", "Page size, 1..1000 (default 100)", "integer"});
    parameters.push_back({"offset", "Events to skip (default 0)", "integer"});
    parameters.push_back(format_parameter(true));
    return parameters;
}

Result<store::IncidentQuery> parse_filters(const Request& request, const std::vector<ParameterDoc>& known) {
    if (auto ok = reject_unknown_parameters(request, known); !ok) return ok.error();
    store::IncidentQuery query;
    query.from = optional_parameter(request, "from");
    query.to = optional_parameter(request, "to");
    query.event_types = list_parameter(request, "event_type");
    query.actor = optional_parameter(request, "actor");
    query.admin1 = optional_parameter(request, "admin1");
    query.adm1_pcode = optional_parameter(request, "adm1_pcode");
    query.adm2_pcode = optional_parameter(request, "adm2_pcode");
    query.country = optional_parameter(request, "country");
    query.source_id = optional_parameter(request, "source_id");
    auto retired = flag_parameter(request, "include_retired");
    if (!retired) return retired.error();
    query.include_retired = *retired;
    // Any whole number: the store checks the page's range and names it.
    using any_number = std::numeric_limits<std::int64_t>;
    auto limit = integer_parameter(request, "limit", 100, any_number::min(), any_number::max());
    if (!limit) return limit.error();
    auto offset = integer_parameter(request, "offset", 0, any_number::min(), any_number::max());
    if (!offset) return offset.error();
    query.limit = *limit;
    query.offset = *offset;
    return query;
}

Response incident_response(const Record& record, int status = 200,
                           const domain::Principal* reader = nullptr) {
    json::value fields = store::record_to_json(record);
    if (reader != nullptr) fields = readable_json(std::move(fields), *reader, domain::kinds::incidents);
    Response response = Response::json(json::serialize(fields), status);
    response.headers.emplace_back("ETag", "\"" + std::to_string(record.version) + "\"");
    return response;
}

Route incident_route(Method method, std::string pattern, Access access, Handler handler, OperationDoc doc) {
    Route route =
        tagged_route(method, std::move(pattern), access, std::move(handler), std::move(doc), "incidents");
    route.edit_domain = domain::EditDomain::incidents;
    // Reads depend only on the store, whose changes the response cache follows.
    route.cacheable = route.method == Method::get;
    route.reads = {std::string(domain::kinds::incidents), std::string(domain::kinds::admin_units)};
    return route;
}

/// parse_filters() with the `mission` parameter, which the use case reads as its host country.
Result<app::IncidentListQuery> parse_list_query(const Request& request,
                                                const std::vector<ParameterDoc>& known) {
    auto filters = parse_filters(request, known);
    if (!filters) return filters.error();
    return app::IncidentListQuery{.filters = std::move(filters).value(),
                                  .mission = optional_parameter(request, "mission")};
}

/// Every incident the list's filters select, newest first as the list, as a download under ACLED's
/// column names.
Result<Response> export_listed_incidents(store::Store& store, const Request& request,
                                         exports::ExportFormat format) {
    auto query = parse_list_query(request, list_parameters());
    if (!query) return query.error();
    const RecordTable table = RecordTable::incidents(request.principal);
    return export_response(format, table.shape(), "incidents", [&](const RowSink& sink) {
        return app::each_incident(store, *query, [&](const Record& incident) { sink(table.row(incident)); });
    });
}

Result<Response> citations(store::Store& store) {
    auto counts = store.incidents().citation_counts();
    if (!counts) return counts.error();
    json::array items;
    for (const auto& count : *counts)
        items.push_back(json::object{{"source_id", count.source_id}, {"incidents", count.incidents}});
    return Response::json(json::serialize(json::object{{"items", std::move(items)}}));
}

Result<Response> aggregate(store::Store& store, const Request& request) {
    std::vector<ParameterDoc> known = {{"by"},         {"period"}, {"from"},    {"to"},
                                       {"event_type"}, {"actor"},  {"mission"}, {"format"}};
    auto format = requested_export(request);
    if (!format) return format.error();
    if (auto ok = reject_unknown_parameters(request, known); !ok) return ok.error();
    app::IncidentAggregateQuery query;
    std::string by = request.query_or("by", "adm1");
    auto by_value = store::aggregate_by_from_text(by);
    if (!by_value) return Error::invalid("by", "must be one of none, adm1, adm2, got \"" + by + "\"");
    std::string period = request.query_or("period", "week");
    auto period_value = domain::incident_period_from_text(period);
    if (!period_value)
        return Error::invalid("period", "must be one of day, week, month, got \"" + period + "\"");
    query.counting.by = *by_value;
    query.counting.period = *period_value;
    query.counting.from = optional_parameter(request, "from");
    query.counting.to = optional_parameter(request, "to");
    query.counting.event_types = list_parameter(request, "event_type");
    query.counting.actor = optional_parameter(request, "actor");
    query.mission = optional_parameter(request, "mission");
    auto aggregate = app::aggregate_incidents(store, query);
    if (!aggregate) return aggregate.error();
    if (*format) {
        const std::string unit_level = by == "adm2" ? "#adm2" : "#adm1";
        const exports::TableShape shape{.columns = {{"period", "#date+period"},
                                                    {"period_start", "#date+start"},
                                                    {"pcode", unit_level + "+code"},
                                                    {"unit", unit_level + "+name"},
                                                    {"event_type", "#event+type"},
                                                    {"events", "#event+num"},
                                                    {"fatalities", "#affected+killed"}},
                                        .title = "incidents by " + by + " and " + period};
        return export_response(**format, shape, "incident-aggregate",
                               [&](const RowSink& sink) -> Result<void> {
                                   for (const auto& row : aggregate->rows)
                                       sink({row.period, row.period_start, row.pcode, row.unit,
                                             row.event_type, row.events, row.fatalities});
                                   return {};
                               });
    }
    return Response::json(json::serialize(app::aggregate_to_json(aggregate->query, aggregate->rows)));
}

Result<Response> export_incidents(store::Store& store, const Request& request) {
    auto known = filter_parameters();
    known.push_back({"format"});
    known.push_back({"hxl"});
    std::string format = request.query_or("format", "csv");
    if (format != "csv" && format != "geojson")
        return Error::invalid("format", "must be csv or geojson, got \"" + format + "\"");
    auto hxl = flag_parameter(request, "hxl");
    if (!hxl) return hxl.error();
    auto parsed = parse_list_query(request, known);
    if (!parsed) return parsed.error();
    auto query = app::scoped_filters(store, *parsed);
    if (!query) return query.error();
    // The body is built in memory (responses are not streamed): count first, and refuse an export
    // larger than a response carries before reading any of it.
    store::IncidentQuery count = *query;
    count.limit = 1;
    count.offset = 0;
    auto matching = store.incidents().list(count);
    if (!matching) return matching.error();
    if (auto fits = ingest::check_export_size(matching->total, ingest::max_response_export_incidents); !fits)
        return fits.error();
    std::ostringstream out;
    Result<void> done;
    if (format == "csv") {
        ingest::IncidentCsvWriter writer(out, *hxl ? ingest::HxlRow::yes : ingest::HxlRow::no);
        done = store.incidents().each(*query, [&](const Record& incident) { writer.write(incident); });
    } else {
        ingest::IncidentGeoJsonWriter writer(out);
        done = store.incidents().each(*query, [&](const Record& incident) { writer.write(incident); });
        writer.finish();
    }
    if (!done) return done.error();
    Response response;
    response.content_type = format == "csv" ? "text/csv; charset=utf-8" : "application/geo+json";
    response.body = std::move(out).str();
    response.headers.emplace_back("Content-Disposition",
                                  std::string("attachment; filename=\"incidents.") + format + "\"");
    return response;
}

Result<Response> import(store::Store& store, const Request& request) {
    std::vector<ParameterDoc> known = {{"strict"},  {"deleted"},   {"assign_pcodes"},
                                       {"country"}, {"publisher"}, {"file_name"}};
    if (auto ok = reject_unknown_parameters(request, known); !ok) return ok.error();
    auto strict = flag_parameter(request, "strict");
    if (!strict) return strict.error();
    auto assign =
        request.query.count("assign_pcodes") ? flag_parameter(request, "assign_pcodes") : Result<bool>(true);
    if (!assign) return assign.error();
    app::IncidentImportQuery query;
    // As the CLI: events without P-codes get those of the stored admin units holding their points.
    query.assignment = *assign ? app::PcodeAssignment::when_units_exist : app::PcodeAssignment::none;
    query.mode = *strict ? ingest::ImportMode::strict : ingest::ImportMode::skip_bad_rows;
    query.deleted_keys = list_parameter(request, "deleted");
    for (auto& key : query.deleted_keys)
        for (char& c : key)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    query.country = optional_parameter(request, "country");
    query.file_name = request.query_or("file_name", "body.csv");
    query.publisher = request.query_or("publisher");
    auto imported = app::import_incident_file(
        store, query, [&] { return csv_body(request, query.file_name); }, actor_of(request.principal));
    if (!imported) return imported.error();
    // A strict import with bad rows wrote nothing: 422, with the rows to fix in the same shape.
    return Response::json(json::serialize(app::import_report_to_json(imported->report)),
                          imported->report.committed ? 200 : 422);
}

}  // namespace

Result<std::optional<std::string>> requested_mission_country(store::Store& store, const Request& request) {
    return app::mission_host_country(store.records(), optional_parameter(request, "mission"));
}

void add_incident_routes(Router& router, store::Store& store) {
    const std::string item = collection + "/{id}";
    const std::string schema = "Incident";

    Route list_route = incident_route(
        Method::get, collection, Access::reader,
        [&store](const Request& request) -> Result<Response> {
            auto format = requested_export(request);
            if (!format) return format.error();
            if (*format) return export_listed_incidents(store, request, **format);
            auto query = parse_list_query(request, list_parameters());
            if (!query) return query.error();
            auto page = app::list_incidents(store, *query);
            if (!page) return page.error();
            return Response::json(json::serialize(
                readable_json(store::page_to_json(*page), request.principal, domain::kinds::incidents)));
        },
        {.summary =
             "List incidents, newest first, paged and filtered; ?format= downloads every selected event",
         .query = list_parameters(),
         .response_schema = schema,
         .response_is_list = true});
    list_route.exports = true;
    router.add(std::move(list_route));

    Route aggregate_route = incident_route(
        Method::get, collection + "/aggregate", Access::reader,
        [&store](const Request& request) { return aggregate(store, request); },
        {.summary = "Events and fatalities per admin unit x period x event type (ISO weeks start on Monday)",
         .query = {{"by", "none, adm1 (default) or adm2"},
                   {"period", "day, week (default) or month"},
                   {"from", "First event day, YYYY-MM-DD"},
                   {"to", "Last event day, YYYY-MM-DD"},
                   {"event_type", "ACLED event types, comma-separated"},
                   {"actor", "Only events where actor1 or actor2 is exactly this"},
                   {"mission", "Only events in this mission's host country (its slug: mss-haiti)"},
                   format_parameter(false)},
         .response_schema = "IncidentAggregate"});
    aggregate_route.exports = true;
    router.add(std::move(aggregate_route));

    router.add(incident_route(
        Method::get, collection + "/citations", Access::reader,
        [&store](const Request&) { return citations(store); },
        {.summary = "Live incidents per cited source record: {items: [{source_id, incidents}]}",
         .response_schema = "IncidentCitations"}));

    auto export_parameters = filter_parameters();
    export_parameters.push_back({"format", "csv (default; ACLED columns) or geojson (RFC 7946 points)"});
    export_parameters.push_back({"hxl", "true to add an HXL hashtag row under the CSV header", "boolean"});
    router.add(incident_route(
        Method::get, collection + "/export", Access::reader,
        [&store](const Request& request) { return export_incidents(store, request); },
        {.summary = "Export incidents as ACLED-column CSV or GeoJSON; at most 100,000 per response (422 "
                    "beyond: narrow "
                    "with the filters, or use `mssops incidents export`, which streams any number)",
         .query = export_parameters,
         .response_types = {"text/csv", "application/geo+json"}}));

    Route import_route = incident_route(
        Method::post, collection + "/import", Access::editor,
        [&store](const Request& request) { return import(store, request); },
        {.summary =
             "Import an ACLED or HXL-tagged CSV (text/csv body); upserts by event_id_cnty in one transaction",
         .query =
             {{"strict", "true: one bad row rejects the whole file (422); default skips and reports bad rows",
               "boolean"},
              {"deleted", "Keys (event_id_cnty) to retire, comma-separated"},
              {"assign_pcodes",
               "false: keep only the file's P-codes; default true gives events without them those of the "
               "stored admin units holding their points (outside_keys lists the first events in none)",
               "boolean"}},
         .response_schema = "IncidentImportReport"});
    // A file may run to tens of MB: it goes to disk, up to the server's import limit.
    import_route.body = RequestBody::file;
    router.add(std::move(import_route));

    router.add(incident_route(Method::get, item, Access::reader,
                              [&store](const Request& request) -> Result<Response> {
                                  auto incident = app::find_incident(store, request.path_params.at("id"));
                                  if (!incident) return incident.error();
                                  return incident_response(*incident, 200, &request.principal);
                              },
                              {.summary = "Get one incident by id or key", .response_schema = schema}));

    router.add(incident_route(
        Method::post, collection, Access::editor,
        [&store](const Request& request) -> Result<Response> {
            auto fields = body_fields(request);
            if (!fields) return fields.error();
            auto incident = store.incidents().create(*fields, actor_of(request.principal));
            if (!incident) return incident.error();
            Response response = incident_response(*incident, 201);
            response.headers.emplace_back("Location", collection + "/" + std::to_string(incident->id));
            return response;
        },
        {.summary = "Create an incident", .request_schema = schema + "Input", .response_schema = schema}));

    router.add(incident_route(
        Method::patch, item, Access::editor,
        [&store](const Request& request) -> Result<Response> {
            auto version = expected_version(request);
            if (!version) return version.error();
            auto changes = body_fields(request);
            if (!changes) return changes.error();
            auto current = app::find_incident(store, request.path_params.at("id"));
            if (!current) return current.error();
            auto incident =
                store.incidents().update(current->id, *changes, actor_of(request.principal), *version);
            if (!incident) return incident.error();
            return incident_response(*incident);
        },
        {.summary = "Change fields of an incident (null removes one); If-Match: the version you read",
         .request_schema = schema + "Changes",
         .response_schema = schema}));

    router.add(
        incident_route(Method::delete_, item, Access::editor,
                       [&store](const Request& request) -> Result<Response> {
                           auto current = app::find_incident(store, request.path_params.at("id"));
                           if (!current) return current.error();
                           auto incident = store.incidents().retire(current->id, actor_of(request.principal));
                           if (!incident) return incident.error();
                           return incident_response(*incident);
                       },
                       {.summary = "Retire an incident (soft delete: kept, out of lists and aggregates)",
                        .response_schema = schema}));
    add_incident_schemas(router);
}

}  // namespace mssops::http
