#include "http/incident_point_routes.hpp"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>
#include <limits>
#include <optional>

#include "app/incident_query.hpp"
#include "http/query_parameters.hpp"

namespace mssops::http {

namespace json = boost::json;
using domain::Record;
using domain::Result;

namespace {

constexpr std::int64_t max_limit = 5000;

const std::vector<std::string> point_fields = {"id",         "key",       "date",       "event_type",
                                               "latitude",   "longitude", "fatalities", "adm1_pcode",
                                               "adm2_pcode", "location"};

std::vector<ParameterDoc> point_parameters() {
    return {{"from", "First event day, YYYY-MM-DD (inclusive)"},
            {"to", "Last event day, YYYY-MM-DD (inclusive)"},
            {"event_type", "ACLED event types, comma-separated: Battles,Riots"},
            {"actor", "Events where actor1 or actor2 is exactly this"},
            {"adm1_pcode", "OCHA P-code of the admin-1 unit: HT01"},
            {"adm2_pcode", "OCHA P-code of the admin-2 unit"},
            {"limit", "Incidents to read, 1..5000 (default 1000); those without coordinates give no row",
             "integer"},
            {"offset", "Incidents to skip (default 0)", "integer"}};
}

json::value text_or_null(const Record& incident, std::string_view name) {
    const std::string* text = incident.text(name);
    return text ? json::value(*text) : json::value(nullptr);
}

/// The row of a located incident, in the order of `point_fields`; nothing when it has no point.
std::optional<json::array> point_row(const Record& incident) {
    auto latitude = incident.number("latitude");
    auto longitude = incident.number("longitude");
    if (!latitude || !longitude) return std::nullopt;
    auto fatalities = incident.integer("fatalities");
    return json::array{incident.id,
                       incident.key(),
                       text_or_null(incident, "date"),
                       text_or_null(incident, "event_type"),
                       *latitude,
                       *longitude,
                       fatalities ? json::value(*fatalities) : json::value(nullptr),
                       text_or_null(incident, "adm1_pcode"),
                       text_or_null(incident, "adm2_pcode"),
                       text_or_null(incident, "location")};
}

Result<Response> points(store::Store& store, const Request& request) {
    if (auto ok = reject_unknown_parameters(request, point_parameters()); !ok) return ok.error();
    auto limit = integer_parameter(request, "limit", 1000, 1, max_limit);
    if (!limit) return limit.error();
    auto offset = integer_parameter(request, "offset", 0, 0, std::numeric_limits<std::int64_t>::max());
    if (!offset) return offset.error();
    app::IncidentPointsQuery query{.limit = *limit, .offset = *offset};
    query.filters.from = optional_parameter(request, "from");
    query.filters.to = optional_parameter(request, "to");
    query.filters.event_types = list_parameter(request, "event_type");
    query.filters.actor = optional_parameter(request, "actor");
    query.filters.adm1_pcode = optional_parameter(request, "adm1_pcode");
    query.filters.adm2_pcode = optional_parameter(request, "adm2_pcode");
    auto points = app::incident_points(store, query);
    if (!points) return points.error();
    json::array rows;
    for (const auto& incident : points->located)
        if (auto row = point_row(incident)) rows.push_back(std::move(*row));
    const std::int64_t total = points->total;
    const std::int64_t read = points->read;
    json::array fields;
    for (const auto& field : point_fields) fields.push_back(json::value(field));
    json::object body{{"fields", std::move(fields)},
                      {"rows", std::move(rows)},
                      {"total", total},
                      {"offset", *offset},
                      {"limit", *limit},
                      {"without_coordinates", points->without_coordinates}};
    // The next page starts after what this one read, whether or not each incident had a point.
    body["next_offset"] = *offset + read < total ? json::value(*offset + read) : json::value(nullptr);
    return Response::json(json::serialize(body));
}

}  // namespace

void add_incident_point_routes(Router& router, store::Store& store) {
    Route route;
    route.method = Method::get;
    route.pattern = "/api/v1/incidents/points";
    route.access = Access::reader;
    route.edit_domain = domain::EditDomain::incidents;
    route.cacheable = true;
    route.reads = {std::string(domain::kinds::incidents), std::string(domain::kinds::admin_units)};
    route.handler = [&store](const Request& request) { return points(store, request); };
    route.doc = {.summary =
                     "Located incidents as compact rows for a map: {fields, rows, total, offset, limit, "
                     "without_coordinates, next_offset}, newest first",
                 .tag = "incidents",
                 .query = point_parameters(),
                 .response_schema = "IncidentPoints"};
    router.add(std::move(route));
}

}  // namespace mssops::http
